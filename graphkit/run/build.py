"""The build: ``build`` a corpus into a graph and its outputs; ``extract`` the relations of texts.

A build makes two passes. The first reads the corpus, takes each article's mention-level relations from
the cache or has an engine extract them (:mod:`graphkit.run.factory`), shows them to the
:class:`~graphkit.resolve.resolver.Resolver` and sets the article aside on disk (:class:`~graphkit.run.spill.Spill`).
The second (:mod:`graphkit.run.finish`) resolves the articles one at a time and writes the store and the
outputs (:mod:`graphkit.run.outputs`). The command line is a thin layer over these functions; notebooks use
them directly.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, cast

from ..errors import GraphkitError
from ..graph.iri import DEFAULT_BASE, IRIs, check_base
from ..types import Article, Failure, MentionRelation, Notice, Skipped
from .lock import output_lock
from .outputs import output_names, store_path
from .result import BuildResult
from .spill import Spill
from .unchanged import Rerun

if TYPE_CHECKING:
    from spacy.language import Language

    from ..nlp.actors import ActorsComponent
    from ..nlp.gazetteer import Lookup
    from ..resolve.resolver import Resolver
    from .cache import Cache
    from .factory import Jobs, LazyEngine

__all__ = ["build", "extract"]

log = logging.getLogger(__name__)

#: The articles of a batch, each with its relations from the cache (None: not cached, to extract).
Pending = list[tuple[Article, list[MentionRelation] | None]]


def _pipeline(model: str | None) -> Language:
    from ..nlp.load import load_pipeline  # spaCy loads here, not at import time

    return load_pipeline(model)


def extract(
    articles: Iterable[Article], *, model: str | None = None, nlp: Language | None = None
) -> Iterator[MentionRelation]:
    """Mention-level relations of each article, streamed a batch at a time, as a build extracts them
    (:func:`graphkit.run.engines.batch_relations`: the Docs are not kept). An article whose extraction fails
    gives none, and a warning (E019) is logged."""
    from .engines import BATCH, batch_relations

    nlp = nlp or _pipeline(model)
    stream = iter(articles)
    while batch := list(islice(stream, BATCH)):
        for art, rels in zip(batch, batch_relations(nlp, batch), strict=True):
            if isinstance(rels, Failure):
                log.warning("%s", GraphkitError("E019", path=art.path or art.id, msg=rels.message))
            else:
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
    jobs: Jobs = 1,
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
    extracting; in ``jobs`` worker processes (``"auto"``: one per CPU; never more than the corpus is worth,
    :func:`graphkit.run.factory.workers_for`); or on the Dask cluster at ``dask`` (a scheduler address, or
    ``"local"`` for a cluster of ``jobs`` workers on this machine; needs ``graphkit-news[dask]``).

    ``cache``: the build cache (:mod:`graphkit.run.cache`), a file path, or True for ``OUT/.graphkit/cache.sqlite``
    (the default when ``out`` is given), or False for none. ``on_start(n)`` is called with the number of
    inputs (None when unknown) before extraction and ``on_article`` after each article or skipped input
    (a progress bar hooks in there). Raises :class:`GraphkitError`: E020 when no article could be read,
    E041 for a bad ``store``, E042 for a bad ``base``, E043 for an unknown format, E101 for bad ``jobs``
    (these four before any work); unreadable inputs are listed in ``BuildResult.skipped``. A
    ``KeyboardInterrupt`` leaves every output as it was and the cache with what was extracted.
    """
    from ..graph.formats import check_formats
    from ..nlp.models import check_model, default_model

    base = check_base(base)
    paths = [corpus] if isinstance(corpus, str | Path) else list(corpus)
    store_dir = store_path(store) if store is not None else None
    formats = check_formats(formats)
    if jobs != "auto" and (not isinstance(jobs, int) or jobs < 1):
        raise GraphkitError("E101", value=jobs)
    out_dir = Path(out) if out is not None else None
    model = check_model(model) if model else default_model()
    result = BuildResult(articles=[], skipped=[], actors={}, relations=[], model=model, base=base)
    plain = not (keep or nlp or store) and (cache is None or bool(cache))  # files only, with the cache
    rerun = Rerun.of(paths, out_dir, model=model, base=base, formats=formats, plain=plain)
    with output_lock(out_dir, output_names()):
        if rerun is not None and rerun.unchanged():
            rerun.restore(result)  # nothing changed: the outputs are those the last build wrote; nothing else loads
            return result
        from ..ingest.corpus import count_articles  # the reader, the engines and the writers load from here on
        from .factory import LazyEngine, make_engine

        size = partial(count_articles, paths, exclude=out_dir)  # the corpus size, asked to choose the workers
        _run(
            result,
            LazyEngine(lambda: make_engine(model, nlp=nlp, jobs=jobs, dask=dask, load=_pipeline, articles=size)),
            paths,
            _open_cache(cache, out_dir, model),
            stdin=stdin,
            nlp=nlp,
            keep=keep,
            on_start=on_start,
            on_article=on_article,
            out_dir=out_dir,
            iris=IRIs(base),
            formats=formats,
            store_dir=store_dir,
        )
        if rerun is not None:
            rerun.save(result)
    return result


