"""Views built from relation records (the dicts of ``relations.jsonl``, see :mod:`graphkit.graph.records`),
so a view can be made from a build's output folder without running extraction again.

* ``actors``: actors as nodes, one edge per (subject, predicate, object) with every evidence
  sentence in its tooltip; claims are a count on the claimant;
* ``countries``: the same rolled up to countries (edges between two different countries);
* ``ego``: one actor, its neighbours and the claims it made (content in tooltips);
* ``claims``: claimants → claim nodes → the actors each claim mentions.

Node ids are the actors' IRIs (the page itself numbers them, so it holds no URL). Nodes are sized by
degree centrality in the view.

A view of more than ``MAX_NODES`` nodes is refused (E062). A build's views (:func:`render_views`: ``actors`` and
``countries``) never fail that way: they read the records once, as a stream, keeping a summary that grows with
the distinct actors and edges, not with the records (per edge a count and its first evidence sentences); past
``BUILD_VIEW_NODES`` nodes they keep the ``BUILD_VIEW_NODES`` most-mentioned actors (or countries: records with
them as subject or object, claims included; ties by id) and the edges among them, and their title says so.

>>> rec = {"article": "a1", "predicate": "accuses", "sentence": "A accused B.", "content": None,
...        "subject": {"id": "x:a", "label": "A", "type": "Country", "country": "A", "wikidata": None},
...        "object": {"id": "x:b", "label": "B", "type": "Country", "country": "B", "wikidata": None}}
>>> nodes, edges = view_graph([rec], "actors")
>>> [n.label for n in nodes], [(e.source, e.predicate, e.target) for e in edges]
(['A', 'B'], [('x:a', 'accuses', 'x:b')])
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import GraphkitError
from . import VIEWS
from .html import ViewEdge, ViewNode, render_html

__all__ = [
    "BUILD_VIEW_NODES",
    "MAX_NODES",
    "filter_records",
    "load_records",
    "make_view",
    "render_views",
    "view_graph",
    "write_views",
]

Record = Mapping[str, Any]
#: Views with more nodes than this are refused (E062): past it, no layout in a browser stays readable.
MAX_NODES = 5000
#: A build's views (:func:`render_views`) keep at most this many nodes: the most-mentioned ones.
BUILD_VIEW_NODES = 1000
_MAX_SENTENCES = 12  # per tooltip; the rest are counted
_CLAIM_LABEL = 40  # characters of a claim's content shown as its label


def load_records(path: str | Path) -> list[dict[str, Any]]:
    """The records of a build's output folder (its ``relations.jsonl``), of a ``relations.jsonl``, of a
    graph file (``graph.ttl`` and the other RDF formats) or of an Oxigraph store (``oxigraph:PATH``)."""
    from ..graph.query import GRAPH_SUFFIXES
    from ..graph.store import STORE_SCHEME

    if str(path).startswith(STORE_SCHEME) or Path(path).suffix.lower() in GRAPH_SUFFIXES:
        from ..graph.records import records_from_rdf  # read back through the ``relations`` query preset

        return records_from_rdf(path)
    path = Path(path)
    jsonl = path / "relations.jsonl" if path.is_dir() else path
    if not jsonl.is_file():
        raise GraphkitError("E060", path=path)
    from ..graph.records import read_jsonl

    return list(read_jsonl(jsonl))


def filter_records(
    records: Iterable[Record], *, predicates: Sequence[str] = (), articles: Sequence[str] = ()
) -> list[Record]:
    """The records with one of ``predicates`` and from one of ``articles`` (empty: any)."""
    return [
        r
        for r in records
        if (not predicates or r["predicate"] in predicates) and (not articles or r.get("article") in articles)
    ]


def _evidence(
    recs: Sequence[Record], total: int, titles: Mapping[str, str], prefix: Callable[[Record], str] | None = None
) -> str:
    """The tooltip of ``total`` records of which ``recs`` are the first: at most ``_MAX_SENTENCES`` sentences,
    then how many more there are."""
    lines = [
        (prefix(r) if prefix else "") + f"{titles.get(r.get('article', ''), r.get('article', ''))}: "
        f"{r.get('sentence', '')}"
        for r in recs[:_MAX_SENTENCES]
    ]
    if total > _MAX_SENTENCES:
        lines.append(f"… and {total - _MAX_SENTENCES} more")
    return "\n\n".join(lines)


def _actor_node(a: Record, tooltip: str) -> ViewNode:
    extra = f"\nWikidata: {a['wikidata']}" if a.get("wikidata") else ""
    return ViewNode(id=a["id"], label=a["label"], type=a["type"], country=a.get("country"), tooltip=tooltip + extra)


def _grouped(
    records: Iterable[Record], key: Callable[[Record], tuple[str, str, str] | None]
) -> dict[tuple[str, str, str], list[Record]]:
    groups: dict[tuple[str, str, str], list[Record]] = defaultdict(list)
    for r in records:
        k = key(r)
        if k is not None:
            groups[k].append(r)
    return groups


EdgeKey = tuple[str, str, str]  # (source id, predicate, target id)


def _slim(r: Record) -> Record:
    """What a tooltip line needs of a record (its article, sentence and the labels of its actors)."""
    slim: dict[str, Any] = {k: r[k] for k in ("article", "sentence") if k in r}
    for role in ("subject", "object"):
        if r.get(role):
            slim[role] = {"label": r[role]["label"]}
    return slim


class _EdgeGroups:
    """Edges keyed (source, predicate, target) as records stream by: how many records each has, and the first
    ``_MAX_SENTENCES`` of them (their evidence, in input order), so memory grows with edges, not records."""

    def __init__(self) -> None:
        self.count: Counter[EdgeKey] = Counter()
        self.evidence: dict[EdgeKey, list[Record]] = {}

    def add(self, key: EdgeKey, r: Record) -> None:
        self.count[key] += 1
        kept = self.evidence.setdefault(key, [])
        if len(kept) < _MAX_SENTENCES:
            kept.append(_slim(r))

    def edges(
        self,
        titles: Mapping[str, str],
        prefix: Callable[[Record], str] | None = None,
        keep: Container[str] | None = None,
    ) -> list[ViewEdge]:
        """The edges, sorted by key; ``keep``: only those between these node ids (None: all)."""
        return [
            ViewEdge(s, o, p, _evidence(self.evidence[(s, p, o)], n, titles, prefix), n)
            for (s, p, o), n in sorted(self.count.items())
            if keep is None or (s in keep and o in keep)
        ]


def _country(a: Record | None) -> str | None:
    if not a:
        return None
    return a.get("country") or (a["label"] if a.get("type") == "Country" else None)


def _country_prefix(r: Record) -> str:
    return f"{r['subject']['label']} → {r['object']['label']}, "


class _Summary:
    """What the ``actors`` and ``countries`` views need of records, gathered one record at a time (:meth:`add`):
    per actor its first record and its claims, per country its members' labels, and the edges of both views
    (:class:`_EdgeGroups`); and how many records mention each actor and each country, to pick the most-mentioned
    when a view has too many nodes (:func:`render_views`). Nothing in it grows with records that repeat actors
    and edges."""

    def __init__(self) -> None:
        self.actors: dict[str, Record] = {}
        self.claims: Counter[str] = Counter()
        self.actor_edges = _EdgeGroups()
        self.members: dict[str, set[str]] = defaultdict(set)
        self.country_edges = _EdgeGroups()
        self.mentions: dict[str, Counter[str]] = {"actors": Counter(), "countries": Counter()}

    @classmethod
    def of(cls, records: Iterable[Record]) -> _Summary:
        """The summary of ``records``, read once."""
        summary = cls()
        for r in records:
            summary.add(r)
        return summary

    def add(self, r: Record) -> None:
        subj, obj, pred = r["subject"], r.get("object"), r["predicate"]
        # an actor's first record stands for it; keys share its id (one string per actor, not per record)
        sid = self.actors.setdefault(subj["id"], subj)["id"]
        oid = self.actors.setdefault(obj["id"], obj)["id"] if obj else None
        self.mentions["actors"].update({k for k in (sid, oid) if k is not None})
        cs, co = _country(subj), _country(obj)
        for c, a in ((cs, subj), (co, obj)):
            if c:
                self.members[c].add(a["label"])  # type: ignore[index]
        self.mentions["countries"].update({f"country:{c}" for c in (cs, co) if c})
        if pred == "claims":
            self.claims[sid] += 1
            return
        if oid is not None:
            self.actor_edges.add((sid, pred, oid), r)
        if cs and co and cs != co:
            self.country_edges.add((f"country:{cs}", pred, f"country:{co}"), r)

    def actors_view(
        self, titles: Mapping[str, str], keep: Container[str] | None = None
    ) -> tuple[list[ViewNode], list[ViewEdge]]:
        """The ``actors`` view; ``keep``: only these actors (None: all)."""
        nodes = [
            _actor_node(a, f"{self.claims[k]} claim(s)")
            for k, a in sorted(self.actors.items())
            if keep is None or k in keep
        ]
        return nodes, self.actor_edges.edges(titles, keep=keep)

    def countries_view(
        self, titles: Mapping[str, str], keep: Container[str] | None = None
    ) -> tuple[list[ViewNode], list[ViewEdge]]:
        """The ``countries`` view; ``keep``: only these country nodes (None: all)."""
        nodes = [
            ViewNode(
                id=f"country:{c}",
                label=c,
                type="Country",
                country=c,
                tooltip=f"{len(m)} actor(s): " + ", ".join(sorted(m)[:30]) + (" …" if len(m) > 30 else ""),
            )
            for c, m in sorted(self.members.items())
            if keep is None or f"country:{c}" in keep
        ]
        return nodes, self.country_edges.edges(titles, _country_prefix, keep=keep)


def _actors(records: Iterable[Record], titles: Mapping[str, str]) -> tuple[list[ViewNode], list[ViewEdge]]:
    return _Summary.of(records).actors_view(titles)


def _countries(records: Iterable[Record], titles: Mapping[str, str]) -> tuple[list[ViewNode], list[ViewEdge]]:
    return _Summary.of(records).countries_view(titles)


def _claim_node(key: str, content: str, recs: Sequence[Record], titles: Mapping[str, str]) -> ViewNode:
    label = content if len(content) <= _CLAIM_LABEL else content[: _CLAIM_LABEL - 1] + "…"
    return ViewNode(
        id=key,
        label=label,
        type="Claim",
        country=None,
        tooltip=f"{recs[0]['subject']['label']} claims: {content}\n\n" + _evidence(recs, len(recs), titles),
    )


def _mentions(records: Sequence[Record]) -> Callable[[str], list[Record]]:
    """A function: claim content → the actors (of ``records``) whose label it mentions."""
    by_label: dict[str, Record] = {}
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
    records: Sequence[Record], titles: Mapping[str, str], only: str | None = None
) -> tuple[dict[str, ViewNode], list[ViewNode], list[ViewEdge]]:
    """Claimant actors, claim nodes and their edges (``claims``, ``about``); ``only``: one claimant's."""
    found = _grouped(
        records,
        lambda r: (
            (r["subject"]["id"], "claims", r.get("content") or r.get("sentence") or "")
            if r["predicate"] == "claims" and (only is None or r["subject"]["id"] == only)
            else None
        ),
    )
    mentions = _mentions(records)
    actors: dict[str, ViewNode] = {}
    claim_nodes: list[ViewNode] = []
    edges: list[ViewEdge] = []
    for i, ((subj, _p, content), recs) in enumerate(sorted(found.items())):
        key = f"claim:{i}"
        claimant = recs[0]["subject"]
        actors.setdefault(subj, _actor_node(claimant, ""))
        claim_nodes.append(_claim_node(key, content, recs, titles))
        edges.append(ViewEdge(subj, key, "claims", content, len(recs)))
        about = [r["object"] for r in recs if r.get("object")] + mentions(content)
        for a in {a["id"]: a for a in about if a["id"] != subj}.values():
            actors.setdefault(a["id"], _actor_node(a, ""))
            edges.append(ViewEdge(key, a["id"], "about", f"{content}\n\nmentions {a['label']}"))
    return actors, claim_nodes, edges


