"""Outrage at an act judges it: "X was appalled by Y's decision" accuses Y
(``graphkit/nlp/relations/outrage.py``, FrameNet Experiencer_obj).

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from graphkit.nlp.relations.acts import load_acts
from graphkit.resources import ONTOLOGIES

from .conftest import accusation_patterns, accused


@pytest.mark.parametrize(
    "text",
    [
        "Norway was appalled by Sweden's decision to close the border.",
        "Norway was outraged at Sweden's decision to close the border.",
        "Norway is angered by the Swedish ban on fishing.",
        "On Monday, Norway was deeply dismayed by the Swedish ban on fishing.",
        # a pronoun in a reported clause is the reporter
        "Norway said they were appalled by the Swedish government's decision to close its offices.",
        "Norway said it was appalled by Sweden's decision to close the border.",
        # the act narrated before
        "Sweden closed the border on Monday. Norway said it was appalled by the move.",
    ],
)
def test_outrage_at_an_act_accuses_its_doer(relations_of, text):
    rels = relations_of(text)
    assert ("Norway", "Sweden") in accused(rels)
    assert "accuses:outraged" in accusation_patterns(rels)


def test_outrage_reported_by_another_is_attributed(relations_of):
    rels = relations_of("Reuters said Norway was appalled by Sweden's decision to close the border.")
    found = [r for r in rels if r.predicate == "accuses" and r.pattern == "accuses:outraged"]
    assert [(r.subject.label, r.object.label) for r in found] == [("Norway", "Sweden")]
    assert found[0].attributed_to is not None and found[0].attributed_to.label == "Reuters"


@pytest.mark.parametrize(
    "text",
    [
        "Norway was not appalled by Sweden's decision to close the border.",
        "Norway may be outraged by Sweden's decision to close the border.",
        # no act at issue, or an emotion that is no outrage
        "Norway was outraged by Sweden.",
        "Norway was outraged by the weather in Sweden.",
        "Norway was surprised by Sweden's decision to close the border.",
        "Norway was saddened by Sweden's decision to close the border.",
    ],
)
def test_no_accusation_without_outrage_at_an_act(relations_of, text):
    assert ("Norway", "Sweden") not in accused(relations_of(text))


def test_the_outrage_verbs_come_from_the_cue_lexicon():
    verbs = load_acts(ONTOLOGIES / "cues.yaml").outrage_verbs
    assert {"appall", "outrage", "dismay"} <= verbs
    assert not {"surprise", "sadden", "worry"} & verbs


def test_a_reported_pronoun_is_the_reporter_not_an_actor_named_before(relations_of):
    rels = relations_of(
        "Danish officials met on Monday. Norway said they were appalled by Sweden's decision to close the border."
    )
    assert ("Norway", "Sweden") in accused(rels)
    assert not any(s == "Danish officials" for s, _ in accused(rels))


@pytest.mark.parametrize(
    "text",
    [
        "Norway expressed outrage at Sweden's decision to close the border.",
        "Norway voiced dismay over the Swedish ban on fishing.",
        "Sweden closed the border on Monday. Norway expressed anger at the move.",
        "Norway's anger at the Swedish ban grew.",
    ],
)
def test_outrage_expressed_or_owned_accuses_the_doer(relations_of, text):
    rels = relations_of(text)
    assert ("Norway", "Sweden") in accused(rels)
    assert "accuses:outraged" in accusation_patterns(rels)


@pytest.mark.parametrize(
    "text",
    [
        "Norway did not express outrage at Sweden's decision to close the border.",
        "Norway expressed outrage at Sweden.",  # no act at issue
        "The outrage at Sweden's decision to close the border grew in Norway.",  # nobody's outrage named
    ],
)
def test_no_accusation_without_an_expressed_outrage_at_an_act(relations_of, text):
    assert ("Norway", "Sweden") not in accused(relations_of(text))
