"""Claim shapes of news reporting where the parse blurs clause boundaries (graphkit/nlp/relations/clauses.py,
content.py, according.py): a text named in a source phrase, a quotation after the cue's modifiers, a
semicolon between clauses, a that-less clause parsed as object and verb. Every sentence is written for the
test."""

from __future__ import annotations

import pytest

from .conftest import claims as _claims


@pytest.mark.parametrize(
    "text,source,content",
    [
        # "according to" a text: its author claims the clause
        ("According to a statement by the Kremlin, the talks had failed.", "Kremlin", "the talks had failed"),
        (
            "According to a letter sent yesterday by Antony Blinken, the committee had postponed the vote.",
            "Antony Blinken",
            "the committee had postponed the vote",
        ),
        (
            "Around 18,000 people attended the rally, according to reports from the Kremlin on Friday.",
            "Kremlin",
            "Around 18,000 people attended the rally",
        ),
        (
            '"The convoys bring fuel to the rebels," according to a post on Sunday by Antony Blinken.',
            "Antony Blinken",
            "The convoys bring fuel to the rebels",
        ),
        # a post-posed "according to" covers the whole coordination it follows
        (
            "Four people died and twenty were hurt in the blast, according to the Kremlin.",
            "Kremlin",
            "Four people died and twenty were hurt in the blast",
        ),
        # the quotation a cue opens is the content, whatever clause the parser made its complement
        (
            'Olaf Scholz defended the budget saying, "Whenever we cut spending, the economy has shrunk."',
            "Olaf Scholz",
            "Whenever we cut spending, the economy has shrunk",
        ),
        (
            'Olaf Scholz spoke to the press, telling reporters: "We are ready, so let the talks begin."',
            "Olaf Scholz",
            "We are ready, so let the talks begin",
        ),
        # a quotation after the cue's own modifiers, with a verb or none
        (
            'Olaf Scholz told the BBC "The idea that the army will leave the city this year is simply naive"',
            "Olaf Scholz",
            "The idea that the army will leave the city this year is simply naive",
        ),
        (
            'Olaf Scholz answered the senator saying "So much contempt for the farmers."',
            "Olaf Scholz",
            "So much contempt for the farmers",
        ),
        # a quotation after the cue's own modifiers
        (
            'Olaf Scholz said on Twitter, "Until the parliament votes, nobody is conducting an inquiry."',
            "Olaf Scholz",
            "Until the parliament votes, nobody is conducting an inquiry",
        ),
        (
            'Olaf Scholz told reporters on Monday: "The pipeline will stay closed until spring."',
            "Olaf Scholz",
            "The pipeline will stay closed until spring",
        ),
        (
            'Hamas wrote in a statement, "The prisoners will be exchanged next week."',
            "Hamas",
            "The prisoners will be exchanged next week",
        ),
        # a that-less clause parsed as the cue's object and a verb
        (
            "Antony Blinken has long maintained the ceasefire is holding.",
            "Antony Blinken",
            "the ceasefire is holding",
        ),
        (
            "Antony Blinken had argued the report did not show any fraud had taken place.",
            "Antony Blinken",
            "the report did not show any fraud had taken place",
        ),
    ],
)
def test_clause_shape_positive(relations_of, text, source, content):
    assert (source, content) in _claims(relations_of(text))


def test_text_without_an_author_names_no_source(relations_of):
    # "reports" with no author: nobody is made the source; a person named elsewhere in the phrase is not it
    claims = _claims(relations_of("According to reports about Antony Blinken, the committee had postponed the vote."))
    assert not any(who == "Antony Blinken" for who, _ in claims), claims


def test_a_quotation_after_a_cue_of_no_content_is_no_claim(relations_of):
    claims = _claims(relations_of('Olaf Scholz travelled to Paris on Monday, "a city he loves."'))
    assert not any(who == "Olaf Scholz" for who, _ in claims), claims


def test_a_coordinated_verb_with_its_own_subject_is_not_the_object_clause(relations_of):
    claims = _claims(relations_of("Antony Blinken announced the plan, Russia rejected it."))
    assert ("Antony Blinken", "the plan Russia rejected it") not in claims
    assert not any("rejected" in c for who, c in claims if who == "Antony Blinken"), claims


def test_a_coordinated_verb_after_and_is_the_sources_own_act(relations_of):
    claims = _claims(relations_of("Antony Blinken maintained the position and left the room."))
    assert not any(who == "Antony Blinken" for who, _ in claims), claims


def test_semicolon_separates_two_quoted_clauses(relations_of):
    claims = _claims(
        relations_of('Olaf Scholz said, "It is a protest vote against the government; we cannot tolerate it anymore."')
    )
    assert ("Olaf Scholz", "It is a protest vote against the government") in claims
    assert ("Olaf Scholz", "we cannot tolerate it anymore") in claims


