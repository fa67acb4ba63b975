"""The views as nodes and edges, made from relation records (the lines of ``relations.jsonl``).

* ``actors``: actors as nodes, one edge per (subject, predicate, object) with every evidence
  sentence in its tooltip; claims are a count on the claimant;
* ``countries``: the same rolled up to countries (edges between two different countries);
* ``ego``: one actor, its neighbours and the claims it made (content in tooltips);
* ``claims``: claimants → claim nodes → the actors each claim mentions.

Node ids are the actors' IRIs. Nodes are sized by degree centrality in the view. A view of more than
:data:`MAX_NODES` nodes is refused (E062).

>>> rec = {"article": "a1", "predicate": "accuses", "sentence": "A accused B.", "content": None,
...        "subject": {"id": "x:a", "label": "A", "type": "Country", "country": "A", "wikidata": None},
...        "object": {"id": "x:b", "label": "B", "type": "Country", "country": "B", "wikidata": None}}
>>> nodes, edges = view_graph([rec], "actors")
>>> [n.label for n in nodes], [(e.source, e.predicate, e.target) for e in edges]
(['A', 'B'], [('x:a', 'accuses', 'x:b')])
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

import networkx as nx

from ..errors import GraphkitError
from ..graph.records import ActorRecord, RelationRecord
from . import VIEWS
from .html import ViewEdge, ViewNode
from .summary import MAX_SENTENCES, EdgeKey, Summary, actor_node, said, titled, tooltip

__all__ = ["MAX_NODES", "find_actor", "sized", "view_graph"]

#: Views with more nodes than this are refused (E062): past it, no layout in a browser stays readable.
MAX_NODES = 5000
_CLAIM_LABEL = 40  # characters of a claim's content shown as its label

View = tuple[list[ViewNode], list[ViewEdge]]


def view_graph(
    records: Sequence[RelationRecord],
    view: str = "actors",
    *,
    actor: str | None = None,
    titles: Mapping[str, str] | None = None,
) -> View:
    """The nodes (sized by centrality) and edges of ``view`` (one of :data:`graphkit.views.VIEWS`) over
    ``records``; ``actor`` is the ego view's actor."""
    titles = titles or {}
    if view not in VIEWS:
        raise GraphkitError("E065", name=view, names=", ".join(VIEWS))
    if view == "ego":
        if not actor:
            raise GraphkitError("E066")
        nodes, edges = _ego(records, titles, actor)
    elif view == "claims":
        nodes, edges = _claims_view(records, titles)
    else:
        summary = Summary.of(records)
        nodes, edges = summary.actors_view(titles) if view == "actors" else summary.countries_view(titles)
    if len(nodes) > MAX_NODES:
        raise GraphkitError("E062", view=view, n=len(nodes), limit=MAX_NODES)
    return sized(nodes, edges), edges


def sized(nodes: list[ViewNode], edges: Sequence[ViewEdge]) -> list[ViewNode]:
    """Nodes sized by degree centrality in the view (10 to 40 pixels)."""
    g = nx.MultiDiGraph()
    g.add_nodes_from(n.id for n in nodes)
    g.add_edges_from((e.source, e.target) for e in edges)
    centrality = nx.degree_centrality(g) if len(g) > 1 else {}
    top = max(centrality.values(), default=0.0) or 1.0
    return [replace(n, size=10 + 30 * math.sqrt(centrality.get(n.id, 0.0) / top)) for n in nodes]


def find_actor(records: Sequence[RelationRecord], value: str) -> str:
    """The IRI of the actor named ``value`` (IRI, short name or label); E063 / E064 otherwise."""
    found: dict[str, ActorRecord] = {}
    folded = value.casefold()
    for r in records:
        for a in (r["subject"], r.get("object")):
            if a and (a["id"] == value or a["id"].rsplit("/", 1)[-1] == value or a["label"].casefold() == folded):
                found[a["id"]] = a
    if not found:
        raise GraphkitError("E063", value=value)
    if len(found) > 1:
        raise GraphkitError("E064", value=value, n=len(found), iris=", ".join(sorted(found)))
    return next(iter(found))


