"""The actors view: actors as nodes, one edge per (subject, predicate, object) with every
evidence sentence in its tooltip; claims shown as a count on the claimant, not as nodes."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from ..types import Actor, Article, Relation
from .html import ViewEdge, ViewNode, render_html

__all__ = ["actors_view"]

_MAX_SENTENCES = 12  # per edge tooltip; the rest are counted


def actors_view(articles: Iterable[Article], relations: Iterable[Relation], *, title: str = "graphkit: actors") -> str:
    titles = {a.id: a.title for a in articles}
    rels = [r for r in relations if isinstance(r.subject, Actor)]
    claims = Counter(r.subject.key for r in rels if r.predicate == "claims")  # type: ignore[union-attr]
    edges: dict[tuple[str, str, str], list[Relation]] = defaultdict(list)
    actors: dict[str, Actor] = {}
    for r in rels:
        actors[r.subject.key] = r.subject  # type: ignore[union-attr,assignment]
        if r.predicate != "claims" and isinstance(r.object, Actor):
            actors[r.object.key] = r.object
            edges[(r.subject.key, r.predicate, r.object.key)].append(r)  # type: ignore[union-attr]
    ids = {key: f"n{i}" for i, key in enumerate(sorted(actors))}
    nodes = [ViewNode(id=ids[k], label=a.label, type=a.type, country=a.country,
                      tooltip=f"{claims[k]} claim(s)" + (f"\nWikidata: {a.wikidata}" if a.wikidata else ""))
             for k, a in sorted(actors.items())]
    view_edges = []
    for (s, p, o), evidence in sorted(edges.items()):
        lines = [f"{titles.get(r.evidence.article) or r.evidence.article}: {r.evidence.sentence}"
                 for r in evidence[:_MAX_SENTENCES]]
        if len(evidence) > _MAX_SENTENCES:
            lines.append(f"… and {len(evidence) - _MAX_SENTENCES} more")
        view_edges.append(ViewEdge(source=ids[s], target=ids[o], predicate=p, tooltip="\n\n".join(lines),
                                   weight=len(evidence)))
    return render_html(nodes, view_edges, title=title)
