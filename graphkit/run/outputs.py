"""The files a build writes into its output folder, all put in place together (:class:`~graphkit.atomic.Staging`):
``relations.jsonl``, the RDF file of each format asked for and the HTML views; and where an Oxigraph store
goes (``--store oxigraph:PATH``).

A build keeps a manifest of the files it wrote, ``OUT/.graphkit/outputs.json`` (each file's name, size and
modification time). The next build into the folder removes the files of the previous one that it does not write
itself (``graph.nt`` after a rebuild with only ``--format turtle``), once its own are in place (:func:`settle`):
only a file the manifest lists, of a name a build writes, and unchanged since (same size and time), so a file of
the user's, or one the user changed, is never removed."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomic import Staging, write_all
from ..errors import GraphkitError
from ..graph.iri import IRIs
from ..graph.store import STORE_SCHEME  # ``--store oxigraph:PATH``: the prefix that names an Oxigraph store folder
from ..types import Actor, Article, Relation
from .beside import Beside

if TYPE_CHECKING:
    from ..graph.records import RelationRecord
    from .result import BuildResult

__all__ = [
    "MANIFEST",
    "STORE_SCHEME",
    "output_names",
    "read_manifest",
    "settle",
    "store_path",
    "write_files",
    "write_outputs",
]

log = logging.getLogger(__name__)

#: The manifest of the files the last build wrote, under the output folder.
MANIFEST = Path(".graphkit") / "outputs.json"


def output_names() -> list[str]:
    """Every file name a build may write into its output folder (any of the RDF formats)."""
    from ..graph.formats import FORMATS
    from ..views import BUILD_PAGES  # the light modules: a re-run that writes nothing loads no writer

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
    fork: bool = False,
) -> None:
    """Stage the RDF files of ``formats`` and the HTML views (``relations.jsonl`` is staged already).
    ``parts`` and ``records`` give the articles with their relations and the relations' records, afresh
    each time they are called (each output reads them once).

    With ``fork`` (a build that had worker processes, on a system with ``fork``), a copy of this process
    (:class:`~graphkit.run.beside.Beside`) writes the RDF files while this one draws the views: the two are
    each about half of the writing, and the workers' CPUs are idle by then. If the copy fails, the RDF files
    are written here (and an error is raised from here)."""
    from ..graph.rdf import FORMATS, write

    paths = {fmt: out / FORMATS[fmt][0] for fmt in formats}
    for path in paths.values():
        stage.open(path).close()  # staged now, so an error or Ctrl-C removes it; written below

    def write_rdf() -> None:
        for fmt, path in paths.items():
            with stage.staged(path).open("wb") as fh:
                write(fmt, parts(), actors.values, fh, iris=iris)

    beside = Beside(write_rdf) if fork and paths else None
    try:
        from ..views.records import render_views  # pyvis loads here, beside the copy

        for name, page in render_views(records(), titles=titles).items():
            stage.write(out / name, page)
        written = beside is not None and beside.done()
    except BaseException:  # an error, Ctrl-C: the copy's file is removed with the others; the copy goes too
        if beside is not None:
            beside.cancel()
        raise
    if not written:
        write_rdf()


def write_outputs(
    result: BuildResult, out: Path, *, iris: IRIs, formats: Sequence[str] = ("turtle",), fork: bool = False
) -> dict[str, Path]:
    """Write the outputs of a build held in memory (``keep``): ``relations.jsonl``, the RDF file of each of
    ``formats`` (see :data:`graphkit.graph.rdf.FORMATS`) and the HTML views, all put in place together
    (``fork``: the RDF files by a forked copy, as after a build with worker processes; see :func:`write_files`)."""
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
            fork=fork,
        )
        written = stage.commit()
    settle(out, written)
    return {path.name: path for path in written}


def _stamp(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def read_manifest(out: Path) -> dict[str, list[int]]:
    """The files the last build into ``out`` wrote, by name, each with its size and modification time; empty
    when there is no manifest, or one graphkit cannot read (then nothing is removed)."""
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        files = data["files"]
        return {str(k): [int(v[0]), int(v[1])] for k, v in files.items()}
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return {}


def settle(out: Path, written: Sequence[Path]) -> list[Path]:
    """After a build's files are in place: write the manifest of ``written``, and remove the files of the
    previous build that this one did not write (see the module docstring); return those removed."""
    previous = read_manifest(out)
    write_all({out / MANIFEST: json.dumps({"files": {p.name: _stamp(p) for p in written}}, indent=1) + "\n"})
    ours, names = {p.name for p in written}, set(output_names())
    removed = []
    for name, stamp in previous.items():
        path = out / name
        if name in ours or name not in names or path.is_symlink() or not path.is_file() or _stamp(path) != stamp:
            continue
        try:
            os.unlink(path)
            removed.append(path)
        except OSError as e:  # left as it is: the new outputs are in place all the same
            log.warning("cannot remove %s, written by the previous build (%s)", path, e.strerror or e)
    return removed
