"""The data files under ontologies/: the shipped ones are valid; broken ones are named and rejected."""

from __future__ import annotations

import subprocess
import sys

import pytest

from graphkit.errors import GraphkitError
from graphkit.resources import cues_data, load_boilerplate, load_cues, load_gazetteer, word_lists

from .conftest import ROOT


def test_resources_shipped_gazetteer_passes_its_checker():
    res = subprocess.run(
        [sys.executable, str(ROOT / "ontologies" / "check_actors.py"), str(ROOT / "ontologies" / "actors.yaml")],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stdout + res.stderr
    gaz = load_gazetteer()
    assert gaz["russia"].wikidata == "Q159" and gaz["putin"].country == "russia"
    assert sum(e.type == "Country" for e in gaz.values()) >= 190


def test_resources_cue_lexicon_covers_every_predicate():
    from graphkit.types import PREDICATES

    cues = load_cues()
    assert {f.predicate for frames in cues.verbs.values() for f in frames} == set(PREDICATES)


@pytest.mark.parametrize(
    "text,problem",
    [
        ("- {id: x, label: X, type: Planet}", "type 'Planet'"),
        ("- {id: x, label: X, type: Person, country: atlantis}", "unknown country 'atlantis'"),
        ("- {id: x, label: X, type: Country, wikidata: 159}", "wikidata 159"),
        ("- {id: x, label: X, type: Country}\n- {id: x, label: Y, type: Country}", "actor id x repeats"),
        ("{unclosed", "invalid data file"),
    ],
)
def test_resources_broken_gazetteer_is_rejected_with_file_and_problem(tmp_path, text, problem):
    p = tmp_path / "actors.yaml"
    p.write_text(text)
    with pytest.raises(GraphkitError, match=r"\[E030\]") as e:
        load_gazetteer(p)
    assert str(p) in str(e.value) and problem in str(e.value) and "\n" not in str(e.value)


def test_resources_boilerplate_patterns_match_whole_lines_only():
    pattern = load_boilerplate()
    for line in ("Read Also: Kyiv hit again", "Share this article", "Source link", "Photo: AFP", "By Jane Doe"):
        assert pattern.fullmatch(line), line
    for line in ("The minister said the photo was fake.", "Russia read also the statement by Kyiv today."):
        assert not pattern.fullmatch(line), line


def test_resources_word_lists_complete_names_a_missing_key(tmp_path):
    path = tmp_path / "lists.yaml"
    path.write_text("modals: [May, might]\n", encoding="utf-8")
    assert word_lists(path, ("modals", "adverbs")) == {"modals": {"may", "might"}, "adverbs": frozenset()}
    with pytest.raises(GraphkitError, match=r"E030.*lists\.yaml.*missing key 'adverbs'"):
        word_lists(path, ("modals", "adverbs"), complete=True)
    with pytest.raises(GraphkitError, match=r"E030.*lists\.yaml.*unknown key 'modals'"):
        word_lists(path, ("adverbs",), complete=True)


def test_resources_cues_data_is_what_load_cues_read(tmp_path):
    path = tmp_path / "cues.yaml"
    path.write_text("predicates:\n  claims: [say]\njudged_acts:\n  acts: {arrest: [arrest]}\n", encoding="utf-8")
    assert cues_data(path)["judged_acts"] == {"acts": {"arrest": ["arrest"]}}
    assert load_cues(path).is_cue("say", "claims") and not load_cues(path).is_cue("say", "accuses")
