"""An editor's insertion in square brackets inside a quotation ("they [the Greens] are", '"[The] union will'):
it starts no sentence (graphkit/nlp/paragraphs.py), and a content that opens with one keeps its bracket
(graphkit/nlp/relations/content.py ``trim``). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from .conftest import claims

_SAID = "Tom Baker"


def _said(rels) -> set[str]:
    return {c for s, c in claims(rels) if s == _SAID}


@pytest.mark.parametrize(
    "text,content",
    [
        (
            'Tom Baker tweeted, "People seem to forget that they [the Greens] are a party of the state".',
            "People seem to forget that they [the Greens] are a party of the state",
        ),
        (
            'Tom Baker said, "The name of this street is Hafenstrasse [harbour street] and you know that."',
            "The name of this street is Hafenstrasse [harbour street] and you know that",
        ),
        ('Tom Baker said, "They [the rebels] are losing ground."', "They [the rebels] are losing ground"),
        (  # the insertion opens the quotation: its bracket stays
            'Tom Baker said, "[The] union will strike if the vote goes ahead."',
            "[The] union will strike if the vote goes ahead",
        ),
    ],
)
def test_an_insertion_keeps_the_quotation_whole(relations_of, text, content):
    said = _said(relations_of(text))
    assert content in said
    assert not any(c.startswith(("the Greens]", "harbour street", "The]", "and you know")) for c in said), said


def test_a_reference_mark_after_a_sentence_end_still_ends_it(nlp):
    doc = nlp("Tom Baker spoke on Monday. [1] The talks went on for hours.")
    assert len(list(doc.sents)) >= 2


@pytest.mark.parametrize(
    "text,content",
    [  # an omission mark is no insertion: the quotation goes on with another sentence
        ('Tom Baker said, "The talks went on for hours [...] Nobody left the room."', "Nobody left the room"),
        ('Tom Baker said, "The talks went on for hours[.] Nobody left the room."', "Nobody left the room"),
    ],
)
def test_an_omission_or_full_stop_in_brackets_is_no_insertion(relations_of, text, content):
    assert content in _said(relations_of(text))
