"""Groups a description names that are no single body (graphkit.nlp.actors.members, .assemblies): the member
states of an international body ("EU member states", "members of NATO") are a group of their own, not the
body; a gathering that states, denounces or demands ("the Vienna summit condemned X") acts as one."""

from __future__ import annotations

import pytest

from graphkit.nlp.actors.annotations import read_actors


def _accusers(relations_of, text: str, target: str) -> set[tuple[str, str]]:
    return {
        (r.subject.label, r.subject.type)
        for r in relations_of(text)
        if r.predicate == "accuses" and r.object is not None and r.object.label == target
    }


def _actors(nlp, text: str) -> dict[str, str]:
    return {span.text: m.name for span, m, _ in read_actors(nlp(text))}


@pytest.mark.parametrize(
    "text",
    [
        "Members of the European Union condemned Russia for the invasion.",  # of-phrase
        "EU member states condemned Russia for the invasion.",  # compound on "member"
        "Russia was condemned for the invasion by members of the European Union.",  # passive agent
        "On Monday, the European Union's member countries denounced Russia over the invasion.",  # owner
        "The European Union met on Monday. The member states condemned Russia for the invasion.",  # back
    ],
)
def test_actors_member_states_are_a_group_not_the_body(relations_of, text):
    accusers = _accusers(relations_of, text, "Russia")
    assert ("European Union members", "Group") in accusers, accusers
    assert ("European Union", "Organization") not in accusers, accusers


def test_actors_member_states_as_object(relations_of):
    rels = relations_of("Russia accused NATO member states of arming Ukraine.")
    targets = {r.object.label for r in rels if r.predicate == "accuses" and r.object is not None}
    assert "NATO members" in targets, targets


def test_actors_members_of_a_party_are_no_member_states(nlp):
    # "members" of a body the gazetteer does not know as international are people, not states
    found = _actors(nlp, "Members of the ruling party accused the opposition of fraud.")
    assert not any(name.endswith(" members") for name in found.values()), found


def test_actors_states_without_member_are_nobody_s_members(nlp):
    found = _actors(nlp, "Several states of the European Union condemned Russia.")
    assert "European Union members" not in found.values(), found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Vienna summit condemned Russia for the invasion.", "Vienna summit"),  # qualifier before
        (
            "A conference of foreign ministers in Vienna denounced Russia over the invasion.",
            "conference of foreign ministers in Vienna",
        ),  # place after "in"
        ("Russia was condemned for the invasion by the Vienna summit.", "Vienna summit"),  # passive agent
        (
            "The Vienna summit met on Monday. On Tuesday the summit condemned Russia for the invasion.",
            "Vienna summit",
        ),  # "the summit" names it again
    ],
)
def test_actors_a_gathering_that_denounces_acts_as_one(relations_of, text, label):
    accusers = _accusers(relations_of, text, "Russia")
    assert (label, "Group") in accusers, accusers


def test_actors_a_gatherings_statement_is_its_own(relations_of):
    rels = relations_of("The Vienna summit condemned Russia. Moscow denounced the conclusions of the summit.")
    accused = {(r.subject.label, r.object.label) for r in rels if r.predicate == "accuses" and r.object}
    assert ("Russia", "Vienna summit") in accused, accused


@pytest.mark.parametrize(
    "text",
    [
        "The Vienna summit was held on Monday.",  # it does nothing an actor does
        "The summit condemned Russia for the invasion.",  # no summit named before: which one?
        "Leaders met at the Vienna summit to discuss trade.",  # a place of a meeting
    ],
)
def test_actors_a_gathering_that_does_not_act_is_no_actor(nlp, text):
    found = _actors(nlp, text)
    assert not any("summit" in span for span in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A conference of foreign ministers in Vienna said on Monday that talks would go on. Austria hosted it. "
        "The Austrian minister Karl Berger and his "
        "Czech counterpart Jan Novak met there. They condemned Russia for the invasion.",
        "The Vienna summit said on Monday that talks would go on. Germany sent aid. "
        "Karl Berger and Jan Novak met there. On Tuesday they condemned "
        "Russia for the invasion.",
    ],
)
def test_actors_they_after_people_named_together_is_their_gathering(relations_of, text):
    accusers = {a for a, _ in _accusers(relations_of, text, "Russia")}
    assert accusers & {"conference of foreign ministers in Vienna", "Vienna summit"}, accusers


def test_actors_they_after_people_named_together_is_no_country_before_them(relations_of):
    text = "Turkey accused Libya of fraud. Karl Berger and Jan Novak met in Vienna. They condemned Russia for it."
    accusers = {a for a, _ in _accusers(relations_of, text, "Russia")}
    assert "Turkey" not in accusers and "Libya" not in accusers, accusers


def test_actors_they_after_a_fitting_subject_is_that_subject(relations_of):
    text = "Karl Berger and Jan Novak met in Vienna. Syrian rebels shelled the town. They condemned Russia for it."
    accusers = {a for a, _ in _accusers(relations_of, text, "Russia")}
    assert accusers, accusers
    assert not accusers & {"Karl Berger", "Jan Novak"}, accusers
