"""Demands a claim states with "should", "ought to", "need to", "have to" (``nlp/relations/directives.py``,
``ontologies/directives.yaml``): deontic only with an agentive verb and an actor subject.

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from graphkit.errors import GraphkitError
from graphkit.nlp.relations.directives import load_directives

from .conftest import triples


def _demands(rels) -> set[tuple]:
    return {t for t in triples(rels) if t[0] == "demands"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Angela Merkel said Russia should withdraw its troops from Ukraine.", ("Angela Merkel", "Russia")),
        ("Angela Merkel said Russia ought to withdraw its troops.", ("Angela Merkel", "Russia")),
        ("Angela Merkel said Russia has to pay the debts.", ("Angela Merkel", "Russia")),
        ('"NATO needs to stand by us," Recep Tayyip Erdogan said.', ("Recep Tayyip Erdoğan", "NATO")),
        # mid-sentence cue, the content first
        ("Russia should withdraw its troops, Angela Merkel said on Monday.", ("Angela Merkel", "Russia")),
        # a compatriot asked to act: a person of the speaker's own country
        (
            "Senator Mitt Romney said President Donald Trump should accept the result.",
            ("Mitt Romney", "Donald Trump"),
        ),
    ],
)
def test_obligations_in_claims_are_demands(relations_of, text, expected):
    assert ("demands", *expected) in triples(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Angela Merkel said Russia should see growth next year.",  # epistemic: a stative verb
        "Angela Merkel said Russia should be careful.",  # a copula
        "Angela Merkel said Russia should not withdraw its troops.",  # negated
        "Angela Merkel said Russia has a plan to withdraw its troops.",  # "have" with an object: no semi-modal
        "Angela Merkel said Germany should send weapons to Ukraine.",  # the speaker's own country
        "Russia should withdraw its troops.",  # nobody's claim
    ],
)
def test_obligations_that_ask_nothing(relations_of, text):
    assert not _demands(relations_of(text))


def test_obligations_name_their_pattern(relations_of):
    rels = relations_of("Angela Merkel said Russia should withdraw its troops from Ukraine.")
    assert {r.pattern for r in rels if r.predicate == "demands"} == {"demands:in-claim"}


def test_directives_lexicon_names_its_file_when_malformed(tmp_path):
    bad = tmp_path / "directives.yaml"
    bad.write_text("deontic_modals: [should]\nwishes: [x]\n")
    with pytest.raises(GraphkitError, match="E030.*directives.yaml.*wishes"):
        load_directives(bad)
    assert "should" in load_directives().deontic_modals
