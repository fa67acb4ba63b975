"""The graph in an on-disk Oxigraph store (pyoxigraph), for graphs that outgrow memory.

``write_store`` serialises the dataset to N-Quads once and bulk-loads it into a new store built in a
temporary sibling folder, which is renamed into place only when complete: a failed write leaves the
previous store (if any) as it was. ``open_store`` opens a store read-only for querying.

>>> import rdflib, tempfile, pathlib
>>> ds = rdflib.Dataset()
>>> _ = ds.default_graph.add((rdflib.URIRef("urn:a"), rdflib.URIRef("urn:p"), rdflib.Literal("x")))
>>> path = pathlib.Path(tempfile.mkdtemp()) / "store"
>>> write_store(ds, path)
1
>>> len(open_store(path))
1
"""

from __future__ import annotations

import os
import shutil
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GraphkitError

if TYPE_CHECKING:
    from pyoxigraph import Store
    from rdflib import Graph

__all__ = ["STORE_SCHEME", "is_store", "open_store", "write_store"]

#: The prefix that names an Oxigraph store folder on the command line: ``oxigraph:PATH``.
STORE_SCHEME = "oxigraph:"
#: Quads handed to Oxigraph's bulk loader at a time (what it holds in memory while it sorts them in: about 0.8 kB
#: a quad, so 200,000 added 185 MB to the peak of a 500-article build; each call adds its own files to the store)
BATCH_QUADS = 50_000


def is_store(path: Path) -> bool:
    """Whether ``path`` is a folder that holds an Oxigraph store (a RocksDB database)."""
    return path.is_dir() and (path / "CURRENT").is_file() and any(path.glob("MANIFEST-*"))


def write_store(dataset: Graph | Iterable[tuple], path: str | Path) -> int:
    """Write ``dataset`` into a new Oxigraph store at ``path``, replacing a store already there; return the
    number of quads. ``dataset`` is an rdflib graph (a ``Dataset``'s named graphs stay named; a plain
    ``Graph`` goes to the default graph) or a stream of quads of Oxigraph terms (what
    :func:`graphkit.graph.rdf.graph_quads` gives), loaded as they come.

    Raises :class:`GraphkitError` E081 when ``path`` exists and is neither an empty folder nor an Oxigraph
    store (graphkit never deletes what it did not write), E080 when the store cannot be written.
    """
    from pyoxigraph import Quad as OxQuad
    from pyoxigraph import RdfFormat, Store
    from rdflib import Graph  # here, not at import: a build names its store (STORE_SCHEME) without rdflib

    path = Path(path)
    if path.exists() and not (is_store(path) or path.is_dir() and not any(path.iterdir())):
        raise GraphkitError("E081", path=path)
    data: bytes | None = None
    if isinstance(dataset, Graph):
        quads = dataset.context_aware  # a Dataset (named graphs) rather than one Graph
        with warnings.catch_warnings():
            # rdflib 7.6's own N-Quads serialiser calls its deprecated Dataset.contexts: not ours to fix
            warnings.simplefilter("ignore", DeprecationWarning)
            data = dataset.serialize(format="nquads" if quads else "nt", encoding="utf-8")
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
        umask = os.umask(0)
        os.umask(umask)
        tmp.chmod(0o777 & ~umask)  # mkdtemp's folders are private; a store is as readable as any folder
        store = Store(str(tmp))
        if data is not None:
            store.bulk_load(input=data, format=RdfFormat.N_QUADS if quads else RdfFormat.N_TRIPLES)
        else:  # in batches: Oxigraph's bulk loader holds what one call gives it, so memory stays flat
            for batch in _batches((OxQuad(*q) for q in dataset), BATCH_QUADS):
                store.bulk_extend(batch)
        store.flush()
        count = len(store)
        del store  # closes the database (and releases its lock) before the folder moves
        _replace_dir(tmp, path)
    except (OSError, SyntaxError, ValueError) as e:
        raise GraphkitError("E080", path=path, msg=_first_line(e)) from e
    finally:
        if tmp is not None and tmp.exists():  # a store that was not moved into place is not complete
            shutil.rmtree(tmp, ignore_errors=True)
    return count


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """``items`` in lists of ``size`` (the last one shorter).

    >>> list(_batches(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _replace_dir(new: Path, target: Path) -> None:
    """Move the folder ``new`` to ``target``; an existing ``target`` is set aside first and deleted only
    once ``new`` is in place (restored if the move fails)."""
    if not target.exists():
        os.replace(new, target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    os.replace(target, old / target.name)
    try:
        os.replace(new, target)
    except OSError:
        os.replace(old / target.name, target)
        raise
    finally:
        shutil.rmtree(old, ignore_errors=True)


def open_store(path: str | Path) -> Store:
    """Open the Oxigraph store at ``path`` read-only (E082 when it is missing or unreadable)."""
    from pyoxigraph import Store

    path = Path(path)
    if not is_store(path):
        raise GraphkitError(
            "E082", path=path, msg="no Oxigraph store there" if not path.exists() else "not an Oxigraph store"
        )
    try:
        return Store.read_only(str(path))
    except OSError as e:
        raise GraphkitError("E082", path=path, msg=_first_line(e)) from e


def _first_line(e: Exception) -> str:
    text = (e.strerror if isinstance(e, OSError) else None) or str(e) or type(e).__name__
    return text.splitlines()[0]
