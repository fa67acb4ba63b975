"""An unnamed group that an event verb takes as its direct object is an actor as the text names it, like
an unnamed source (graphkit.nlp.actors.sources): "the army shelled the rebels"."""

from __future__ import annotations

import pytest


def _pairs(relations_of, text: str) -> set[tuple[str, str, str, str | None]]:
    return {
        (r.predicate, r.subject.label, r.object.label, r.object.country)
        for r in relations_of(text)
        if r.predicate != "claims" and r.object is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Malian army attacked the rebels near the border.", ("attacks", "Malian Army", "rebels", None)),
        ("Kenyan police attacked protesters with tear gas.", ("attacks", "Kenyan Police", "protesters", None)),
        ("Hosni Mubarak accused the protesters of rioting.", ("accuses", "Hosni Mubarak", "protesters", None)),
        (
            "The United States attacked al-Qaeda leaders in the mountains.",
            ("attacks", "United States", "al-Qaeda leaders", None),
        ),
        ("Russia attacked Ukrainian separatists.", ("attacks", "Russia", "Ukrainian separatists", "Ukraine")),
    ],
)
def test_actors_unnamed_group_as_object_of_an_event_is_an_actor(relations_of, text, expected):
    assert expected in _pairs(relations_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The air strike by Israel killed eight civilians.",  # a counted group is the toll, no party
        "Israel killed three civilians in the strike.",
        "Rebels attacked the army base after doctors refused to treat them.",  # a subject: no party
        "Israel attacked the base, and many civilians fled.",  # the subject of no event cue
    ],
)
def test_actors_counted_or_bystander_group_is_no_party(relations_of, text):
    labels = {lab for _, s, o, _ in _pairs(relations_of, text) for lab in (s, o)}
    assert not labels & {"civilians", "doctors", "eight civilians", "three civilians", "many civilians"}


def test_actors_hearer_of_a_statement_is_no_party(relations_of):
    rels = relations_of("Hosni Mubarak told reporters that the vote had been fair.")
    assert "reporters" not in {r.object.label for r in rels if r.object is not None}
