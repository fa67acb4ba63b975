"""The explorer's controls in a real browser (headless Chromium, driven by Playwright, network cut off): the search
focuses an actor, each filter changes what is shown and the legend's counts, a click opens the panel with the
evidence, the timeline's brush filters by date, the export downloads the visible rows, nothing leaves the page,
and script in any text of the records stays text."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from graphkit.views.records import make_view

from .conftest import ROOT
from .test_views_browser import XSS_IMG, XSS_SCRIPT

SETTLE_MS = 120_000


def actor(key: str, label: str, type_: str, country: str | None, iso3: str | None = None) -> dict[str, Any]:
    return {"id": f"urn:x:{key}", "label": label, "type": type_, "country": country, "wikidata": None, "iso3": iso3}


RUSSIA = {**actor("russia", "Russia", "Country", "Russia", "RUS"), "wikidata": "Q159"}
UKRAINE = actor("ukraine", "Ukraine", "Country", "Ukraine", "UKR")
PUTIN = actor("putin", "Vladimir Putin", "Person", "Russia", "RUS")
ZELENSKY = actor("zelensky", "Volodymyr Zelensky", "Person", "Ukraine", "UKR")
UN = actor("un", "United Nations", "Organization", None)
SPOKESMAN = actor("spokesman", "A spokesman", "Person", None)


def record(
    subject: dict[str, Any],
    predicate: str,
    obj: dict[str, Any] | None,
    sentence: str,
    cue: str,
    *,
    article: str,
    date: str | None,
    source: str,
    url: str,
    content: str | None = None,
    by: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A relation record with the fields the explorer reads (the record interface, with date, title, url, source,
    modality and the actors' iso3)."""
    return {
        "article": article,
        "predicate": predicate,
        "subject": subject,
        "object": obj,
        "content": content,
        "attributed_to": by,
        "sentence": sentence,
        "start": 0,
        "end": len(sentence),
        "cue": cue,
        "confidence": 0.9,
        "date": date,
        "title": f"Title of {article}",
        "url": url,
        "source": source,
        "polarity": "negative",
        "modality": "reported" if by else "asserted",
        "plover": None,
    }


def explorer_records() -> list[dict[str, Any]]:
    """Five relations over three articles, two outlets and three dates, one of them reported, and three claims
    (one by an actor with no relation)."""
    return [
        record(RUSSIA, "accuses", UKRAINE, "Russia accused Ukraine of shelling.", "accused", article="a1",
               date="2024-03-01", source="Outlet A", url="https://a.example/1"),
        record(PUTIN, "threatens", UKRAINE, "Zelensky said Putin threatened Ukraine.", "threatened", article="a2",
               date="2024-03-05", source="Outlet B", url="javascript:alert(1)", by=ZELENSKY),
        record(UKRAINE, "accuses", RUSSIA, "Ukraine accused Russia of lying.", "accused", article="a3",
               date="2024-03-10", source="Outlet A", url="https://a.example/3"),
        record(UN, "meets", ZELENSKY, "The United Nations met Zelensky.", "met", article="a3",
               date="2024-03-10", source="Outlet A", url="https://a.example/3"),
        record(ZELENSKY, "supports", UN, "Zelensky backed the United Nations.", "backed", article="a3",
               date=None, source="Outlet A", url="https://a.example/3"),
        record(ZELENSKY, "claims", None, "Zelensky said the attack failed.", "said", article="a1",
               date="2024-03-01", source="Outlet A", url="https://a.example/1", content="the attack failed"),
        record(ZELENSKY, "claims", None, "Zelensky said help is coming.", "said", article="a2",
               date="2024-03-05", source="Outlet B", url="javascript:alert(1)", content="help is coming"),
        record(SPOKESMAN, "claims", None, "A spokesman said all is calm.", "said", article="a2",
               date="2024-03-05", source="Outlet B", url="javascript:alert(1)", content="all is calm"),
    ]  # fmt: skip


