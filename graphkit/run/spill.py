"""The spill file: what lets a build hold one article at a time.

A build reads the corpus once, but resolution needs every article's mentions before it can resolve the
first one, and the writers read the resolved relations once per output. So each article is set aside on
disk as it is extracted (its mention-level relations, not its text) and read back a record at a time, as
often as needed.
"""

from __future__ import annotations

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

    def __enter__(self) -> Spill:
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
