"""How far back the doer of a judged act is found (``graphkit/nlp/relations/acts.py``): a relative clause
on an act's gerund phrase, an act told by a gerund after a preposition of time, an "as" clause that tells
no act, and the act of the article's headline when no nearer clause tells one.

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from .conftest import accusation_patterns, accused


@pytest.mark.parametrize(
    "text,pair",
    [
        # the relative clause hangs on the last noun of the act's gerund phrase; the policy is what is judged
        ("Norway has kept a policy of turning away ships which Denmark has criticised.", ("Denmark", "Norway")),
        # the relative pronoun parsed as a second subject when an adjunct stands between it and the subject
        (
            "Norway keeps a policy of deporting migrants, which, according to reports, Denmark and Sweden have"
            " criticised.",
            ("Sweden", "Norway"),
        ),
        # an act told by a gerund after a preposition of time: passive with its agent, active with its head's subject
        (
            "Six reporters were freed after being detained by Egyptian police. Japan criticised the arrests.",
            ("Japan", "Egyptian Police"),
        ),
        (
            "Egyptian police freed the reporters after detaining them for a week. Japan criticised the detentions.",
            ("Japan", "Egyptian Police"),
        ),
        # an "as" clause cites or compares; the act before it is still the one judged
        ("Norway closed its border, as expected by Sweden. Denmark criticised the move.", ("Denmark", "Norway")),
    ],
)
def test_the_doer_of_a_judged_act_further_in(relations_of, text, pair):
    rels = relations_of(text)
    assert pair in accused(rels)
    assert "accuses:act-narrated" in accusation_patterns(rels)


@pytest.mark.parametrize(
    "text",
    [
        "Norway has kept a policy of turning away ships which Denmark had sent.",  # no judging verb
        "Norway has kept a policy of turning away ships which Denmark has not criticised.",  # negated
        "Six reporters were freed after being detained. Japan criticised the arrests.",  # no doer told
        "Norway closed its border, as expected by Sweden. Denmark may criticise the move.",  # hedged
    ],
)
def test_no_doer_further_in_without_a_judgment_or_a_doer(relations_of, text):
    assert not accused(relations_of(text))


@pytest.mark.parametrize(
    "text,pair",
    [
        (
            "Norway closes border with Sweden\n\nOfficials were in Oslo on Monday. Trade was calm. Prices were"
            " high. Denmark criticised the move.",
            ("Denmark", "Norway"),
        ),
        # headlinese the parser reads without a subject; the judging clause passive
        (
            "Turkey invades northern Syria\n\nThe fighting went on for days. Refugees fled to the border. Aid"
            " groups asked for access. The operation was condemned by France.",
            ("France", "Turkey"),
        ),
    ],
)
def test_the_act_of_the_headline_when_no_nearer_clause_tells_one(relations_of, text, pair):
    rels = relations_of(text)
    assert pair in accused(rels)
    assert "accuses:act-narrated" in accusation_patterns(rels)


@pytest.mark.parametrize(
    "text",
    [
        # a first line with a full stop is the article's first sentence, not a headline
        "Norway closes border with Sweden.\n\nOfficials were in Oslo on Monday. Trade was calm. Prices were high."
        " Denmark criticised the move.",
        # a headline that tells no act
        "Border talks in Oslo\n\nOfficials were in Oslo on Monday. Trade was calm. Prices were high. Denmark"
        " criticised the move.",
        # a nearer clause tells an act of the same frame without an actor: it decides, not the headline
        "Turkey invades northern Syria\n\nFighting went on for days. Militias launched a counterattack. The"
        " operation was condemned by France.",
        # the headline's act is not the one judged ("bans" tells no decision)
        "Egypt bans foreign broadcaster\n\nThe channel was off the air on Monday. Its staff were at home. The"
        " United States criticised the decision.",
        # negated judgment
        "Norway closes border with Sweden\n\nOfficials were in Oslo on Monday. Trade was calm. Prices were"
        " high. Denmark did not criticise the move.",
    ],
)
def test_no_headline_doer_without_a_headline_act(relations_of, text):
    assert not accused(relations_of(text))


@pytest.mark.parametrize(
    "text,pair",
    [
        # FrameNet Attack nouns: the doer of the attack told before
        ("Gunmen attacked a hotel in the capital. Denmark condemned the attack.", ("Denmark", "gunmen")),
        ("Israeli jets struck a depot in Gaza. Hamas condemned the strike.", ("Hamas", "Israel")),
        ("The Iraqi army bombed a village on Monday. The airstrikes were condemned by Syria.", ("Syria", "Iraqi Army")),
        # a phrasal judging verb's "against"/"at" object is the act judged
        ("Norway closed its border. Denmark spoke out against the move.", ("Denmark", "Norway")),
        ("Norway closed its border. Denmark railed against the move.", ("Denmark", "Norway")),
    ],
)
def test_the_doer_of_an_attack_or_a_move_judged(relations_of, text, pair):
    rels = relations_of(text)
    assert pair in accused(rels)
    assert "accuses:act-narrated" in accusation_patterns(rels)


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded at a market, killing ten. The government condemned the attack.",  # no doer
        "Gunmen attacked a hotel in the capital. Denmark did not condemn the attack.",  # negated
        "Norway closed its border. Denmark did not speak out against the move.",  # negated
        "Norway closed its border. Denmark spoke about the move.",  # speaking about is no judgment
        "Norway closed its border. Denmark lashed out at the decision.",  # a closure is no decision told
    ],
)
def test_no_doer_of_an_attack_or_a_move_without_one(relations_of, text):
    assert not accused(relations_of(text))
