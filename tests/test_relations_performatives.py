"""Performative demands, threats and rejections in a quotation (``nlp/relations/performatives.py``): an
institution speaking of itself in the third person and the present tense does what it says.

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from .conftest import triples


def _found(rels, predicate: str) -> set[tuple]:
    return {t for t in triples(rels) if t[0] == predicate}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            '"The Chinese Foreign Ministry rejects the proposal of Japan," Hua Chunying said.',
            ("rejects", "Chinese Foreign Ministry", "Japan"),
        ),
        (
            '"Amnesty International urges Pakistan to free the journalists," the group said in a statement.',
            ("demands", "Amnesty International", "Pakistan"),
        ),
        # the quotation after its cue, and a subject named with its acronym earlier in the text
        (
            'The Syrian Observatory for Human Rights (SOHR) met on Monday. Its chair said: "The SOHR calls '
            'upon Turkey to act now."',
            ("demands", "Syrian Observatory for Human Rights", "Turkey"),
        ),
    ],
)
def test_performatives_found(relations_of, text, expected):
    assert expected in triples(relations_of(text))


@pytest.mark.parametrize(
    "text,predicate",
    [
        # a past act, a forecast, a perfect: the speaker reports them
        ('"Russia urged Ukraine to withdraw," Antony Blinken said.', "demands"),
        ('"Russia will urge Ukraine to withdraw," Antony Blinken said.', "demands"),
        ('"The Chinese Foreign Ministry has rejected the proposal of Japan," Hua Chunying said.', "rejects"),
        # a pronoun as the subject, and a negated act
        ('"It urges Ukraine to withdraw," Antony Blinken said.', "demands"),
        ('"Amnesty International does not urge Pakistan to free them," the group said.', "demands"),
        # accusations in a quotation stay the speaker's claim
        ('"Russia accuses Ukraine of shelling the plant," Antony Blinken said.', "accuses"),
    ],
)
def test_performatives_not_found(relations_of, text, predicate):
    assert not _found(relations_of(text), predicate)


def test_performatives_name_their_pattern(relations_of):
    rels = relations_of('"Amnesty International urges Pakistan to free the journalists," the group said.')
    assert {r.pattern for r in rels if r.predicate == "demands"} == {"demands:performative:dobj"}
