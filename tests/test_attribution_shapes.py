"""Attribution shapes (graphkit/nlp/relations/content.py, subjects.py, according.py), each in several
variants with a positive and a negative case. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from graphkit.nlp.relations.content import SHAPES

from .conftest import claims as _claims


def test_shapes_are_named_patterns_in_order():
    assert list(SHAPES)[:11] == [
        "claimed-object",  # only for a frame with its own claimed words ("claimed responsibility")
        "previous-sentence",
        "opening-quotation",
        "complement-clause",
        "noun-clause",  # "denied reports that Y"
        "gerund",  # "denied ordering the raid"
        "infinitive",  # "promised to hold elections"
        "intention",  # "announced plans to build Y"
        "object-clause",
        "as-clause",
        "parenthetical",
    ]
    assert {"what-follows", "before-the-cue", "after-colon"} <= set(SHAPES)


@pytest.mark.parametrize(
    "text,source,content",
    [
        # parenthetical: a cue set off by commas inside the clause it reports
        (
            "The negotiations, Angela Merkel said, had collapsed over the border question.",
            "Angela Merkel",
            "The negotiations had collapsed over the border question",
        ),
        (
            "The talks, Joe Biden said on Monday, had failed because the two sides disagreed.",
            "Joe Biden",
            "The talks had failed because the two sides disagreed",
        ),
        (
            "The pipeline, Olaf Scholz added, is closed for repairs.",
            "Olaf Scholz",
            "The pipeline is closed for repairs",
        ),
        # a participle after a comma belongs to the main reporting verb
        (
            "Emmanuel Macron spoke to the press on Tuesday, adding that France would send more doctors.",
            "Emmanuel Macron",
            "France would send more doctors",
        ),
        (
            "Xi Jinping addressed the delegates, warning that the island would never be independent.",
            "Xi Jinping",
            "the island would never be independent",
        ),
        # as-clauses, pre-posed and post-posed
        ("As Olaf Scholz noted last week, the pipeline carries no gas.", "Olaf Scholz", "the pipeline carries no gas"),
        (
            "The harvest was poor this year, as Narendra Modi admitted.",
            "Narendra Modi",
            "The harvest was poor this year",
        ),
        # the possessive source phrase
        (
            "In Vladimir Putin's view, the expansion of the alliance threatens Russia.",
            "Vladimir Putin",
            "the expansion of the alliance threatens Russia",
        ),
        # "was quoted as saying", "told reporters", "issued a statement saying"
        (
            "Recep Tayyip Erdogan was quoted as saying that the border would stay closed.",
            "Recep Tayyip Erdoğan",
            "the border would stay closed",
        ),
        (
            "Narendra Modi told reporters that the dam would be finished next year.",
            "Narendra Modi",
            "the dam would be finished next year",
        ),
        (
            "The Kremlin issued a statement saying that the convoy had reached the city.",
            "Kremlin",
            "the convoy had reached the city",
        ),
        ("Hamas released a statement asserting that the hostages were alive.", "Hamas", "the hostages were alive"),
    ],
)
def test_shape_positive(relations_of, text, source, content):
    assert (source, content) in _claims(relations_of(text))


def test_participle_after_a_reported_clause_is_the_reporters(relations_of):
    claims = _claims(
        relations_of("Joe Biden said the sanctions were working, stressing that Moscow had lost access to markets.")
    )
    assert claims == {("Joe Biden", "the sanctions were working"), ("Joe Biden", "Moscow had lost access to markets")}


def test_participle_without_a_clause_stays_with_its_own_subject(relations_of):
    # "calling it a trap" has no clause of its own: it is not split off the reported clause
    claims = _claims(relations_of("Joe Biden said Russia had rejected the offer, calling it a trap."))
    assert ("Joe Biden", "it a trap") not in claims


def test_two_coordinated_that_clauses_are_two_claims(relations_of):
    claims = _claims(
        relations_of("Emmanuel Macron said that the talks had failed and that France would withdraw its envoy.")
    )
    assert claims == {
        ("Emmanuel Macron", "the talks had failed"),
        ("Emmanuel Macron", "France would withdraw its envoy"),
    }


def test_coordination_without_a_second_that_stays_one_claim(relations_of):
    claims = _claims(relations_of("Joe Biden said that the economy was growing and unemployment was falling."))
    assert claims == {("Joe Biden", "the economy was growing and unemployment was falling")}


@pytest.mark.parametrize(
    "text",
    [
        "Joe Biden did not say that the sanctions were working.",  # negated cue
        "If Olaf Scholz says that the pipeline is closed, prices will rise.",  # hypothetical
        "Did Narendra Modi say that the dam would be finished?",  # question
        "The army advanced on the city and the rebels retreated to the hills.",  # the author's narration
        "The rebels attacked the town, killing ten people.",  # a participle that reports nothing
        "In the past, the talks had collapsed twice.",  # "in" without a view noun
        "The Kremlin issued a decree ordering that the region be annexed.",  # a decree is not a statement noun
        "As Olaf Scholz did not mention, the pipeline carries no gas.",  # negated as-clause
        "\u201cThe talks, Joe Biden said, had failed,\u201d the ambassador recalled.",  # a cue inside a quotation
    ],
)
def test_shape_negative(relations_of, text):
    claims = _claims(relations_of(text))
    assert not any(who in ("Joe Biden", "Olaf Scholz", "Narendra Modi", "Kremlin") for who, _ in claims), claims


def test_as_clause_of_time_is_no_source(relations_of):
    claims = _claims(relations_of("As the convoy entered the city, Olaf Scholz said the border was open."))
    assert claims == {("Olaf Scholz", "the border was open")}


def test_relative_clause_cue_speaks_for_its_noun(relations_of):
    claims = _claims(relations_of("Nicolas Maduro, who says the vote gave him a clear mandate, ordered new maps."))
    assert claims == {("Nicolás Maduro", "the vote gave him a clear mandate")}


def test_relative_clause_coordinated_event_keeps_no_subject(relations_of):
    rels = relations_of(
        'Joe Biden hit back, branding Olaf Scholz "a tired man of Germany, who thinks he is in charge" and ordering'
        " him to rest."
    )
    assert not any(r.predicate == "demands" and r.subject.label == "Germany" for r in rels)


def test_conjoined_denial_is_cut_from_the_reported_clause(relations_of):
    claims = _claims(relations_of("Joe Biden said that he did call the minister but denied that he made any deal."))
    # the denied clause is a claim of its own (the denier's, ANNOTATION), not part of the first one
    assert claims == {("Joe Biden", "he did call the minister"), ("Joe Biden", "he made any deal")}


def test_called_x_on_y_z_is_a_claim_but_called_on_x_is_not(relations_of):
    claims = _claims(relations_of("Andrii Sybiha called the strike on the station a grave escalation."))
    assert ("Andrii Sybiha", "the strike on the station a grave escalation") in claims
    assert not _claims(relations_of("Andrii Sybiha called on the allies to send air defence."))


def test_relative_clause_after_a_coordination_is_the_nearest_conjuncts(relations_of):
    claims = _claims(
        relations_of(
            "The harvest was poor according to Olaf Scholz and the Polish president Andrzej Duda who adds that"
            " prices will rise."
        )
    )
    assert ("Andrzej Duda", "prices will rise") in claims
    assert ("Olaf Scholz", "prices will rise") not in claims


def test_split_that_clauses_keep_their_inner_coordination(relations_of):
    claims = _claims(
        relations_of(
            "Olaf Scholz said that the port had been under fire and covered by smoke, and that the ships had left."
        )
    )
    assert ("Olaf Scholz", "the ships had left") in claims
    assert any(who == "Olaf Scholz" and "under fire and covered by smoke" in what for who, what in claims)


def test_as_clause_with_its_own_object_is_a_time_not_a_source(relations_of):
    claims = _claims(relations_of("As Olaf Scholz announced the budget, the markets fell sharply."))
    assert not any(what == "the markets fell sharply" for _, what in claims)
