"""One actor for a state or body the text names two ways: a government noun after the state's demonym is the
state ("the Syrian regime"); a one-word body after its full name and a shorter form of it is that body ("the
Supreme Court of X ... the Supreme Court ... the Court"); a country's body named alone is the gazetteer's body
of the article's country (graphkit.nlp.actors.descriptions, entities, national)."""

from __future__ import annotations

import pytest

from graphkit.nlp.actors.annotations import read_actors


def _actor(nlp, text: str, word: str, nth: int = -1):
    """The mention the ``nth`` span whose text is ``word`` names, or None when no span of the Doc is it."""
    found = [m for span, m, _ in read_actors(nlp(text)) if span.text.split()[-1] == word]
    return found[nth] if found else None


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("The Iranian regime's ambitions in the region were condemned by Germany on Monday.", "regime", "iran"),
        ("The Syrian regime accused the rebels of shelling the town.", "regime", "syria"),
        # passive, mid-sentence
        ("The shelling of the town was denounced by the Syrian regime, a spokesman said.", "regime", "syria"),
        ("Journalists were detained by the Venezuelan authorities after the vote.", "authorities", "venezuela"),
        ("Observers said the Iranian junta would not survive the year.", "junta", "iran"),
    ],
)
def test_actors_a_government_noun_after_a_demonym_is_the_state(nlp, text, word, country):
    m = _actor(nlp, text, word)
    assert m is not None and m.type == "Country" and m.kb_id == country, m


def test_actors_a_towns_authorities_are_not_the_state(nlp):
    m = _actor(nlp, "The Basra authorities accused the militia of attacking the port.", "authorities")
    assert m is None or m.type != "Country", m


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court of Ruritania ruled against the governor on Monday. The ruling was read in the Supreme "
        "Court. The Court said the governor had exceeded his powers.",
        "The Ruritania Supreme Court ruled against the governor on Monday. The ruling was read in the Supreme "
        "Court. The Court said the governor had exceeded his powers.",
        # the shorter name before the full one, the one-word name in an "of" phrase
        "The Supreme Court met on Monday. On Tuesday, the Supreme Court of Ruritania ruled against the governor. The "
        'opinion of the Court read, "The governor has no right to the office."',
    ],
)
def test_actors_a_one_word_body_is_the_body_its_full_and_short_names_name(nlp, text):
    m = _actor(nlp, text, "Court")
    assert m is not None and m.name == "Supreme Court", m


def test_actors_a_one_word_body_after_two_bodies_is_neither(nlp):
    text = (
        "The Supreme Court of Ruritania ruled against the governor. The Constitutional Court disagreed. "
        "The Court said the governor had exceeded his powers."
    )
    m = _actor(nlp, text, "Court")
    assert m is None or m.name not in ("Supreme Court of Ruritania", "Constitutional Court"), m


@pytest.mark.parametrize(
    ("text", "word", "kb"),
    [
        (
            "US President Joe Biden spoke in Washington. The House of Representatives said the bill would pass.",
            "Representatives",
            "us_house",
        ),
        (
            "President Joe Biden met envoys in Washington. The bill was rejected by the Senate on Monday.",
            "Senate",
            "us_senate",
        ),
        (
            "The United States House of Representatives accused the president of obstruction.",
            "Representatives",
            "us_house",
        ),
    ],
)
def test_actors_a_countrys_body_named_alone_is_the_gazetteers_body_of_it(nlp, text, word, kb):
    m = _actor(nlp, text, word)
    assert m is not None and m.kb_id == kb, m


def test_actors_a_body_named_alone_in_another_countrys_article_is_not_the_us_body(nlp):
    text = "Australian Prime Minister Anthony Albanese spoke in Canberra. The House of Representatives passed the bill."
    m = _actor(nlp, text, "Representatives")
    assert m is not None and m.kb_id is None, m


def test_actors_a_plural_word_of_a_bodys_name_is_no_short_name_of_it(nlp):
    text = (
        "The Ruritania House of Representatives voted on Monday. The House of Representatives passed the bill. "
        "One of the Representatives said the vote was rushed."
    )
    m = _actor(nlp, text, "Representatives", nth=-1)
    assert m is None or m.name != "House of Representatives", m


def test_actors_one_persons_nationality_gives_a_body_named_alone_no_country(nlp):
    m = _actor(nlp, "The Senate questioned Mike Pompeo on Friday.", "Senate")
    assert m is not None and m.kb_id is None, m