def _claims_view(records: Sequence[Record], titles: Mapping[str, str]) -> tuple[list[ViewNode], list[ViewEdge]]:
    actors, claim_nodes, edges = _claims(records, titles)
    return [actors[k] for k in sorted(actors)] + claim_nodes, edges


def find_actor(records: Sequence[Record], value: str) -> str:
    """The IRI of the actor named ``value`` (IRI, short name or label); E063 / E064 otherwise."""
    found: dict[str, Record] = {}
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


def _ego(records: Sequence[Record], titles: Mapping[str, str], actor: str) -> tuple[list[ViewNode], list[ViewEdge]]:
    ego = find_actor(records, actor)
    touching = [
        r
        for r in records
        if r["predicate"] != "claims" and r.get("object") and ego in (r["subject"]["id"], r["object"]["id"])
    ]
    nodes, edges = _actors(touching, titles)
    claimants, claim_nodes, claim_edges = _claims(records, titles, only=ego)
    by_id = {n.id: n for n in nodes}
    for k, n in claimants.items():
        by_id.setdefault(k, n)
    if ego not in by_id:  # an actor with no relation but a claim already has its node; one with neither:
        by_id[ego] = _actor_node(
            next(a for r in records for a in (r["subject"], r.get("object")) if a and a["id"] == ego), ""
        )
    return [by_id[k] for k in sorted(by_id)] + claim_nodes, edges + claim_edges


