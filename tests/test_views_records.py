"""Views built from relation records (graphkit.views.records) and ``graphkit view``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.errors import GraphkitError
from graphkit.views.records import MAX_NODES, load_records, make_view, view_graph, write_views

URL = re.compile(r"https?://")
VIEWS = [("actors", None), ("countries", None), ("claims", None), ("ego", "Russia")]


@pytest.fixture(scope="module")
def records(corpus_build):
    return load_records(corpus_build.outputs["relations.jsonl"].parent)


def _data(page: str) -> dict:
    return json.loads(page.split('id="gk-data">', 1)[1].split("</script>", 1)[0])


def _outside_data(page: str) -> str:
    head, rest = page.split('id="gk-data">', 1)
    return head + rest.split("</script>", 1)[1]


@pytest.mark.parametrize("view,actor", VIEWS)
def test_views_records_counts_and_no_urls(records, view, actor) -> None:
    nodes, edges = view_graph(records, view, actor=actor)
    page = make_view(records, view, actor=actor)
    data = _data(page)
    assert (len(data["nodes"]), len(data["edges"])) == (len(nodes), len(edges)) != (0, 0)
    assert not URL.search(_outside_data(page))
    assert all(10 <= n["size"] <= 40 for n in data["nodes"])


def test_views_records_actor_ids_are_iris(records) -> None:
    nodes, _ = view_graph(records, "actors")
    iris = {r["subject"]["id"] for r in records} | {r["object"]["id"] for r in records if r["object"]}
    assert {n.id for n in nodes} == iris


def test_views_records_countries_are_between_states(records) -> None:
    nodes, edges = view_graph(records, "countries")
    assert all(n.type == "Country" for n in nodes)
    assert all(e.source != e.target and e.predicate != "claims" for e in edges)


def test_views_records_ego_holds_the_actor_and_its_claims(records) -> None:
    ego = next(r["subject"] for r in records if r["predicate"] == "claims")
    nodes, edges = view_graph(records, "ego", actor=ego["id"])
    assert ego["id"] in {n.id for n in nodes}
    claims = [n for n in nodes if n.type == "Claim"]
    assert claims and all(ego["label"] + " claims: " in n.tooltip for n in claims)
    assert all(ego["id"] in (e.source, e.target) or e.predicate == "about" for e in edges)


def test_views_records_filters(records) -> None:
    page = make_view(records, "actors", predicates=["accuses"])
    assert {e["gkPredicate"] for e in _data(page)["edges"]} == {"accuses"}
    article = records[0]["article"]
    nodes, _ = view_graph([r for r in records if r["article"] == article], "actors")
    assert len(_data(make_view(records, "actors", articles=[article]))["nodes"]) == len(nodes)


def test_views_records_refuses_past_the_limit() -> None:
    recs = [{"article": "a", "predicate": "meets", "sentence": "s", "content": None,
             "subject": {"id": f"x:{i}", "label": f"A{i}", "type": "Person"},
             "object": {"id": f"x:{i}b", "label": f"B{i}", "type": "Person"}} for i in range(MAX_NODES // 2 + 1)]
    with pytest.raises(GraphkitError, match=r"\[E062\]"):
        view_graph(recs, "actors")


@pytest.mark.parametrize("view,actor,code", [("ego", None, "E066"), ("ego", "nobody", "E063"), ("nope", None, "E065")])
def test_views_records_errors(records, view, actor, code) -> None:
    with pytest.raises(GraphkitError, match=rf"\[{code}\]"):
        view_graph(records, view, actor=actor)


def test_views_records_write_views(records, tmp_path) -> None:
    written = write_views(records, tmp_path)
    assert sorted(written) == ["countries.html", "graph.html"]
    assert all(p.read_text(encoding="utf-8").startswith("<!DOCTYPE html>") for p in written.values())


@pytest.mark.parametrize("view,actor", VIEWS)
def test_cli_view_writes_the_page(corpus_build, tmp_path, view, actor) -> None:
    out = tmp_path / "v.html"
    args = ["view", str(corpus_build.outputs["relations.jsonl"].parent), "--out", str(out), "--view", view]
    result = CliRunner().invoke(main, args + (["--actor", actor] if actor else []))
    assert result.exit_code == 0, result.output
    assert _data(out.read_text(encoding="utf-8"))["nodes"]


@pytest.mark.parametrize("args,code", [(["--view", "ego"], "E066"), (["--view", "ego", "--actor", "nobody"], "E063")])
def test_cli_view_errors_are_one_line(corpus_build, tmp_path, args, code) -> None:
    graph = str(corpus_build.outputs["relations.jsonl"])
    result = CliRunner().invoke(main, ["view", graph, "--out", str(tmp_path / "v.html"), *args])
    assert result.exit_code == 1
    assert result.output.strip().startswith(f"graphkit: error: [{code}]")
    assert len(result.output.strip().splitlines()) == 1


def test_cli_view_missing_graph(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["view", str(tmp_path / "none"), "--out", str(tmp_path / "v.html")])
    assert result.exit_code == 1 and "[E060]" in result.output


def test_views_records_read_back_from_the_graph_file_equal_relations_jsonl(corpus_build):
    from graphkit.views.records import load_records

    folder = corpus_build.outputs["graph.ttl"].parent

    def key(r):
        return (r["article"], r["predicate"], r["subject"]["id"], r["subject"]["label"], r["subject"]["type"],
                r["subject"]["country"], (r["object"] or {}).get("id"), r["content"], r["sentence"], r["start"],
                r["end"], r["cue"])

    from_jsonl = sorted(map(key, load_records(folder)))
    from_turtle = sorted(map(key, load_records(folder / "graph.ttl")))
    assert from_jsonl and from_turtle == from_jsonl


def test_views_cli_draws_a_turtle_file_like_its_folder(corpus_build, tmp_path):
    from click.testing import CliRunner

    from graphkit.cli import main

    folder = corpus_build.outputs["graph.ttl"].parent
    for source, name in ((folder, "a.html"), (folder / "graph.ttl", "b.html")):
        res = CliRunner().invoke(main, ["view", str(source), "--out", str(tmp_path / name), "--view", "countries"])
        assert res.exit_code == 0, res.output
    a, b = ((tmp_path / n).read_text(encoding="utf-8") for n in ("a.html", "b.html"))
    assert a.count('"label"') == b.count('"label"') > 0


def test_views_build_writes_the_countries_view(corpus_build):
    page = corpus_build.outputs["countries.html"].read_text(encoding="utf-8")
    assert "Russia" in page and "Ukraine" in page
