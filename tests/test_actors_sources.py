"""Unnamed, described and untagged sources are actors: a statement whose source graphkit does not know is
kept with the source as the text names it (graphkit.nlp.actors.sources)."""

from __future__ import annotations

import pytest


def _claimants(relations_of, text: str) -> list[tuple[str, str, str | None]]:
    return [(r.subject.label, r.subject.type, r.subject.country) for r in relations_of(text) if r.predicate == "claims"]


@pytest.mark.parametrize(
    ("text", "label", "kind"),
    [
        ("A senior official said the talks in Geneva had collapsed.", "senior official", "Person"),
        ("The bridge was unsafe, a senior official said on Monday.", "senior official", "Person"),
        ("Witnesses said the convoy had been hit twice.", "witnesses", "Group"),
        ('"The convoy was hit twice," witnesses told reporters.', "witnesses", "Group"),
        ("Many protesters insisted that the count had been rigged.", "protesters", "Group"),
        ("According to analysts, the currency will keep falling.", "analysts", "Group"),
        ("Local aid workers said the camp had run out of water.", "local aid workers", "Group"),
    ],
)
def test_actors_unnamed_source_is_labelled_as_the_text_names_it(relations_of, text, label, kind):
    assert (label, kind) in [(lab, k) for lab, k, _ in _claimants(relations_of, text)]


def test_actors_unnamed_source_keeps_the_country_the_text_gives(relations_of):
    claims = _claimants(relations_of, "A senior Kenyan official said the border would reopen next week.")
    assert any(k == "Person" and c == "Kenya" and "official" in lab.lower() for lab, k, c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "The senior official left the building before noon.",  # no statement
        "Witnesses were taken to the hospital after the blast.",  # a passive subject, no statement
        "The police arrested several protesters outside the court.",  # an object, not a speaker
    ],
)
def test_actors_unnamed_noun_that_states_nothing_is_no_source(relations_of, text):
    labels = {r.subject.label.lower() for r in relations_of(text)}
    assert not labels & {"senior official", "witnesses", "protesters"}


@pytest.mark.parametrize(
    "text",
    [
        "A spokesperson for Amnesty International said the prisoners had been beaten.",
        "Researchers at Amnesty International say the prisoners had been beaten.",
        "Amnesty International's spokesman said the prisoners had been beaten.",
        '"The prisoners were beaten," a spokeswoman for Amnesty International said.',
    ],
)
def test_actors_source_that_speaks_for_an_organisation_is_it(relations_of, text):
    assert [lab for lab, _, _ in _claimants(relations_of, text)] == ["Amnesty International"]


def test_actors_people_of_an_organisation_who_do_not_speak_for_it_stay_themselves(relations_of):
    # residents are not among the nouns of people acting for a body
    text = "Residents of the Amnesty International compound said the water had been cut."
    assert "Amnesty International" not in [lab for lab, _, _ in _claimants(relations_of, text)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Tarek Halvorsen runs the clinic. Halvorsen said the water was poisoned.", "Tarek Halvorsen"),
        ("Halvorsen said the water was poisoned. Tarek Halvorsen runs the clinic.", "Tarek Halvorsen"),
        ("Ngozi Okafor, a farmer, said the river had dried up.", "Ngozi Okafor"),
    ],
)
def test_actors_surname_speaker_is_the_full_name_of_the_article(relations_of, text, label):
    assert label in [lab for lab, _, _ in _claimants(relations_of, text)]


def test_actors_untagged_place_or_title_subject_is_no_person(relations_of):
    claims = _claimants(relations_of, "The US President said the tariffs would stay.")
    assert all(k != "Person" or lab != "US" for lab, k, _ in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Government spokesman Tarek Halvorsen spoke first. The spokesman said the army was loyal.",
        "Tarek Halvorsen, the government spokesman, spoke first. Later the spokesman said the army was loyal.",
    ],
)
def test_actors_the_title_refers_back_to_the_person_named_with_it(relations_of, text):
    assert "Tarek Halvorsen" in [lab for lab, _, _ in _claimants(relations_of, text)]


def test_actors_the_title_without_a_named_holder_is_no_new_actor(relations_of):
    assert _claimants(relations_of, "The spokesman said the army was loyal.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Tarek Halvorsen, who runs the clinic, said the water was poisoned.",
        "The clinic is run by Tarek Halvorsen, who said the water was poisoned.",
    ],
)
def test_actors_relative_pronoun_is_the_noun_it_modifies(relations_of, text):
    assert "Tarek Halvorsen" in [lab for lab, _, _ in _claimants(relations_of, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials met Tarek Halvorsen on Monday. Halvorsen, who runs the clinic, said the water was poisoned.",
        "Officials met Tarek Halvorsen on Monday. Later Halvorsen insisted that the water was poisoned.",
    ],
)
def test_actors_surname_the_tagger_took_for_a_noun_is_the_article_person(relations_of, text):
    assert "Tarek Halvorsen" in [lab for lab, _, _ in _claimants(relations_of, text)]


def test_actors_capitalised_noun_with_no_person_of_that_name_is_no_person(relations_of):
    claims = _claimants(relations_of, "Estimates suggest that the harvest will fail.")
    assert all(k != "Person" for _, k, _ in claims)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ngozi Okafor says she left the town after the raid. Many will not return, like Tarek Halvorsen, who "
            "lives in the camp. He says the houses were burned.",
            "Tarek Halvorsen",
        ),
        (
            "Tarek Halvorsen says he left the town after the raid. Many will not return, like Ngozi Okafor, who "
            "lives in the camp. She says the houses were burned.",
            "Ngozi Okafor",
        ),
    ],
)
def test_actors_pronoun_skips_the_person_the_narrator_called_by_the_other_gender(relations_of, text, speaker):
    claims = [r for r in relations_of(text) if r.predicate == "claims" and "burned" in (r.content or "")]
    assert [r.subject.label for r in claims] == [speaker]


def test_actors_pronoun_of_the_same_gender_still_refers_to_the_subject(relations_of):
    text = "Ngozi Okafor says she left the town after the raid. She says the houses were burned."
    claims = [r for r in relations_of(text) if r.predicate == "claims" and "burned" in (r.content or "")]
    assert [r.subject.label for r in claims] == ["Ngozi Okafor"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ngozi Okafor spoke in the morning. Two houses burned, reported Tarek Halvorsen. "
            '"The fire was set on purpose," he wrote.',
            "Tarek Halvorsen",
        ),
        (  # a participle after a comma has no speaker after it: "accusing X" is about X
            "Tarek Halvorsen spoke in the morning, accusing Ngozi Okafor of lying. "
            '"The fire was set on purpose," he wrote.',
            "Tarek Halvorsen",
        ),
    ],
)
def test_actors_pronoun_refers_to_the_speaker_after_a_statement_verb(relations_of, text, speaker):
    claims = [r for r in relations_of(text) if r.predicate == "claims" and "purpose" in (r.content or "")]
    assert [r.subject.label for r in claims] == [speaker]
