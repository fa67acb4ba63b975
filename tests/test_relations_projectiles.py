"""Attacks by projectiles sent into a place (cues.yaml predicates.attacks: fire and launch with "into"; FrameNet
Shoot_projectiles).

- "fired rockets into X", "launched drones into X" (a place: its country): X attacked;
- none without a projectile ("launched an inquiry into X" is no attack), nor when negated.

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
        ("Hamas fired rockets into Israel on Saturday.", ("attacks", "Hamas", "Israel"), "prep:into"),
        ("Overnight Hezbollah launched drones into Israel.", ("attacks", "Hezbollah", "Israel"), "prep:into"),
        ("Russian gunners fired shells into Kharkiv.", ("attacks", "Russia", "Ukraine"), "prep:into"),
    ],
)
def test_projectiles_sent_at_a_place_attack_it(relations_of, text, expected, pattern):
    rels = relations_of(text)
    assert expected in triples(rels)
    assert f"attacks:{pattern}" in {r.pattern for r in rels}


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched an investigation into Ukraine's grain exports.",  # no projectile
        "Turkey fired its envoy to Sweden.",  # no "into"
        "Hamas did not fire rockets into Israel.",  # negated
    ],
)
def test_no_attack_without_a_projectile(relations_of, text):
    assert not _found(relations_of(text), "attacks")
