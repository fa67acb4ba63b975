"""Bodies and groups named by a place the gazetteer does not know (graphkit.nlp.actors.localities): "the Hong
Kong authorities", "Hong Kong police" are actors of their own, labelled as written; a known country or town
still gives its country."""

from __future__ import annotations

import pytest


def _relations(relations_of, text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (r.predicate, r.subject.label, r.subject.country, r.object.label)
        for r in relations_of(text)
        if r.predicate != "claims" and r.object is not None
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Hong Kong authorities accused Britain of meddling in the city's affairs.", "Hong Kong authorities"),
        ("Britain was accused by the Hong Kong authorities of meddling.", "Hong Kong authorities"),  # passive
        ("On Monday, Hong Kong police accused Britain of meddling in the protests.", "Hong Kong police"),
        ("Officials said that the Hong Kong authorities had accused Britain of meddling.", "Hong Kong authorities"),
    ],
)
def test_actors_body_named_by_an_unknown_place_is_an_actor_labelled_as_written(relations_of, text, label):
    rels = _relations(relations_of, text)
    assert rels, text
    assert (label, None) in {(s, c) for p, s, c, o in rels if p == "accuses" and o in ("Britain", "United Kingdom")}, (
        rels
    )


@pytest.mark.parametrize(
    ("text", "label", "country"),
    [
        ("Iraqi police accused Iran of smuggling weapons.", "Iraqi police", "Iraq"),  # a demonym: the country's
        ("Basra police accused Iran of smuggling weapons.", "Basra police", "Iraq"),  # a known town: its country
    ],
)
def test_actors_body_named_by_a_known_place_keeps_its_country(relations_of, text, label, country):
    rels = _relations(relations_of, text)
    assert rels, text
    assert any(s.startswith(label.split()[0]) and c == country for p, s, c, o in rels if p == "accuses"), rels
    assert all(c is not None for p, s, c, o in rels if p == "accuses"), rels


def test_actors_place_without_a_body_noun_is_no_actor(relations_of):
    # "Hong Kong streets" is no body: nothing accuses anybody
    rels = _relations(relations_of, "Hong Kong streets were blocked on Monday.")
    assert not [r for r in rels if r[0] == "accuses"], rels


def test_actors_unknown_place_with_a_noun_of_no_state_body_is_no_body_of_it(relations_of):
    # a group of the place that is no government, army or police is not made a body by its place
    rels = _relations(relations_of, "Hong Kong organization accused Britain of meddling in the protests.")
    assert "Hong Kong organization" not in {s for _, s, _, _ in rels}, rels
    rels = _relations(relations_of, "Hong Kong police accused Britain of meddling in the protests.")
    assert "Hong Kong police" in {s for _, s, _, _ in rels}, rels
