"""What a build read, found and wrote: :class:`BuildResult`, and the graph in other forms for notebooks
(rdflib, Turtle, networkx, SPARQL rows, an inline HTML view)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..atomic import write_all
from ..graph.iri import DEFAULT_BASE, IRIs
from ..types import Actor, Article, Notice, Relation, Skipped

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from rdflib import Graph

    from ..graph.query import LoadedGraph
    from ..views.inline import InlineView

__all__ = ["BuildResult"]


@dataclass
class BuildResult:
    """What a build read, found and wrote."""

    articles: list[Article]
    skipped: list[Skipped]
    actors: dict[str, Actor]
    relations: list[Relation]
    outputs: dict[str, Path] = field(default_factory=dict)
    model: str = ""
    store: Path | None = None  # the Oxigraph store written, if any
    store_quads: int = 0  # the quads written to it
    base: str = DEFAULT_BASE  # the base IRI the graph's IRIs are minted under
    # What a streaming build counted (``articles`` and ``relations`` are empty unless it kept them):
    article_count: int = 0
    article_titles: dict[str, str] = field(default_factory=dict)
    predicate_counts: dict[str, int] | None = None
    extracted: int = 0  # articles extracted by this build
    cached: int = 0  # articles whose relations came from the cache
    notices: list[Notice] = field(default_factory=list)  # inputs passed over or repaired (hidden files, characters)
    actor_count: int | None = None  # the actors counted, when ``actors`` is not filled (an unchanged re-run)
    unchanged: bool = False  # nothing changed since the last build into the folder: nothing was read or written

    @property
    def titles(self) -> dict[str, str]:
        """Article id → title, for the views' tooltips."""
        return self.article_titles or {a.id: a.title for a in self.articles if a.title}

    @property
    def counts(self) -> dict[str, int]:
        preds = Counter(
            self.predicate_counts if self.predicate_counts is not None else (r.predicate for r in self.relations)
        )
        return {
            "articles": self.article_count or len(self.articles),
            "skipped": len(self.skipped),
            "actors": len(self.actors) if self.actor_count is None else self.actor_count,
            "claims": preds["claims"],
            "accusations": preds["accuses"],
            "other relations": sum(n for p, n in preds.items() if p not in ("claims", "accuses")),
        }

    # The graph in other forms, for notebooks. Each is made on first use and kept: a BuildResult is not
    # meant to be changed after the build.

    @cached_property
    def rdf(self) -> Graph:
        """The graph as an rdflib :class:`~rdflib.Graph` (what ``graph.ttl`` holds; needs ``keep``)."""
        from ..graph.rdf import to_graph

        return to_graph(self.articles, self.actors.values(), self.relations, iris=IRIs(self.base))

    def to_turtle(self, path: str | Path | None = None) -> str | Path:
        """Write the graph as Turtle to ``path`` (atomically) and return the path; without ``path``, return
        the Turtle text."""
        from ..graph.rdf import to_bytes

        data = to_bytes("turtle", self.articles, self.actors.values(), self.relations, iris=IRIs(self.base))
        if path is None:
            return data.decode("utf-8")
        path = Path(path)
        write_all({path: data})
        return path

    def to_networkx(self) -> nx.MultiDiGraph:
        """The actors and relations as a networkx graph keyed by the same IRIs (see :mod:`graphkit.graph.analysis`)."""
        from ..graph.analysis import from_build

        return from_build(self)

    @cached_property
    def _sparql_graph(self) -> LoadedGraph:
        from pyoxigraph import Quad, Store

        from ..graph.query import LoadedGraph, graph_prefixes
        from ..graph.rdf import quads

        store = Store()  # the quads go straight in, in the default graph (as graph.ttl has them)
        store.bulk_extend(
            Quad(s, p, o)
            for s, p, o, _ in quads(
                self.articles, self.actors.values(), self.relations, iris=IRIs(self.base), single_graph=True
            )
        )
        return LoadedGraph(store, "the build", graph_prefixes(self.base))

    def query(self, sparql: str, **bindings: Any) -> pd.DataFrame:
        """Run a SPARQL query on the graph (in memory) and return its rows as a DataFrame: IRIs as strings,
        numbers as numbers. The prefixes of ``graphkit query`` are declared (``gk:``, ``actor:``, ``rdfs:``...);
        ``bindings`` bind variables to RDF terms (see :func:`graphkit.graph.query.run`)."""
        import pandas as pd

        from ..graph.query import run

        res = run(self._sparql_graph, sparql, bindings=bindings or None)
        return pd.DataFrame(res.records(), columns=list(res.variables))

    def view(self, view: str = "actors", *, height: int = 640, **filters: Any) -> InlineView:
        """An HTML view of the graph that shows inline in Jupyter, isolated in a sandboxed iframe
        (``.html`` is the page, ``.save(path)`` writes it). See :func:`graphkit.views.inline.render_view` for the
        views and the ``filters`` (``predicate``, ``actor``, ``article``)."""
        from ..views.inline import InlineView, render_view

        return InlineView(render_view(self, view, **filters), height=height)
