"""A demand, threat or rejection the parser coordinated into its speaker's report belongs to the speaker
(``nlp/relations/conjoined.py``); one whose first conjunct has its own subject keeps it.

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from .conftest import triples


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Angela Merkel said that there were no easy answers and urged Russia to open the corridors.",
            ("demands", "Angela Merkel", "Russia"),
        ),
        (
            "Antony Blinken said there had been progress and pressed Israel to allow more aid in.",
            ("demands", "Antony Blinken", "Israel"),
        ),
        (
            "Beijing said that there had been enough talking and threatened Washington with tariffs.",
            ("threatens", "China", "United States"),
        ),
    ],
)
def test_conjoined_speech_acts_are_the_reporters(relations_of, text, expected):
    assert expected in triples(relations_of(text))


def test_a_conjunct_with_its_own_subject_keeps_it(relations_of):
    found = {t for t in triples(relations_of("Angela Merkel said that Putin lied and urged Ukraine to give in."))}
    assert ("demands", "Angela Merkel", "Ukraine") not in found


def test_no_report_no_borrowed_subject(relations_of):
    found = triples(relations_of("There were no winners in the war and urged Russia to stop."))
    assert not {t for t in found if t[0] == "demands"}