def _run(
    result: BuildResult,
    engine: LazyEngine,
    paths: list[str | Path],
    cache_db: Cache | None,
    *,
    stdin: BinaryIO | None,
    nlp: Language | None,
    keep: bool,
    on_start: Callable[[int | None], None] | None,
    on_article: Callable[[Article | Skipped], None] | None,
    out_dir: Path | None,
    iris: IRIs,
    formats: Sequence[str],
    store_dir: Path | None,
) -> None:
    """Both passes of :func:`build`, holding the output folder's lock: a failure to write is one E040 line."""
    from ..ingest.corpus import count_articles, read_corpus
    from ..resolve.resolver import Resolver
    from .finish import finish

    try:
        if on_start is not None:
            on_start(count_articles(paths, exclude=out_dir))
        with Spill(out_dir) as extracted:
            first = _FirstPass(result, extracted, Resolver(_gazetteer(nlp)), cache_db, keep=keep, on_article=on_article)
            first.run(engine, read_corpus(paths, stdin=stdin, exclude=out_dir))
            engine.close()
            if not result.article_count:
                raise GraphkitError("E020", paths=", ".join(str(c) for c in paths))
            result.cached = cache_db.hits if cache_db else 0
            finish(
                result,
                extracted,
                first.resolver,
                out=out_dir,
                iris=iris,
                formats=formats,
                store=store_dir,
                keep=keep,
                fork=engine.forked,  # worker processes were forked: their CPUs are the writers' now
            )
    except OSError as e:  # a read-only folder, a full disk: the previous outputs stay as they were
        engine.close(cancel=True)
        raise GraphkitError("E040", path=e.filename or out_dir or "?", msg=e.strerror or e) from e
    except BaseException:
        engine.close(cancel=True)
        raise
    finally:
        if cache_db is not None:
            cache_db.close()


def _open_cache(cache: bool | str | Path | None, out: Path | None, model: str) -> Cache | None:
    """The build cache ``cache`` names (see :func:`build`), for ``model``; None for no cache."""
    from .cache import CACHE_DIR, Cache, fingerprint

    if cache is None or cache is True:
        cache = out / CACHE_DIR / "cache.sqlite" if out is not None else None
    return Cache(cache, fingerprint(model)) if cache else None


def _gazetteer(nlp: Language | None) -> Lookup:
    """The gazetteer as resolution uses it: the pipeline's, or else the shipped one's entries only (the
    name and place maps are the pipeline's)."""
    from ..nlp.gazetteer import Lookup
    from ..resources import load_gazetteer

    if nlp is not None:
        return cast("ActorsComponent", nlp.get_pipe("gk_actors")).gaz
    return Lookup(load_gazetteer(), by_name={}, by_adjective={}, places={})


class _FirstPass:
    """The first pass of a build: read the corpus, take what the cache holds, have the engine extract the
    rest, and set each article aside (without its text) with its relations, in corpus order."""

    def __init__(
        self,
        result: BuildResult,
        extracted: Spill,
        resolver: Resolver,
        cache: Cache | None,
        *,
        keep: bool,
        on_article: Callable[[Article | Skipped], None] | None,
    ) -> None:
        self.result, self.extracted, self.resolver, self.cache = result, extracted, resolver, cache
        self.keep, self.on_article = keep, on_article

    def run(self, engine: LazyEngine, records: Iterable[Article | Skipped | Notice]) -> None:
        from .engines import ordered

        for pending, found in ordered(engine, self._batches(records)):
            self._take(pending, found)

    def _batches(self, records: Iterable[Article | Skipped | Notice]) -> Iterator[tuple[Pending, list[Article]]]:
        """Batches of ``BATCH`` articles, each with the articles of it that are to extract."""
        from .engines import BATCH

        pending: Pending = []
        for rec in records:
            if isinstance(rec, Skipped):
                self._skip(rec)
                continue
            if isinstance(rec, Notice):
                self.result.notices.append(rec)
                continue
            pending.append((rec, self.cache.get(rec) if self.cache else None))
            if len(pending) == BATCH:
                yield pending, [a for a, hit in pending if hit is None]
                pending = []
        if pending:
            yield pending, [a for a, hit in pending if hit is None]

    def _skip(self, rec: Skipped) -> None:
        self.result.skipped.append(rec)
        log.warning("skipped %s", rec.reason)
        if self.on_article is not None:
            self.on_article(rec)

    def _take(self, pending: Pending, found: list[list[MentionRelation] | Failure]) -> None:
        """Merge a batch's cached relations with those just extracted (``found``, in order), cache the new; an
        article whose extraction failed is skipped with its one line (E019), and the others go on."""
        fresh = iter(found)
        done = [(art, hit if hit is not None else next(fresh)) for art, hit in pending]
        new = [(art, rels) for (art, rels), (_, hit) in zip(done, pending, strict=True) if hit is None]
        good = [(art, rels) for art, rels in new if not isinstance(rels, Failure)]
        if self.cache is not None and good:
            self.cache.put(good)  # committed at once: an interrupted build keeps it
        self.result.extracted += len(good)
        for art, rels in done:
            if isinstance(rels, Failure):
                where = art.path or art.id
                self._skip(Skipped(where, str(GraphkitError("E019", path=where, msg=rels.message))))
            else:
                self._add(art, rels)

    def _add(self, art: Article, rels: list[MentionRelation]) -> None:
        self.extracted.add((dataclasses.replace(art, text=""), rels))  # the text is not needed again
        self.resolver.observe(rels)
        self.result.article_count += 1
        if art.title:
            self.result.article_titles[art.id] = art.title
        if self.keep:
            self.result.articles.append(art)
        if self.on_article is not None:
            self.on_article(art)