class Explorer:
    """One explorer page open in the browser, offline; every request that tries to leave it is recorded."""

    def __init__(self, browser: Any, html: str, tmp_path: Path) -> None:
        path = tmp_path / "explorer.html"
        path.write_text(html, encoding="utf-8")
        self.context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("() => window.gkStabilized !== undefined", timeout=SETTLE_MS)

    def _route(self, route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def shown(self) -> tuple[int, int]:
        """(nodes, edges) not hidden in the graph."""
        return tuple(
            self.page.evaluate("""() => [
            window.gkData.nodes.get({filter: n => !n.hidden}).length,
            window.gkData.edges.get({filter: e => !e.hidden}).length]""")
        )

    def counts(self) -> dict[str, str]:
        """The legend's counts: predicate or type → "(n)"."""
        return self.page.evaluate("""() => Object.fromEntries(Array.from(
            document.querySelectorAll("[data-predicate-count], [data-type-count]"),
            s => [s.dataset.predicateCount || s.dataset.typeCount, s.textContent]))""")

    def node_id(self, label: str) -> str:
        return self.page.evaluate("l => window.gkData.nodes.get({filter: n => n.label === l})[0].id", label)

    def _edge_points(self, source: str, predicate: str) -> list[dict[str, float]]:
        """The points, in page coordinates of the network, of the drawn curves of the edges from the node
        labelled ``source`` with ``predicate`` where such an edge is on top and no node is."""
        return self.page.evaluate(
            """([label, predicate]) => {
                const net = window.gkNetwork, data = window.gkData, out = [];
                const from = data.nodes.get({filter: n => n.label === label})[0].id;
                for (const edge of data.edges.get({filter: e => e.from === from && e.gkPredicate === predicate})) {
                    const shape = net.body.edges[edge.id].edgeType;  // the drawn curve: points along it
                    for (let t = 0.5; t < 0.95; t += 0.05) {
                        for (const s of [t, 1 - t]) {
                            const p = net.canvasToDOM(shape.getPoint(s));
                            if (net.getEdgeAt(p) === edge.id && net.getNodeAt(p) === undefined) { out.push(p); }
                        }
                    }
                }
                return out;
            }""",
            [source, predicate],
        )

    def click_edge(self, source: str, predicate: str) -> None:
        """Click, with the mouse, a point of an edge from the node labelled ``source`` with ``predicate``, in
        turn, until the panel shows one (where edges overlap, the click may select the other one). An open
        panel is closed first and the points are measured after it closed: closing it resizes the network."""
        for attempt in range(40):
            if self.page.locator("#gk-panel").is_visible():
                self.page.locator("#gk-panel-close").click()
            points = self._edge_points(source, predicate)
            assert points, "no point of the edge to click"
            if attempt >= len(points):
                break
            box = self.page.locator("#gk-network").bounding_box()
            self.page.mouse.click(box["x"] + points[attempt]["x"], box["y"] + points[attempt]["y"])
            try:  # the panel fills after the click's handler ran: wait for it (slowly, on a loaded machine)
                self.page.wait_for_function(
                    "h => (document.querySelector('#gk-panel h2') || {}).textContent?.startsWith(h)",
                    arg=f"{source} {predicate} ",
                    timeout=2000,
                )
                return
            except PlaywrightTimeout:
                continue  # the click selected an overlapping edge: the next point
        raise AssertionError(f"no click on an edge {source} {predicate} opened it")

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def explorer(browser, tmp_path) -> Iterator[Explorer]:
    page = Explorer(browser, make_view(explorer_records(), "actors", title="Explorer test"), tmp_path)
    yield page
    assert page.errors == [] and page.requests == []
    page.close()


def test_explorer_starts_without_floating_claimants(explorer) -> None:
    assert explorer.shown() == (5, 5)  # the spokesman only made a claim: the claims layer is off
    counts = explorer.counts()
    assert counts["claims"] == "(3)" and counts["accuses"] == "(2)" and counts["Person"] == "(2)"
    explorer.page.check('input[data-predicate="claims"]')
    assert explorer.shown() == (6, 5)


def test_explorer_search_focuses_and_selects_the_actor(explorer) -> None:
    page = explorer.page
    page.fill("#gk-search", "zelensky")
    page.press("#gk-search", "Enter")
    zelensky = explorer.node_id("Volodymyr Zelensky")
    assert page.evaluate("window.gkFocused") == zelensky
    assert page.evaluate("window.gkNetwork.getSelectedNodes()") == [zelensky]
    assert page.locator("#gk-panel h2").text_content() == "Volodymyr Zelensky"
    page.fill("#gk-search", "spokes")  # hidden (claims only): the search shows it
    page.press("#gk-search", "Enter")
    assert explorer.shown() == (6, 5)
    page.fill("#gk-search", "nobody at all")
    page.press("#gk-search", "Enter")
    assert page.locator("#gk-search-msg").text_content() == "No actor matches \u201cnobody at all\u201d."


@pytest.mark.parametrize(
    "control,value,shown,count",
    [
        ("#gk-article", "a3", (4, 3), ("accuses", "(1)")),
        ("#gk-source", "Outlet B", (2, 1), ("accuses", "(0)")),
        ("#gk-country", "Russia", (3, 3), ("meets", "(0)")),
        ("#gk-from", "2024-03-05", (5, 3), ("claims", "(2)")),
        ('input[data-type="Organization"]', None, (3, 3), ("Organization", "(0)")),
        ('input[data-predicate="accuses"]', None, (4, 3), ("accuses", "(0)")),
    ],
)
def test_explorer_each_filter_changes_the_graph_and_the_counts(explorer, control, value, shown, count) -> None:
    before = explorer.counts()
    if value is None:
        explorer.page.uncheck(control)
    elif control == "#gk-from":
        explorer.page.fill(control, value)
        explorer.page.dispatch_event(control, "change")
    else:
        explorer.page.select_option(control, value)
    assert explorer.shown() == shown
    after = explorer.counts()
    assert after[count[0]] == count[1] != before[count[0]]
    explorer.page.click("#gk-reset")
    if value is None:
        explorer.page.check(control)
    assert explorer.counts() == before


def test_explorer_edge_click_opens_the_evidence(explorer) -> None:
    page = explorer.page
    explorer.click_edge("Vladimir Putin", "threatens")
    panel = page.locator("#gk-panel")
    assert panel.is_visible()
    assert page.locator("#gk-panel h2").text_content() == "Vladimir Putin threatens Ukraine"
    assert page.locator(".gk-sentence").text_content() == "Zelensky said Putin threatened Ukraine."
    assert page.locator(".gk-sentence mark").text_content() == "threatened"
    assert page.locator(".gk-by").text_content() == "according to Volodymyr Zelensky"
    text = panel.text_content()
    assert "Title of a2" in text and "2024-03-05" in text and "Outlet B" in text and "reported" in text
    assert "javascript:alert(1)" in text and panel.locator("a").count() == 0  # not a link
    explorer.click_edge("Russia", "accuses")
    link = panel.locator("a")
    assert (link.get_attribute("href"), link.get_attribute("rel")) == ("https://a.example/1", "noopener noreferrer")
    assert page.locator(".gk-sentence mark").text_content() == "accused"


def test_explorer_node_click_opens_the_actor(explorer) -> None:
    page = explorer.page
    point = page.evaluate("""id => window.gkNetwork.canvasToDOM(window.gkNetwork.getPositions([id])[id])""",
                          explorer.node_id("Russia"))  # fmt: skip
    box = page.locator("#gk-network").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    panel = page.locator("#gk-panel")
    assert page.locator("#gk-panel h2").text_content() == "Russia"
    assert "RUS" in panel.text_content() and "Relations (2)" in panel.text_content()
    wikidata = panel.locator("a")
    assert wikidata.text_content() == "Q159" and wikidata.get_attribute("rel") == "noopener noreferrer"
    assert wikidata.get_attribute("href").endswith("wikidata.org/wiki/Q159")


def test_explorer_timeline_brush_filters_by_date(explorer) -> None:
    page = explorer.page
    box = page.locator("#gk-timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 2, y)  # the first of three dates ...
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y)  # ... to the second
    page.mouse.up()
    assert (page.input_value("#gk-from"), page.input_value("#gk-to")) == ("2024-03-01", "2024-03-05")
    assert explorer.shown() == (3, 2)
    assert explorer.counts()["meets"] == "(0)"


def _download(explorer: Explorer, button: str) -> str:
    with explorer.page.expect_download() as info:
        explorer.page.click(button)
    return Path(info.value.path()).read_text(encoding="utf-8")


def test_explorer_exports_the_visible_rows(explorer) -> None:
    rows = list(csv.DictReader(io.StringIO(_download(explorer, "#gk-export-csv"))))
    assert sorted((r["subject"], r["predicate"], r["object"]) for r in rows) == [
        ("Russia", "accuses", "Ukraine"),
        ("Ukraine", "accuses", "Russia"),
        ("United Nations", "meets", "Volodymyr Zelensky"),
        ("Vladimir Putin", "threatens", "Ukraine"),
        ("Volodymyr Zelensky", "supports", "United Nations"),
    ]
    assert next(r for r in rows if r["predicate"] == "threatens")["according_to"] == "Volodymyr Zelensky"
    explorer.page.select_option("#gk-source", "Outlet B")
    explorer.page.check('input[data-predicate="claims"]')
    data = json.loads(_download(explorer, "#gk-export-json"))
    assert sorted((r["subject"], r["predicate"], r["content"]) for r in data) == [
        ("A spokesman", "claims", "all is calm"),
        ("Vladimir Putin", "threatens", None),
        ("Volodymyr Zelensky", "claims", "help is coming"),
    ]


def test_explorer_loads_nothing(explorer) -> None:
    blocked = explorer.page.evaluate("""() => fetch("https://example.org/x").then(() => "loaded", () => "blocked")""")
    assert blocked == "blocked"  # the CSP (connect-src via default-src 'none') stops it before the network


def _hostile_records() -> list[dict[str, Any]]:
    evil = {**actor("evil", f"Evil {XSS_SCRIPT}", "Person", XSS_IMG, XSS_IMG), "wikidata": XSS_IMG}
    good = actor("good", f"Good {XSS_IMG}", "Country", "Good")
    kw = {"article": XSS_IMG, "date": "2024-01-01", "source": XSS_SCRIPT, "url": f"javascript:{XSS_SCRIPT}"}
    rows = [
        record(evil, "accuses", good, f"Evil {XSS_SCRIPT} accused {XSS_IMG}", XSS_SCRIPT, **kw),
        record(evil, "claims", None, f"{XSS_IMG} said", "said", content=XSS_SCRIPT, **kw),
    ]
    for r in rows:
        r["title"] = XSS_IMG + XSS_SCRIPT
    return rows


def test_explorer_keeps_hostile_text_inert(browser, tmp_path) -> None:
    page = Explorer(browser, make_view(_hostile_records(), "actors"), tmp_path)
    try:
        p = page.page
        page.click_edge(f"Evil {XSS_SCRIPT}", "accuses")
        assert XSS_SCRIPT in p.locator("#gk-panel").text_content()
        p.fill("#gk-search", "evil")
        p.press("#gk-search", "Enter")
        p.check('input[data-predicate="claims"]')
        p.select_option("#gk-source", XSS_SCRIPT)
        _download(page, "#gk-export-csv")
        assert p.evaluate("typeof window.__pwned") == "undefined"
        assert p.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
        assert p.locator("#gk-panel a").count() == 0  # neither javascript: URL nor a bad Wikidata id is a link
        assert page.errors == [] and page.requests == []
    finally:
        page.close()


LABELS_JS = """() => {
    const net = window.gkNetwork, scale = net.getScale();
    return window.gkData.nodes.get({filter: n => !n.hidden}).map(n => [
        net.getConnectedEdges(n.id).length, net.body.nodes[n.id].options.font.size * scale]);
}"""


def _top_labels(frame: Any, n: int) -> list[float]:
    """The on-screen label sizes (px) of the ``n`` most connected nodes shown."""
    return [size for _degree, size in sorted(frame.evaluate(LABELS_JS), reverse=True)[:n]]


def test_explorer_labels_of_the_most_connected_are_readable_at_corpus_size(browser, corpus_build, tmp_path) -> None:
    page = Explorer(browser, corpus_build.outputs["graph.html"].read_text(encoding="utf-8"), tmp_path)
    try:
        assert len(page.page.evaluate(LABELS_JS)) > 50
        assert min(_top_labels(page.page, 10)) >= 12  # px at the default (fitted) zoom
        page.click_edge("Russia", "attacks")
        assert "Russia attacks Ukraine" in page.page.locator("#gk-panel h2").text_content()
        if os.environ.get("GRAPHKIT_SCREENSHOT"):  # the README's screenshot of the panel
            page.page.screenshot(path=str(ROOT / "docs" / "explorer-panel.png"))
    finally:
        page.close()


def test_explorer_inline_view_settles_with_readable_labels_in_a_notebook_cell(
    browser, corpus_build, tmp_path, record_property
) -> None:
    host = tmp_path / "notebook.html"
    cell = corpus_build.view()._repr_html_()  # what Jupyter puts in the notebook (a UTF-8 page)
    host.write_text(f"<!DOCTYPE html><meta charset='utf-8'><body style='width: 860px'>{cell}</body>", "utf-8")
    context = browser.new_context(viewport={"width": 900, "height": 760}, offline=True)
    try:
        page = context.new_page()
        page.goto(host.resolve().as_uri())
        frame = page.frames[1]
        frame.wait_for_function("() => window.gkStabilized !== undefined", timeout=SETTLE_MS)
        settle_ms = frame.evaluate("window.gkStabilized")
        record_property("inline_settle_ms", round(settle_ms))
        assert settle_ms < 30_000  # a regression guard; benchmarks/view.py and the README give the timings
        assert min(_top_labels(frame, 5)) >= 10
    finally:
        context.close()


def test_explorer_inline_view_exports_from_the_notebook_cell(browser, corpus_build, tmp_path) -> None:
    host = tmp_path / "notebook.html"
    cell = corpus_build.view(predicate="accuses")._repr_html_()
    host.write_text(f"<!DOCTYPE html><meta charset='utf-8'><body style='width: 860px'>{cell}</body>", "utf-8")
    context = browser.new_context(viewport={"width": 900, "height": 760}, offline=True, accept_downloads=True)
    try:
        page = context.new_page()
        page.goto(host.resolve().as_uri())
        frame = page.frames[1]
        frame.wait_for_function("() => window.gkStabilized !== undefined", timeout=SETTLE_MS)
        with page.expect_download() as info:
            frame.click("#gk-export-csv")
        rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8"))))
        accusations = [r for r in corpus_build.relations if r.predicate == "accuses"]
        assert rows and {r["predicate"] for r in rows} == {"accuses"}
        assert len(rows) <= len(accusations)
    finally:
        context.close()
