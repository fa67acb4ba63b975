"""A government named by its ruler is the ruler's country ("the government of X", "X's government"), and the
gazetteer knows a group's and a leader's other current names (graphkit.nlp.actors.descriptions, actors.yaml)."""

from __future__ import annotations

import pytest


def _pairs(relations_of, text: str, predicate: str) -> set[tuple[str, str]]:
    return {(r.subject.label, r.object.label) for r in relations_of(text) if r.predicate == predicate and r.object}


@pytest.mark.parametrize(
    "text",
    [
        "Iran accused the government of Benjamin Netanyahu of war crimes.",  # of-phrase
        "Iran accused Benjamin Netanyahu's government of war crimes.",  # possessive
        "The government of Benjamin Netanyahu was accused by Iran of war crimes.",  # passive
        "On Monday, Tehran said it accused the government of Benjamin Netanyahu of war crimes.",  # mid-sentence
    ],
)
def test_actors_the_government_of_a_ruler_is_his_country(relations_of, text):
    pairs = _pairs(relations_of, text, "accuses")
    assert ("Iran", "Israel") in pairs, pairs


def test_actors_the_government_of_a_ruler_is_not_the_subjects_country(relations_of):
    pairs = _pairs(relations_of, "Saudi Arabia armed the government of Abdrabbuh Mansur Hadi.", "supports")
    assert ("Saudi Arabia", "Yemen") in pairs, pairs
    assert ("Saudi Arabia", "Saudi Arabia") not in pairs, pairs


def test_actors_the_government_of_a_place_is_no_rulers(relations_of):
    # "of" a thing, not a person: the rule for a ruler's government does not apply
    pairs = _pairs(relations_of, "Iran accused the government of national unity of war crimes.", "accuses")
    assert ("Iran", "Israel") not in pairs, pairs


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Somali militants said they would send fighters to aid al-Qaeda in Yemen.",
            "al-Qaeda in the Arabian Peninsula",
        ),
        (
            "Somali militants said they would send fighters to aid al Qaeda in the Arabian Peninsula.",
            "al-Qaeda in the Arabian Peninsula",
        ),
        (
            "Algerian officials accused al-Qaida in the Islamic Maghreb of the kidnapping.",
            "al-Qaeda in the Islamic Maghreb",
        ),
    ],
)
def test_actors_a_groups_other_names_are_one_actor(relations_of, text, label):
    objects = {r.object.label for r in relations_of(text) if r.object is not None}
    assert label in objects, objects
    assert "al-Qaeda" not in objects, objects


def test_actors_the_uk_foreign_ministry_is_named_by_its_name_across_eras(relations_of):
    rels = relations_of("The British Foreign Office told reporters that the embassy in Kabul would close.")
    assert {r.subject.label for r in rels if r.predicate == "claims"} == {"Foreign Office"}
    rels = relations_of("The Foreign, Commonwealth and Development Office said the embassy would close.")
    assert {r.subject.label for r in rels if r.predicate == "claims"} == {"Foreign Office"}
