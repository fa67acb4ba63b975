"""The Python API: ``build`` a corpus into a graph and its outputs; ``extract`` from texts.

The command line is a thin layer over these functions; notebooks use them directly.
"""

from __future__ import annotations

import dataclasses
import logging
import pickle
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from ..atomic import Staging, write_all
from ..errors import GraphkitError
from ..graph.iri import DEFAULT_BASE, IRIs
from ..graph.store import STORE_SCHEME  # ``--store oxigraph:PATH``: the prefix that names an Oxigraph store folder
from ..ingest.corpus import read_corpus
from ..types import Actor, Article, MentionRelation, Relation, Skipped

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from rdflib import Graph
    from spacy.language import Language

    from ..graph.query import LoadedGraph
    from ..views.inline import InlineView

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
    # What a streaming build counted (``articles`` and ``relations`` are empty unless it kept them):
    article_count: int = 0
    article_titles: dict[str, str] = field(default_factory=dict)
    predicate_counts: dict[str, int] | None = None
    extracted: int = 0  # articles extracted by this build
    cached: int = 0  # articles whose relations came from the cache

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
            "actors": len(self.actors),
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

        from ..graph.query import LoadedGraph, _default_prefixes
        from ..graph.rdf import quads

        store = Store()  # the quads go straight in, in the default graph (as graph.ttl has them)
        store.bulk_extend(
            Quad(s, p, o)
            for s, p, o, _ in quads(
                self.articles, self.actors.values(), self.relations, iris=IRIs(self.base), single_graph=True
            )
        )
        return LoadedGraph(store, "the build", _default_prefixes(self.base))

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


def _pipeline(model: str | None):
    from ..nlp.load import load_pipeline  # spaCy loads here, not at import time

    return load_pipeline(model)


def extract(articles: Iterable[Article], *, model: str | None = None, nlp=None) -> Iterator[MentionRelation]:
    """Mention-level relations of each article, streamed a batch at a time, as a build extracts them
    (:func:`graphkit.run.engines.batch_relations`: the Docs are not kept)."""
    from itertools import islice

    from .engines import BATCH, batch_relations

    nlp = nlp or _pipeline(model)
    stream = iter(articles)
    while batch := list(islice(stream, BATCH)):
        for rels in batch_relations(nlp, batch):
            yield from rels


