"""A text its author issues speaks for the author (graphkit/nlp/relations/subjects.py, ``issuing`` of
``content_verbs`` in ontologies/cues.yaml): "X released a statement which said Y" claims Y for X, as "X
released a statement saying Y" does. Every sentence is written for the test; positive and negative cases."""

from __future__ import annotations

import pytest

from .conftest import claims as _claims


def _said_by(rels, who: str) -> set[str]:
    return {c for s, c in _claims(rels) if s == who}


@pytest.mark.parametrize(
    "text,content",
    [
        (
            'Amnesty International released a statement which said, "The police used excessive force."',
            "The police used excessive force",
        ),
        (
            "Amnesty International issued a statement that said the police had used excessive force.",
            "the police had used excessive force",
        ),
        (
            "On Monday the Texas Farm Bureau filed a motion which claims the new tax is unconstitutional.",
            "the new tax is unconstitutional",
        ),
        (
            "Amnesty International, which had been silent for weeks, published a report that said the camps were full.",
            "the camps were full",
        ),
    ],
)
def test_a_text_issued_speaks_for_its_issuer(relations_of, text, content):
    who = "Amnesty International" if "Amnesty" in text else "Texas Farm Bureau"
    assert content in _said_by(relations_of(text), who)


@pytest.mark.parametrize(
    "text",
    [
        # the statement is somebody else's: criticised, read, not issued
        "Amnesty International criticised the statement which said the police had acted lawfully.",
        "Amnesty International read the report that said the police had acted lawfully.",
        # the relative clause has a subject of its own: the police speak
        "Amnesty International released a statement which the police said was false.",
        # a text that says nothing: no proposition
        "Amnesty International published a report which described the camps in detail.",
    ],
)
def test_a_text_not_issued_or_saying_nothing_is_no_claim_of_the_subject(relations_of, text):
    assert not _said_by(relations_of(text), "Amnesty International")


def test_the_relative_clause_of_a_speaker_still_speaks_for_the_speaker(relations_of):
    said = _said_by(relations_of("The European Union, which said the vote was fair, sent observers."), "European Union")
    assert "the vote was fair" in said


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International did not release a statement which said the police had acted lawfully.",
        "Amnesty International may issue a statement that says the police acted lawfully.",
    ],
)
def test_a_text_not_issued_yet_is_no_claim(relations_of, text):
    assert not _said_by(relations_of(text), "Amnesty International")
