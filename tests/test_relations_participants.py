"""Events whose parties are not the verb's subject and object: coordinated participants ("X and Y
met"), a meeting the clause happens in ("In a call with X, Y said"), a reduced passive relative ("Y,
backed by X, ..."), force used against somebody, and requests with an infinitive (FrameNet Meet_with,
Discussion, Contacting, Supporting, Use_firearm, Request, Attempt_suasion; ``ontologies/cues.yaml``).

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from .conftest import triples


@pytest.mark.parametrize(
    "text,expected",
    [
        # coordinated participants: the first meets the others
        (
            "Angela Merkel and Vladimir Putin spoke on the phone on Sunday.",
            ("meets", "Angela Merkel", "Vladimir Putin"),
        ),
        ("Angela Merkel and Vladimir Putin met in Sochi on Friday.", ("meets", "Angela Merkel", "Vladimir Putin")),
        ("Angela Merkel and Vladimir Putin met at the summit on Sunday.", ("meets", "Angela Merkel", "Vladimir Putin")),
        ("Angela Merkel and Vladimir Putin talked privately in Sochi.", ("meets", "Angela Merkel", "Vladimir Putin")),
        # the clause happens within a meeting
        (
            "In a phone call with Vladimir Putin, Angela Merkel said the ceasefire must hold.",
            ("meets", "Angela Merkel", "Vladimir Putin"),
        ),
        (
            "During talks with Vladimir Putin, Angela Merkel raised the fate of the prisoners.",
            ("meets", "Angela Merkel", "Vladimir Putin"),
        ),
        # a reduced passive relative: the noun it modifies is the passive subject
        (
            "Chad, backed by French troops, drove the rebels out of the capital.",
            ("supports", "French Armed Forces", "Chad"),
        ),
        ("The Sudanese rebels, armed by Iran, attacked the convoy.", ("supports", "Iran", "Sudanese rebels")),
        # force used against somebody
        (
            "Israeli police used tear gas against Palestinian protesters.",
            ("attacks", "Israeli Police", "Palestinian protesters"),
        ),
        (
            "Israeli police used water cannon on Palestinian protesters.",
            ("attacks", "Israeli Police", "Palestinian protesters"),
        ),
        # things sent that supply (a document sent does not: below)
        ("Argentina sent weapons to Brazil on Monday.", ("supports", "Argentina", "Brazil")),
        # asked to act: an infinitive after the object
        ("Germany encouraged Iran to return to the talks.", ("demands", "Germany", "Iran")),
        ("France invited Iran to join the conference.", ("demands", "France", "Iran")),
        ("Germany warned Iran to return to the talks.", ("demands", "Germany", "Iran")),
    ],
)
def test_participants_found(relations_of, text, expected):
    assert expected in triples(relations_of(text))


@pytest.mark.parametrize(
    "text,predicate",
    [
        ("Angela Merkel and Vladimir Putin spoke to reporters in Sochi.", "meets"),  # a third party named
        ("Angela Merkel and Vladimir Putin spoke at the summit on Sunday.", "meets"),  # two speeches
        ("Angela Merkel and Vladimir Putin did not meet in Sochi.", "meets"),  # negated
        ("In a speech in Vladimir Putin's presence, Angela Merkel said the ceasefire must hold.", "meets"),
        ("The Sudanese rebels, based in Iran, attacked the convoy.", "supports"),  # no agent
        ("Israel used its veto against Palestinian statehood.", "attacks"),  # no force
        ("Germany encouraged Iran's return to the talks.", "demands"),  # no infinitive
        ("Germany warned Iran that the deal was collapsing.", "demands"),  # a clause: a warning, not a demand
    ],
)
def test_participants_not_found(relations_of, text, predicate):
    assert predicate not in {p for p, _, _ in triples(relations_of(text))}


@pytest.mark.parametrize(
    "text,expected",
    [
        # "a meeting/call between X and Y": X meets Y
        (
            "Aides arranged a meeting between Angela Merkel and Vladimir Putin.",
            ("meets", "Angela Merkel", "Vladimir Putin"),
        ),
        (
            "Reporters obtained notes of a call between Angela Merkel and Vladimir Putin.",
            ("meets", "Angela Merkel", "Vladimir Putin"),
        ),
        # coordinated parties coming together, with the named ones in apposition
        (
            "Angela Merkel and her French counterpart, Emmanuel Macron, gathered in Paris on Wednesday.",
            ("meets", "Angela Merkel", "Emmanuel Macron"),
        ),
        # relying on somebody to act
        ('"We rely on China to use its influence," Heiko Maas told reporters.', ("demands", "Heiko Maas", "China")),
        # an order as a noun, with its light verb
        ("Germany issued an order to Iran to halt enrichment.", ("demands", "Germany", "Iran")),
        # what is rejected was made by somebody: its reduced relative's agent
        ("Japan rejected a peace plan put forward by Russia.", ("rejects", "Japan", "Russia")),
        ("Finland condemned the strikes carried out by Russian forces.", ("accuses", "Finland", "Russian forces")),
    ],
)
def test_parties_named_around_the_noun(relations_of, text, expected):
    assert expected in triples(relations_of(text))


@pytest.mark.parametrize(
    "text,predicate",
    [
        ("Qatar offered mediation between Saudi Arabia and Iran.", "meets"),  # a mediation's parties are its objects
        ("The border between Saudi Arabia and Iran is long.", "meets"),  # no meeting
        ("Protesters gathered in Cairo on Wednesday.", "meets"),  # no coordinated parties
        ("In order to halt enrichment, Iran closed the plant.", "demands"),  # "in order to" is no order
        # an event noun in a phrase of time or cause is not the subject's: "after the attack on X"
        ("The European Union imposed a ban on Russian imports after the attack on Ukraine.", "attacks"),
        ("Chile launched a review of its policy after the offensive against Bolivia.", "attacks"),
        ("Argentina sent the bill to Brazil on Monday.", "supports"),  # a document sent is no support
    ],
)
def test_parties_not_named_around_the_noun(relations_of, text, predicate):
    assert predicate not in {p for p, _, _ in triples(relations_of(text))}
