"""A known actor's name misspelt by two swapped neighbouring letters is still that actor
(``graphkit/nlp/gazetteer.py``, ``transposed_id``; used by ``graphkit/nlp/actors/entities.py``).

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
