"""Names cut in two at a particle (graphkit.nlp.actors.cut_names) and bodies named with an "on"/"for" phrase
(graphkit.nlp.actors.wordings.proper_body) are one actor, named in full."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.tokens import Doc, Span

from graphkit.nlp.actors.cut_names import joined_name, mended
from graphkit.nlp.gazetteer import lookup
from graphkit.resources import load_cues
from graphkit.types import Mention


@pytest.mark.parametrize(
    "text",
    [
        "Sheikh Tamim bin Hamad al-Thani condemned Israel for the strikes.",  # active, sentence start
        "Israel was condemned by Sheikh Tamim bin Hamad al-Thani for the strikes.",  # passive
        "On Monday, Sheikh Tamim bin Hamad al-Thani, the emir, condemned Israel for the strikes.",  # apposed
    ],
)
def test_actors_a_name_cut_at_bin_is_one_person(relations_of, text):
    rels = relations_of(text)
    accusers = {r.subject.label for r in rels if r.predicate == "accuses" and r.object and r.object.label == "Israel"}
    assert accusers == {"Tamim bin Hamad Al Thani"}, accusers


def _two_persons(nlp, words: list[str], first: tuple[int, int], second: tuple[int, int]) -> tuple:
    doc = Doc(nlp.vocab, words=words)
    a, b = Span(doc, *first, label="PERSON"), Span(doc, *second, label="PERSON")
    ma = Mention(name=a.text, type="Person", text=a.text)
    mb = Mention(name=b.text, type="Person", text=b.text)
    return a, ma, b, mb


def test_actors_an_unknown_name_with_a_particle_is_joined(nlp):
    a, ma, b, mb = _two_persons(nlp, ["Khalid", "bin", "Rashid", "Mansour", "spoke"], (0, 1), (2, 4))
    whole = joined_name(lookup(), load_cues(), (a, ma), b, mb)
    assert whole is not None and whole.name == "Khalid bin Rashid Mansour" and whole.type == "Person"


@pytest.mark.parametrize(
    ("words", "first", "second"),
    [
        (["Khalid", "and", "Rashid", "Mansour", "spoke"], (0, 1), (2, 4)),  # a conjunction: two people
        (["Khalid", "Bin", "Rashid", "Mansour", "spoke"], (0, 1), (2, 4)),  # a capitalised word is no particle
        (["Khalid", "bin", "the", "Rashid", "Mansour"], (0, 1), (3, 5)),  # more than a particle between
    ],
)
def test_actors_persons_not_parted_by_a_particle_stay_two(nlp, words, first, second):
    a, ma, b, mb = _two_persons(nlp, words, first, second)
    assert joined_name(lookup(), load_cues(), (a, ma), b, mb) is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The United States Commission on Religious Freedom criticized Turkey for the decision.",
            "United States Commission on Religious Freedom",
        ),
        (
            "Turkey was criticized by the Ukrainian Commission for Human Rights for the decision.",
            "Ukrainian Commission for Human Rights",
        ),
        (
            "On Friday, the Kenyan Commission on Human Rights (KCHR) criticized Turkey for the decision.",
            "Kenyan Commission on Human Rights",
        ),
    ],
)
def test_actors_a_body_named_with_an_on_or_for_phrase_keeps_its_name(relations_of, text, label):
    rels = relations_of(text)
    accusers = {r.subject.label for r in rels if r.predicate == "accuses" and r.object and r.object.label == "Turkey"}
    assert label in accusers, accusers


def test_actors_a_date_after_a_body_is_no_part_of_its_name(relations_of):
    rels = relations_of("The US Commission on Monday criticized Turkey for the decision.")
    accusers = {r.subject.label for r in rels if r.predicate == "accuses"}
    assert accusers and not any("Monday" in a for a in accusers), accusers


def _doc(nlp, words: list[str], ents: list[tuple[int, int, str]], pos: list[str] | None = None) -> Doc:
    doc = Doc(nlp.vocab, words=words, pos=pos or ["PROPN" if w[:1].isupper() else "X" for w in words])
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def test_actors_a_body_cut_at_and_runs_on(nlp):
    doc = _doc(nlp, ["the", "Council", "for", "Peace", "and", "Order", "said"], [(1, 4, "ORG"), (5, 6, "PERSON")])
    assert [(e.text, e.label_) for e in mended(doc.ents, load_cues())] == [("Council for Peace and Order", "ORG")]


@pytest.mark.parametrize(
    ("words", "ents"),
    [
        (["the", "Council", "for", "Peace", "and", "Russia", "said"], [(1, 4, "ORG"), (5, 6, "GPE")]),  # a place
        (["the", "Central", "Council", "and", "Order", "said"], [(1, 3, "ORG"), (4, 5, "PERSON")]),  # no preposition
        (["the", "Council", "for", "Peace", "and", "said"], [(1, 4, "ORG")]),  # nothing capitalised after "and"
    ],
)
def test_actors_a_body_before_and_stays_as_cut(nlp, words, ents):
    doc = _doc(nlp, words, ents)
    assert [e.text for e in mended(doc.ents, load_cues())] == [e.text for e in doc.ents]


def test_actors_a_name_starting_with_a_particle_takes_its_given_name(nlp):
    doc = _doc(nlp, ["Juan", "dela", "Cruz", "said"], [(1, 3, "PERSON")])
    assert [e.text for e in mended(doc.ents, load_cues())] == ["Juan dela Cruz"]


def test_actors_a_lower_case_word_before_a_particle_is_no_given_name(nlp):
    doc = _doc(nlp, ["said", "dela", "Cruz"], [(1, 3, "PERSON")], pos=["VERB", "X", "PROPN"])
    assert [e.text for e in mended(doc.ents, load_cues())] == ["dela Cruz"]


@pytest.mark.parametrize(
    "text",
    [
        "The Department of Health and Human Services accused Russia of fraud.",
        "Russia was accused of fraud by the Department of Health and Human Services.",
        "On Friday, officials said the Department of Health and Human Services had accused Russia of fraud.",
    ],
)
def test_actors_a_body_named_with_and_is_one_actor(relations_of, text):
    accusers = {r.subject.label for r in relations_of(text) if r.predicate == "accuses"}
    assert "Department of Health and Human Services" in accusers, accusers


@pytest.mark.parametrize(
    "text",
    [
        "South Korean envoy Lee Min-jun arrived in Tokyo. Lee accused Russia of lying.",
        "South Korean envoy Lee Min-jun arrived in Tokyo. On Monday, Lee said Russia was lying and accused Russia "
        "of lying.",
    ],
)
def test_actors_a_name_written_family_name_first_is_called_by_its_first_word(relations_of, text):
    accusers = {r.subject.label for r in relations_of(text) if r.predicate == "accuses"}
    assert accusers == {"Lee Min-jun"}, accusers


def test_actors_a_hyphenated_surname_is_still_the_last_word(nlp):
    from graphkit.nlp.actors.annotations import read_actors

    doc = nlp("German envoy Karl Ernst-Ludwig arrived in Tokyo. Karl said the talks went well.")
    names = {span.text: m.name for span, m, _ in read_actors(doc)}
    assert names.get("Karl") != "Karl Ernst-Ludwig", names


def test_actors_a_known_bodys_initials_name_it(relations_of):
    text = "Reporters Without Borders said the killings were a disgrace. According to RWB, journalists are not free."
    assert {r.subject.label for r in relations_of(text) if r.predicate == "claims"} == {"Reporters Without Borders"}


@pytest.mark.parametrize("noun", ["Army", "Government", "Police"])
def test_actors_a_state_body_tagged_as_a_name_is_the_countrys(nlp, noun):
    from graphkit.nlp.actors.annotations import read_actors

    doc = nlp(f"Kenya is in turmoil after the vote. The {noun} said it would not use force against the people.")
    found = {span.text: m for span, m, _ in read_actors(doc)}
    m = found.get(noun)
    assert m is not None and m.country == "kenya", found


def test_actors_cut_names_particles_come_from_the_cue_file(nlp):
    """The particles are data: without "dela" in ``name_particles`` the given name stays apart."""
    doc = _doc(nlp, ["Juan", "dela", "Cruz", "said"], [(1, 3, "PERSON")])
    cues = load_cues()
    assert "dela" in cues.name_particles and "on" in cues.name_prepositions and "city" in cues.local_government_words
    assert [e.text for e in mended(doc.ents, replace(cues, name_particles=frozenset({"bin"})))] == ["dela Cruz"]
