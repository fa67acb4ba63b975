"""The views in a real browser: headless Chromium (the system's, driven by Playwright) opens each page
from disk with the network cut off, waits for the layout to settle, and reads the vis.js DataSets.

No browser on the machine is a failure, not a skip: ``apt-get install chromium`` (``make test`` does it).
``GRAPHKIT_SCREENSHOT=1`` also writes the README's screenshot of the explorer, ``docs/explorer.png`` (and
tests/test_views_explorer.py the one of its panel, ``docs/explorer-panel.png``).
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from benchmarks.view import synthetic_records
from graphkit.views.html import ViewEdge, ViewNode, render_html
from graphkit.views.model import view_graph
from graphkit.views.records import load_records, make_view

from .conftest import ROOT

SETTLE_TIMEOUT_MS = 120_000
VIEWPORT = {"width": 1280, "height": 800}
XSS_SCRIPT = "<script>window.__pwned=1</script>"
XSS_IMG = '"><img src=x onerror="window.__pwned=2">'


def open_view(browser: Any, html_path: Path, screenshot: Path) -> dict[str, Any]:
    """Open ``html_path`` offline, wait until the layout has settled, screenshot it; return what the page
    holds: node and edge counts, settle time (ms from navigation), errors and attempted requests."""
    context = browser.new_context(viewport=VIEWPORT, offline=True)
    blocked: list[str] = []
    errors: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: errors.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    try:
        page.goto(html_path.resolve().as_uri())
        page.wait_for_function("() => window.gkStabilized !== undefined", timeout=SETTLE_TIMEOUT_MS)
        page.screenshot(path=str(screenshot))
        state = page.evaluate("""() => ({
            nodes: window.gkData.nodes.length, edges: window.gkData.edges.length,
            settle_ms: window.gkStabilized, pwned: typeof window.__pwned,
            injected: document.querySelectorAll("img, iframe, object, embed").length,
            scripts: document.scripts.length})""")
    finally:
        context.close()
    return {**state, "errors": errors, "blocked": blocked}


def _check(state: dict[str, Any], n_nodes: int, n_edges: int) -> None:
    assert state["errors"] == []
    assert state["blocked"] == []
    assert (state["nodes"], state["edges"]) == (n_nodes, n_edges)
    assert state["scripts"] == 3  # data, vis-network, ours


@pytest.fixture(scope="module")
def corpus_records(corpus_build) -> list[dict[str, Any]]:
    return load_records(corpus_build.outputs["relations.jsonl"])


@pytest.mark.parametrize("view,actor", [("actors", None), ("countries", None), ("claims", None), ("ego", "Russia")])
def test_browser_corpus_views(browser, corpus_build, corpus_records, tmp_path, record_property, view, actor) -> None:
    titles = {a.id: a.title for a in corpus_build.articles if a.title}
    nodes, edges = view_graph(corpus_records, view, actor=actor, titles=titles)
    assert nodes and edges
    started = time.perf_counter()
    html = make_view(corpus_records, view, actor=actor, titles=titles)
    render_s = time.perf_counter() - started
    path = tmp_path / f"{view}.html"
    path.write_text(html, encoding="utf-8")
    state = open_view(browser, path, tmp_path / f"{view}.png")
    _check(state, len(nodes), len(edges))
    record_property("render_s", round(render_s, 3))
    record_property("settle_ms", round(state["settle_ms"]))
    if view == "actors" and os.environ.get("GRAPHKIT_SCREENSHOT"):
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copyfile(tmp_path / f"{view}.png", ROOT / "docs" / "explorer.png")


def test_browser_build_graph_html(browser, corpus_build, tmp_path) -> None:
    path = corpus_build.outputs["graph.html"]
    html = path.read_text(encoding="utf-8")
    data = json.loads(html.split('id="gk-data">', 1)[1].split("</script>", 1)[0])
    _check(open_view(browser, path, tmp_path / "graph.png"), len(data["nodes"]), len(data["edges"]))


def test_browser_large_view_settles(browser, tmp_path, record_property) -> None:
    records = synthetic_records(2000, 3000)  # the pages benchmarks/view.py times
    nodes, edges = view_graph(records, "actors")
    assert len(nodes) == 2000
    started = time.perf_counter()
    html = make_view(records, "actors")
    render_s = time.perf_counter() - started
    path = tmp_path / "large.html"
    path.write_text(html, encoding="utf-8")
    started = time.perf_counter()
    state = open_view(browser, path, tmp_path / "large.png")
    wall_s = time.perf_counter() - started
    _check(state, len(nodes), len(edges))
    record_property("render_s", round(render_s, 3))
    record_property("settle_ms", round(state["settle_ms"]))
    (tmp_path / "timings.json").write_text(
        json.dumps({"render_s": render_s, "settle_ms": state["settle_ms"], "wall_s": wall_s}), encoding="utf-8"
    )
    assert render_s < 10
    assert state["settle_ms"] < 60_000


def _xss_records() -> list[dict[str, Any]]:
    evil = {
        "id": "urn:x:evil",
        "label": f"Evil {XSS_SCRIPT}",
        "type": "Person",
        "country": XSS_IMG,
        "wikidata": XSS_IMG,
    }
    good = {"id": "urn:x:good", "label": f"Good {XSS_IMG}", "type": "Country", "country": "Good", "wikidata": None}
    sentence = f"Evil {XSS_SCRIPT} accused Good {XSS_IMG} of lying."
    return [
        {
            "article": XSS_IMG,
            "predicate": "accuses",
            "subject": evil,
            "object": good,
            "content": None,
            "sentence": sentence,
        },
        {
            "article": "a2",
            "predicate": "claims",
            "subject": evil,
            "object": None,
            "content": f"Good {XSS_IMG} lies {XSS_SCRIPT}",
            "sentence": sentence,
        },
    ]


@pytest.mark.parametrize("view", ["actors", "countries", "claims", "ego"])
def test_browser_runs_no_injected_code(browser, tmp_path, view) -> None:
    records = _xss_records()
    actor = "urn:x:evil" if view == "ego" else None
    nodes, edges = view_graph(records, view, actor=actor, titles={"a2": XSS_SCRIPT})
    path = tmp_path / f"xss-{view}.html"
    path.write_text(render_html(nodes, edges, title=XSS_IMG + XSS_SCRIPT), encoding="utf-8")
    state = open_view(browser, path, tmp_path / f"xss-{view}.png")
    _check(state, len(nodes), len(edges))
    assert state["pwned"] == "undefined"
    assert state["injected"] == 0


def test_browser_xss_in_view_nodes(browser, tmp_path) -> None:
    nodes = [ViewNode("a", XSS_SCRIPT, "Person", XSS_IMG, XSS_IMG), ViewNode("b", XSS_IMG, "Claim", None, XSS_SCRIPT)]
    edges = [ViewEdge("a", "b", "claims", XSS_SCRIPT + XSS_IMG)]
    path = tmp_path / "xss.html"
    path.write_text(render_html(nodes, edges, title=XSS_SCRIPT), encoding="utf-8")
    state = open_view(browser, path, tmp_path / "xss.png")
    _check(state, 2, 1)
    assert state["pwned"] == "undefined"
    assert state["injected"] == 0
