"""Rejections of a proposal named with its proposer, by more units of FrameNet Respond_to_proposal and
Deny_or_grant_permission (``cues.yaml`` rejects): "ruled out X's offer", "voted down a plan by X", "declined a
request by X", "turned down an offer from X", "denied X's appeal / the request of X" → rejects X; a denial
of X's claims stays a denial, and no proposal named, a negation or a hedge give nothing.

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from .conftest import triples


def _found(rels, predicate: str) -> set[tuple]:
    return {(s, o) for p, s, o in triples(rels) if p == predicate}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Iran ruled out the proposal of the United States.", ("Iran", "United States")),
        ("Iran ruled out a United States proposal on Monday.", ("Iran", "United States")),
        ("The Senate voted down a proposal by Donald Trump.", ("Senate", "Donald Trump")),
        (
            "The European Commission declined a request by Hungary to delay the vote.",
            ("European Commission", "Hungary"),
        ),
        ("Iran turned down an offer from the United States.", ("Iran", "United States")),
        ("Poland denied the demands of Germany.", ("Poland", "Germany")),
        ("The European Court of Justice denied the request of Poland.", ("European Court of Justice", "Poland")),
    ],
)
def test_a_proposal_refused_rejects_its_proposer(relations_of, text, expected):
    assert expected in _found(relations_of(text), "rejects")


def test_a_denied_appeal_is_a_rejection_and_denied_claims_a_denial(relations_of):
    appeal = relations_of("Poland denied Germany's appeal.")
    assert ("Poland", "Germany") in _found(appeal, "rejects")
    assert not _found(appeal, "denies")
    claims = relations_of("Poland denied Germany's claims.")
    assert ("Poland", "Germany") in _found(claims, "denies")
    assert not _found(claims, "rejects")


@pytest.mark.parametrize(
    "text",
    [
        "Iran ruled out talks on Monday.",
        "Iran did not rule out the proposal of the United States.",
        "The Senate may vote down a proposal by Donald Trump.",
        "Iran turned down the volume of the United States broadcast.",
        "Iran turned down the United States Navy's music.",
        "The European Court of Justice did not deny the request of Poland.",
    ],
)
def test_no_proposal_refused_no_rejection(relations_of, text):
    assert not _found(relations_of(text), "rejects")


def test_turning_down_an_invitation_rejects_who_made_it(relations_of):
    assert ("Iran", "United States") in _found(
        relations_of("Iran turned down an invitation from the United States."), "rejects"
    )
    assert ("Iran", "United States") in _found(
        relations_of("Iran turned down the United States' invitation."), "rejects"
    )
