"""The files a build writes into its output folder, all put in place together (:class:`~graphkit.atomic.Staging`):
``relations.jsonl``, the RDF file of each format asked for and the HTML views; and where an Oxigraph store
goes (``--store oxigraph:PATH``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomic import Staging
from ..errors import GraphkitError
from ..graph.iri import IRIs
from ..graph.store import STORE_SCHEME  # ``--store oxigraph:PATH``: the prefix that names an Oxigraph store folder
from ..types import Actor, Article, Relation

if TYPE_CHECKING:
    from ..graph.records import RelationRecord
    from .result import BuildResult

__all__ = ["STORE_SCHEME", "output_names", "store_path", "write_files", "write_outputs"]


def output_names() -> list[str]:
    """Every file name a build may write into its output folder (any of the RDF formats)."""
    from ..graph.rdf import FORMATS
    from ..views.records import BUILD_PAGES

    return ["relations.jsonl", *(name for name, _ in FORMATS.values()), *BUILD_PAGES]


def store_path(spec: str | Path) -> Path:
    """``oxigraph:PATH`` (or a :class:`~pathlib.Path`) → the store's folder; E041 for anything else.

    >>> store_path("oxigraph:out/store").as_posix()
    'out/store'
    """
    if isinstance(spec, Path):
        return spec
    path = spec.removeprefix(STORE_SCHEME)
    if path == spec or not path.strip():
        raise GraphkitError("E041", value=spec)
    return Path(path)


def write_files(
    stage: Staging,
    out: Path,
    parts: Callable[[], Iterable[tuple[Article, Sequence[Relation]]]],
    actors: dict[str, Actor],
    records: Callable[[], Iterable[RelationRecord]],
    *,
    titles: dict[str, str],
    formats: Sequence[str],
    iris: IRIs,
) -> None:
    """Stage the RDF files of ``formats`` and the HTML views (``relations.jsonl`` is staged already).
    ``parts`` and ``records`` give the articles with their relations and the relations' records, afresh
    each time they are called (each output reads them once)."""
    from ..graph.rdf import FORMATS, write
    from ..views.records import render_views

    for fmt in formats:
        with stage.open(out / FORMATS[fmt][0]) as fh:
            write(fmt, parts(), actors.values, fh, iris=iris)
    for name, page in render_views(records(), titles=titles).items():
        stage.write(out / name, page)


def write_outputs(
    result: BuildResult, out: Path, *, iris: IRIs, formats: Sequence[str] = ("turtle",)
) -> dict[str, Path]:
    """Write the outputs of a build held in memory (``keep``): ``relations.jsonl``, the RDF file of each of
    ``formats`` (see :data:`graphkit.graph.rdf.FORMATS`) and the HTML views, all put in place together."""
    from ..graph.rdf import check_formats, parts
    from ..graph.records import relation_records, to_jsonl

    formats = check_formats(formats)
    grouped = parts(result.articles, result.relations)
    records = relation_records(result.relations, iris, result.articles)
    with Staging() as stage:
        stage.write(out / "relations.jsonl", to_jsonl(records))
        write_files(
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
