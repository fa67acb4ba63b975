"""Cue words from general inventories (VerbNet say-37.7, tell-37.2, advise-37.9, complain-37.8; FrameNet
Statement, Judgment_communication, Contacting, Discussion), each with its frame, positive and negative.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from .conftest import claims as _claims
from .conftest import triples as _triples


@pytest.mark.parametrize(
    "text,source,content",
    [
        (
            "Olaf Scholz revealed that Germany would buy more gas from Norway.",
            "Olaf Scholz",
            "Germany would buy more gas from Norway",
        ),
        ("The Kremlin reminded Berlin that the contract was binding.", "Kremlin", "the contract was binding"),
        ("Joe Biden assured Volodymyr Zelensky that aid would continue.", "Joe Biden", "aid would continue"),
        ("Narendra Modi conceded that the dam was late.", "Narendra Modi", "the dam was late"),
        ("Emmanuel Macron lamented that the talks had stalled.", "Emmanuel Macron", "the talks had stalled"),
    ],
)
def test_statement_verbs_report_a_clause(relations_of, text, source, content):
    assert (source, content) in _claims(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin did not reveal where the talks would be held.",  # negated
        "The Kremlin declined to comment on the report.",  # not done
        "Olaf Scholz mentioned the weather.",  # no proposition
    ],
)
def test_statement_verbs_without_a_claim(relations_of, text):
    assert not _claims(relations_of(text))


@pytest.mark.parametrize(
    "text,triple",
    [
        ("The European Union censured Hungary for the new law.", ("accuses", "European Union", "Hungary")),
        ("Emmanuel Macron hit back at Vladimir Putin on Friday.", ("accuses", "Emmanuel Macron", "Vladimir Putin")),
        ("Joe Biden lashed out at Vladimir Putin over the strikes.", ("accuses", "Joe Biden", "Vladimir Putin")),
        ("Joe Biden telephoned Olaf Scholz on Monday.", ("meets", "Joe Biden", "Olaf Scholz")),
        ("Narendra Modi conferred with Joe Biden about trade.", ("meets", "Narendra Modi", "Joe Biden")),
        ("Narendra Modi discussed the trade deal with Joe Biden.", ("meets", "Narendra Modi", "Joe Biden")),
    ],
)
def test_relation_cues(relations_of, text, triple):
    assert triple in _triples(relations_of(text))


@pytest.mark.parametrize(
    "text,predicate",
    [
        ("The European Union did not censure Hungary.", "accuses"),  # negated
        ("Emmanuel Macron hit Vladimir Putin's approval ratings.", "accuses"),  # no "back at"
        ("The storm hit back at the coast.", "accuses"),  # no actor object
        ("Narendra Modi discussed the trade deal.", "meets"),  # nobody met
        ("Joe Biden may telephone Olaf Scholz.", "meets"),  # hedged
    ],
)
def test_relation_cues_negative(relations_of, text, predicate):
    assert not any(p == predicate for p, _, _ in _triples(relations_of(text)))
