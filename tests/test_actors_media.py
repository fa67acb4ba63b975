"""A news organisation referred back to by the kind of outlet it is (graphkit.nlp.actors.media): "the network",
"the channel" is the one news organisation the article named before, known by a media word of its name or of
what the article says it is; with none or several, nobody."""

from __future__ import annotations

import pytest

_INTRO = "Starlight Media Corporation is the largest television broadcasting company in the country. "


def _objects(relations_of, text: str, predicate: str) -> set[str]:
    return {r.object.label for r in relations_of(text) if r.predicate == predicate and r.object is not None}


@pytest.mark.parametrize(
    "text",
    [
        _INTRO + "On Monday Senator Maria Lopez accused the network of lying.",  # active, a copula said what it is
        _INTRO + "The network was accused by Senator Maria Lopez of lying.",  # passive: the network the patient
        _INTRO + "Officials said on Monday that Senator Maria Lopez accused the network of lying.",  # mid-sentence
        "The broadcaster Starlight Media Corporation aired it. Senator Maria Lopez accused the network of lying.",
        "Starlight News Channel aired the interview. Senator Maria Lopez accused the channel of lying.",  # its name
        _INTRO + "Senator Maria Lopez accused the news network of lying.",  # a media word modifies the noun
    ],
)
def test_actors_media_noun_refers_back_to_the_one_outlet_named_before(relations_of, text):
    objects = _objects(relations_of, text, "accuses")
    assert objects, text
    assert objects & {"Starlight Media Corporation", "Starlight News Channel"}, objects


def test_actors_media_noun_refers_back_in_a_threat(relations_of):
    text = _INTRO + "Senator Maria Lopez threatened the network with closure."
    assert "Starlight Media Corporation" in _objects(relations_of, text, "threatens")


@pytest.mark.parametrize(
    "text",
    [
        # two outlets named before: which one is not said
        "Starlight News Channel and Moonbeam Television Network aired the interview. "
        "Senator Maria Lopez accused the network of lying.",
        # the only organisation named is no news outlet (a regulator)
        "The Acme Regulatory Commission reviewed the licence. Senator Maria Lopez accused the network of lying.",
        # the outlet is named only after the phrase
        "Senator Maria Lopez accused the network of lying. " + _INTRO,
    ],
)
def test_actors_media_noun_with_no_single_outlet_before_is_nobody(relations_of, text):
    objects = _objects(relations_of, text, "accuses")
    assert not objects & {"Starlight Media Corporation", "Starlight News Channel", "Moonbeam Television Network"}
    assert not objects & {"Acme Regulatory Commission"}, objects


def test_actors_media_noun_modified_by_a_non_media_word_is_no_reference(relations_of):
    text = _INTRO + "Gunmen attacked the police station on Monday."
    assert "Starlight Media Corporation" not in _objects(relations_of, text, "attacks")


def test_actors_media_reference_needs_the_definite_article(relations_of):
    text = _INTRO + "Senator Maria Lopez accused a network of lying."
    assert "Starlight Media Corporation" not in _objects(relations_of, text, "accuses")