def _claim_node(key: str, content: str, recs: Sequence[RelationRecord], titles: Mapping[str, str]) -> ViewNode:
    label = content if len(content) <= _CLAIM_LABEL else content[: _CLAIM_LABEL - 1] + "…"
    lines = [said(r) for r in recs[:MAX_SENTENCES]]
    return ViewNode(
        id=key,
        label=label,
        type="Claim",
        country=None,
        tooltip=f"{recs[0]['subject']['label']} claims: {content}\n\n" + tooltip(lines, len(recs), titles),
    )


def _mentions(records: Sequence[RelationRecord]) -> Callable[[str], list[ActorRecord]]:
    """A function: claim content → the actors (of ``records``) whose label it mentions."""
    by_label: dict[str, ActorRecord] = {}
    for r in records:
        for a in (r["subject"], r.get("object")):
            if a and len(a["label"]) > 2:
                by_label.setdefault(a["label"].casefold(), a)
    if not by_label:
        return lambda _content: []
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(k) for k in sorted(by_label, key=len, reverse=True)) + r")\b", re.IGNORECASE
    )
    return lambda content: [by_label[m.casefold()] for m in dict.fromkeys(pattern.findall(content or ""))]


def _claims(
    records: Sequence[RelationRecord], titles: Mapping[str, str], only: str | None = None
) -> tuple[dict[str, ViewNode], list[ViewNode], list[ViewEdge]]:
    """Claimant actors, claim nodes and their edges (``claims``, ``about``); ``only``: one claimant's."""
    found: dict[EdgeKey, list[RelationRecord]] = defaultdict(list)
    for r in records:
        if r["predicate"] == "claims" and (only is None or r["subject"]["id"] == only):
            found[(r["subject"]["id"], "claims", r.get("content") or r.get("sentence") or "")].append(r)
    mentions = _mentions(records)
    actors: dict[str, ViewNode] = {}
    claim_nodes: list[ViewNode] = []
    edges: list[ViewEdge] = []
    for i, ((subj, _p, content), recs) in enumerate(sorted(found.items())):
        key = f"claim:{i}"
        actors.setdefault(subj, actor_node(recs[0]["subject"], ""))
        claim_nodes.append(_claim_node(key, content, recs, titles))
        evidence = titled([said(r) for r in recs[:MAX_SENTENCES]], titles)
        edges.append(ViewEdge(subj, key, "claims", content, len(recs), evidence=evidence))
        about = [o for r in recs if (o := r.get("object"))] + mentions(content)
        for a in {a["id"]: a for a in about if a["id"] != subj}.values():
            actors.setdefault(a["id"], actor_node(a, ""))
            edges.append(ViewEdge(key, a["id"], "about", f"{content}\n\nmentions {a['label']}"))
    return actors, claim_nodes, edges


def _claims_view(records: Sequence[RelationRecord], titles: Mapping[str, str]) -> View:
    actors, claim_nodes, edges = _claims(records, titles)
    return [actors[k] for k in sorted(actors)] + claim_nodes, edges


def _ego(records: Sequence[RelationRecord], titles: Mapping[str, str], actor: str) -> View:
    ego = find_actor(records, actor)
    touching = [
        r
        for r in records
        if r["predicate"] != "claims" and (o := r.get("object")) and ego in (r["subject"]["id"], o["id"])
    ]
    nodes, edges = Summary.of(touching).actors_view(titles)
    claimants, claim_nodes, claim_edges = _claims(records, titles, only=ego)
    by_id = {n.id: n for n in nodes}
    for k, n in claimants.items():
        by_id.setdefault(k, n)
    if ego not in by_id:  # an actor with no relation but a claim already has its node; one with neither:
        by_id[ego] = actor_node(
            next(a for r in records for a in (r["subject"], r.get("object")) if a and a["id"] == ego), ""
        )
    return [by_id[k] for k in sorted(by_id)] + claim_nodes, edges + claim_edges
