"""Support told as the circumstance of a deed or by a relational noun (graphkit/nlp/relations/assisted.py,
allies.py).

- "with the support of X, Y ...", "Y ... with X's help", "Y ... with Russian backing", and the absolute
  clause "Y ..., with X providing support": X supports Y; none "without" the support, nor under a negated
  or hedged verb.
- "X voted for Y", "X stands with Y", "X threw its support behind Y": X supports Y.
- "X's ally Y", "Y, an ally of X", "Y is X's closest ally", "Y, the main backer of X": Y supports X; none
  for a former ally or under a negated copula.

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
        # a "with" phrase on the verb, at the front or the end of the clause, or beside its subject
        ("With the help of Russia, Syria retook the city of Homs.", ("supports", "Russia", "Syria"), "with-support"),
        ("Syria captured the city with Russia's help.", ("supports", "Russia", "Syria"), "with-support"),
        ("Syria captured the city with the backing of Iran and Russia.", ("supports", "Iran", "Syria"), "with-support"),
        (
            "Syria captured the city with the backing of Iran and Russia.",
            ("supports", "Russia", "Syria"),
            "with-support",
        ),
        (
            "The Syrian army captured the city with Russian backing.",
            ("supports", "Russia", "Syrian Army"),
            "with-support",
        ),
        (
            "Kenya, with the support of the United States, launched an offensive in Somalia.",
            ("supports", "United States", "Kenya"),
            "with-support",
        ),
        # the absolute "with" clause: the light verb's subjects give the support
        (
            "Mali recaptured the town, with France providing air support.",
            ("supports", "France", "Mali"),
            "with-support",
        ),
        (
            "Mali recaptured the town, with France and Chad providing logistical support for the operation.",
            ("supports", "Chad", "Mali"),
            "with-support",
        ),
        # a list of helpers the parser splits between "with" and the light verb, hung on the verb's object
        (
            "Mali recaptured the town, with Chad, Niger and France providing air support for the operation.",
            ("supports", "Niger", "Mali"),
            "with-support",
        ),
        # a vote cast for somebody
        ("Germany voted for Ursula von der Leyen.", ("supports", "Germany", "Ursula von der Leyen"), "prep:for"),
        # relational nouns of alliance and patronage
        ("The United States is Israel's closest ally.", ("supports", "United States", "Israel"), "ally-noun"),
        (
            "Last week Japan's ally the United States sent two destroyers.",
            ("supports", "United States", "Japan"),
            "ally-noun",
        ),
        ("France, an ally of Mali, sent troops.", ("supports", "France", "Mali"), "ally-noun"),
        ("Russia and its ally Belarus held drills.", ("supports", "Belarus", "Russia"), "ally-noun"),
        ("Iran, the main backer of Hezbollah, denied the report.", ("supports", "Iran", "Hezbollah"), "ally-noun"),
        ("Poland has been a staunch supporter of Ukraine.", ("supports", "Poland", "Ukraine"), "ally-noun"),
        # solidarity declared, support thrown behind somebody
        ("Britain stands with Ukraine.", ("supports", "United Kingdom", "Ukraine"), "prep:with"),
        ("Germany threw its support behind Ukraine.", ("supports", "Germany", "Ukraine"), "event-noun"),
    ],
)
def test_support_by_circumstance_or_alliance(relations_of, text, expected, pattern):
    rels = relations_of(text)
    assert expected in triples(rels)
    assert f"supports:{pattern}" in {r.pattern for r in rels}


@pytest.mark.parametrize(
    "text",
    [
        "Syria captured the city without the help of Russia.",  # without
        "Syria did not capture the city with the help of Russia.",  # negated
        "Syria could capture the city with the help of Russia.",  # hedged
        "Syria captured the city with weapons it bought from Russia.",  # no support noun
        "Hungary, Russia's former ally, condemned the invasion.",  # no longer an ally
        "Hungary, once Russia's ally, condemned the invasion.",  # no longer an ally
        "Hungary is not Russia's ally.",  # negated
        "Russia's allies met in Minsk.",  # no ally named
        "Germany did not vote for Ursula von der Leyen.",  # negated
        "Germany voted against Ursula von der Leyen.",  # against
        "Robert Mugabe's supporters rallied in Harare.",  # no supporter named
        "Britain does not stand with Ukraine.",  # negated
        "Israel thanked its ally. Joe Biden spoke.",  # no ally named in the sentence; the next one's is none
    ],
)
def test_no_support_without_help_or_alliance(relations_of, text):
    assert not _found(relations_of(text), "supports")
