"""The command line's conventions (issue 14, item 3): an unknown --actor is an error with close choices, a
rebuild removes only the graph files graphkit wrote and no longer writes, --format is each command's output
format, and every command's help shows an example."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.run.outputs import MANIFEST, read_manifest, settle

from .conftest import RECORD_LINE

GOOD = "Talks stall\n\nRussia accused Ukraine of shelling the plant.\n"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def records(tmp_path):
    second = RECORD_LINE.replace('"label": "X"', '"label": "Russia"').replace('"label": "Y"', '"label": "Ukraine"')
    (tmp_path / "relations.jsonl").write_text(second + "\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("actor", ["Russia", "russia", "x", "http://e/x"])
def test_cli_conventions_a_known_actor_draws_the_ego_view(runner, records, actor):
    res = runner.invoke(
        main, ["view", str(records), "--view", "ego", "--actor", actor, "--out", str(records / "v.html")]
    )
    assert res.exit_code == 0, res.output
    assert (records / "v.html").exists()


@pytest.mark.parametrize(
    ("actor", "which", "names"),
    [
        ("Rusia", "the closest", "Russia"),
        ("Ukraina", "the closest", "Ukraine"),
        ("zzqq", "the most mentioned", "Russia"),
    ],
)
def test_cli_conventions_an_unknown_actor_is_an_error_with_choices(runner, records, actor, which, names):
    res = runner.invoke(
        main, ["view", str(records), "--view", "ego", "--actor", actor, "--out", str(records / "v.html")]
    )
    assert res.exit_code == 1 and res.stdout == "" and res.stderr.count("\n") == 1
    assert res.stderr.startswith(f"graphkit: error: [E162] no actor '{actor}' in the graph ({which}: ")
    assert names in res.stderr.split(which)[1]
    assert not (records / "v.html").exists()


def _build(runner, tmp_path, *formats):
    corpus = tmp_path / "in"
    corpus.mkdir(exist_ok=True)
    (corpus / "a.txt").write_text(GOOD)
    args = ["build", str(corpus), "--out", str(tmp_path / "out"), "-q", "--no-cache"]
    res = runner.invoke(main, args + [x for f in formats for x in ("--format", f)])
    assert res.exit_code == 0, res.output
    return tmp_path / "out"


def test_cli_conventions_a_rebuild_removes_the_graph_files_it_no_longer_writes(runner, tmp_path):
    out = _build(runner, tmp_path, "turtle", "nt", "json-ld")
    assert set(read_manifest(out)) == {"relations.jsonl", "graph.ttl", "graph.nt", "graph.jsonld", "graph.html",
                                       "countries.html"}  # fmt: skip
    (out / "notes.txt").write_text("the user's own")
    (out / "graph.jsonld").write_text("changed by the user since the build")
    _build(runner, tmp_path, "turtle")
    assert not (out / "graph.nt").exists()  # graphkit wrote it and no longer does
    assert (out / "graph.ttl").exists() and (out / "relations.jsonl").exists() and (out / "graph.html").exists()
    assert (out / "notes.txt").read_text() == "the user's own"  # never graphkit's
    assert (out / "graph.jsonld").read_text() == "changed by the user since the build"  # changed since: kept
    assert set(read_manifest(out)) == {"relations.jsonl", "graph.ttl", "graph.html", "countries.html"}


def test_cli_conventions_without_a_manifest_nothing_is_removed(runner, tmp_path):
    out = _build(runner, tmp_path, "nt")
    (out / MANIFEST).unlink()  # a folder of an older graphkit: nobody says who wrote graph.nt
    _build(runner, tmp_path, "turtle")
    assert (out / "graph.nt").exists() and (out / "graph.ttl").exists()


@pytest.mark.parametrize("name", ["notes.txt", "../outside.txt", "sub/graph.nt"])
def test_cli_conventions_a_manifest_cannot_name_other_files(tmp_path, name):
    out = tmp_path / "out"
    (out / ".graphkit").mkdir(parents=True)
    (out / "sub").mkdir()
    victim = (out / name).resolve()
    victim.write_text("keep me")
    st = victim.stat()
    (out / MANIFEST).write_text(json.dumps({"files": {name: [st.st_size, st.st_mtime_ns]}}))
    written = out / "graph.ttl"
    written.write_text("new")
    assert settle(out, [written]) == []
    assert victim.read_text() == "keep me"
    assert read_manifest(out) == {"graph.ttl": [written.stat().st_size, written.stat().st_mtime_ns]}


@pytest.mark.parametrize("text", ["not json", '{"files": 3}', '{"files": {"graph.nt": "x"}}', "[]"])
def test_cli_conventions_a_broken_manifest_removes_nothing(tmp_path, text):
    out = tmp_path
    (out / ".graphkit").mkdir()
    (out / MANIFEST).write_text(text)
    (out / "graph.nt").write_text("old")
    assert read_manifest(out) == {} and settle(out, []) == [] and (out / "graph.nt").exists()


def test_cli_conventions_a_symlink_is_never_removed(tmp_path):
    target = tmp_path / "elsewhere.nt"
    target.write_text("keep")
    (tmp_path / ".graphkit").mkdir()
    os.symlink(target, tmp_path / "graph.nt")
    st = (tmp_path / "graph.nt").stat()
    (tmp_path / MANIFEST).write_text(json.dumps({"files": {"graph.nt": [st.st_size, st.st_mtime_ns]}}))
    assert settle(tmp_path, []) == [] and (tmp_path / "graph.nt").is_symlink() and target.read_text() == "keep"


@pytest.mark.parametrize("command", ["build", "export", "query"])
def test_cli_conventions_format_is_the_output_format_of_each_command(runner, command):
    res = runner.invoke(main, [command, "--help"])
    assert res.exit_code == 0 and "The output format of this command" in " ".join(res.output.split())


def test_cli_conventions_export_help_shows_an_example(runner):
    res = runner.invoke(main, ["export", "--help"])
    assert res.exit_code == 0 and "Example: graphkit export " in res.output
