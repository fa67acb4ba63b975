"""The people who side with a named person are a group of their own (graphkit.nlp.actors.followers): "Trump's
supporters", "his followers", "supporters of X" are not X, but a Group of X's country labelled by X."""

from __future__ import annotations

import pytest


def _relations(relations_of, text: str) -> set[tuple[str, str, str | None, str]]:
    return {
        (r.predicate, r.subject.label, r.subject.country, r.object.label)
        for r in relations_of(text)
        if r.predicate != "claims" and r.object is not None
    }


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump's supporters accused Joe Biden of fraud.",  # possessive
        "Donald Trump spoke in Ohio. His supporters accused Joe Biden of fraud.",  # a pronoun's supporters
        "Supporters of Donald Trump accused Joe Biden of fraud.",  # an of-phrase
        "Joe Biden was accused of fraud by supporters of Donald Trump.",  # passive
        "On Monday, officials said Donald Trump's followers had accused Joe Biden of fraud.",  # mid-sentence
    ],
)
def test_actors_a_persons_supporters_are_a_group_of_his_country(relations_of, text):
    rels = _relations(relations_of, text)
    assert rels, text
    accusers = {(s, c) for p, s, c, o in rels if p == "accuses" and o == "Joe Biden"}
    assert accusers & {("Trump's supporters", "United States"), ("Trump's followers", "United States")}, rels
    assert ("Donald Trump", "United States") not in accusers, rels


def test_actors_supporters_as_object_are_not_the_person(relations_of):
    rels = _relations(relations_of, "Joe Biden accused Donald Trump's supporters of violence.")
    assert ("accuses", "Joe Biden", "United States", "Trump's supporters") in rels, rels


def test_actors_supporters_of_a_body_are_no_persons_followers(relations_of):
    # the members or supporters of an organisation are left to the rules for bodies
    rels = _relations(relations_of, "Supporters of Greenpeace accused Shell of polluting the delta.")
    assert not {s for _, s, _, _ in rels if s.endswith("'s supporters")}, rels