def build(
    corpus: str | Path | Sequence[str | Path],
    *,
    out: str | Path | None = None,
    model: str | None = None,
    base: str = DEFAULT_BASE,
    formats: Sequence[str] = ("turtle",),
    store: str | Path | None = None,
    stdin: BinaryIO | None = None,
    nlp: Language | None = None,
    jobs: int = 1,
    dask: str | None = None,
    cache: bool | str | Path | None = None,
    keep: bool = True,
    on_start: Callable[[int | None], None] | None = None,
    on_article: Callable[[Article | Skipped], None] | None = None,
) -> BuildResult:
    """Read ``corpus`` (a path, or a list of paths), extract and resolve relations, and (with ``out``) write
    the outputs.

    The build streams: articles are read, extracted and set aside on disk one batch at a time, then
    resolved across the corpus and written, so memory does not grow with the corpus (unless ``keep``, the
    default, keeps the articles and relations in the result for the notebook API; the CLI does not).

    ``formats`` are the RDF files to write beside ``relations.jsonl`` and the HTML views: any of
    ``turtle`` (``graph.ttl``), ``trig`` (``graph.trig``, one named graph per article), ``json-ld``
    (``graph.jsonld``) and ``nt`` (``graph.nt``). ``store`` (``oxigraph:PATH``, or a path) also writes
    the dataset (as TriG holds it) into an on-disk Oxigraph store, before the files: a store that cannot
    be written leaves the files as they were.

    Where extraction runs: in this process with ``nlp`` (a pipeline from :func:`graphkit.nlp.load.load_pipeline`,
    to build several corpora with one model load) or else ``model``, loaded only if an article needs
    extracting; in ``jobs`` worker processes; or on the Dask cluster at ``dask`` (a scheduler address, or
    ``"local"`` for a cluster of ``jobs`` workers on this machine; needs ``graphkit[dask]``).

    ``cache``: the build cache (:mod:`graphkit.run.cache`), a file path, or True for ``OUT/.graphkit/cache.sqlite``
    (the default when ``out`` is given), or False for none. ``on_start(n)`` is called with the number of
    inputs (None when unknown) before extraction and ``on_article`` after each article or skipped input
    (a progress bar hooks in there). Raises :class:`GraphkitError`: E020 when no article could be read,
    E041 for a bad ``store``, E042 for a bad ``base``, E043 for an unknown format, E101 for bad ``jobs``
    (these four before any work); unreadable inputs are listed in ``BuildResult.skipped``. A
    ``KeyboardInterrupt`` leaves every output as it was and the cache with what was extracted.
    """
    from ..graph.rdf import check_formats
    from ..ingest.corpus import count_articles
    from ..nlp.models import check_model, default_model
    from ..resolve.resolver import Resolver
    from .cache import CACHE_DIR, Cache, fingerprint
    from .engines import BATCH, ordered

    iris = IRIs(base)
    corpus = [corpus] if isinstance(corpus, str | Path) else list(corpus)
    store = store_path(store) if store is not None else None
    formats = check_formats(formats)
    if jobs < 1:
        raise GraphkitError("E101", value=jobs)
    out = Path(out) if out is not None else None
    model = check_model(model) if model else default_model()
    if cache is None or cache is True:
        cache = out / CACHE_DIR / "cache.sqlite" if out is not None else None
    cache_db = Cache(cache, fingerprint(model)) if cache else None
    engine = _LazyEngine(lambda: _engine(model, nlp, jobs, dask))
    result = BuildResult(articles=[], skipped=[], actors={}, relations=[], model=model, base=iris.base)
    resolver: Resolver | None = None
    try:
        if on_start is not None:
            on_start(count_articles(corpus))
        with _Spill(out) as extracted:
            resolver = Resolver(nlp.get_pipe("gk_actors").gaz if nlp is not None else _gazetteer())

            def batches() -> Iterator[tuple[list[tuple[Article, list[MentionRelation] | None]], list[Article]]]:
                pending: list[tuple[Article, list[MentionRelation] | None]] = []
                for rec in read_corpus(corpus, stdin=stdin):
                    if isinstance(rec, Skipped):
                        result.skipped.append(rec)
                        log.warning("skipped %s", rec.reason)
                        if on_article is not None:
                            on_article(rec)
                        continue
                    pending.append((rec, cache_db.get(rec) if cache_db else None))
                    if len(pending) == BATCH:
                        yield pending, [a for a, hit in pending if hit is None]
                        pending = []
                if pending:
                    yield pending, [a for a, hit in pending if hit is None]

            for pending, found in ordered(engine, batches()):
                fresh = iter(found)
                done = [(art, hit if hit is not None else next(fresh)) for art, hit in pending]
                new = [(art, rels) for (art, rels), (_, hit) in zip(done, pending, strict=True) if hit is None]
                if cache_db is not None and new:
                    cache_db.put(new)  # committed at once: an interrupted build keeps it
                result.extracted += len(new)
                for art, rels in done:
                    extracted.add((dataclasses.replace(art, text=""), rels))  # the text is not needed again
                    resolver.observe(rels)
                    result.article_count += 1
                    if art.title:
                        result.article_titles[art.id] = art.title
                    if keep:
                        result.articles.append(art)
                    if on_article is not None:
                        on_article(art)
            engine.close()
            if not result.article_count:
                raise GraphkitError("E020", paths=", ".join(str(c) for c in corpus))
            result.cached = cache_db.hits if cache_db else 0
            _finish(result, extracted, resolver, out=out, iris=iris, formats=formats, store=store, keep=keep)
    except BaseException:
        engine.close(cancel=True)
        raise
    finally:
        if cache_db is not None:
            cache_db.close()
    return result


def _gazetteer():
    """The gazetteer as resolution uses it: its entries only (the name and place maps are the pipeline's)."""
    from ..nlp.gazetteer import Lookup
    from ..resources import load_gazetteer

    return Lookup(load_gazetteer(), by_name={}, by_adjective={}, places={})


def _engine(model: str, nlp: Language | None, jobs: int, dask: str | None):
    """The engine that extracts the articles not in the cache (made when the first one needs it)."""
    if dask is not None:
        from .dask_engine import DaskEngine

        return DaskEngine(dask, model, workers=jobs)
    if jobs > 1:
        from .engines import ProcessEngine

        return ProcessEngine(model, jobs)
    from .engines import LocalEngine

    return LocalEngine(nlp if nlp is not None else _pipeline(model))


class _LazyEngine:
    """An engine made on first use: a build whose articles are all cached loads no model."""

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make, self.engine = make, None

    @property
    def window(self) -> int:
        return self.engine.window if self.engine is not None else 1

    def submit(self, batch: list[Article]) -> Any:
        if self.engine is None:
            self.engine = self.make()
        return self.engine.submit(batch)

    def close(self, *, cancel: bool = False) -> None:
        engine, self.engine = self.engine, None
        if engine is not None:
            engine.close(cancel=cancel)


