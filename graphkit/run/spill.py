"""The spill file: what lets a build hold one article at a time.

A build reads the corpus once, but resolution needs every article's mentions before it can resolve the
first one, and the writers read the resolved relations once per output. So each article is set aside on
disk as it is extracted (its mention-level relations, not its text) and read back a record at a time, as
often as needed.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["Spill"]


class Spill:
    """Items set aside in an anonymous temporary file (gone when closed, or when the process dies), written
    once and read back as often as needed. The file is made in ``near`` when it is a folder (the build's
    output folder: the disk the outputs go to), else in the system's temporary folder.

    >>> with Spill(None) as spill:
    ...     spill.add(("a1", [1, 2]))
    ...     spill.add(("a2", []))
    ...     list(spill) == list(spill) == [("a1", [1, 2]), ("a2", [])]
    True
    """

    def __init__(self, near: Path | None) -> None:
        folder = near if near is not None and near.is_dir() else None
        try:
            self.fh = tempfile.TemporaryFile(prefix=".graphkit-", dir=folder)
        except OSError:  # a folder it may not write to: the outputs will say so; the build goes on till then
            self.fh = tempfile.TemporaryFile(prefix=".graphkit-")
        self.end = 0  # where the items end
        self.pid = os.getpid()

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc: object) -> None:
        self.fh.close()

    def add(self, item: Any) -> None:
        """Set ``item`` aside: in the file at once (a forked copy of this process reads what it holds)."""
        pickle.dump(item, self.fh, protocol=pickle.HIGHEST_PROTOCOL)
        self.fh.flush()
        self.end = self.fh.tell()

    def __iter__(self) -> Iterator[Any]:
        if os.getpid() != self.pid:  # a forked copy (run.beside): the file's offset is shared, so read its own
            yield from self._reopened()
            return
        self.fh.seek(0)
        try:
            while self.fh.tell() < self.end:
                yield pickle.load(self.fh)
        finally:
            self.fh.seek(self.end)

    def _reopened(self) -> Iterator[Any]:
        """The items read through a new opening of the file (Linux's ``/proc/self/fd``, where a forked copy is
        made): its offset is its own, so the process that made the spill finds its own where it left it."""
        with open(f"/proc/self/fd/{self.fh.fileno()}", "rb") as fh:
            while fh.tell() < self.end:
                yield pickle.load(fh)
