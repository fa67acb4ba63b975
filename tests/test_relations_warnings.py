"""Threats by a committed act of pursuit or killing and by a warning noun (cues.yaml: stated_acts.threat_verbs,
nouns.threatens).

- "vowed to hunt down / eliminate / prosecute X": X threatened (FrameNet Commitment with a harm);
- "issued a stern warning to X": X threatened (FrameNet Warning);
- none for an act that harms nobody, a negated vow, or a warning to nobody named.

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from .conftest import triples


def _found(rels, predicate: str) -> set[tuple]:
    return {t for t in triples(rels) if t[0] == predicate}


@pytest.mark.parametrize(
    "text,expected,pattern",
    [
        (
            "Narendra Modi vowed to hunt down Lashkar-e-Taiba.",
            ("threatens", "Narendra Modi", "Lashkar-e-Taiba"),
            "xcomp-harm",
        ),
        (
            "Turkey vowed on Sunday to eliminate the PKK.",
            ("threatens", "Turkey", "Kurdistan Workers' Party"),
            "xcomp-harm",
        ),
        ("The United States issued a stern warning to Iran.", ("threatens", "United States", "Iran"), "event-noun"),
        ("Iran's warning to Israel came a day later.", ("threatens", "Iran", "Israel"), "event-noun"),
    ],
)
def test_threat_by_pursuit_or_warning(relations_of, text, expected, pattern):
    rels = relations_of(text)
    assert expected in triples(rels)
    assert f"threatens:{pattern}" in {r.pattern for r in rels}


@pytest.mark.parametrize(
    "text",
    [
        "Turkey vowed to rebuild the town.",  # no harm
        "Turkey did not vow to eliminate the PKK.",  # negated
        "The United States issued a stern warning on Monday.",  # nobody warned
        "The United States issued no warning to Iran.",  # negated noun
    ],
)
def test_no_threat_without_harm_or_addressee(relations_of, text):
    assert not _found(relations_of(text), "threatens")
