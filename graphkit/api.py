"""The Python API: ``build`` a corpus into a graph and its outputs; ``extract`` from texts.

The command line is a thin layer over these functions; notebooks use them directly.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .atomic import write_all
from .errors import GraphkitError
from .extract import doc_relations
from .ingest import read_corpus
from .iri import DEFAULT_BASE, IRIs
from .store import STORE_SCHEME  # ``--store oxigraph:PATH``: the prefix that names an Oxigraph store folder
from .types import Actor, Article, Relation, Skipped

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from rdflib import Graph
    from spacy.language import Language

    from .display import InlineView
    from .query import LoadedGraph

__all__ = ["STORE_SCHEME", "BuildResult", "build", "extract", "store_path", "write_outputs"]

log = logging.getLogger(__name__)



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

    @property
    def titles(self) -> dict[str, str]:
        """Article id → title, for the views' tooltips."""
        return {a.id: a.title for a in self.articles if a.title}

    @property
    def counts(self) -> dict[str, int]:
        preds = Counter(r.predicate for r in self.relations)
        return {
            "articles": len(self.articles),
            "skipped": len(self.skipped),
            "actors": len(self.actors),
            "claims": preds["claims"],
            "accusations": preds["accuses"],
            "other relations": sum(n for p, n in preds.items() if p not in ("claims", "accuses")),
        }

    # The graph in other forms, for notebooks. Each is made on first use and kept: a BuildResult is not
    # meant to be changed after the build.

    @cached_property
    def rdf(self) -> Graph:
        """The graph as an rdflib :class:`~rdflib.Graph` (what ``graph.ttl`` holds)."""
        from .rdf import to_graph

        return to_graph(self.articles, self.actors.values(), self.relations, iris=IRIs(self.base))

    def to_turtle(self, path: str | Path | None = None) -> str | Path:
        """Write the graph as Turtle to ``path`` (atomically) and return the path; without ``path``, return
        the Turtle text."""
        from .rdf import serialize

        data = serialize(self.rdf, "turtle")
        if path is None:
            return data.decode("utf-8")
        path = Path(path)
        write_all({path: data})
        return path

    def to_networkx(self) -> nx.MultiDiGraph:
        """The actors and relations as a networkx graph keyed by the same IRIs (see :mod:`graphkit.analysis`)."""
        from .analysis import from_build

        return from_build(self)

    @cached_property
    def _sparql_graph(self) -> LoadedGraph:
        from pyoxigraph import RdfFormat, Store

        from .query import LoadedGraph, _default_prefixes
        from .rdf import serialize

        store = Store()
        store.load(serialize(self.rdf, "nt"), format=RdfFormat.N_TRIPLES)
        return LoadedGraph(store, "the build", _default_prefixes(self.base))

    def query(self, sparql: str, **bindings: Any) -> pd.DataFrame:
        """Run a SPARQL query on the graph (in memory) and return its rows as a DataFrame: IRIs as strings,
        numbers as numbers. The prefixes of ``graphkit query`` are declared (``gk:``, ``actor:``, ``rdfs:``...);
        ``bindings`` bind variables to RDF terms (see :func:`graphkit.query.run`)."""
        import pandas as pd

        from .query import run

        res = run(self._sparql_graph, sparql, bindings=bindings or None)
        return pd.DataFrame(res.records(), columns=list(res.variables))

    def view(self, view: str = "actors", *, height: int = 640, **filters: Any) -> InlineView:
        """An HTML view of the graph that shows inline in Jupyter, isolated in a sandboxed iframe
        (``.html`` is the page, ``.save(path)`` writes it). See :func:`graphkit.display.render_view` for the
        views and the ``filters`` (``predicate``, ``actor``, ``article``)."""
        from .display import InlineView, render_view

        return InlineView(render_view(self, view, **filters), height=height)


def _pipeline(model: str | None):
    from .nlp import load_pipeline  # spaCy loads here, not at import time

    return load_pipeline(model)


def extract(articles: Iterable[Article], *, model: str | None = None, nlp=None, batch_size: int = 16,
            on_article: Callable[[Article], None] | None = None) -> Iterator[Relation]:
    """Mention-level relations of each article, streamed (the Docs are not kept)."""
    nlp = nlp or _pipeline(model)
    stream = ((a.text, a) for a in articles)
    for doc, art in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        yield from doc_relations(doc, art)
        if on_article is not None:
            on_article(art)