class _Spill:
    """Items set aside in an anonymous temporary file (gone when closed, or when the process dies), written
    once and read back as often as needed: what lets a build hold one article at a time."""

    def __init__(self, near: Path | None) -> None:
        folder = near if near is not None and near.is_dir() else None
        self.fh = tempfile.TemporaryFile(prefix=".graphkit-", dir=folder)

    def __enter__(self) -> _Spill:
        return self

    def __exit__(self, *exc: object) -> None:
        self.fh.close()

    def add(self, item: Any) -> None:
        pickle.dump(item, self.fh, protocol=pickle.HIGHEST_PROTOCOL)

    def __iter__(self) -> Iterator[Any]:
        self.fh.flush()
        end = self.fh.tell()
        self.fh.seek(0)
        try:
            while self.fh.tell() < end:
                yield pickle.load(self.fh)
        finally:
            self.fh.seek(end)


def _finish(
    result: BuildResult,
    extracted: _Spill,
    resolver: Any,
    *,
    out: Path | None,
    iris: IRIs,
    formats: Sequence[str],
    store: Path | None,
    keep: bool,
) -> None:
    """Resolve the extracted articles one at a time, then write the store and the outputs."""
    from ..graph.records import read_jsonl, relation_record, to_jsonl

    predicates: Counter[str] = Counter()
    with _Spill(out) as resolved, Staging() as stage:
        jsonl = stage.open(out / "relations.jsonl") if out is not None else None
        for header, rels in extracted:
            rels = resolver.resolve(rels)
            resolved.add((header, rels))
            predicates.update(r.predicate for r in rels)
            if keep:
                result.relations.extend(rels)
            if jsonl is not None:
                jsonl.write(to_jsonl(relation_record(r, iris) for r in rels).encode("utf-8"))
        if jsonl is not None:
            jsonl.close()
        result.actors = resolver.actors
        result.predicate_counts = dict(predicates)
        if store is not None:
            from ..graph.rdf import graph_quads
            from ..graph.store import write_store  # pyoxigraph's store loads here, only for a build that writes one

            result.store_quads = write_store(
                graph_quads(iter(resolved), lambda: result.actors.values(), iris=iris), store
            )
            result.store = store
        if out is not None:
            _write_files(
                stage,
                out,
                lambda: iter(resolved),
                result.actors,
                lambda: read_jsonl(stage.staged(out / "relations.jsonl")),  # read back, a line at a time
                titles=result.titles,
                formats=formats,
                iris=iris,
            )
            result.outputs = {path.name: path for path in stage.commit()}


def _write_files(
    stage: Staging,
    out: Path,
    parts: Callable[[], Iterable[tuple[Article, Sequence[Relation]]]],
    actors: dict[str, Actor],
    records: Callable[[], Iterable[dict[str, Any]]],
    *,
    titles: dict[str, str],
    formats: Sequence[str],
    iris: IRIs,
) -> None:
    """Stage the RDF files of ``formats`` and the HTML views (``relations.jsonl`` is staged already)."""
    from ..graph.rdf import FORMATS, write
    from ..views.records import render_views

    for fmt in formats:
        with stage.open(out / FORMATS[fmt][0]) as fh:
            write(fmt, parts(), actors.values, fh, iris=iris)
    for name, page in render_views(records(), titles=titles).items():
        stage.write(out / name, page)


def store_path(spec: str | Path) -> Path:
    """``oxigraph:PATH`` (or a :class:`~pathlib.Path`) → the store's folder; E041 for anything else."""
    if isinstance(spec, Path):
        return spec
    path = spec.removeprefix(STORE_SCHEME)
    if path == spec or not path.strip():
        raise GraphkitError("E041", value=spec)
    return Path(path)


def write_outputs(
    result: BuildResult, out: Path, *, iris: IRIs, formats: Sequence[str] = ("turtle",)
) -> dict[str, Path]:
    """Write the outputs of a build held in memory (``keep``): ``relations.jsonl``, the RDF file of each of
    ``formats`` (see :data:`graphkit.graph.rdf.FORMATS`) and the HTML views, all put in place together."""
    from ..graph.rdf import check_formats, parts
    from ..graph.records import relation_records, to_jsonl

    formats = check_formats(formats)
    grouped = parts(result.articles, result.relations)
    records = relation_records(result.relations, iris)
    with Staging() as stage:
        stage.write(out / "relations.jsonl", to_jsonl(records))
        _write_files(
            stage,
            out,
            lambda: grouped,
            result.actors,
            lambda: records,
            titles=result.titles,
            formats=formats,
            iris=iris,
        )
        return {path.name: path for path in stage.commit()}
