"""The second pass of a build (:func:`graphkit.run.build.build`): resolve the articles the first pass set aside,
one at a time, write ``relations.jsonl`` as it goes, then the store and the other outputs, all put in place
together."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomic import Staging
from .outputs import settle, write_files
from .spill import Spill

if TYPE_CHECKING:
    from ..graph.iri import IRIs
    from ..resolve.resolver import Resolver
    from .result import BuildResult

__all__ = ["finish"]


def finish(
    result: BuildResult,
    extracted: Spill,
    resolver: Resolver,
    *,
    out: Path | None,
    iris: IRIs,
    formats: Sequence[str],
    store: Path | None,
    keep: bool,
    fork: bool,
) -> None:
    """The second pass: resolve the extracted articles one at a time, then write the store and the outputs
    (with ``fork``, the RDF files in a copy of this process: :func:`~graphkit.run.outputs.write_files`)."""
    from ..graph.records import read_jsonl, relation_record, to_jsonl

    predicates: Counter[str] = Counter()
    with Spill(out) as resolved, Staging() as stage:
        jsonl = stage.open(out / "relations.jsonl") if out is not None else None
        for header, rels in extracted:
            rels = resolver.resolve(rels)
            resolved.add((header, rels))
            predicates.update(r.predicate for r in rels)
            if keep:
                result.relations.extend(rels)
            if jsonl is not None:
                jsonl.write(to_jsonl(relation_record(r, iris, header) for r in rels).encode("utf-8"))
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
            write_files(
                stage,
                out,
                lambda: iter(resolved),
                result.actors,
                lambda: read_jsonl(stage.staged(out / "relations.jsonl")),  # read back, a line at a time
                titles=result.titles,
                formats=formats,
                iris=iris,
                fork=fork,
            )
            result.outputs = {path.name: path for path in stage.commit()}
            settle(out, list(result.outputs.values()))  # the manifest; the previous build's other files go
