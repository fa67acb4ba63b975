"""Atomic file output: write to a temporary file beside the target, then rename over it.

A failed or interrupted run never leaves a half-written file, and an existing file is only replaced by a
complete one. :class:`Staging` does it for a set of files written as streams (a build's outputs, which may
be larger than memory): every file is staged first, and only when all are complete are they renamed into
place; an error or Ctrl-C on the way removes the staged files and leaves the old outputs as they were.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import BinaryIO

from .errors import GraphkitError

__all__ = ["Staging", "remove_stale", "write_all"]

_TEMP_SUFFIX = ".tmp"


def _temp_prefix(name: str) -> str:
    """A staged file's name is this prefix, a random part and ``.tmp``: ``.graph.ttl.k2j3h4ab.tmp``."""
    return f".{name}."


def _file_mode() -> int:
    """The mode a new file gets under the process umask (mkstemp's files are private, 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


class Staging:
    """Files staged beside their targets, put in place together by :meth:`commit`. As a context manager,
    whatever is not committed when the block ends (an exception, ``KeyboardInterrupt``) is removed."""

    def __init__(self) -> None:
        self.temps: dict[Path, str] = {}  # target → its temporary sibling
        self.mode = _file_mode()

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        self.abort()

    def open(self, path: Path) -> BinaryIO:
        """A new temporary file beside ``path``, open for writing in binary."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(path.name), suffix=_TEMP_SUFFIX, dir=path.parent)
        except OSError as e:
            raise GraphkitError("E040", path=path, msg=e.strerror or e) from e
        self.temps[path] = tmp
        return os.fdopen(fd, "wb")

    def write(self, path: Path, data: str | bytes) -> None:
        """Stage ``data`` as the new content of ``path``."""
        try:
            with self.open(path) as fh:
                fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        except OSError as e:
            raise GraphkitError("E040", path=path, msg=e.strerror or e) from e

    def staged(self, path: Path) -> Path:
        """The temporary file of ``path`` (to read back what was written)."""
        return Path(self.temps[path])

    def commit(self) -> list[Path]:
        """Make every staged file durable, then rename each over its target; return the targets."""
        path = next(iter(self.temps), Path("?"))
        try:
            for tmp in self.temps.values():
                with open(tmp, "rb+") as fh:
                    os.fsync(fh.fileno())
                os.chmod(tmp, self.mode)  # readable like any file the user writes, not only by the owner
            for path, tmp in self.temps.items():
                os.replace(tmp, path)
        except OSError as e:
            self.abort()
            raise GraphkitError("E040", path=path, msg=e.strerror or e) from e
        done, self.temps = list(self.temps), {}
        return done

    def abort(self) -> None:
        """Remove every staged file that was not committed."""
        for tmp in self.temps.values():
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
        self.temps = {}


def write_all(files: Mapping[Path, str | bytes]) -> None:
    """Write every file to a temporary sibling first; rename them into place only when all are written."""
    with Staging() as stage:
        for path, data in files.items():
            stage.write(path, data)
        stage.commit()


def remove_stale(folder: Path, names: Iterable[str]) -> int:
    """Remove the staged files that a process killed while writing ``names`` in ``folder`` left behind
    (only while nobody else can be writing them); return how many. Files of other names are left alone."""
    prefixes = tuple(_temp_prefix(n) for n in names)
    removed = 0
    for f in folder.iterdir() if folder.is_dir() else ():
        if f.name.startswith(prefixes) and f.name.endswith(_TEMP_SUFFIX) and f.is_file():
            try:
                f.unlink()
                removed += 1
            except OSError:
                pass  # left for the next build; it is no output
    return removed
