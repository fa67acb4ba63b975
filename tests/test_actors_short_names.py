"""Names that are another name's: a known actor's name misspelt by two swapped neighbouring letters
(``graphkit/nlp/gazetteer.py``, ``transposed_id``), and a body's one-word name after its full name in the
same article ("the Puerto Rico Senate ... the Senate"; ``graphkit/nlp/actors/entities.py``).

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from graphkit.nlp.gazetteer import lookup, transposed_id

from .conftest import accused


@pytest.mark.parametrize("name", ["Untied Nations", "United Natoins", "Eruopean Union"])
def test_a_swapped_pair_of_letters_finds_the_actor(name):
    assert transposed_id(lookup(), name) is not None


@pytest.mark.parametrize("name", ["United Notions", "Untied", "Nations United", "Mail Mali"])
def test_other_misspellings_and_short_names_are_not_matched(name):
    assert transposed_id(lookup(), name) is None


def test_a_misspelt_actor_in_a_sentence_is_the_known_one(relations_of):
    rels = relations_of("The Untied Nations has criticised Norway.")
    assert ("United Nations", "Norway") in accused(rels)


def _subjects(rels) -> set[str]:
    return {s for s, _ in accused(rels)}


@pytest.mark.parametrize(
    "text",
    [
        "The Puerto Rico Senate criticised Norway on Sunday. On Monday, the Senate accused Sweden of lying.",
        # the short name first, the full name after it
        "On Monday, the Senate accused Sweden of lying. The Puerto Rico Senate criticised Norway on Sunday.",
    ],
)
def test_a_one_word_body_is_the_articles_body_of_that_name(relations_of, text):
    assert _subjects(relations_of(text)) == {"Puerto Rico Senate"}


@pytest.mark.parametrize(
    "text",
    [
        # two bodies of that name: the short one is neither
        "The Puerto Rico Senate and the Texas Senate criticised Norway. On Monday, the Senate accused Sweden of lying.",
    ],
)
def test_a_one_word_body_with_two_candidates_stays_its_own(relations_of, text):
    assert "Senate" in _subjects(relations_of(text))
