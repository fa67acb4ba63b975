"""Actors whose country the words around them do not give, rolled up all the same (graphkit.nlp.actors.places,
.entities, .sources): a surname a family of leaders shares, an ethnic group placed in another country, a
country's name misspelt by one slip, and groups of governments named as the text names them."""

from __future__ import annotations

import pytest


def _relations(relations_of, text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [
        (r.predicate, r.subject.label, r.subject.country, r.object.label, r.object.country)
        for r in relations_of(text)
        if r.predicate != "claims" and r.object is not None
    ]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("President Bush threatened Russia with new sanctions.", "United States"),  # a title, then the surname
        ("Bush accused Iraq of hiding weapons.", "United States"),
        ("Iraq was accused by Bush of hiding weapons.", "United States"),  # passive: the agent
        ("On Monday, in a speech to farmers, Castro accused Washington of plotting an invasion.", "Cuba"),
        ("The Bush administration urged Japan to open its rice market.", "United States"),
    ],
)
def test_actors_surname_a_family_of_leaders_shares_gives_their_country(relations_of, text, country):
    rels = _relations(relations_of, text)
    assert rels, text
    assert {s_country for _, s, s_country, _, _ in rels if s in ("Bush", "Castro")} == {country}, rels


@pytest.mark.parametrize(
    "text",
    [
        "Hussein accused Israel of plotting an invasion.",  # bearers of several countries (Iraq, Jordan)
        "Khan accused India of plotting an invasion.",  # one of Pakistan, one of no country
    ],
)
def test_actors_surname_of_known_persons_of_several_countries_gives_no_country(relations_of, text):
    rels = _relations(relations_of, text)
    assert rels, text
    assert [c for _, s, c, _, _ in rels if s in ("Hussein", "Khan")] == [None], rels


def test_actors_full_name_of_an_unknown_namesake_gets_no_country_from_the_surname(relations_of):
    rels = _relations(relations_of, "Laura Castro accused Venezuela of plotting an invasion.")
    assert rels
    assert [c for _, s, c, _, _ in rels if s == "Laura Castro"] == [None], rels


def test_actors_surname_of_the_articles_own_person_stays_that_person(relations_of):
    text = "Julian Castro, a lawyer from Texas, spoke on Monday. Castro accused Venezuela of plotting an invasion."
    rels = _relations(relations_of, text)
    assert [(s, c) for p, s, c, _, _ in rels if p == "accuses"] == [("Julian Castro", None)], rels


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ethnic Hungarians in northern Serbia are demanding a U.N. observer mission.", "Serbia"),
        ("Ethnic Hungarians in Serbia demanded a U.N. observer mission.", "Serbia"),
        ("The ethnic Russians living in Estonia accused Latvia of discrimination.", "Estonia"),
        ("On Monday, ethnic Hungarians in Serbia accused Belgrade of discrimination.", "Serbia"),  # mid-sentence
    ],
)
def test_actors_ethnic_group_placed_in_a_country_is_a_group_of_it(relations_of, text, country):
    rels = _relations(relations_of, text)
    subjects = [(s, c) for _, s, c, _, _ in rels]
    assert subjects, text
    assert all(s.startswith("ethnic ") and c == country for s, c in subjects), rels


@pytest.mark.parametrize(
    "text",
    [
        "Hungarians in Serbia demanded a U.N. observer mission.",  # no "ethnic": the people of the state
        "Ethnic Hungarians demanded a U.N. observer mission.",  # placed nowhere
    ],
)
def test_actors_people_not_marked_ethnic_or_not_placed_stay_their_state(relations_of, text):
    assert [(s, c) for _, s, c, _, _ in _relations(relations_of, text)] == [("Hungary", "Hungary")]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Iran rejected a proposal from Afganistan for a joint commission.", "Afghanistan"),  # a letter dropped
        ("Russia accused Kazakstan of sheltering the militants.", "Kazakhstan"),
        ("Russia rejected an offer from Uzbeckistan for direct talks.", "Uzbekistan"),  # a letter added
        ("Russia rejected an offer from Uzbkeistan for direct talks.", "Uzbekistan"),  # two letters swapped
    ],
)
def test_actors_country_misspelt_by_one_slip_is_that_country(relations_of, text, country):
    objects = [(o, c) for _, _, _, o, c in _relations(relations_of, text)]
    assert (country, country) in objects, objects


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan accused Colombiana of sheltering the militants.",  # two letters away from any country
        "Pakistan accused Afgnaistann of sheltering the militants.",  # a swap and a letter added: two slips
    ],
)
def test_actors_unknown_place_further_than_one_slip_from_a_country_is_no_country(relations_of, text):
    rels = _relations(relations_of, text)
    assert not [r for r in rels if r[4] in ("Colombia", "Afghanistan")], rels


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The State Department urged Southeast Asian governments to shelter them.", "Southeast Asian governments"),
        ("Canada urged the governments of the region to shelter the refugees.", "governments of the region"),
        ("On Monday, in a statement, India urged Asian governments to shelter the refugees.", "Asian governments"),
    ],
)
def test_actors_governments_of_a_region_are_a_group_as_the_text_names_it(relations_of, text, label):
    found = [(r.object.label, r.object.type) for r in relations_of(text) if r.predicate == "demands" and r.object]
    assert (label, "Group") in found, found


