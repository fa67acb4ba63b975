"""Quotations cut with an ellipsis (graphkit/nlp/paragraphs.py) and a quoting participle the parser hung on a
preposition (graphkit/nlp/relations/subjects.py). An ellipsis before a capitalised word leaves out the end of
one sentence and the start of the next: each side is a statement of its own. Every sentence is written for
the test."""

from __future__ import annotations

import pytest

from .conftest import claims


@pytest.mark.parametrize(
    "text,content",
    [
        # "[...]", "..." and "…" before a capitalised word: the words after are claimed on their own
        (
            'Tom Baker said, "Dozens of civilians were killed in the strikes[...] We reject the offer."',
            "We reject the offer",
        ),
        ('Tom Baker said, "The talks went on for hours... Nobody left the room."', "Nobody left the room"),
        ('Tom Baker said, "The talks went on for hours\u2026 Nobody left the room."', "Nobody left the room"),
        # the words before the cut are a claim of their own too
        ('Tom Baker said, "The talks went on for hours [...] Nobody left the room."', "The talks went on for hours"),
        # a question after the cut does not silence the statement before it
        (
            'Tom Baker said, "The envoy is behaving like a bully[...] How can he do this?"',
            "The envoy is behaving like a bully",
        ),
        # a clause before the quotation: parsed as one sentence, the quotation's second half swallows it
        (
            'Tom Baker criticized Israel for the death toll saying, "While I was abroad, dozens of civilians were'
            ' killed in the strikes[...] We reject the offer."',
            "We reject the offer",
        ),
        # the cue after the quotation
        ('"The talks went on for hours[...] Nobody left the room," Tom Baker said.', "Nobody left the room"),
    ],
)
def test_ellipsis_before_a_capital_splits_the_quotation(relations_of, text, content):
    assert ("Tom Baker", content) in claims(relations_of(text))


def test_ellipsis_before_a_capital_is_no_part_of_a_claim(relations_of):
    found = claims(relations_of('Tom Baker said, "Dozens were killed in the strikes[...] We reject the offer."'))
    assert found and not any("reject" in c and "strikes" in c for _, c in found)


@pytest.mark.parametrize(
    "text,sentences",
    [
        ("The talks went on for hours[...] Nobody left the room.", 2),
        # a lower-case word after the cut: words left out inside one sentence
        ("The ceasefire [...] was broken by the rebels on Sunday.", 1),
        # an ellipsis opening a quotation cuts nothing before it
        ('"... The ceasefire was broken by the rebels on Sunday."', 1),
    ],
)
def test_sentences_around_an_ellipsis(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences


def test_ellipsis_before_a_lower_case_word_keeps_one_claim(relations_of):
    found = claims(relations_of('Tom Baker said, "The ceasefire [...] was broken by the rebels on Sunday."'))
    assert ("Tom Baker", "The ceasefire [...] was broken by the rebels on Sunday") in found
    assert not any(c == "was broken by the rebels on Sunday" for _, c in found)


@pytest.mark.parametrize(
    "text,content",
    [
        # "for the toll saying": the parser makes the noun the participle's subject; the speaker is the clause's
        (
            'Tom Baker criticized Israel for the death toll saying, "Civilians were killed in the strikes."',
            "Civilians were killed in the strikes",
        ),
        (
            'Tom Baker praised Israel for its restraint saying, "The soldiers held their positions."',
            "The soldiers held their positions",
        ),
        ('Tom Baker thanked Qatar for the talks saying, "The envoys worked hard."', "The envoys worked hard"),
    ],
)
def test_quoting_participle_on_a_preposition(relations_of, text, content):
    assert ("Tom Baker", content) in claims(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # no noun between: the participle is the act judged, the quotation is Israel's
        'Tom Baker criticized Israel for saying, "Civilians were never harmed."',
        'Tom Baker accused Israel of saying, "Civilians were never harmed."',
    ],
)
def test_quoting_participle_on_a_preposition_negative(relations_of, text):
    assert not any(
        s == "Tom Baker" and "never harmed" in c and "saying" not in c for s, c in claims(relations_of(text))
    )
