"""Accusations whose object is an act, not an actor: the doer of the act judged, inside the act's phrase or
narrated just before ("X criticised the arrests"), and criticism told as a noun ("drew criticism from X",
"despite criticism by X", "came under fire from X"); ``graphkit/nlp/relations/acts.py``, ``criticism.py``.

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.errors import GraphkitError
from graphkit.nlp.relations.acts import load_acts
from graphkit.resources import ONTOLOGIES

from .conftest import accusation_patterns, accused, triples


@pytest.mark.parametrize(
    "text,pair,pattern",
    [
        # an anaphoric act noun: the subject of the clause that narrated the act, active or passive judging
        ("Norway closed its border with Sweden. Denmark criticised the move.", ("Denmark", "Norway"), "act-narrated"),
        ("Norway closed its border with Sweden. The move was criticised by Denmark.", ("Denmark", "Norway"), None),
        ("Norway closed its border. On Tuesday, Denmark sharply condemned this step.", ("Denmark", "Norway"), None),
        # the act told inside somebody's report is still the act: its doer is the reported clause's subject
        ("Sweden said that Norway had closed the border. Denmark criticised the move.", ("Denmark", "Norway"), None),
        # the noun's own verb: arrests, a decision, an operation launched, an ultimatum issued
        ("Chinese police detained four reporters. Japan criticised the arrests.", ("Japan", "Chinese Police"), None),
        ("Norway decided to close the border. Denmark denounced the decision.", ("Denmark", "Norway"), None),
        ("Norway announced a ban on imports. The decision was condemned by Denmark.", ("Denmark", "Norway"), None),
        ("Turkey launched an offensive into Syria. The operation was condemned by France.", ("France", "Turkey"), None),
        ("Chile issued an ultimatum to Peru. Bolivia denounced the ultimatum.", ("Bolivia", "Chile"), None),
        # a relative clause describes, it does not narrate the act: "which hit ..." is skipped for "launched"
        (
            "Danish jets launched raids near the port, which they say hit two depots. Sweden condemned the move.",
            ("Sweden", "Denmark"),
            None,
        ),
        # the same act noun, told several sentences before
        (
            "Chile issued an ultimatum to Peru. Peru met. Talks began. Lima was calm. Bolivia denounced the ultimatum.",
            ("Bolivia", "Chile"),
            None,
        ),
        # the same act retold with an unnamed doer: the telling before it names who did it
        (
            "Chile issued an ultimatum to Peru. Lima was calm. The ultimatum was read out by an official on"
            " television. Bolivia denounced the ultimatum.",
            ("Bolivia", "Chile"),
            "act-narrated",
        ),
        # a noun of the same frame told as an object: "began an offensive" ... "the operation"
        (
            "Turkey began an offensive in Syria. Ankara said the aim was peace. Talks failed. Fighting went on."
            " The operation was condemned by France.",
            ("France", "Turkey"),
            None,
        ),
        # a passive narration: its agent is the doer
        (
            "Four reporters were detained by Chinese police. Japan condemned the detentions.",
            ("Japan", "Chinese Police"),
            None,
        ),
        # in the same sentence, after a coordinated clause
        ("Norway closed the border on Monday, and Denmark criticised the move.", ("Denmark", "Norway"), None),
        # a relative clause on the act: the verb the act noun is the object of
        ("Norway has kept a policy that Denmark has long criticised.", ("Denmark", "Norway"), "act-narrated"),
        ("Norway has kept a policy which Denmark and Sweden criticised.", ("Sweden", "Norway"), None),
        # inside the act's phrase: its "by", its relative clause
        ("Norway decried the proclamation of the new border by Sweden.", ("Norway", "Sweden"), None),
        ("Denmark criticised the policy that Norway adopted in May.", ("Denmark", "Norway"), "act-doer"),
    ],
)
def test_the_doer_of_an_act_judged_is_accused(relations_of, text, pair, pattern):
    rels = relations_of(text)
    assert pair in accused(rels)
    if pattern:
        assert f"accuses:{pattern}" in accusation_patterns(rels)


@pytest.mark.parametrize(
    "text,pair,pattern",
    [
        ("The decision of Norway to close the border has drawn criticism from Denmark.", ("Denmark", "Norway"), None),
        ("Norway's decision has drawn sharp criticism from Denmark.", ("Denmark", "Norway"), "drew-criticism"),
        ("Norway faced condemnation by Denmark for the closure.", ("Denmark", "Norway"), "drew-criticism"),
        ("Norway closed the border, despite criticism by Denmark.", ("Denmark", "Norway"), "despite-criticism"),
        ("Despite criticism from Denmark, Norway closed the border.", ("Denmark", "Norway"), "despite-criticism"),
        ("Norway closed the border amid condemnation from Denmark.", ("Denmark", "Norway"), "despite-criticism"),
        ("Norway has come under fire from Denmark for closing the border.", ("Denmark", "Norway"), "under-fire"),
        # the criticised is the subject of "be the target/subject of" a criticism, sanction or investigation
        ("Iran has been the target of sharp criticism from France.", ("France", "Iran"), "target-of"),
        ("Iran was the focus of Canada's criticism.", ("Canada", "Iran"), "target-of"),
        ("Iran is the subject of an investigation by Canada.", ("Canada", "Iran"), "target-of"),
        ("Iran has been the subject of US sanctions since 2011.", ("United States", "Iran"), "target-of"),
        # the critic owns the noun, the act judged is its "of" phrase
        ("Norway closed the border. Denmark's condemnation of the move came fast.", ("Denmark", "Norway"), None),
    ],
)
def test_criticism_as_a_noun_accuses(relations_of, text, pair, pattern):
    rels = relations_of(text)
    assert pair in accused(rels)
    if pattern:
        assert f"accuses:{pattern}" in accusation_patterns(rels)


@pytest.mark.parametrize(
    "text",
    [
        "Denmark criticised a move.",  # no act told before, no doer in the phrase
        # the act told twice, neither time with an actor for its doer
        "An official issued an ultimatum to Peru. Lima was calm. The ultimatum was read out by an official on"
        " television. Bolivia denounced the ultimatum.",
        "Norway closed its border. Denmark did not criticise the move.",  # negated
        "Norway closed its border. Denmark may criticise the move.",  # hedged
        "The police arrested twelve students. Denmark criticised the arrests.",  # the doer is no actor
        "Norway closed its border. Denmark denounced the decision.",  # a closure is no decision told
        "Chile criticised the arrest of Peruvian fishermen.",  # an arrest's "of" is the arrested
        "Chile criticised the closure of the Peruvian border.",  # a closure's "of" is what was closed
        # the act told too long before for a verb to name it
        "Norway closed its border. Talks began. Oslo was calm. Rain fell. Denmark criticised the move.",
        "Norway's decision has not drawn criticism from Denmark.",  # negated
        "Norway's decision drew no criticism from Denmark.",  # no criticism
        "Iran has not been the target of criticism from France.",  # negated
        "Iran has been the subject of praise from France.",  # no criticism
        "Iran was the subject of the report by Canada.",  # a report is no judgment
        "Norway closed the border despite the snow.",  # no criticism
        "Norway came under pressure from Denmark.",  # pressure is no criticism
        "Denmark's condemnation of a move came fast.",  # no act told before
        "Norway announced a ban on imports. The decision was not condemned by Denmark.",  # negated
    ],
)
def test_no_accusation_without_a_doer_or_a_criticism(relations_of, text):
    assert not accused(relations_of(text))


def test_the_critic_of_a_narrated_act_is_not_its_own_doer(relations_of):
    """ "Denmark closed the border. Denmark later criticised the move": nobody else is blamed."""
    assert not accused(relations_of("Denmark closed its border. Later, Denmark criticised the move."))


def test_the_act_lists_load_from_the_lexicon():
    acts = load_acts(ONTOLOGIES / "cues.yaml")
    assert "arrest" in acts.acts["arrests"] and "move" in acts.any_act
    assert "criticism" in acts.criticism_nouns and "draw" in acts.drawing_verbs


def test_a_malformed_act_list_names_the_file(tmp_path: Path):
    bad = tmp_path / "cues.yaml"
    bad.write_text("judged_acts:\n  acts:\n    arrest: 3\n", encoding="utf-8")
    with pytest.raises(GraphkitError, match=r"E030.*cues\.yaml.*judged_acts: arrest"):
        load_acts(bad)


def _rejected(rels) -> set[tuple[str, str]]:
    return {(s, o) for p, s, o in triples(rels) if p == "rejects"}


@pytest.mark.parametrize(
    "text,pair",
    [
        ("Sweden proposed a ceasefire on Monday. Norway rejected the proposal.", ("Norway", "Sweden")),
        ("Sweden made an offer of talks. Norway rejected the offer.", ("Norway", "Sweden")),
        ("Sweden proposed a ceasefire. The proposal was rejected by Norway.", ("Norway", "Sweden")),
    ],
)
def test_a_rejected_proposal_is_its_proposers(relations_of, text, pair):
    """FrameNet Suggesting: the rejection of a proposal told before rejects whoever made it."""
    rels = relations_of(text)
    assert pair in _rejected(rels)
    assert "rejects:act-narrated" in {r.pattern for r in rels}


@pytest.mark.parametrize(
    "text",
    [
        "Norway rejected the proposal.",  # nobody proposed anything
        "Sweden proposed a ceasefire on Monday. Norway did not reject the proposal.",  # negated
        "Sweden proposed a ceasefire on Monday. Norway may reject the proposal.",  # hedged
    ],
)
def test_no_rejection_without_a_proposer(relations_of, text):
    assert not _rejected(relations_of(text))


@pytest.mark.parametrize(
    "text,pair",
    [
        ("Norway attacked Sweden's decision.", ("Norway", "Sweden")),
        ("Norway attacked the proclamation of the new border by Sweden.", ("Norway", "Sweden")),
        ("Sweden announced a ban on imports. Norway attacked the decision as unlawful.", ("Norway", "Sweden")),
    ],
)
def test_an_attack_on_an_act_is_an_accusation(relations_of, text, pair):
    """ "attacked X's decision": an attack in words (Judgment_communication), not a military attack."""
    found = triples(relations_of(text))
    assert ("accuses", *pair) in {(p, s, o) for p, s, o in found}
    assert not {t for t in found if t[0] == "attacks"}


@pytest.mark.parametrize(
    "text", ["Norway attacked the Swedish convoy.", "Norway attacked Sweden.", "Norway attacked the Swedish operation."]
)
def test_an_attack_on_a_thing_or_an_operation_stays_an_attack(relations_of, text):
    found = triples(relations_of(text))
    assert ("attacks", "Norway", "Sweden") in found
    assert not {t for t in found if t[0] == "accuses"}