def test_semicolon_ends_a_report_before_another_sources_report(relations_of):
    claims = _claims(relations_of("Olaf Scholz said the vote was fair; Reuters reported that the count was late."))
    assert ("Olaf Scholz", "the vote was fair") in claims
    assert ("Reuters", "the count was late") in claims
    assert not any("Scholz" in c for who, c in claims if who == "Reuters"), claims
    assert not any("Reuters" in c for who, c in claims if who == "Olaf Scholz"), claims


@pytest.mark.parametrize(
    "text",
    [
        # an adverbial clause the parser may make the cue's complement is no reported clause
        "The states sued over the emergency Donald Trump declared last week so he could fund a fence.",
        "Donald Trump declared an emergency because the funds had run out.",
        # a name given in the passive, by nobody the sentence names
        'Donald Trump deployed a new brigade in what was called a "reset."',
    ],
)
def test_no_claim_of_an_adverbial_clause_or_an_unattributed_name(relations_of, text):
    claims = _claims(relations_of(text))
    assert not any(who == "Donald Trump" for who, _ in claims), claims


def test_a_that_clause_after_the_same_cue_is_still_a_claim(relations_of):
    claims = _claims(relations_of("Donald Trump declared that the funds had run out."))
    assert ("Donald Trump", "the funds had run out") in claims


def test_a_quoted_question_after_a_cue_is_no_claim(relations_of):
    claims = _claims(relations_of('Olaf Scholz later added, "How often has this plan failed before?"'))
    assert not any(who == "Olaf Scholz" for who, _ in claims), claims


def test_a_verbless_quotation_completing_an_object_is_no_claim(relations_of):
    claims = _claims(relations_of('The Kremlin declared itself "a fortress under siege".'))
    assert not any(who == "Kremlin" for who, _ in claims), claims


def test_a_quotation_before_an_inverted_cue_and_the_one_after_it_are_the_speakers(relations_of):
    claims = _claims(
        relations_of(
            '"Whenever the talks resume," wrote Olaf Scholz on his blog. "They end with new demands. '
            'They have offered nothing at all."'
        )
    )
    assert ("Olaf Scholz", "Whenever the talks resume") in claims
    assert ("Olaf Scholz", "They end with new demands") in claims
    assert ("Olaf Scholz", "They have offered nothing at all") in claims


def test_a_quotation_before_a_cue_with_its_own_subject_first_is_not_inverted(relations_of):
    claims = _claims(relations_of('The motto was "Whenever the talks resume". Olaf Scholz wrote a blog post.'))
    assert not any(who == "Olaf Scholz" for who, _ in claims), claims


@pytest.mark.parametrize(
    "text,source,content",
    [
        # a participle on the speaker noun: a clause's subject, or the subject of an absolute "with"
        (
            "Several Kremlin officials claiming the count was rigged met on Sunday in the square.",
            "Kremlin",
            "the count was rigged",
        ),
        (
            "Germany closed the border on Friday, with the Kremlin saying this was a hostile act.",
            "Kremlin",
            "this was a hostile act",
        ),
        # a statement noun's possessor is its author
        (
            'Antony Blinken\'s remarks, calling the talks "a complete failure", were published on Monday.',
            "Antony Blinken",
            "the talks a complete failure",
        ),
    ],
)
def test_participle_speaker_positive(relations_of, text, source, content):
    assert (source, content) in _claims(relations_of(text))


@pytest.mark.parametrize(
    "text,first",
    [
        (
            'Olaf Scholz said that the talks had gone well saying, "We have made it a priority to deepen our ties '
            'with Poland."',
            "the talks had gone well",
        ),
        (
            'Olaf Scholz said that they had seen progress earlier saying, "So, as chancellor, I have made it a '
            'priority to deepen our ties with Poland."',
            "they had seen progress earlier",
        ),
    ],
)
def test_a_quoting_participle_inside_a_reported_clause_is_the_reporters_own_claim(relations_of, text, first):
    claims = _claims(relations_of(text))
    assert ("Olaf Scholz", first) in claims  # the reported clause stops before the participle
    assert any(who == "Olaf Scholz" and c.endswith("deepen our ties with Poland") for who, c in claims), claims


def test_a_participle_before_a_semicolon_is_its_own_clauses(relations_of):
    claims = _claims(
        relations_of('Olaf Scholz went on the radio saying Hamas hides among civilians; "They use the dead."')
    )
    assert ("Olaf Scholz", "Hamas hides among civilians") in claims
    assert not any(who == "Hamas" for who, _ in claims), claims


def test_an_omission_mark_separates_two_quoted_sentences(relations_of):
    claims = _claims(
        relations_of(
            'A government spokesman, Olaf Scholz, said people must "stay calm and listen to reason [...] '
            'Political diversity obliges all parties to respect the vote".'
        )
    )
    assert ("Olaf Scholz", "people must stay calm and listen to reason") in claims
    assert ("Olaf Scholz", "Political diversity obliges all parties to respect the vote") in claims


def test_brackets_without_an_omission_do_not_split(relations_of):
    claims = _claims(relations_of('Olaf Scholz said "the [new] government will respect the vote".'))
    assert ("Olaf Scholz", "the [new] government will respect the vote") in claims
