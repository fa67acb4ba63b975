"""Names the recogniser gets wrong (graphkit.nlp.actors.entities): a person's name tagged as a body, a body
named again by its acronym, an office written as a title before a name; and the group nouns that make an
unnamed actor (cues.yaml ``actor_nouns``)."""

from __future__ import annotations

import pytest

from graphkit.nlp.actors.annotations import read_actors


def _actors(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(span.text, m.name, m.type) for span, m, _ in read_actors(nlp(text))]


def _claimants(relations_of, text: str) -> list[tuple[str, str]]:
    return [(r.subject.label, r.subject.type) for r in relations_of(text) if r.predicate == "claims"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # coordinated with a person: both are people
        ("Foreign ministers Nikos Dendias and Nikos Christodoulides met in Cairo on Monday.", "Nikos Christodoulides"),
        ("Nikos Christodoulides and Nikos Dendias met in Cairo on Monday.", "Nikos Christodoulides"),
        # a person's noun or title right before the name
        ("Irish regional lawmaker Orla Nic Biorna said that the vote was a disgrace.", "Orla Nic Biorna"),
    ],
)
def test_actors_name_tagged_as_a_body_beside_a_person_is_a_person(nlp, text, name):
    found = {n: k for _, n, k in _actors(nlp, text)}
    assert found.get(name) == "Person", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body coordinated with a person stays a body
        ("Microsoft and Bill Gates gave money to the fund.", "Microsoft"),
        ("The Hunger Relief Fund and Bill Gates gave money to the camp.", "Hunger Relief Fund"),
    ],
)
def test_actors_body_beside_a_person_stays_a_body(nlp, text, name):
    found = {n: k for _, n, k in _actors(nlp, text)}
    assert name not in found or found[name] != "Person", found


@pytest.mark.parametrize(
    "text",
    [
        "The National Telecommunications Commission (NTC) issued an order. Senators condemned the NTC.",
        "The National Telecommunications Commission issued an order on Monday. The NTC said it would not relent.",
    ],
)
def test_actors_acronym_of_a_body_named_before_is_that_body(nlp, text):
    names = {n for word, n, _ in _actors(nlp, text) if word == "NTC"}
    assert names == {"National Telecommunications Commission"}


def test_actors_acronym_of_no_body_of_the_article_stays_its_own(nlp):
    text = "The National Telecommunications Commission issued an order. The XYZQ said it would not relent."
    assert "National Telecommunications Commission" not in {n for word, n, _ in _actors(nlp, text) if word == "XYZQ"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Lawmaker Orla Nic Biorna said the vote had been a disgrace.", "Orla Nic Biorna"),
        ('"The vote was a disgrace," said legislator Orla Nic Biorna.', "Orla Nic Biorna"),
    ],
)
def test_actors_office_written_as_a_title_is_not_part_of_the_name(relations_of, text, label):
    assert (label, "Person") in _claimants(relations_of, text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Senators said the order was an abuse of power.", "senators"),
        ('"The town is quiet," locals told reporters.', "locals"),
        ("According to the attackers, the raid was revenge.", "attackers"),
    ],
)
def test_actors_group_noun_that_speaks_is_an_unnamed_source(relations_of, text, label):
    assert (label, "Group") in _claimants(relations_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The crowd was larger than the square could hold, the results showed.",  # a thing, not a speaker
        "Senators were taken to the hospital after the blast.",  # a passive subject states nothing
    ],
)
def test_actors_group_noun_that_states_nothing_is_no_source(relations_of, text):
    assert not {lab for lab, _ in _claimants(relations_of, text)} & {"crowd", "senators"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ('"The march will go on," said a protester using the pseudonym Marta.', "Marta"),
        ("A student calling himself Tomasz said that the march would go on.", "Tomasz"),
        ('"The march will go on," a resident named Tomasz Wicki told reporters.', "Tomasz Wicki"),
    ],
)
def test_actors_person_noun_that_a_participle_names_is_that_person(relations_of, text, label):
    claimants = [lab for lab, _ in _claimants(relations_of, text)]
    assert label in claimants and "protester" not in claimants and "resident" not in claimants, claimants


def test_actors_person_noun_whose_participle_names_no_person_stays_unnamed(relations_of):
    text = "A protester using a megaphone shouted that the police had lied."
    assert ("protester", "Person") in _claimants(relations_of, text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the same surname after other given names: a namesake, not the person named before
        (
            'Mohamed Bacar seized the island in 2001. "He has fled," Abdourahim Said Bacar said.',
            "Abdourahim Said Bacar",
        ),
        # a misspelling of a name met before: that person
        ('General David Petraeus spoke on Sunday. "It is hard," Petraus said.', "David Petraeus"),
        (
            '"It is going well," said Abdourahim Said Bakar, a spokesman. Mohamed Bacar fled in 2001. '
            '"He has gone," Abdourahim Said Bacar said.',
            "Abdourahim Said Bakar",
        ),
    ],
)
def test_actors_untagged_speaker_is_the_person_of_that_name(relations_of, text, label):
    claimants = [lab for lab, _ in _claimants(relations_of, text)]
    assert claimants and claimants[-1] == label, claimants


@pytest.mark.parametrize(
    "text",
    [
        # a surname alone is the person named before; a different name is nobody else's misspelling
        'Mohamed Bacar seized the island in 2001. "We will win," Bacar said.',
        'Mohamed Bacar seized the island in 2001. "We will win," Mohamed Bakri said.',
    ],
)
def test_actors_untagged_speaker_is_not_a_namesake_by_surname_alone(relations_of, text):
    claimants = [lab for lab, _ in _claimants(relations_of, text)]
    expected = "Mohamed Bacar" if "Bacar said" in text else "Mohamed Bakri"
    assert claimants and claimants[-1] == expected, claimants


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("A number of senators said the order was an abuse of power.", "senators"),
        ('"The order is an abuse of power," a group of senators told reporters.', "senators"),
        ("Thousands of protesters insisted that the count had been rigged.", "protesters"),
    ],
)
def test_actors_partitive_speaks_for_its_members(relations_of, text, label):
    assert (label, "Group") in _claimants(relations_of, text)


def test_actors_partitive_takes_the_country_of_its_members(relations_of):
    rels = relations_of("A group of Moroccan diplomats accused Spain of spying on the embassy.")
    assert ("accuses", "Moroccan diplomats", "Morocco") in [
        (r.predicate, r.subject.label, r.subject.country) for r in rels if r.object is not None
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A number of houses were destroyed in the storm, the report said.",  # members that are no actor
        "A number of senators were taken to the hospital after the blast.",  # members that state nothing
    ],
)
def test_actors_partitive_of_no_speaking_actor_is_none(relations_of, text):
    assert not {lab for lab, _ in _claimants(relations_of, text)} & {"senators", "houses", "number"}