def _sized(nodes: list[ViewNode], edges: Sequence[ViewEdge]) -> list[ViewNode]:
    """Nodes sized by degree centrality in the view (10 to 40 pixels)."""
    g = nx.MultiDiGraph()
    g.add_nodes_from(n.id for n in nodes)
    g.add_edges_from((e.source, e.target) for e in edges)
    centrality = nx.degree_centrality(g) if len(g) > 1 else {}
    top = max(centrality.values(), default=0.0) or 1.0
    return [
        ViewNode(n.id, n.label, n.type, n.country, n.tooltip, size=10 + 30 * math.sqrt(centrality.get(n.id, 0.0) / top))
        for n in nodes
    ]


def view_graph(
    records: Sequence[Record],
    view: str = "actors",
    *,
    actor: str | None = None,
    titles: Mapping[str, str] | None = None,
) -> tuple[list[ViewNode], list[ViewEdge]]:
    """The nodes (sized by centrality) and edges of ``view`` over ``records``."""
    titles = titles or {}
    if view not in VIEWS:
        raise GraphkitError("E065", name=view, names=", ".join(VIEWS))
    if view == "ego":
        if not actor:
            raise GraphkitError("E066")
        nodes, edges = _ego(records, titles, actor)
    else:
        nodes, edges = {"actors": _actors, "countries": _countries, "claims": _claims_view}[view](records, titles)
    if len(nodes) > MAX_NODES:
        raise GraphkitError("E062", view=view, n=len(nodes), limit=MAX_NODES)
    return _sized(nodes, edges), edges


