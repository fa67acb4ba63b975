"""The Python API: ``build`` a corpus into a graph and its outputs; ``extract`` from texts.

The command line is a thin layer over these functions; notebooks use them directly.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .atomic import write_all
from .errors import GraphkitError
from .extract import doc_relations
from .ingest import read_corpus
from .iri import DEFAULT_BASE, IRIs
from .types import Actor, Article, Relation, Skipped

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["OUTPUT_FILES", "BuildResult", "build", "extract"]

log = logging.getLogger(__name__)

OUTPUT_FILES = ("relations.jsonl", "graph.ttl", "graph.html")


@dataclass
class BuildResult:
    """What a build read, found and wrote."""

    articles: list[Article]
    skipped: list[Skipped]
    actors: dict[str, Actor]
    relations: list[Relation]
    outputs: dict[str, Path] = field(default_factory=dict)
    model: str = ""

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


def build(corpus: Sequence[str | Path], *, out: str | Path | None = None, model: str | None = None,
          base: str = DEFAULT_BASE, stdin: BinaryIO | None = None, nlp: Language | None = None,
          on_start: Callable[[int], None] | None = None,
          on_article: Callable[[Article], None] | None = None) -> BuildResult:
    """Read ``corpus``, extract and resolve relations, and (with ``out``) write the outputs.

    ``nlp`` is a pipeline already loaded with :func:`graphkit.nlp.load_pipeline` (to build several
    corpora with one model load); without it, ``model`` is loaded. ``on_start(n)`` is called with
    the number of articles before extraction and ``on_article`` after each one (a progress bar
    hooks in there). Raises :class:`GraphkitError` (E020) when no article could be read;
    unreadable inputs are listed in ``BuildResult.skipped``.
    """
    from .nlp import default_model
    from .resolve import resolve

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
    result = BuildResult(articles=articles, skipped=skipped, actors=actors, relations=relations, model=model)
    if out is not None:
        result.outputs = write_outputs(result, Path(out), iris=IRIs(base))
    return result


def write_outputs(result: BuildResult, out: Path, *, iris: IRIs) -> dict[str, Path]:
    """Serialise every output first, then put them all in place atomically."""
    from .rdf import to_graph
    from .records import to_jsonl
    from .views.actors import actors_view

    paths = {name: out / name for name in OUTPUT_FILES}
    graph = to_graph(result.articles, result.actors.values(), result.relations, iris=iris)
    files = {
        paths["relations.jsonl"]: to_jsonl(result.relations, iris),
        paths["graph.ttl"]: graph.serialize(format="turtle"),
        paths["graph.html"]: actors_view(result.articles, result.relations),
    }
    write_all(files)
    return paths
