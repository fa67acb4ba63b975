"""Self-contained interactive HTML explorer of a knowledge graph.

The page is built with pyvis (which produces the vis-network options) and our
own Jinja2 template (``template.html`` next to this module).  The vis-network
JavaScript and CSS shipped with pyvis are inlined, and so are the explorer's
own script and styles (``explorer.js``, ``explorer.css``: search, filters,
side panel, timeline, export), so the page references no external URL and
works offline.  Besides the nodes and edges, the page holds the evidence rows
of each edge and the claims of each actor (:data:`graphkit.views.summary.MAX_SENTENCES` at most of each),
which the filters, the panel and the export read.

Every string that comes from article text (labels, tooltips, the title) is
treated as untrusted:

* graph data is embedded as JSON in a ``<script type="application/json">``
  block with ``<``, ``>``, ``&`` (and all non-ASCII, including U+2028/2029)
  escaped as ``\\uXXXX`` and read back with ``JSON.parse``;
* tooltips, the panel and the legend are DOM elements whose text is set with ``textContent``;
* everything placed in HTML context goes through Jinja2 autoescaping;
* a Content-Security-Policy allows only our two inline scripts (by hash) and
  no network access at all.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup
from pyvis.network import Network

from ..errors import GraphkitError
from .assets import csp_hash, explorer_assets, json_for_script, vis_assets

__all__ = ["EDGE_COLORS", "LARGE_VIEW", "MAX_EVIDENCE", "NODE_STYLES", "ViewEdge", "ViewNode", "render_html"]

#: Node type -> (fill colour, vis-network shape).  Shapes differ too, so the
#: view stays readable for colour-blind users.
NODE_STYLES: dict[str, tuple[str, str]] = {
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#f28e2b", "square"),
    "Country": ("#59a14f", "triangle"),
    "Group": ("#b07aa1", "hexagon"),
    "Claim": ("#9c755f", "diamond"),
}

#: Predicate -> edge colour.
EDGE_COLORS: dict[str, str] = {
    "claims": "#7f7f7f",
    "accuses": "#d62728",
    "denies": "#9467bd",
    "threatens": "#ff7f0e",
    "attacks": "#8c1c13",
    "supports": "#2ca02c",
    "rejects": "#e377c2",
    "meets": "#1f77b4",
    "demands": "#bcbd22",
    "about": "#17becf",  # claims view: a claim -> an actor it mentions
}

#: Evidence rows per edge (and claims per actor) the page holds: the views keep no more (summary.MAX_SENTENCES).
MAX_EVIDENCE = 12
_MAX_STABILIZATION_ITERATIONS = 300
#: Past this many nodes the browser's physics switches to Barnes-Hut (n log n) with a short stabilisation of
#: large steps, the initial layout skips vis-network's quadratic "improved layout", edges are straight and carry
#: no label (the legend's colours, the tooltip and the panel name their predicate), and edges are not drawn
#: while the view is dragged or zoomed: 2,000 nodes settle in about 2 s (benchmarks/view.py).
LARGE_VIEW = 500
_LARGE_STABILIZATION_ITERATIONS = 25
#: Past this many nodes, fewer still (5,000 nodes stay usable: about 4 s).
HUGE_VIEW = 2500
_HUGE_STABILIZATION_ITERATIONS = 10


@dataclass(frozen=True)
class ViewNode:
    """A node to draw: an actor (or claim) with its plain-text tooltip."""

    id: str
    label: str
    type: str
    country: str | None
    tooltip: str
    size: float | None = None  # None: vis-network's default; else from a centrality measure
    wikidata: str | None = None
    iso3: str | None = None
    claims: int = 0  # how many claims the actor made (its first ones are in ``evidence``)
    evidence: tuple[Mapping[str, Any], ...] = ()  # the panel's rows of its claims (see summary.said)


@dataclass(frozen=True)
class ViewEdge:
    """A directed edge ``source -[predicate]-> target`` with its evidence; ``reported``: a relation stated in
    somebody's claim, not a fact (drawn dashed, "according to X" in its tooltip)."""

    source: str
    target: str
    predicate: str
    tooltip: str
    weight: int = 1
    reported: bool = False
    evidence: tuple[Mapping[str, Any], ...] = ()  # the panel's rows: its first records (see summary.said)


