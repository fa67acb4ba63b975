"""A label a verb of labelling gives somebody (graphkit.nlp.actors.descriptions, ``content_verbs.labelling`` of
ontologies/cues.yaml): "branded X 'a failed former president'" describes X, it is no actor of its own, and a
pronoun or a "the president" after it refers back past it (to X, or to whom the article called the president).

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from graphkit.nlp.actors.annotations import read_actors


def _actors(nlp, text: str) -> list[tuple[str, str, bool]]:
    return [(span.text, m.name, m.anonymous) for span, m, _ in read_actors(nlp(text))]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # passive, with the labeller as by-agent
        ('Dmitry Medvedev was branded "a failed former Russian president" by Donald Trump on Monday.', "president"),
        # a relative clause whose object is the labelled person
        ('Dmitry Medvedev, whom Trump has called "a failed Russian president", spoke on Monday.', "president"),
        # "describe X as"
        ("The opposition described Viktor Orban as a Hungarian official with no shame.", "official"),
        # a second object, coordinated labels
        ("Donald Trump called Dmitry Medvedev a liar and a failed former Russian president on Monday.", "president"),
    ],
)
def test_actors_label_is_no_actor(nlp, text, label):
    found = _actors(nlp, text)
    assert {name for _, name, _ in found} & {"Dmitry Medvedev", "Viktor Orbán"}, found  # the labelled is found
    assert label not in {word for word, _, _ in found}, found
    assert not any(anonymous for _, _, anonymous in found), found


def test_actors_label_of_no_actor_is_nobody(nlp):
    found = _actors(nlp, 'Senator Ted Cruz called the lawmaker "a failed former Russian president" on Monday.')
    assert [name for _, name, _ in found] == ["Ted Cruz"], found


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        # a call with one object: the person called is an actor
        ("Vladimir Putin called the Russian foreign minister on Monday.", "Russian foreign minister", "Sergei Lavrov"),
        # the same noun phrase as a subject, with no labelling verb
        ("The failed former Russian president told reporters that the plan was dangerous.", "president", None),
    ],
)
def test_actors_noun_outside_a_label_is_still_an_actor(nlp, text, word, name):
    found = {w: (n, anonymous) for w, n, anonymous in _actors(nlp, text)}
    assert word in found, found
    assert name is None and found[word][1] or found[word][0] == name, found


def test_actors_pronoun_after_a_label_refers_to_the_person(relations_of):
    text = (
        'Dmitry Medvedev was branded "a failed former Russian president" by Donald Trump on Monday. '
        "He told Trump to calm down."
    )
    demands = {(r.subject.label, r.object.label) for r in relations_of(text) if r.predicate == "demands"}
    assert demands == {("Dmitry Medvedev", "Donald Trump")}


def test_actors_the_office_after_a_label_is_whom_the_article_gave_it(nlp):
    text = (
        "The US President spoke on Friday. Donald Trump branded Dmitry Medvedev "
        '"the failed former President of Russia". "He is reckless!" the President said.'
    )
    found = [(span.start, m.name) for span, m, _ in read_actors(nlp(text))]
    assert found[-1][1] == "Donald Trump", found


def test_actors_the_title_a_person_was_called_by_is_that_person(nlp):
    # a title the article gave a named person, after another person of that title described before
    text = (
        "From 2008, Dmitry Medvedev was Russia's president for four years. The US President, Donald Trump, spoke "
        'on Friday. "He is reckless," the President said.'
    )
    found = [(span.text, m.name) for span, m, _ in read_actors(nlp(text))]
    assert found[-1] == ("President", "Donald Trump"), found
