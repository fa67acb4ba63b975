"""An investigation into an actor's conduct accuses the actor: "an inquiry into the conduct of Y", "an
investigation into crimes committed by Y" (``graphkit/nlp/relations/conduct.py``).

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from graphkit.nlp.relations.acts import load_acts
from graphkit.resources import ONTOLOGIES

from .conftest import accused


@pytest.mark.parametrize(
    "text,pair",
    [
        ("Sweden opened an investigation into the conduct of Norway.", ("Sweden", "Norway")),
        (
            "Anna Berg opened a parliamentary probe into the behaviour of Prime Minister Jonas Gahr Store.",
            ("Anna Berg", "Jonas Gahr Store"),
        ),
        (
            "Sweden opened an investigation into the activities of the Norwegian embassy.",
            ("Sweden", "Norwegian Embassy"),
        ),
        (
            "Sweden launched an inquiry into alleged crimes committed by Norwegian forces.",
            ("Sweden", "Norwegian forces"),
        ),
        ("On Monday, Sweden opened an investigation into abuses by Norwegian forces.", ("Sweden", "Norwegian forces")),
    ],
)
def test_an_inquiry_into_conduct_accuses_the_actor(relations_of, text, pair):
    assert pair in accused(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # the "of" of a noun that is no conduct names the victim, or what was looked into
        "Sweden opened an inquiry into the death of Norwegian Prime Minister Jonas Gahr Store.",
        "Sweden opened an investigation into the disappearance of Jonas Gahr Store.",
        # negated
        "Sweden did not open an investigation into the conduct of Jonas Gahr Store.",
    ],
)
def test_no_accusation_of_a_victim_or_without_an_inquiry(relations_of, text):
    assert not any(o == "Jonas Gahr Store" for _, o in accused(relations_of(text)))


def test_the_conduct_nouns_come_from_the_cue_lexicon():
    nouns = load_acts(ONTOLOGIES / "cues.yaml").conduct_nouns
    assert {"conduct", "behaviour", "activities"} <= nouns
    assert not {"death", "disappearance", "killing"} & nouns
