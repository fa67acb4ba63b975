"""One build per output folder: a lock held for the whole build, and the leftovers of a dead build cleared.

The lock is a file named after the output folder's absolute path in the system's temporary folder (nothing is
added to the output folder, which may not even exist yet), held with ``flock`` (the kernel releases it when the
process ends, however it ends: a build killed with ``kill -9`` leaves no stale lock) and holding the builder's
pid, so that a second build into the same folder stops at once with one line that says who holds it (E103).
Holding it, a build removes the temporary files a killed build left beside the outputs
(``.graph.ttl.XXXX.tmp``): nobody else can be writing them.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..atomic import remove_stale
from ..errors import GraphkitError

__all__ = ["lock_path", "output_lock"]


@contextmanager
def output_lock(out: Path | None, outputs: Iterable[str] = ()) -> Iterator[int]:
    """Hold the lock of the output folder ``out`` (nothing for None) while the block runs; yields how many
    stale temporary files of ``outputs`` (file names) were removed. E103 when another build holds it, E040
    when it cannot be made."""
    if out is None:
        yield 0
        return
    path = lock_path(out)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise GraphkitError("E040", path=path, msg=e.strerror or e) from e
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise GraphkitError("E103", path=out, pid=holder) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield remove_stale(out, outputs)
    finally:
        os.close(fd)  # releases the lock


def lock_path(out: Path) -> Path:
    """The lock file of the output folder ``out`` (the same for every spelling of its path)."""
    key = hashlib.sha256(os.fsencode(out.resolve())).hexdigest()[:32]
    return Path(tempfile.gettempdir()) / "graphkit-locks" / f"{key}.lock"
