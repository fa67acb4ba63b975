"""HTML views of a build for notebooks: ``kg.view()`` shows inline in Jupyter, isolated in a sandboxed iframe.

The page is the same self-contained file ``graphkit build`` writes (``graph.html``). In a notebook it goes in
an ``<iframe srcdoc=...>`` with ``sandbox="allow-scripts allow-downloads"``: its styles and scripts cannot reach
the notebook, and it cannot reach the network or the notebook's origin; it may only hand the user a file the
explorer's export makes in the page.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

from ..errors import GraphkitError
from ..types import Actor, Graphed, Relation
from . import VIEWS

__all__ = ["InlineView", "filter_relations", "render_view"]


class InlineView:
    """One HTML page: ``_repr_html_`` shows it in Jupyter in a sandboxed iframe; ``save(path)`` writes it."""

    def __init__(self, page: str, *, height: int = 640) -> None:
        self.html = page
        self.height = height

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.html, quote=True)}" sandbox="allow-scripts allow-downloads" '
            f'style="width: 100%; height: {int(self.height)}px; border: 1px solid #ddd;"></iframe>'
        )

    def save(self, path: str | Path) -> Path:
        from ..atomic import write_all

        path = Path(path)
        write_all({path: self.html})
        return path


def filter_relations(
    relations: Iterable[Relation],
    *,
    predicate: str | Iterable[str] | None = None,
    actor: str | None = None,
    article: str | None = None,
) -> list[Relation]:
    """The relations of one or more ``predicate``\\ s, with ``actor`` (a label, any case, or an actor key) as
    subject or object, read from ``article`` (an article id); ``None`` keeps all."""
    preds = {predicate} if isinstance(predicate, str) else set(predicate) if predicate is not None else None
    name = actor.casefold() if actor is not None else None

    def names(a: Actor | None) -> set[str]:
        return {a.label.casefold(), a.key.casefold()} if a is not None else set()

    return [
        r
        for r in relations
        if (preds is None or r.predicate in preds)
        and (article is None or r.evidence.article == article)
        and (name is None or name in names(r.subject) | names(r.object))
    ]


def render_view(
    result: Graphed,
    view: str = "actors",
    *,
    predicate: str | Iterable[str] | None = None,
    actor: str | None = None,
    article: str | None = None,
) -> str:
    """The HTML page of ``view`` (one of :data:`VIEWS`) for the relations of ``result`` that pass the filters
    (see :func:`filter_relations`)."""
    if view not in VIEWS:
        raise GraphkitError("E065", name=view, names=", ".join(VIEWS))
    from ..graph.iri import IRIs
    from ..graph.records import relation_records
    from .records import make_view

    centre = actor if view == "ego" else None  # the ego view's actor is its centre, not a filter
    relations = filter_relations(
        result.relations, predicate=predicate, article=article, actor=None if centre else actor
    )
    return make_view(relation_records(relations, IRIs(result.base)), view, actor=centre, titles=result.titles)
