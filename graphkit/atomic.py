"""Atomic file output: write to a temporary file beside the target, then rename over it.

A failed run never leaves a half-written file, and an existing file is only replaced by a complete one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from .errors import GraphkitError

__all__ = ["write_all"]


def _file_mode() -> int:
    """The mode a new file gets under the process umask (mkstemp's files are private, 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_all(files: Mapping[Path, str | bytes]) -> None:
    """Write every file to a temporary sibling first; rename them into place only when all are written."""
    temps: list[tuple[str, Path]] = []
    mode = _file_mode()
    try:
        for path, data in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            temps.append((tmp, path))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data.encode("utf-8") if isinstance(data, str) else data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, mode)  # readable like any file the user writes, not only by the owner
        for tmp, path in temps:
            os.replace(tmp, path)
    except OSError as e:
        for tmp, _ in temps:
            if os.path.exists(tmp):
                os.unlink(tmp)
        target = temps[-1][1] if temps else next(iter(files), "?")
        raise GraphkitError("E040", path=target, msg=e.strerror or e) from e
