"""Hostile input to ``graphkit query``: query text without end, updates, and escape sequences in the data."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.errors import GraphkitError
from graphkit.graph.query import load_graph, run

from .conftest import RECORD_LINE

TTL = """@prefix ex: <http://example.org/> .
ex:a ex:title "Calm\\u001b[2J\\u001b[31mRED title" .
"""


@pytest.fixture
def graph(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_text(TTL, encoding="utf-8")
    return path


def test_query_hostile_endless_query_file_is_one_line(graph):
    res = CliRunner().invoke(main, ["query", str(graph), "@/dev/zero"])
    assert res.exit_code == 1 and "E094" in res.output and "/dev/zero" in res.output


def test_query_hostile_too_long_a_query_argument(graph):
    res = CliRunner().invoke(main, ["query", str(graph), "SELECT * WHERE { ?s ?p ?o } #" + "x" * 1_000_001])
    assert res.exit_code == 1 and "E094" in res.output


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }",
        "PREFIX ex: <http://example.org/>\n# a comment\nDELETE WHERE { ?s ?p ?o }",
        "  clear all",
        "WITH <http://e/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ],
)
def test_query_hostile_an_update_is_refused_as_such(graph, update):
    with pytest.raises(GraphkitError, match=r"E095.*SPARQL update"):
        run(load_graph(graph), update)
    res = CliRunner().invoke(main, ["query", str(graph), update])
    assert res.exit_code == 1 and "E095" in res.output


@pytest.mark.parametrize("query", ["SELECT ?s WHERE { ?s ?p ?o }", "# INSERT in a comment\nASK { ?s ?p ?o }"])
def test_query_hostile_a_query_is_not_taken_for_an_update(graph, query):
    assert run(load_graph(graph), query).rows


def test_query_hostile_escape_sequences_do_not_reach_the_terminal(graph):
    res = CliRunner().invoke(main, ["query", str(graph), "SELECT ?t WHERE { ?s ?p ?t }"])
    assert res.exit_code == 0 and "\x1b" not in res.output and "\\x1b[31mRED title" in res.output
    res = CliRunner().invoke(main, ["query", str(graph), "SELECT ?t WHERE { ?s ?p ?t }", "--format", "json"])
    assert "\\u001b" in res.output  # data formats keep the data, escaped by the format


RECORD = RECORD_LINE


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        (RECORD.replace('"accuses"', '"bombs"'), "unknown predicate 'bombs'"),
        (RECORD.replace('"type": "Country"}, "sentence"', '"type": "Planet"}, "sentence"'), "unknown actor type"),
        (RECORD.replace('"label": "X"', '"label": 7'), "not an actor with a text id and label"),
        (RECORD.replace('"sentence": "X accused Y."', '"sentence": ["x"]'), "'sentence' is not text"),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_query_hostile_view_refuses_records_it_cannot_trust(tmp_path, bad, problem):
    (tmp_path / "relations.jsonl").write_text(RECORD + "\n" + bad + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["view", str(tmp_path), "--out", str(tmp_path / "v.html")])
    assert res.exit_code == 1 and "E061" in res.output and "line 2" in res.output and problem in res.output
    assert "Traceback" not in res.output and not (tmp_path / "v.html").exists()


def test_query_hostile_view_of_good_records_is_drawn(tmp_path):
    (tmp_path / "relations.jsonl").write_text(RECORD + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["view", str(tmp_path), "--out", str(tmp_path / "v.html")])
    assert res.exit_code == 0 and (tmp_path / "v.html").read_text().count("accuses") >= 1
