"""Judging an agreement blames each of its parties: "X denounced the agreement between Y and Z"
(``graphkit/nlp/relations/parties.py``, FrameNet Make_agreement_on_action).

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.errors import GraphkitError
from graphkit.nlp.relations.acts import load_acts
from graphkit.resources import ONTOLOGIES

from .conftest import accusation_patterns, accused


@pytest.mark.parametrize(
    "text",
    [
        "Norway denounced the agreement between Denmark and Sweden.",
        "Norway condemned the pact between Denmark and Sweden on fishing rights.",
        "On Monday, Norway sharply criticised the new border treaty between Denmark and Sweden.",
        "The accord between Denmark and Sweden was condemned by Norway.",
        "Norway denounced the memorandum of understanding between Denmark and Sweden.",
        "Fishermen protested on Friday. Norway denounced the deal between Denmark and Sweden.",
    ],
)
def test_judging_an_agreement_blames_each_party(relations_of, text):
    rels = relations_of(text)
    assert {("Norway", "Denmark"), ("Norway", "Sweden")} <= accused(rels)
    assert "accuses:act-parties" in accusation_patterns(rels)


@pytest.mark.parametrize(
    "text",
    [
        # not judged: praise, a mere report, negation, a hedge
        "Norway welcomed the agreement between Denmark and Sweden.",
        "Norway discussed the agreement between Denmark and Sweden.",
        "Norway did not condemn the agreement between Denmark and Sweden.",
        "Norway may criticise the agreement between Denmark and Sweden.",
        # "between" on a noun that is no agreement: a border, a war, talks
        "Norway condemned the fighting between Denmark and Sweden.",
        "Norway criticised the border between Denmark and Sweden.",
    ],
)
def test_no_party_is_blamed_without_a_judged_agreement(relations_of, text):
    rels = relations_of(text)
    assert not {("Norway", "Denmark"), ("Norway", "Sweden")} & accused(rels)


def test_a_doer_named_inside_the_agreement_comes_first(relations_of):
    rels = relations_of("Norway condemned the treaty signed by Denmark with Sweden.")
    assert ("Norway", "Denmark") in accused(rels)
    assert "accuses:act-parties" not in accusation_patterns(rels)


def test_the_agreement_nouns_come_from_the_cue_lexicon():
    nouns = load_acts(ONTOLOGIES / "cues.yaml").agreement_nouns
    assert {"agreement", "treaty", "pact", "memorandum"} <= nouns


def test_a_malformed_agreement_list_names_the_file(tmp_path: Path):
    bad = tmp_path / "cues.yaml"
    bad.write_text("judged_acts: [agreement]\n", encoding="utf-8")
    with pytest.raises(GraphkitError, match="cues.yaml"):
        load_acts(bad)
