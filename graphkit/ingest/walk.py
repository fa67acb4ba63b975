"""Which files a corpus is: the paths given, folders walked recursively, and a line for each input passed over.

A folder's articles are its files with an article suffix, but ``README*`` (a corpus's own description) and
hidden files and folders (``.git``, ``.DS_Store``: said once per folder given). An unreadable folder, a FIFO, a
symbolic link that loops and the build's own output folder are each said once and passed over.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import GraphkitError
from ..types import Notice, Skipped

__all__ = ["SUFFIXES", "expand"]

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
_SHOWN = 3  # hidden names listed in a notice


def expand(paths: Iterable[str | Path], *, exclude: Path | None = None) -> Iterator[Path | Skipped | Notice]:
    """Each input file in a stable order (``Path("-")`` for standard input), and a Skipped or a Notice for
    what is passed over. Nothing under ``exclude`` (a build's output folder) is read."""
    skip = exclude.resolve() if exclude is not None else None
    for raw in paths:
        if str(raw) == "-":
            yield Path("-")
            continue
        p = Path(raw)
        kind = _kind(p)
        if kind == "dir":
            yield from _walk(p, skip)
        elif kind == "file":
            yield p
        elif kind == "other":
            yield Skipped(str(p), str(GraphkitError("E015", path=p)))
        elif kind == "loop":
            yield Skipped(str(p), str(GraphkitError("E016", path=p)))
        else:
            yield Skipped(str(p), str(GraphkitError("E001", path=p)))


def _kind(p: Path) -> str:
    """``dir``, ``file``, ``other`` (FIFO, socket, device), ``loop`` (a link that loops or dangles) or ``none``."""
    try:
        mode = p.stat().st_mode
    except OSError:
        return "loop" if p.is_symlink() else "none"
    return "dir" if stat.S_ISDIR(mode) else "file" if stat.S_ISREG(mode) else "other"


def _walk(top: Path, skip: Path | None) -> Iterator[Path | Skipped | Notice]:
    hidden: list[str] = []
    found: list[Path | Skipped | Notice] = []

    def unreadable(e: OSError) -> None:
        found.append(Skipped(str(e.filename), str(GraphkitError("E014", path=e.filename, msg=e.strerror or e))))

    for folder, dirs, files in os.walk(top, onerror=unreadable):
        here = Path(folder)
        if skip is not None and here.resolve() == skip:
            found.append(Notice(str(here), str(GraphkitError("E018", path=here))))
            dirs[:] = []
            continue
        hidden += [str((here / n).relative_to(top)) for n in dirs + files if n.startswith(".")]
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            f = here / name
            if name.startswith(".") or name.upper().startswith("README") or f.suffix.lower() not in SUFFIXES:
                continue
            kind = _kind(f)
            found.append(
                f
                if kind == "file"
                else Skipped(str(f), str(GraphkitError("E016" if kind in ("loop", "none") else "E015", path=f)))
            )
    if hidden:
        names = ", ".join(sorted(hidden)[:_SHOWN]) + (", ..." if len(hidden) > _SHOWN else "")
        yield Notice(str(top), str(GraphkitError("E017", path=top, n=len(hidden), names=names)))
    yield from sorted(found, key=_order)


def _order(item: Path | Skipped | Notice) -> tuple[str, ...]:
    """As paths sort (by their parts), whatever the item."""
    return (item if isinstance(item, Path) else Path(item.path)).parts