def build(corpus: str | Path | Sequence[str | Path], *, out: str | Path | None = None, model: str | None = None,
          base: str = DEFAULT_BASE, formats: Sequence[str] = ("turtle",), store: str | Path | None = None,
          stdin: BinaryIO | None = None, nlp: Language | None = None,
          on_start: Callable[[int], None] | None = None,
          on_article: Callable[[Article], None] | None = None) -> BuildResult:
    """Read ``corpus`` (a path, or a list of paths), extract and resolve relations, and (with ``out``) write
    the outputs.

    ``formats`` are the RDF files to write beside ``relations.jsonl`` and ``graph.html``: any of
    ``turtle`` (``graph.ttl``), ``trig`` (``graph.trig``, one named graph per article), ``json-ld``
    (``graph.jsonld``) and ``nt`` (``graph.nt``). ``store`` (``oxigraph:PATH``, or a path) also writes
    the dataset (as TriG holds it) into an on-disk Oxigraph store, before the files: a store that cannot
    be written leaves the files as they were. ``nlp`` is a pipeline already loaded with
    :func:`graphkit.nlp.load_pipeline` (to build several corpora with one model load); without it,
    ``model`` is loaded. ``on_start(n)`` is called with the number of articles before extraction and
    ``on_article`` after each one (a progress bar hooks in there). Raises :class:`GraphkitError`: E020
    when no article could be read, E041 for a bad ``store``, E042 for a bad ``base``, E043 for an
    unknown format (the last three before any work); unreadable inputs are listed in
    ``BuildResult.skipped``.
    """
    from .nlp import default_model
    from .rdf import check_formats
    from .resolve import resolve

    iris = IRIs(base)
    if isinstance(corpus, str | Path):
        corpus = [corpus]
    store = store_path(store) if store is not None else None
    formats = check_formats(formats)
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for rec in read_corpus(corpus, stdin=stdin):
        (articles if isinstance(rec, Article) else skipped).append(rec)  # type: ignore[arg-type]
    for s in skipped:
        log.warning("skipped %s", s.reason)
    if not articles:
        raise GraphkitError("E020", paths=", ".join(str(c) for c in corpus))
    model = model or default_model()
    nlp = nlp if nlp is not None else _pipeline(model)
    if on_start is not None:
        on_start(len(articles))
    mentions = list(extract(articles, nlp=nlp, on_article=on_article))
    relations, actors = resolve(mentions, nlp.get_pipe("gk_actors").gaz)  # the gazetteer the pipeline used
    result = BuildResult(articles=articles, skipped=skipped, actors=actors, relations=relations, model=model,
                         base=iris.base)
    if store is not None:
        from .rdf import to_dataset
        from .store import write_store  # pyoxigraph loads here, only for a build that writes a store

        dataset = to_dataset(result.articles, result.actors.values(), result.relations, iris=iris)
        result.store_quads = write_store(dataset, store)
        result.store = store
    if out is not None:
        result.outputs = write_outputs(result, Path(out), iris=iris, formats=formats)
    return result


def store_path(spec: str | Path) -> Path:
    """``oxigraph:PATH`` (or a :class:`~pathlib.Path`) → the store's folder; E041 for anything else."""
    if isinstance(spec, Path):
        return spec
    path = spec.removeprefix(STORE_SCHEME)
    if path == spec or not path.strip():
        raise GraphkitError("E041", value=spec)
    return Path(path)


def write_outputs(result: BuildResult, out: Path, *, iris: IRIs, formats: Sequence[str] = ("turtle",)
                  ) -> dict[str, Path]:
    """Serialise every output first, then put them all in place atomically: ``relations.jsonl``, the
    RDF file of each of ``formats`` (see :data:`graphkit.rdf.FORMATS`) and ``graph.html``."""
    from .rdf import FORMATS, check_formats, serialize, to_dataset, to_graph
    from .records import relation_records, to_jsonl
    from .views.records import render_views

    formats = check_formats(formats)
    data = (result.articles, result.actors.values(), result.relations)
    graph = to_graph(*data, iris=iris) if any(f != "trig" for f in formats) else None
    dataset = to_dataset(*data, iris=iris) if "trig" in formats else None
    records = relation_records(result.relations, iris)
    files: dict[Path, str | bytes] = {out / "relations.jsonl": to_jsonl(records)}
    for fmt in formats:
        rdf = dataset if fmt == "trig" else graph
        assert rdf is not None
        files[out / FORMATS[fmt][0]] = serialize(rdf, fmt)
    files.update({out / name: page for name, page in render_views(records, titles=result.titles).items()})
    write_all(files)
    return {path.name: path for path in files}