def _vis_options(n_nodes: int) -> dict[str, Any]:
    """vis-network options: physics that stabilises quickly, then stops (the page turns it off)."""
    large = n_nodes > LARGE_VIEW
    iterations = _HUGE_STABILIZATION_ITERATIONS if n_nodes > HUGE_VIEW else _LARGE_STABILIZATION_ITERATIONS
    if large:
        physics: dict[str, Any] = {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -3000, "springLength": 90, "avoidOverlap": 0.1},
            "minVelocity": 2.0,
            "timestep": 1.0,
            "stabilization": {
                "enabled": True,
                "iterations": iterations,
                "updateInterval": 20,
                "fit": True,
            },
        }
    else:
        physics = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            # compact: the small components gather near the centre, so the fitted view is zoomed in enough
            # for the labels to be read
            "forceAtlas2Based": {
                "gravitationalConstant": -60,
                "centralGravity": 0.02,
                "springLength": 80,
                "avoidOverlap": 0.8,
            },
            "minVelocity": 1.0,
            "stabilization": {
                "enabled": True,
                "iterations": _MAX_STABILIZATION_ITERATIONS,
                "updateInterval": 25,
                "fit": True,
            },
        }
    return {
        "physics": physics,
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 150},
        "nodes": {
            "size": 14,
            "borderWidth": 1,
            "font": {"size": 16, "strokeWidth": 3, "strokeColor": "#ffffff"},
            "widthConstraint": {"maximum": 180},
            # size and label size follow the node's value (its degree centrality): the most connected actors
            # have the largest labels, and labels too small to read at the current zoom are not drawn
            "scaling": {
                "min": 10,
                "max": 40,
                "label": {"enabled": True, "min": 14, "max": 60, "maxVisible": 40, "drawThreshold": 8},
            },
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "smooth": False if large else {"enabled": True, "type": "continuous"},
            "font": {"size": 10, "align": "middle"},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large},
    }


def _node_data(node: ViewNode) -> dict[str, Any]:
    """vis-network item for one node (tooltip is plain text)."""
    if node.type not in NODE_STYLES:
        raise GraphkitError("E132", type=node.type, id=node.id, names=", ".join(NODE_STYLES))
    color, shape = NODE_STYLES[node.type]
    lines = [node.label, f"Type: {node.type}"]
    if node.country:
        lines.append(f"Country: {node.country}")
    if node.tooltip and node.tooltip != node.label:
        lines.append(node.tooltip)
    return {
        "id": node.id,
        "label": node.label,
        "shape": shape,
        "title": "\n".join(lines),
        "color": {"background": color, "border": "#333333"},
        "gkType": node.type,
        "gkCountry": node.country,
        "gkIso3": node.iso3,
        "gkWikidata": node.wikidata,
        "gkClaims": node.claims,
        **({"size": round(node.size, 2), "value": round(node.size, 2)} if node.size is not None else {}),
    }


