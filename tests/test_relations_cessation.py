"""Demands that an act stop, of the act's doer (``cessation.py``, ``directives.yaml`` ``cessation_nouns``):
"called for an end to Y's attacks", "demanded a halt to the raids by Y", "pushed for an end to Yish
dumping" → demands of Y (pattern ``demands:cessation``); an act with no doer, a place, a person's
suspension, or a negated call ask nothing of anybody.

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from .conftest import triples


def _demands(rels) -> set[tuple]:
    return {t for t in triples(rels) if t[0] == "demands"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # the doer as a country adjective, a possessive, a by-phrase (on the act or hung on the verb)
        ("The European Union called for an end to the Israeli bombardment of Gaza.", {("European Union", "Israel")}),
        ("The European Union urged an end to Russia's attacks on Ukrainian cities.", {("European Union", "Russia")}),
        ("The European Union demanded a halt to the rocket attacks by Hamas.", {("European Union", "Hamas")}),
        # coordinated doers; a stop noun coordinated after another request; other verbs of asking
        (
            "Antonio Guterres pressed for an end to the raids by Hamas and Islamic Jihad.",
            {("António Guterres", "Hamas"), ("António Guterres", "Palestinian Islamic Jihad")},
        ),
        ("The United Nations appealed for a halt to Israeli air strikes.", {("United Nations", "Israel")}),
        ("The United Nations asked for a stop to Russian shelling of the plant.", {("United Nations", "Russia")}),
        ("Germany pushed for an end to Chinese dumping of steel.", {("Germany", "China")}),
    ],
)
def test_a_call_to_stop_an_act_demands_of_its_doer(relations_of, text, expected):
    rels = relations_of(text)
    assert {(s, o) for _, s, o in _demands(rels)} == expected
    assert {r.pattern for r in rels if r.predicate == "demands"} == {"demands:cessation"}


@pytest.mark.parametrize(
    "text",
    [
        "The European Union called for an end to the violence.",
        "Antonio Guterres called for an immediate halt to the fighting in Sudan.",
        "The African Union called for the suspension of Robert Mugabe.",
        "The European Union did not call for an end to Russia's attacks.",
        "The European Union may call for an end to Russia's attacks.",
    ],
)
def test_no_doer_no_demand(relations_of, text):
    assert not _demands(relations_of(text))


@pytest.mark.parametrize(
    "text,expected",
    [
        # the body named on the noun or on the one removed; a headline's present tense; a possessive
        ("Jacob Zuma calls for suspension of Zimbabwe from African Union", ("Jacob Zuma", "African Union")),
        ("Raila Odinga called for the expulsion of Zimbabwe from the Commonwealth.", ("Raila Odinga", "Commonwealth")),
        ("Raila Odinga urged Zimbabwe's suspension from the African Union.", ("Raila Odinga", "African Union")),
    ],
)
def test_a_call_to_remove_a_member_demands_of_the_body(relations_of, text, expected):
    rels = relations_of(text)
    assert ("demands", *expected) in triples(rels)
    assert {r.pattern for r in rels if r.predicate == "demands"} == {"demands:removal"}


@pytest.mark.parametrize(
    "text",
    [
        "Raila Odinga called for the withdrawal of troops from Syria.",
        "Raila Odinga called for the expulsion of Russian diplomats from Germany.",
        "Raila Odinga did not call for the suspension of Zimbabwe from the African Union.",
    ],
)
def test_a_removal_from_no_organisation_asks_no_one(relations_of, text):
    assert not _demands(relations_of(text))
