"""The doer of an event noun named by a modifier (graphkit/nlp/relations/marked.py): "the Russian invasion
of X", "a NATO airstrike on X", "killed in a US drone strike", "American aid to X".

- a demonym, an organisation, or a country's initialism in front of the noun names the doer;
- a full country or place name in front of it names where or whom ("the Ukraine invasion"): no doer;
- an event feared, threatened, possible or under a negated verb is none done;
- an attack noun as the subject of a verb of attack or harm reached that verb's object ("a strike by X
  killed Y").

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
        # a demonym as the doer, the noun's preposition as the object, wherever the noun stands
        ("The Russian invasion of Ukraine began in February.", ("attacks", "Russia", "Ukraine"), "marked-noun"),
        ("A Russian attack on Ukraine killed ten people.", ("attacks", "Russia", "Ukraine"), "marked-noun"),
        ("Ten people died after the Turkish offensive against Syria.", ("attacks", "Turkey", "Syria"), "marked-noun"),
        # the leader of an "X-led" campaign
        ("The US-led invasion of Iraq began in 2003.", ("attacks", "United States", "Iraq"), "marked-noun"),
        # an organisation in front of the noun
        ("A NATO airstrike on Libya killed ten people.", ("attacks", "NATO", "Libya"), "marked-noun"),
        # support: a demonym or a country's initialism in front of the noun
        ("American aid to Ukraine has exceeded $60 billion.", ("supports", "United States", "Ukraine"), "marked-noun"),
        ("UK support for Ukraine remains strong.", ("supports", "United Kingdom", "Ukraine"), "marked-noun"),
        # the victims of a marked strike (harmed-in) or of attacks faced (received)
        (
            "Abu Bakr al-Baghdadi was killed in an American raid.",
            ("attacks", "United States", "Abu Bakr al-Baghdadi"),
            "harmed-in",
        ),
        (
            "Ayman al-Zawahiri was killed in a US drone strike in Kabul.",
            ("attacks", "United States", "Ayman al-Zawahiri"),
            "harmed-in",
        ),
        ("Ukrainian soldiers faced Russian attacks for months.", ("attacks", "Russia", "Ukrainian forces"), "received"),
        # an attack noun as the subject of a verb of attack or harm: whom that verb reached (impact.py)
        ("A drone attack by Russia hit Odesa.", ("attacks", "Russia", "Ukraine"), "by-agent"),
        ("A strike by Israel killed Ismail Haniyeh.", ("attacks", "Israel", "Ismail Haniyeh"), "by-agent"),
    ],
)
def test_a_modifier_names_the_doer(relations_of, text, expected, pattern):
    rels = relations_of(text)
    assert expected in triples(rels)
    assert f"{expected[0]}:{pattern}" in {r.pattern for r in rels}


@pytest.mark.parametrize(
    "text,predicate",
    [
        ("The Ukraine invasion was a mistake, said Joe Biden.", "attacks"),  # a country name: the one invaded
        ("The Kursk incursion surprised the Kremlin.", "attacks"),  # a place name: where
        ("Leaders discussed the threat of a Russian attack on Moldova.", "attacks"),  # a threat: none done
        ("Officials voiced fears of a Chinese invasion of Taiwan.", "attacks"),  # feared only
        ("Diplomats talked about a possible Israeli strike on Iran.", "attacks"),  # possible only
        ("Washington did not approve American aid to Ukraine.", "supports"),  # negated
        ("Congress may approve American aid to Ukraine.", "supports"),  # hedged
        ("The Russian attack on the convoy killed ten people.", "attacks"),  # no actor attacked
        ("Qasem Soleimani approved the attacks on Israel.", "attacks"),  # permitted, not carried out
        ("A UN-led inquiry into the invasion of Iraq began.", "attacks"),  # no doer of the invasion named
        ("The attack by Russia did not hit Odesa.", "attacks"),  # negated impact
        ("A strike by Israel may have killed Ismail Haniyeh.", "attacks"),  # hedged impact
    ],
)
def test_no_doer_from_a_place_or_an_event_not_done(relations_of, text, predicate):
    assert not _found(relations_of(text), predicate)