def _edge_data(i: int, edge: ViewEdge, parallel_index: int, large: bool) -> dict[str, Any]:
    """vis-network item for one edge; parallel edges get distinct curvatures."""
    if edge.predicate not in EDGE_COLORS:
        raise GraphkitError("E133", predicate=edge.predicate, names=", ".join(EDGE_COLORS))
    if isinstance(edge.weight, bool) or not isinstance(edge.weight, int) or edge.weight < 1:
        raise GraphkitError("E134", value=repr(edge.weight))
    color = EDGE_COLORS[edge.predicate]
    item: dict[str, Any] = {
        "id": f"e{i}",
        "from": edge.source,
        "to": edge.target,
        **({} if large else {"label": edge.predicate}),
        "title": edge.tooltip,
        "color": {"color": color, "highlight": color, "hover": color},
        "width": 1 + min(edge.weight, 8) * 0.75,
        "gkPredicate": edge.predicate,
        "gkWeight": edge.weight,
        "dashes": edge.reported,
    }
    if parallel_index and not large:  # 1, 2, ... among edges joining the same two nodes
        item["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.2 * parallel_index}
    return item


def _build_network(nodes: Sequence[ViewNode], edges: Sequence[ViewEdge]) -> Network:
    """Fill a pyvis Network (validating ids) without its quadratic add_* calls."""
    net = Network(directed=True, cdn_resources="in_line")
    net.set_options(json.dumps(_vis_options(len(nodes))))
    seen: set[str] = set()
    for node in nodes:
        if node.id in seen:
            raise GraphkitError("E130", id=node.id)
        seen.add(node.id)
        net.nodes.append(_node_data(node))
    net.node_ids = [node.id for node in nodes]
    multiplicity = Counter(frozenset((e.source, e.target)) for e in edges)
    done: Counter[frozenset[str]] = Counter()
    for i, edge in enumerate(edges):
        for end in (edge.source, edge.target):
            if end not in seen:
                raise GraphkitError("E131", i=i, id=end)
        key = frozenset((edge.source, edge.target))
        done[key] += 1
        net.edges.append(_edge_data(i, edge, done[key] if multiplicity[key] > 1 else 0, len(nodes) > LARGE_VIEW))
    return net


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    """Our page template (package data, autoescaping on)."""
    source = resources.files(__package__).joinpath("template.html").read_text(encoding="utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string(source)


def _note(n_nodes: int) -> str:
    """What the page says of what it holds and how it is drawn."""
    note = f"Each edge, and each actor's claims, carry their first {MAX_EVIDENCE} sentences in this page."
    if n_nodes > LARGE_VIEW:
        note += f" A large graph ({n_nodes:,} nodes): a short layout, straight edges without labels."
    return note


def _rows(nodes: Sequence[ViewNode], edges: Sequence[ViewEdge]) -> list[dict[str, Any]]:
    """The evidence rows of the page: each edge's (``edge``: its id), then each actor's claims (``node``)."""
    rows = [{"edge": f"e{i}", "predicate": e.predicate, **r} for i, e in enumerate(edges) for r in e.evidence]
    return rows + [{"node": n.id, "predicate": "claims", **r} for n in nodes for r in n.evidence]


def render_html(nodes: Sequence[ViewNode], edges: Sequence[ViewEdge], *, title: str) -> str:
    """Render the graph as one self-contained HTML page (the explorer) and return it.

    Raises :class:`~graphkit.errors.GraphkitError` on duplicate node ids (E130), edges to unknown nodes
    (E131), unknown node types (E132) or predicates (E133), and weights that are not ints >= 1 (E134).
    """
    net = _build_network(nodes, edges)
    net_nodes, net_edges, _heading, _height, _width, options_json = net.get_network_data()
    data = {"nodes": net_nodes, "edges": net_edges, "options": json.loads(options_json), "rows": _rows(nodes, edges)}
    vis_js, vis_css = vis_assets()
    app_js, app_css = explorer_assets()
    type_counts = Counter(node.type for node in nodes)
    pred_counts = Counter(edge.predicate for edge in edges)
    pred_counts["claims"] += sum(node.claims for node in nodes)
    csp = (
        f"default-src 'none'; script-src {csp_hash(vis_js)} {csp_hash(app_js)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    return _template().render(
        title=title,
        csp=csp,
        vis_js=Markup(vis_js),
        vis_css=Markup(vis_css),
        app_js=Markup(app_js),
        app_css=Markup(app_css),
        data_json=Markup(json_for_script(data)),
        # what the page holds: no "Claim (0)" in a view without claim nodes
        node_legend=[(t, NODE_STYLES[t][0], type_counts[t]) for t in NODE_STYLES if type_counts[t]],
        edge_legend=[(p, EDGE_COLORS[p], pred_counts[p]) for p in EDGE_COLORS if pred_counts[p]],
        n_nodes=len(nodes),
        n_edges=len(edges),
        note=_note(len(nodes)),
    )
