"""A first-person cue in a quotation may be the infinitive of a verb that shares its subject ('"We continue
to call on Y to ...," X said', '"I keep urging Y to ...," X said': ``finder.first_person``, subject
control); a wish, a forecast, a negation, or an object between ('"We asked them to urge Y"') give nothing.

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from .conftest import triples


def _demands(rels) -> set[tuple]:
    return {(s, o) for p, s, o in triples(rels) if p == "demands"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ('"We continue to call on Russia to withdraw," Olaf Scholz said.', ("Olaf Scholz", "Russia")),
        ('"We continue to urge Russia to withdraw," Olaf Scholz said.', ("Olaf Scholz", "Russia")),
        ('"I keep pressing for an end to Russia\'s attacks," Olaf Scholz said.', ("Olaf Scholz", "Russia")),
        # the plain case still holds
        ('"We urge Russia to withdraw," Olaf Scholz said.', ("Olaf Scholz", "Russia")),
    ],
)
def test_a_first_person_demand_through_a_shared_subject(relations_of, text, expected):
    assert expected in _demands(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        '"We want to urge Russia to withdraw," Olaf Scholz said.',
        '"We will continue to urge Russia to withdraw," Olaf Scholz said.',
        '"We do not continue to urge Russia to withdraw," Olaf Scholz said.',
        '"We asked them to urge Russia to withdraw," Olaf Scholz said.',
    ],
)
def test_a_wish_forecast_or_other_subject_is_no_demand_of_the_speaker(relations_of, text):
    assert ("Olaf Scholz", "Russia") not in _demands(relations_of(text))