def make_view(
    records: Iterable[Record],
    view: str = "actors",
    *,
    actor: str | None = None,
    predicates: Sequence[str] = (),
    articles: Sequence[str] = (),
    titles: Mapping[str, str] | None = None,
    title: str | None = None,
) -> str:
    """One view of ``records`` as a self-contained HTML page."""
    recs = filter_records(records, predicates=predicates, articles=articles)
    nodes, edges = _page_ids(*view_graph(recs, view, actor=actor, titles=titles))
    return render_html(nodes, edges, title=title or f"graphkit: {view}" + (f" of {actor}" if actor else ""))


def _page_ids(nodes: list[ViewNode], edges: list[ViewEdge]) -> tuple[list[ViewNode], list[ViewEdge]]:
    """Short node ids in the page ("n0", "n1", ...): the IRIs stay in the graph files, and the page holds
    no URL of any kind."""
    ids = {n.id: f"n{i}" for i, n in enumerate(nodes)}
    return (
        [replace(n, id=ids[n.id]) for n in nodes],
        [replace(e, source=ids[e.source], target=ids[e.target]) for e in edges],
    )


def _top(mentions: Counter[str], limit: int) -> set[str] | None:
    """The ``limit`` nodes that ``mentions`` counts most (ties: by id); None (all) if there are no more."""
    if len(mentions) <= limit:
        return None
    return set(heapq.nsmallest(limit, mentions, key=lambda k: (-mentions[k], k)))


def _build_page(summary: _Summary, view: str, titles: Mapping[str, str]) -> str:
    """The page of ``view`` (``actors`` or ``countries``) in a build: its ``BUILD_VIEW_NODES`` most-mentioned
    nodes at most."""
    mentions = summary.mentions[view]  # every node of the view, with how many records mention it
    keep = _top(mentions, BUILD_VIEW_NODES)
    nodes, edges = (summary.actors_view if view == "actors" else summary.countries_view)(titles, keep)
    title = f"graphkit: {view}" + (f" (the {BUILD_VIEW_NODES:,} most-mentioned of {len(mentions):,})" if keep else "")
    return render_html(*_page_ids(_sized(nodes, edges), edges), title=title)


def render_views(records: Iterable[Record], *, titles: Mapping[str, str] | None = None) -> dict[str, str]:
    """The main views a build writes: file name → HTML (``graph.html``: actors; ``countries.html``).

    ``records`` are read once, as they come (a generator over ``relations.jsonl`` will do), into a summary that
    grows with the distinct actors and edges, not with the records. Each page is the one :func:`make_view` gives
    for the same records, up to ``BUILD_VIEW_NODES`` nodes; past that, it holds the ``BUILD_VIEW_NODES``
    most-mentioned ones and the edges among them (so a build never fails on E062)."""
    summary = _Summary.of(records)
    return {
        "graph.html": _build_page(summary, "actors", titles or {}),
        "countries.html": _build_page(summary, "countries", titles or {}),
    }


def write_views(
    records: Iterable[Record], out_dir: str | Path, *, titles: Mapping[str, str] | None = None
) -> dict[str, Path]:
    """Write :func:`render_views` into ``out_dir`` (atomically); file name → path."""
    from ..atomic import write_all

    out = Path(out_dir)
    files: dict[Path, str | bytes] = {out / name: html for name, html in render_views(records, titles=titles).items()}
    write_all(files)
    return {p.name: p for p in files}
