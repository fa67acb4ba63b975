"""A statement verb whose object is a noun of intention with its to-infinitive claims that intention
(graphkit/nlp/relations/content.py, shape ``intention``; the nouns are ``intention`` of ``content_verbs``
in ontologies/cues.yaml, from FrameNet Purpose, Willingness, Commitment and Deciding). Every sentence is
written for the test; positive and negative cases."""

from __future__ import annotations

import pytest

from .conftest import claims as _claims


def _said_by(rels, who: str) -> set[str]:
    return {c for s, c in _claims(rels) if s == who}


@pytest.mark.parametrize(
    "text,content",
    [
        ("NATO announced plans to build a new airport.", "plans to build a new airport"),
        ("Olaf Scholz affirmed his willingness to lead the coalition.", "his willingness to lead the coalition"),
        ("Olaf Scholz expressed his determination to cut taxes.", "his determination to cut taxes"),
        (  # a phrase between the noun and its infinitive
            "NATO announced its intention on Monday to disarm the militias in the east.",
            "its intention on Monday to disarm the militias in the east",
        ),
        (  # mid-sentence, after an adverbial
            "After a long meeting in Brussels, NATO confirmed its commitment to defend the Baltic states.",
            "its commitment to defend the Baltic states",
        ),
    ],
)
def test_a_statement_of_intention_claims_it(relations_of, text, content):
    who = "NATO" if text.startswith(("NATO", "After")) else "Olaf Scholz"
    assert content in _said_by(relations_of(text), who)


@pytest.mark.parametrize(
    "text",
    [
        "NATO announced its intention on Monday.",  # no infinitive: no proposition
        "NATO announced plans for a new airport.",  # a noun phrase, not an intention to act
        "NATO did not announce its intention to disarm the militias.",  # negated
        "Olaf Scholz criticised the government's plan to build a new airport.",  # somebody else's plan, judged
    ],
)
def test_no_claim_without_a_stated_intention(relations_of, text):
    who = "NATO" if text.startswith("NATO") else "Olaf Scholz"
    assert not _said_by(relations_of(text), who)


def test_a_that_clause_still_reports_the_clause(relations_of):
    said = _said_by(relations_of("NATO announced that it would disarm the militias."), "NATO")
    assert "it would disarm the militias" in said
    assert not any(c.startswith("plans") for c in said)
