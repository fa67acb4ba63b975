"""Views built from relation records (graphkit.views.records, .model, .summary) and ``graphkit view``."""

from __future__ import annotations

import json
import re
import weakref
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.errors import GraphkitError
from graphkit.views import model as views_model
from graphkit.views import records as views_records
from graphkit.views.model import MAX_NODES, view_graph
from graphkit.views.records import BUILD_VIEW_NODES, load_records, make_view, render_views, write_views
from graphkit.views.summary import MAX_SENTENCES as _MAX_SENTENCES
from graphkit.views.summary import Summary as _Summary

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
    recs = [
        {
            "article": "a",
            "predicate": "meets",
            "sentence": "s",
            "content": None,
            "subject": {"id": f"x:{i}", "label": f"A{i}", "type": "Person"},
            "object": {"id": f"x:{i}b", "label": f"B{i}", "type": "Person"},
        }
        for i in range(MAX_NODES // 2 + 1)
    ]
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


@pytest.mark.parametrize("args,code", [(["--view", "ego"], "E066"), (["--view", "ego", "--actor", "nobody"], "E162")])
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
        return (
            r["article"],
            r["predicate"],
            r["subject"]["id"],
            r["subject"]["label"],
            r["subject"]["type"],
            r["subject"]["country"],
            (r["object"] or {}).get("id"),
            r["content"],
            r["sentence"],
            r["start"],
            r["end"],
            r["cue"],
        )

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


def _actor(i: int, country: str | None = None) -> dict[str, Any]:
    return {"id": f"x:{i:04d}", "label": f"A{i:04d}", "type": "Person", "country": country, "wikidata": None}


def _rec(
    subject: dict[str, Any],
    obj: dict[str, Any] | None,
    predicate: str = "meets",
    sentence: str = "s",
    article: str = "a1",
) -> dict[str, Any]:
    return {
        "article": article,
        "predicate": predicate,
        "sentence": sentence,
        "content": None,
        "subject": subject,
        "object": obj,
    }


def _repeated(n: int) -> list[dict[str, Any]]:
    """``n`` records over a handful of edges between 6 actors of 3 countries (and claims), each its own sentence."""
    actors = [_actor(i, f"C{i % 3}") for i in range(6)]
    return [
        _rec(actors[i % 6], None, "claims", f"Sentence {i}.", f"a{i % 4}")
        if i % 10 == 9
        else _rec(
            actors[i % 6],
            actors[(i * 5 + 1) % 6],
            ("accuses", "meets", "supports")[i % 3],
            f"Sentence {i}.",
            f"a{i % 4}",
        )
        for i in range(n)
    ]


class _Rec(dict):
    """A record that can be weakly referenced (to tell whether a reader kept it)."""


def _watched(recs: Iterable[dict[str, Any]], alive: list[int]) -> Iterator[dict[str, Any]]:
    """``recs`` one at a time; once all are read, appends to ``alive`` how many the reader still holds."""
    refs = []
    for r in recs:
        rec = _Rec(r)
        refs.append(weakref.ref(rec))
        yield rec
        del rec
    alive.append(sum(ref() is not None for ref in refs))


def _labels(page: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    """The node labels of a page and its edges as (source label, predicate, target label)."""
    data = _data(page)
    label = {n["id"]: n["label"] for n in data["nodes"]}
    return set(label.values()), {(label[e["from"]], e["gkPredicate"], label[e["to"]]) for e in data["edges"]}


def test_render_views_reads_a_stream_once_like_a_list_and_like_make_view(records) -> None:
    titles = {"a1": "The first article"}
    for recs in (records, _repeated(500)):
        streamed = render_views((r for r in recs), titles=titles)  # a generator: one pass only
        assert (
            streamed
            == render_views(list(recs), titles=titles)
            == {
                "graph.html": make_view(recs, "actors", titles=titles),
                "countries.html": make_view(recs, "countries", titles=titles),
            }
        )
        assert all(_data(page)["edges"] for page in streamed.values())
    assert all(any("\n\n… and " in e["title"] for e in _data(page)["edges"]) for page in streamed.values())


def test_render_views_summary_keeps_a_count_and_the_first_sentences_per_edge() -> None:
    recs = _repeated(20_000)
    summary = _Summary.of(r for r in recs)
    relations = [r for r in recs if r["predicate"] != "claims"]
    sentences: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for r in relations:
        sentences[(r["subject"]["id"], r["predicate"], r["object"]["id"])].append(r["sentence"])
    edges = summary.actor_edges
    assert dict(edges.count) == {k: len(v) for k, v in sentences.items()}
    assert {k: [e["sentence"] for e in kept] for k, kept in edges.evidence.items()} == {
        k: v[:_MAX_SENTENCES] for k, v in sentences.items()
    }
    assert summary.country_edges.count and all(
        len(kept) <= _MAX_SENTENCES for kept in summary.country_edges.evidence.values()
    )
    assert sum(summary.claims.values()) == len(recs) - len(relations)
    alive: list[int] = []
    page = render_views(_watched(recs, alive))["graph.html"]
    assert alive[0] <= 1  # the last one read, at most: no record is kept
    assert sorted(e["title"].rsplit("\n\n", 1)[1] for e in _data(page)["edges"]) == sorted(
        f"… and {len(v) - _MAX_SENTENCES} more" for v in sentences.values()
    )
    _nodes, view_edges = view_graph(recs, "actors")
    assert len(view_edges) == len(sentences) < 10
    for e in view_edges:
        n = len(sentences[(e.source, e.predicate, e.target)])
        assert e.weight == n > 1000
        assert e.tooltip.count("Sentence ") == _MAX_SENTENCES
        assert e.tooltip.endswith(f"… and {n - _MAX_SENTENCES} more")


def _many_actors() -> list[dict[str, Any]]:
    """1,200 actors (of 4 countries), each in one relation, and a few mentioned more: A0900 7 times (6 claims),
    A0042 6, A0300 4, then A0005, A0010 (a claim) and A0700 twice."""
    a = [_actor(i, f"C{i % 4}") for i in range(1200)]
    return (
        [_rec(a[i], a[i + 600]) for i in range(600)]
        + [_rec(a[900], None, "claims")] * 6
        + [_rec(a[42], a[300], "accuses")] * 3
        + [_rec(a[700], a[42], "supports"), _rec(a[5], a[42]), _rec(a[10], None, "claims")]
    )


def test_render_views_keeps_the_most_mentioned_actors_past_the_cap(monkeypatch) -> None:
    assert BUILD_VIEW_NODES == 1000 <= MAX_NODES
    monkeypatch.setattr(views_records, "BUILD_VIEW_NODES", 5)
    monkeypatch.setattr(views_model, "MAX_NODES", 100)
    recs = _many_actors()
    with pytest.raises(GraphkitError, match=r"\[E062\]"):  # `graphkit view` still refuses it
        view_graph(recs, "actors")
    pages = render_views(iter(recs))  # a build does not
    page = pages["graph.html"]
    assert "<title>graphkit: actors (the 5 most-mentioned of 1,200)</title>" in page
    nodes, edges = _labels(page)
    assert nodes == {"A0900", "A0042", "A0300", "A0005", "A0010"}  # A0700 ties with A0005 and A0010 (by id)
    assert edges == {("A0042", "accuses", "A0300"), ("A0005", "meets", "A0042"), ("A0300", "meets", "A0900")}
    assert "<title>graphkit: countries</title>" in pages["countries.html"]  # 4 countries: under the cap
    assert pages["countries.html"] == make_view(recs, "countries")


def test_render_views_caps_countries_too_and_keeps_all_under_the_cap(monkeypatch) -> None:
    a, b, c, d = (_actor(i, f"C{i}") for i in range(4))
    recs = [_rec(a, b, "accuses")] * 3 + [_rec(c, a, "supports"), _rec(d, None, "claims")]
    monkeypatch.setattr(views_records, "BUILD_VIEW_NODES", 4)
    assert render_views(recs) == {
        "graph.html": make_view(recs, "actors"),
        "countries.html": make_view(recs, "countries"),
    }
    assert len(_data(render_views(recs)["countries.html"])["nodes"]) == 4
    monkeypatch.setattr(views_records, "BUILD_VIEW_NODES", 2)
    pages = render_views(recs)
    assert "<title>graphkit: countries (the 2 most-mentioned of 4)</title>" in pages["countries.html"]
    assert _labels(pages["countries.html"]) == ({"C0", "C1"}, {("C0", "accuses", "C1")})
    assert "<title>graphkit: actors (the 2 most-mentioned of 4)</title>" in pages["graph.html"]
    assert _labels(pages["graph.html"]) == ({"A0000", "A0001"}, {("A0000", "accuses", "A0001")})
