"""The country of an actor read from the words around it (graphkit.nlp.actors.places, .entities,
.descriptions): demonyms of several words, a demonym the recogniser cut short, "President X of Y"."""

from __future__ import annotations

import pytest


def _relations(relations_of, text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [
        (r.predicate, r.subject.label, r.subject.country, r.object.label, r.object.country)
        for r in relations_of(text)
        if r.predicate != "claims" and r.object is not None
    ]


@pytest.mark.parametrize(
    ("text", "label", "country"),
    [
        ("Soldiers in Guinea beat Sierra Leonean refugees.", "Sierra Leonean refugees", "Sierra Leone"),
        ("North Korea accused the South Korean puppet military of provoking a war.", "South Korean", "South Korea"),
        ("Eritrea accused the Sri Lankan navy of seizing its boats.", "Sri Lankan", "Sri Lanka"),
    ],
)
def test_actors_description_names_a_demonym_of_several_words_once(relations_of, text, label, country):
    objects = [(o, c) for _, _, _, o, c in _relations(relations_of, text)]
    assert any(o.startswith(label) and c == country for o, c in objects), objects
    first = label.split()[-1] if " " in label else label
    assert not any(f"{first} {first}" in o for o, _ in objects)  # "South Korean Korean ..."


def test_actors_single_word_demonym_description_is_unchanged(relations_of):
    assert ("attacks", "Ukrainian forces", "Ukraine") in [
        (p, s, c) for p, s, c, _, _ in _relations(relations_of, "Ukrainian forces attacked Russian positions.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Troops from Guinea shelled Sierra Leonean and Liberian villages.",
        "Guinea attacked Sierra Leonean and Liberian camps near the border.",
    ],
)
def test_actors_demonym_cut_short_by_the_recogniser_is_no_actor(relations_of, text):
    rels = _relations(relations_of, text)
    assert not [r for r in rels if r[3].startswith("Sierra") and r[4] is None], rels


def test_actors_name_that_merely_starts_like_a_country_stays_an_actor(relations_of):
    rels = _relations(relations_of, "Sierra Club accused Exxon of misleading the public.")
    assert [(p, s) for p, s, _, _, _ in rels] == [("accuses", "Sierra Club")]


@pytest.mark.parametrize(
    "text",
    [
        "President Hissene Habre of Chad accused Libya of arming the rebels.",
        "Prime Minister Ahmed Bello of Chad accused Libya of arming the rebels.",
    ],
)
def test_actors_titled_person_of_a_country_has_that_country(relations_of, text):
    assert [c for p, _, c, _, _ in _relations(relations_of, text) if p == "accuses"] == ["Chad"]


@pytest.mark.parametrize(
    "text",
    [
        "Hissene Habre of Chad accused Libya of arming the rebels.",  # no title: "of" may be a mere place
        "President Hissene Habre of the rebel alliance accused Libya of arming the army.",  # no country
    ],
)
def test_actors_of_phrase_without_title_or_country_gives_no_country(relations_of, text):
    assert [c for p, _, c, _, _ in _relations(relations_of, text) if p == "accuses"] in ([None], [])
