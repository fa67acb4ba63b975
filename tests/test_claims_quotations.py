"""Claims in quotations: a cue that opens a quotation the parser did not make its complement, a quotation
a clause introduces with a colon, and questions inside a quotation. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from .conftest import claims


@pytest.mark.parametrize(
    "text,source,contents",
    [
        # opening-quotation: the cue's content is the quotation it opens, and the quotation goes on
        (
            'Tom Baker criticised Norway for the death toll saying, "While I was travelling, dozens more '
            'civilians have been killed in the north. Norway must exercise restraint."',
            "Tom Baker",
            {"Norway must exercise restraint"},
        ),
        (
            'Mary Holt expressed concern about the vote, stating "The count was flawed. We cannot accept it."',
            "Mary Holt",
            {"The count was flawed", "We cannot accept it"},
        ),
        # a clause that introduces a quotation with a colon: its subject's words, cue or not
        (
            'In his message, Tom Baker praised the late general: "He was a fine soldier. He served for forty years."',
            "Tom Baker",
            {"He was a fine soldier", "He served for forty years"},
        ),
        (
            'Mary Holt shared a similar view: "The board must look at what each protester intends."',
            "Mary Holt",
            {"The board must look at what each protester intends"},
        ),
    ],
)
def test_quotation_is_the_claim(relations_of, text, source, contents):
    found = claims(relations_of(text))
    assert contents <= {c for s, c in found if s == source}


@pytest.mark.parametrize(
    "text",
    [
        'The sign on the door read: "The museum is closed for repairs."',  # no actor introduces it
        'The report had one line: "The museum is closed for repairs."',
    ],
)
def test_colon_quotation_without_an_actor_is_no_claim(relations_of, text):
    assert claims(relations_of(text)) == set()


def test_post_posed_cue_keeps_the_quotation_before_it(relations_of):
    found = claims(relations_of('"We will stay," Tom Baker said, "and we will fight for the city."'))
    assert ("Tom Baker", "We will stay") in found


def test_question_in_a_quotation_is_no_claim(relations_of):
    text = 'Tom Baker said, "The city is safe. Why do they keep asking us? We have done our part."'
    found = {c for s, c in claims(relations_of(text)) if s == "Tom Baker"}
    assert "We have done our part" in found
    assert not any("asking us" in c for c in found)


@pytest.mark.parametrize(
    "text,source,content",
    [
        # a quotation that opens the sentence after a claim goes on with its speaker
        (
            'Tom Baker said the enemy was formidable. "When we take away their havens, they fight back."',
            "Tom Baker",
            "When we take away their havens, they fight back",
        ),
        # with a cue whose subject names nobody else: "one said", "he added"
        (
            'Many protesters said the cabinet changed nothing. "We want a civilian government," one said.',
            "protesters",
            "We want a civilian government",
        ),
    ],
)
def test_quotation_after_a_claim_goes_on(relations_of, text, source, content):
    assert (source, content) in claims(relations_of(text))


@pytest.mark.parametrize(
    "text,other",
    [
        # a sentence between: the quotation is nobody's
        ('Tom Baker said the enemy was formidable. The weather was cold. "They will be tough."', "They will be tough"),
        # a noun of the narrator's around it: somebody (something) else speaks
        (
            'Tom Baker said the army was loyal. "The army is in the streets for your sake," the statement added.',
            "The army is in the streets for your sake",
        ),
    ],
)
def test_quotation_after_a_claim_negative(relations_of, text, other):
    assert not any(s == "Tom Baker" and c == other for s, c in claims(relations_of(text)))
