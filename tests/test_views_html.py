"""Tests for the self-contained HTML network view (graphkit.views.html)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import pyvis
from markupsafe import escape

from graphkit.views.html import EDGE_COLORS, NODE_STYLES, ViewEdge, ViewNode, render_html

SCRIPT_PAYLOAD = "<script>alert(1)</script>"
IMG_PAYLOAD = '"><img src=x onerror=alert(1)>'
UNTRUSTED = [
    SCRIPT_PAYLOAD,
    IMG_PAYLOAD,
    "</script><script>alert(2)</script>",
    "{{ 7*7 }} {% if x %}",
    "`${alert(3)}` & &amp; done",
    "line\u2028separator\u2029para <!-- x",
]
DATA_RE = re.compile(r'<script type="application/json" id="gk-data">(.*?)</script>', re.S)


class _Elements(HTMLParser):
    """Collect start tags (name, attrs) and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def _parse(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    parser.close()
    return parser


def _data(page: str) -> dict:
    blocks = DATA_RE.findall(page)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def _sample(untrusted: str = "x") -> tuple[list[ViewNode], list[ViewEdge]]:
    nodes = [
        ViewNode("p1", "Jane Doe", "Person", "GB", "Foreign minister"),
        ViewNode("p2", untrusted, "Person", "US", untrusted),
        ViewNode("o1", "United Nations", "Organization", None, ""),
        ViewNode("c1", "Ukraine", "Country", "UA", ""),
        ViewNode("g1", "Some Group", "Group", None, ""),
        ViewNode("k1", "A claim", "Claim", None, "claim text"),
    ]
    edges = [
        ViewEdge("p1", "c1", "threatens", "She threatened Ukraine.", 2),
        ViewEdge("p2", "o1", "accuses", untrusted),
        ViewEdge("o1", "p2", "rejects", "The UN rejected it."),
        ViewEdge("g1", "k1", "claims", "They claim it."),
        ViewEdge("p1", "c1", "meets", "They met."),
    ]
    return nodes, edges


@pytest.fixture(scope="module")
def page() -> str:
    nodes, edges = _sample(SCRIPT_PAYLOAD)
    return render_html(nodes, edges, title="Sample graph")


@pytest.mark.parametrize(
    "forbidden",
    [
        "http://",
        "https://",
        'src="//',
        "src='//",
        'href="//',
        "href='//",
        "jsdelivr",
        "unpkg",
        "cdnjs",
        "googleapis",
        "sourceMappingURL",
    ],
)
def test_html_has_no_external_urls(page: str, forbidden: str) -> None:
    assert forbidden not in page


def test_html_loads_no_external_resources(page: str) -> None:
    tags = _parse(page).tags
    assert not [t for t, _ in tags if t in ("link", "img", "iframe", "object", "embed")]
    assert all("src" not in attrs and "href" not in attrs for _, attrs in tags)


def test_html_inlines_vis_network(page: str) -> None:
    js_path = sorted((Path(pyvis.__file__).parent / "lib").glob("vis-*/vis-network.min.js"))[-1]
    js = js_path.read_text(encoding="utf-8")
    chunk = js[len(js) // 2 : len(js) // 2 + 2000]
    assert "://" not in chunk and "\u2028" not in chunk
    assert chunk in page
    assert "new vis.Network(" in page
    css = (js_path.parent / "vis-network.css").read_text(encoding="utf-8")
    assert ".vis-tooltip" in css and ".vis-tooltip" in page


def test_html_csp_allows_exactly_the_inline_scripts(page: str) -> None:
    parsed = _parse(page)
    csp = next(
        a["content"] or "" for t, a in parsed.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    )
    directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
    assert directives["default-src"] == ["'none'"]
    assert "'unsafe-inline'" not in directives["script-src"]
    scripts = [
        s
        for (t, a), s in zip([x for x in parsed.tags if x[0] == "script"], parsed.scripts, strict=True)
        if a.get("type") != "application/json"
    ]
    assert len(scripts) == 2
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
        assert f"'sha256-{digest}'" in csp


@pytest.mark.parametrize("untrusted", UNTRUSTED)
def test_html_escapes_untrusted_strings(untrusted: str) -> None:
    nodes, edges = _sample(untrusted)
    page = render_html(nodes, edges, title=untrusted)
    if "<" in untrusted or ">" in untrusted:
        assert untrusted not in page
    parsed = _parse(page)
    assert [t for t, _ in parsed.tags].count("script") == 3
    assert "img" not in [t for t, _ in parsed.tags]
    raw = DATA_RE.findall(page)[0]
    assert not set(raw) & {"<", ">", "&", "\u2028", "\u2029"}
    data = json.loads(raw)
    node = next(n for n in data["nodes"] if n["id"] == "p2")
    assert node["label"] == untrusted
    assert untrusted in node["title"]
    assert next(e for e in data["edges"] if e["gkPredicate"] == "accuses")["title"] == untrusted
    assert f"<title>{escape(untrusted)}</title>" in page
    assert f"<h1>{escape(untrusted)}<" in page


@pytest.mark.parametrize("n_nodes,n_edges", [(0, 0), (1, 0), (2, 1), (30, 60)])
def test_html_counts_match_inputs(n_nodes: int, n_edges: int) -> None:
    types = list(NODE_STYLES)
    predicates = list(EDGE_COLORS)
    nodes = [ViewNode(f"n{i}", f"Node {i}", types[i % len(types)], None, "") for i in range(n_nodes)]
    edges = [
        ViewEdge(f"n{i % n_nodes}", f"n{(i * 7 + 1) % n_nodes}", predicates[i % len(predicates)], f"s{i}")
        for i in range(n_edges)
    ]
    data = _data(render_html(nodes, edges, title="t"))
    assert len(data["nodes"]) == n_nodes
    assert len(data["edges"]) == n_edges
    assert [n["id"] for n in data["nodes"]] == [n.id for n in nodes]
    assert [(e["from"], e["to"], e["title"]) for e in data["edges"]] == [(e.source, e.target, e.tooltip) for e in edges]
    assert len({e["id"] for e in data["edges"]}) == n_edges


def test_html_colours_differ_by_type_and_predicate() -> None:
    nodes = [ViewNode(t, t, t, None, "") for t in NODE_STYLES]
    edges = [ViewEdge("Person", "Country", p, p) for p in EDGE_COLORS]
    data = _data(render_html(nodes, edges, title="t"))
    node_colours = {n["gkType"]: n["color"]["background"] for n in data["nodes"]}
    assert len(set(node_colours.values())) == len(NODE_STYLES)
    edge_colours = {e["label"]: e["color"]["color"] for e in data["edges"]}
    assert set(edge_colours) == set(EDGE_COLORS)
    assert len(set(edge_colours.values())) == len(EDGE_COLORS)


def test_html_legend_lists_the_types_and_predicates_the_page_holds(page: str) -> None:
    nodes, edges = _sample()
    for name in NODE_STYLES:
        assert (f'data-type="{name}"' in page) == any(n.type == name for n in nodes)
    for name, colour in EDGE_COLORS.items():
        held = any(e.predicate == name for e in edges)
        assert (f'data-predicate="{name}"' in page) == held
        assert not held or colour in page


def test_html_legend_counts_the_claims_of_actors() -> None:
    said = {"sentence": "A said so.", "article": "a1", "url": "https://example.org/a1?x=<1>"}
    nodes = [ViewNode("a", "A", "Person", None, "", claims=7, evidence=(said,)), ViewNode("b", "B", "Person", None, "")]
    page = render_html(nodes, [ViewEdge("a", "b", "meets", "They met.", evidence=(said,))], title="t")
    assert 'data-predicate-count="claims">(7)<' in page and 'data-predicate-count="meets">(1)<' in page
    assert 'data-type="Claim"' not in page
    data = _data(page)
    assert data["rows"] == [{"edge": "e0", "predicate": "meets", **said}, {"node": "a", "predicate": "claims", **said}]
    assert next(n for n in data["nodes"] if n["id"] == "a")["gkClaims"] == 7
    assert "://" not in page  # the record's URL is in the data, as https:\/\/


def test_html_tooltips_and_edge_styling() -> None:
    nodes, edges = _sample("Evil Corp")
    data = _data(render_html(nodes, edges, title="t"))
    p1 = data["nodes"][0]
    assert p1["title"].split("\n")[:3] == ["Jane Doe", "Type: Person", "Country: GB"]
    first = data["edges"][0]
    assert (first["label"], first["title"]) == ("threatens", "She threatened Ukraine.")
    assert first["color"]["color"] == EDGE_COLORS["threatens"]
    assert first["width"] > data["edges"][1]["width"]  # weight 2 vs 1
    assert data["options"]["edges"]["arrows"]["to"]["enabled"] is True


def test_html_physics_stabilises_then_stops(page: str) -> None:
    physics = _data(page)["options"]["physics"]
    assert physics["enabled"] is True
    assert physics["stabilization"]["enabled"] is True
    assert 0 < physics["stabilization"]["iterations"] <= 1000
    assert '"stabilizationIterationsDone"' in page
    assert "setOptions({physics: false})" in page


def test_html_is_deterministic() -> None:
    nodes, edges = _sample(IMG_PAYLOAD)
    assert render_html(nodes, edges, title="t") == render_html(nodes, edges, title="t")


@pytest.mark.parametrize(
    "nodes,edges,message",
    [
        ([ViewNode("a", "A", "Person", None, ""), ViewNode("a", "B", "Person", None, "")], [], "duplicate"),
        ([ViewNode("a", "A", "Person", None, "")], [ViewEdge("a", "zz", "meets", "")], "unknown node"),
        ([ViewNode("a", "A", "Alien", None, "")], [], "node type"),
        ([ViewNode("a", "A", "Person", None, "")], [ViewEdge("a", "a", "likes", "")], "predicate"),
        ([ViewNode("a", "A", "Person", None, "")], [ViewEdge("a", "a", "meets", "", 0)], "weight"),
    ],
)
def test_html_rejects_invalid_input(nodes: list[ViewNode], edges: list[ViewEdge], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        render_html(nodes, edges, title="t")