def test_actors_both_governments_are_still_the_two_parties(relations_of):
    text = "India and Pakistan met on Monday. Both governments accused each other of violating the ceasefire."
    pairs = {(s, o) for p, s, _, o, _ in _relations(relations_of, text) if p == "accuses"}
    assert pairs == {("India", "Pakistan"), ("Pakistan", "India")}


@pytest.mark.parametrize(
    "text",
    [
        "United States military forces attacked Iranian positions near the border.",  # the country's name
        "Iranian positions were attacked by American military forces.",  # passive, an adjective between
        "On Sunday, American armed forces shelled the town of Herat, officials said.",  # mid-sentence
    ],
)
def test_actors_body_described_in_other_words_is_the_gazetteer_actor(relations_of, text):
    subjects = {(s, c) for p, s, c, _, _ in _relations(relations_of, text) if p == "attacks"}
    assert subjects == {("US forces", "United States")}, subjects


def test_actors_body_named_by_a_compound_of_its_own_stays_itself(relations_of):
    subjects = {s for p, s, _, _, _ in _relations(relations_of, "Israeli border police forces shelled Gaza.")}
    assert subjects and "Israel Defense Forces" not in subjects, subjects


@pytest.mark.parametrize(
    "text",
    [
        "The United States House of Representatives condemned Russia on Friday.",
        "Russia was condemned by the United States House of Representatives.",  # passive
        "On Friday, in a vote, the United States House of Representatives condemned Russia.",  # mid-sentence
    ],
)
def test_actors_institution_named_after_its_country_is_a_body_of_it(relations_of, text):
    found = {(s, c) for p, s, c, _, _ in _relations(relations_of, text) if p == "accuses"}
    assert found == {("United States House of Representatives", "United States")}, found


@pytest.mark.parametrize(
    "text",
    [
        "Syrian Golan Heights residents were attacked by Israel.",  # a place's name, no body's noun
        "The minister accused the Dublin City Council of fraud.",  # a capital: the city's council
    ],
)
def test_actors_proper_noun_after_a_country_word_that_names_no_body_of_it_is_none(relations_of, text):
    rels = _relations(relations_of, text)
    assert not [r for r in rels if "Golan" in r[1] + r[3] or r[4] == "Ireland" or r[2] == "Ireland"], rels


def _parsed(nlp, words: list[str], heads: list[int], deps: list[str], ents: list[str]):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)


def test_actors_name_in_apposition_to_a_title_takes_the_country_before_the_title(nlp):
    from graphkit.nlp.actors.places import country_near
    from graphkit.nlp.gazetteer import lookup

    # "Niger 's ambassador Ali Bako spoke": the name hangs on the title as its apposition
    doc = _parsed(
        nlp,
        ["Niger", "'s", "ambassador", "Ali", "Bako", "spoke"],
        [2, 0, 5, 4, 2, 5],
        ["poss", "case", "nsubj", "compound", "appos", "ROOT"],
        ["B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O"],
    )
    assert country_near(lookup(), doc[3:5], {e.start: e for e in doc.ents}) == "niger"


def test_actors_name_a_misparse_hangs_on_another_person_does_not_take_their_country(nlp):
    from graphkit.nlp.actors.places import country_near
    from graphkit.nlp.gazetteer import lookup

    # "Kenyan minister Amina Mohamed , Sam Kutesa spoke": a parse that makes Kutesa Mohamed's apposition
    doc = _parsed(
        nlp,
        ["Kenyan", "minister", "Amina", "Mohamed", ",", "Sam", "Kutesa", "spoke"],
        [1, 3, 3, 7, 3, 6, 3, 7],
        ["amod", "compound", "compound", "nsubj", "punct", "compound", "appos", "ROOT"],
        ["B-NORP", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"],
    )
    ent_at = {e.start: e for e in doc.ents}
    assert country_near(lookup(), doc[2:4], ent_at) == "kenya"
    assert country_near(lookup(), doc[5:7], ent_at) is None


@pytest.mark.parametrize(
    "text",
    [
        "The rebels accused the militia of extortion.",
        "The rebels accused the militia of the killings.",  # a definite charge
        "On Sunday the rebels accused the militia of extortion and theft.",  # coordinated charges
    ],
)
def test_actors_charge_of_an_accusation_is_no_part_of_the_accused_groups_label(relations_of, text):
    objects = [o for p, _, _, o, _ in _relations(relations_of, text) if p == "accuses"]
    assert objects == ["militia"], objects


@pytest.mark.parametrize(
    ("text", "label", "country"),
    [
        ("Basra policemen accused the militia of extortion.", "Basra policemen", "Iraq"),
        ("On Monday, Kherson residents accused the army of looting.", "Kherson residents", "Ukraine"),
        ("Kherson residents blamed the army for the looting.", "Kherson residents", "Ukraine"),  # another cue
    ],
)
def test_actors_group_named_after_a_town_is_of_its_country_labelled_as_written(relations_of, text, label, country):
    subjects = [(s, c) for p, s, c, _, _ in _relations(relations_of, text) if p == "accuses"]
    assert subjects == [(label, country)], subjects


def test_actors_group_named_after_no_known_place_has_no_country(relations_of):
    rels = _relations(relations_of, "On Monday, local policemen accused the militia of extortion.")
    assert [(s, c) for p, s, c, _, _ in rels if p == "accuses"] == [("local policemen", None)], rels
