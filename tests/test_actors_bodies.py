"""Bodies named in full and referred back to (graphkit.nlp.actors: cut_names, entities, localities, states,
references): "the X Commission of Kenya (XCK) ... the Commission", "the Dublin City Council", "X accused the
government" (not X itself), "supporters of X in Turkey ... They" (not Turkey)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from graphkit.nlp.actors.cut_names import mended
from graphkit.resources import load_cues


def _accused(relations_of, text: str) -> set[tuple[str, str]]:
    return {(r.subject.label, r.object.label) for r in relations_of(text) if r.predicate == "accuses" and r.object}


def test_actors_a_body_cut_before_its_of_phrase_runs_on_to_its_acronym(nlp):
    words = ["the", "Human", "Rights", "Commission", "of", "Kenya", "(", "HRCK", ")", "said"]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, 1, 4, label="ORG"), Span(doc, 5, 6, label="GPE"), Span(doc, 7, 8, label="ORG")]
    assert [e.text for e in mended(doc.ents, load_cues())] == ["Human Rights Commission of Kenya", "HRCK"]


@pytest.mark.parametrize("acronym", ["HRC", "KHRC", "XYZ"])
def test_actors_a_body_stays_as_cut_when_the_acronym_is_not_its_names(nlp, acronym):
    words = ["the", "Human", "Rights", "Commission", "of", "Kenya", "(", acronym, ")", "said"]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, 1, 4, label="ORG"), Span(doc, 5, 6, label="GPE")]
    assert [e.text for e in mended(doc.ents, load_cues())] == ["Human Rights Commission", "Kenya"]


@pytest.mark.parametrize(
    "text",
    [
        "The Dublin City Council condemned Israel for the blockade.",  # subject
        "Israel was condemned by the Dublin City Council for the blockade.",  # passive
        "On Monday, the Dublin City Council said Israel was to blame and condemned Israel for the blockade.",
    ],
)
def test_actors_a_capitals_city_council_is_the_citys(relations_of, text):
    accused = _accused(relations_of, text)
    assert ("Dublin City Council", "Israel") in accused, accused
    assert not any(s in ("Ireland", "Irish City Council") for s, _ in accused), accused


def test_actors_a_capitals_government_is_still_the_countrys(relations_of):
    accused = _accused(relations_of, "The Dublin government condemned Israel for the blockade.")
    assert ("Ireland", "Israel") in accused, accused


@pytest.mark.parametrize(
    "text",
    [
        "Kenya held elections in May. The Human Rights Commission accused the government of negligence.",
        "Kenya held elections in May. On Friday the Human Rights Commission accused the government of fraud.",
    ],
)
def test_actors_the_government_its_own_clauses_subject_acts_on_is_somebody_else(relations_of, text):
    accused = _accused(relations_of, text)
    assert ("Human Rights Commission", "Kenya") in accused, accused


def test_actors_the_government_after_a_ruling_body_is_that_body(nlp):
    from graphkit.nlp.actors.annotations import read_actors

    doc = nlp("The Transitional Council took power in May. The government said the vote would be held in June.")
    found = {span.text: m.name for span, m, _ in read_actors(doc)}
    assert found.get("government") == "Transitional Council", found


@pytest.mark.parametrize(
    "text",
    [
        "The case has drawn supporters of Pinar Selek in Turkey and France. They accused the Turkish government "
        "of bias.",
        "The verdict angered supporters of Pinar Selek in Germany. They accused the Turkish government of bias.",
    ],
)
def test_actors_they_is_the_group_not_a_country_inside_its_phrase(relations_of, text):
    accusers = {s for s, _ in _accused(relations_of, text)}
    assert "Selek's supporters" in accusers, accusers
    assert not accusers & {"Turkey", "France", "Germany"}, accusers


def test_actors_the_head_noun_of_a_body_named_with_of_refers_back_to_it(nlp):
    from graphkit.nlp.actors.annotations import read_actors

    doc = nlp("The Commission of Inquiry on Kenya said the vote was fair. The Commission said the count was late.")
    names = [m.name for span, m, _ in read_actors(doc) if "Commission" in span.text]
    assert len(names) == 2 and len(set(names)) == 1, names


@pytest.mark.parametrize(
    "text",
    [
        "The trial has drawn supporters of Pinar Selek. They accused the Turkish government of bias.",
        "Turkey arrested Pinar Selek. The trial has drawn supporters of Pinar Selek. They accused the Turkish "
        "government of bias.",  # a subject further back yields to the group of the sentence before
    ],
)
def test_actors_they_is_the_group_of_the_sentence_before(relations_of, text):
    accusers = {s for s, _ in _accused(relations_of, text)}
    assert accusers == {"Selek's supporters"}, accusers


def test_actors_they_after_a_sentence_with_a_fitting_subject_is_that_subject(relations_of):
    text = "Turkish police met supporters of Pinar Selek. They accused the activists of France of plotting."
    accusers = {s for s, _ in _accused(relations_of, text)}
    assert "Selek's supporters" not in accusers, accusers
