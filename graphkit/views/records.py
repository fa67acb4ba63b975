"""Views of relation records (the lines of ``relations.jsonl``, see :mod:`graphkit.graph.records`) as HTML pages,
so a view can be made from a build's output folder, or a graph file, without running extraction again.

:func:`make_view` draws one view (:mod:`graphkit.views.model`) as a page (:mod:`graphkit.views.html`); each page
numbers its nodes itself, so it holds no URL. A build's views (:func:`render_views`: ``actors`` and
``countries``) never fail on a view's size: they read the records once, as a stream, into a
:class:`~graphkit.views.summary.Summary`; past ``BUILD_VIEW_NODES`` nodes they keep the ``BUILD_VIEW_NODES``
most-mentioned actors (or countries: records with them as subject or object, claims included; ties by id) and
the edges among them, and their title says so.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from ..errors import GraphkitError
from ..graph.records import RelationRecord
from ..types import PREDICATES
from . import BUILD_PAGES
from .html import ViewEdge, ViewNode, render_html
from .model import sized, view_graph
from .summary import Summary

__all__ = [
    "BUILD_PAGES",
    "BUILD_VIEW_NODES",
    "filter_records",
    "load_records",
    "make_view",
    "render_views",
    "write_views",
]

#: A build's views (:func:`render_views`) keep at most this many nodes: the most-mentioned ones.
BUILD_VIEW_NODES = 1000


def load_records(path: str | Path) -> list[RelationRecord]:
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
    records: Iterable[RelationRecord], *, predicates: Sequence[str] = (), articles: Sequence[str] = ()
) -> list[RelationRecord]:
    """The records with one of ``predicates`` and from one of ``articles`` (empty: any)."""
    return [
        r
        for r in records
        if (not predicates or r["predicate"] in predicates) and (not articles or r.get("article") in articles)
    ]


def make_view(
    records: Iterable[RelationRecord],
    view: str = "actors",
    *,
    actor: str | None = None,
    predicates: Sequence[str] = (),
    articles: Sequence[str] = (),
    titles: Mapping[str, str] | None = None,
    title: str | None = None,
) -> str:
    """One view of ``records`` (see :func:`~graphkit.views.model.view_graph`) as a self-contained HTML page.
    E067 for a predicate graphkit does not know, E068 for an article the records do not have: a typo is an error,
    never an empty page."""
    records = list(records)
    for p in predicates:
        if p not in PREDICATES:
            raise GraphkitError("E067", value=p, names=", ".join(PREDICATES))
    known = sorted({r["article"] for r in records}) if articles else []
    for a in articles:
        if a not in known:
            shown = ", ".join(known[:10]) + (f", ... ({len(known)} in all)" if len(known) > 10 else "")
            raise GraphkitError("E068", value=a, names=shown or "none")
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


def _build_page(summary: Summary, view: str, titles: Mapping[str, str]) -> str:
    """The page of ``view`` (``actors`` or ``countries``) in a build: its ``BUILD_VIEW_NODES`` most-mentioned
    nodes at most."""
    mentions = summary.mentions[view]  # every node of the view, with how many records mention it
    keep = _top(mentions, BUILD_VIEW_NODES)
    nodes, edges = (summary.actors_view if view == "actors" else summary.countries_view)(titles, keep)
    title = f"graphkit: {view}" + (f" (the {BUILD_VIEW_NODES:,} most-mentioned of {len(mentions):,})" if keep else "")
    return render_html(*_page_ids(sized(nodes, edges), edges), title=title)


def render_views(records: Iterable[RelationRecord], *, titles: Mapping[str, str] | None = None) -> dict[str, str]:
    """The main views a build writes: file name → HTML (``graph.html``: actors; ``countries.html``).

    ``records`` are read once, as they come (a generator over ``relations.jsonl`` will do), into a summary that
    grows with the distinct actors and edges, not with the records. Each page is the one :func:`make_view` gives
    for the same records, up to ``BUILD_VIEW_NODES`` nodes; past that, it holds the ``BUILD_VIEW_NODES``
    most-mentioned ones and the edges among them (so a build never fails on E062)."""
    summary = Summary.of(records)
    return {name: _build_page(summary, view, titles or {}) for name, view in BUILD_PAGES.items()}


def write_views(
    records: Iterable[RelationRecord], out_dir: str | Path, *, titles: Mapping[str, str] | None = None
) -> dict[str, Path]:
    """Write :func:`render_views` into ``out_dir`` (atomically); file name → path."""
    from ..atomic import write_all

    out = Path(out_dir)
    files: dict[Path, str | bytes] = {out / name: html for name, html in render_views(records, titles=titles).items()}
    write_all(files)
    return {p.name: p for p in files}
