"""A refusal stated in a claim ("X said it would never accept it", ``directives.refused``) rejects whoever
last accused, threatened or made a demand of the speaker's side (``Memory.asked_of``), or the owner of
what its pronoun stands for when the sentence names it ("Y's threat was a mistake; X would never accept
it").

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from .conftest import triples


def _rejects(rels) -> set[tuple]:
    return {t for t in triples(rels) if t[0] == "rejects"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # what was asked before: an accusation, a threat, a demand
        (
            "Donald Trump accused China of cheating. The Chinese Ministry of Commerce said that China would "
            "never accept it.",
            ("Chinese Ministry of Commerce", "Donald Trump"),
        ),
        (
            "Donald Trump threatened China with tariffs. The Chinese Ministry of Commerce called the threat "
            "unwise and said Beijing will not accept it.",
            ("Chinese Ministry of Commerce", "Donald Trump"),
        ),
        (
            "Donald Trump urged China to cut tariffs. Beijing would never accept it, the Chinese Ministry of "
            "Commerce said.",
            ("Chinese Ministry of Commerce", "Donald Trump"),
        ),
        # the owner of what "it" stands for, named in the same sentence, before anything asked
        (
            "Donald Trump praised China. The Chinese Ministry of Commerce said Washington's ultimatum was "
            "unfair and Beijing will not accept it.",
            ("Chinese Ministry of Commerce", "United States"),
        ),
    ],
)
def test_refusals_in_claims_reject_who_asked(relations_of, text, expected):
    assert ("rejects", *expected) in triples(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # nothing asked of the speaker's side before
        "Donald Trump praised China. The Chinese Ministry of Commerce said that China would never accept it.",
        # asked of another side
        "Donald Trump urged Japan to cut tariffs. The Chinese Ministry of Commerce said China would never accept it.",
        # no refusal: accepted, or a refusal of a third party
        "Donald Trump urged China to cut tariffs. The Chinese Ministry of Commerce said that China would accept it.",
        "Donald Trump urged China to cut tariffs. The Chinese Ministry of Commerce said Japan would never accept it.",
    ],
)
def test_refusals_without_an_asker(relations_of, text):
    assert not _rejects(relations_of(text))


def test_refusals_name_their_pattern(relations_of):
    rels = relations_of(
        "Donald Trump urged China to cut tariffs. The Chinese Ministry of Commerce said China would never accept it."
    )
    assert {r.pattern for r in rels if r.predicate == "rejects"} == {"rejects:in-claim"}
