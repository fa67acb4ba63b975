"""Self-contained interactive HTML network view of a knowledge graph.

The page is built with pyvis (which produces the vis-network options) and our
own Jinja2 template (``template.html`` next to this module).  The vis-network
JavaScript and CSS shipped with pyvis are inlined, so the page references no
external URL and works offline.

Every string that comes from article text (labels, tooltips, the title) is
treated as untrusted:

* graph data is embedded as JSON in a ``<script type="application/json">``
  block with ``<``, ``>``, ``&`` (and all non-ASCII, including U+2028/2029)
  escaped as ``\\uXXXX`` and read back with ``JSON.parse``;
* tooltips are DOM elements whose text is set with ``textContent``;
* everything placed in HTML context goes through Jinja2 autoescaping;
* a Content-Security-Policy allows only our two inline scripts (by hash) and
  no network access at all.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import pyvis
from markupsafe import Markup
from pyvis.network import Network

from ..errors import GraphkitError

__all__ = ["EDGE_COLORS", "NODE_STYLES", "ViewEdge", "ViewNode", "LARGE_VIEW", "render_html"]

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

_MAX_STABILIZATION_ITERATIONS = 400
#: Past this many nodes the browser's physics switches to Barnes-Hut (n log n) with a short, capped
#: stabilisation, and the initial layout skips vis-network's quadratic "improved layout".
LARGE_VIEW = 500
_LARGE_STABILIZATION_ITERATIONS = 120


@dataclass(frozen=True)
class ViewNode:
    """A node to draw: an actor (or claim) with its plain-text tooltip."""

    id: str
    label: str
    type: str
    country: str | None
    tooltip: str
    size: float | None = None  # None: vis-network's default; else from a centrality measure


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


def _vis_options(n_nodes: int) -> dict[str, Any]:
    """vis-network options: physics that stabilises quickly, then stops (the page turns it off)."""
    if n_nodes > LARGE_VIEW:
        physics: dict[str, Any] = {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -3000, "springLength": 90, "avoidOverlap": 0.1},
            "minVelocity": 2.0,
            "stabilization": {
                "enabled": True,
                "iterations": _LARGE_STABILIZATION_ITERATIONS,
                "updateInterval": 20,
                "fit": True,
            },
        }
    else:
        physics = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 120, "avoidOverlap": 0.4},
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
        "nodes": {"size": 14, "borderWidth": 1, "font": {"size": 14}, "widthConstraint": {"maximum": 180}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "smooth": {"enabled": True, "type": "continuous"},
            "font": {"size": 10, "align": "middle"},
        },
        "interaction": {"hover": True, "tooltipDelay": 120},
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
        **({"size": round(node.size, 2)} if node.size is not None else {}),
    }


def _edge_data(i: int, edge: ViewEdge, parallel_index: int) -> dict[str, Any]:
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
        "label": edge.predicate,
        "title": edge.tooltip,
        "color": {"color": color, "highlight": color, "hover": color},
        "width": 1 + min(edge.weight, 8) * 0.75,
        "gkPredicate": edge.predicate,
        "dashes": edge.reported,
    }
    if parallel_index:  # 1, 2, ... among edges joining the same two nodes
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
        net.edges.append(_edge_data(i, edge, done[key] if multiplicity[key] > 1 else 0))
    return net


def _script_safe(code: str) -> str:
    """Make library JS/CSS safe to inline and free of URL-looking text.

    ``://`` only occurs in comments and string literals of the vis-network
    bundle, where ``:\\/\\/`` means the same thing.
    """
    # split("\n"), not splitlines(): the bundle has U+2028 etc. inside literals.
    lines = [ln for ln in code.split("\n") if not ln.lstrip("/*# ").startswith("sourceMappingURL")]
    code = "\n".join(lines).replace("://", ":\\/\\/")
    lowered = code.lower()
    if "</script" in lowered or "</style" in lowered or "<!--" in code:
        raise GraphkitError("E135", msg="it holds text that would end its <script> or <style> element")
    return code


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """Return (js, css) of the vis-network copy bundled with pyvis."""
    lib = Path(pyvis.__file__).resolve().parent / "lib"
    found = sorted(lib.glob("vis-*/vis-network.min.js"))
    if not found:
        raise GraphkitError("E135", msg=f"no vis-network under {lib}")
    js_path = found[-1]
    js = js_path.read_text(encoding="utf-8")
    css = (js_path.parent / "vis-network.css").read_text(encoding="utf-8")
    return _script_safe(js), _script_safe(css)


@lru_cache(maxsize=1)
def _template() -> tuple[jinja2.Template, str]:
    """Our page template (package data, autoescaping on) and its app script.

    The ``app_js`` block is rendered alone so its exact text can be hashed
    into the Content-Security-Policy.
    """
    source = resources.files(__package__).joinpath("template.html").read_text(encoding="utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string(source)
    app_js = "".join(template.blocks["app_js"](template.new_context()))
    return template, app_js


def _json_for_script(data: Any) -> str:
    """JSON that cannot end a <script> element or open markup inside one."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))  # also escapes U+2028/2029
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _csp_hash(script: str) -> str:
    """CSP source expression allowing exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_html(nodes: Sequence[ViewNode], edges: Sequence[ViewEdge], *, title: str) -> str:
    """Render the graph as one self-contained HTML page and return it.

    Raises :class:`~graphkit.errors.GraphkitError` on duplicate node ids (E130), edges to unknown nodes
    (E131), unknown node types (E132) or predicates (E133), and weights that are not ints >= 1 (E134).
    """
    net = _build_network(nodes, edges)
    net_nodes, net_edges, _heading, _height, _width, options_json = net.get_network_data()
    data = {"nodes": net_nodes, "edges": net_edges, "options": json.loads(options_json)}
    vis_js, vis_css = _vis_assets()
    template, app_js = _template()
    type_counts = Counter(node.type for node in nodes)
    pred_counts = Counter(edge.predicate for edge in edges)
    csp = (
        f"default-src 'none'; script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    return template.render(
        title=title,
        csp=csp,
        vis_js=Markup(vis_js),
        vis_css=Markup(vis_css),
        data_json=Markup(_json_for_script(data)),
        node_legend=[(t, NODE_STYLES[t][0], type_counts[t]) for t in NODE_STYLES],
        edge_legend=[(p, EDGE_COLORS[p], pred_counts[p]) for p in EDGE_COLORS],
        n_nodes=len(nodes),
        n_edges=len(edges),
    )
