"""Meetings whose other party is who was told or asked within them (graphkit/nlp/relations/addressed.py),
and "spoke to X" (a person or a state, not an audience).

- "In a phone call, X urged Y to ...", "During talks, X told Y that ...": X meets Y, also when what X did
  there is hedged ("X might have urged Y"), not when it is negated;
- the object of a verb of judging or of any other verb within a meeting is what was talked about;
- "X, speaking to the think tank, ...": an audience addressed, no meeting;
- "X and Y agreed to a truce / on a deal": X meets Y (not "agreed that ...").

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
            "In a phone call on Monday, Joe Biden urged Xi Jinping to restrain North Korea.",
            ("meets", "Joe Biden", "Xi Jinping"),
            "within-call",
        ),
        (
            "During talks in Vienna, Sergei Lavrov told Antony Blinken that Russia would not back down.",
            ("meets", "Sergei Lavrov", "Antony Blinken"),
            "within-call",
        ),
        (
            "In a telephone conversation, Vladimir Putin assured Emmanuel Macron of his commitment.",
            ("meets", "Vladimir Putin", "Emmanuel Macron"),
            "within-call",
        ),
        # a hedge on what was done within the call hedges the deed, not the call
        (
            "In a phone call in late June, Joe Biden might have encouraged Olaf Scholz to investigate.",
            ("meets", "Joe Biden", "Olaf Scholz"),
            "within-call",
        ),
        ("Joe Biden spoke to Xi Jinping on Monday.", ("meets", "Joe Biden", "Xi Jinping"), "prep:to"),
        # an agreement reached together (FrameNet Make_agreement_on_action): the first party meets the others
        ("Thailand and Laos agreed to an immediate truce.", ("meets", "Thailand", "Laos"), "co-subject"),
        ("Israel and Hamas agreed on a four-day pause.", ("meets", "Israel", "Hamas"), "co-subject"),
    ],
)
def test_the_one_told_within_a_meeting_is_met(relations_of, text, expected, pattern):
    rels = relations_of(text)
    assert expected in triples(rels)
    assert f"meets:{pattern}" in {r.pattern for r in rels}


@pytest.mark.parametrize(
    "text",
    [
        "During the meeting, Joe Biden praised NATO.",  # a verb of judging: what was talked about
        "In a phone call, Joe Biden criticised Hungary.",  # idem
        "In a phone call, Joe Biden did not ask Xi Jinping to act.",  # negated
        "Olaf Scholz, speaking to a Brookings Institution panel, called the plan void.",  # an audience
        "Olaf Scholz talked to the European Parliament about the budget.",  # an audience
        "Germany and France agreed that the plan was flawed.",  # a view shared, no agreement concluded
        "Germany and France did not agree on a plan.",  # negated
    ],
)
def test_no_meeting_with_what_was_talked_about_or_an_audience(relations_of, text):
    assert not _found(relations_of(text), "meets")
