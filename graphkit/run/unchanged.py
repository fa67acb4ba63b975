"""An unchanged re-run does (almost) nothing: the record of the last build into an output folder, and the
check that a new build would give the same outputs.

After a build into ``OUT`` that read files only (no standard input), with the cache on and no ``--store``,
``OUT/.graphkit/build.json`` records:

- the *key*: the options that change the outputs (the corpus paths as given, the output folder, the base IRI,
  the formats, the model), graphkit's and spaCy's versions and the model's name and version;
- graphkit's code and data (:func:`code_files`: every module of the package and every file under
  ``ontologies/``), each file's size, modification time (ns) and SHA-256, taken as the inputs' are (below):
  the next build learns that none changed from a ``stat`` of each, without reading them;
- each input file as the walk of the corpus found it: its size, modification time (ns) and the SHA-256 of
  its bytes, taken *before* the build read it (a file changed during the build differs from its record), and
  the inputs passed over (hidden files, loops);
- the manifest of the outputs (:data:`graphkit.run.outputs.MANIFEST`: each file's size and time);
- what the build counted (articles, actors, predicates, skipped inputs, notices), for the summary.

The next build with the same key checks graphkit's files, then walks the corpus, taking a ``stat`` of each
file: a file whose size and time are as recorded is unchanged without being read (a time within
:data:`_RACY_NS` of the recording is not trusted, as git does for its index: the file is hashed); a file
whose ``stat`` differs is hashed, and is unchanged when its bytes are. When every input and every output is
as recorded, the build does not read, extract, resolve or write anything and reports the recorded counts.
Anything else (a record that is missing, unreadable or of another key) is a full build, with the cache.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..atomic import write_all
from ..ingest.walk import expand
from ..resources import ONTOLOGIES
from ..types import Notice, Skipped
from .cache import CACHE_DIR, digest, versions
from .outputs import read_manifest

if TYPE_CHECKING:
    from .result import BuildResult

__all__ = ["RECORD", "Inputs", "Rerun", "build_key", "code_files", "inputs", "read_record", "stamps", "write_record"]

log = logging.getLogger(__name__)

#: The record of the last build, under the output folder.
RECORD = Path(CACHE_DIR) / "build.json"

#: A file modified this close (ns) to the time its ``stat`` was recorded may have changed within the same
#: clock tick: its bytes are hashed whatever its ``stat`` says.
_RACY_NS = 2_000_000_000

_SCHEMA = 2  # the layout of the record

#: Each input as the walk found it: a file's ``[size, mtime_ns, sha256]``, or ``[kind, message]``.
Inputs = dict[str, list[Any]]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_key(paths: Sequence[str | Path], out: Path, *, model: str, base: str, formats: Sequence[str]) -> str:
    """What the outputs of a build depend on besides its inputs' bytes and graphkit's own files
    (:func:`code_files`), as a hex digest: the options, and graphkit's, spaCy's and the model's versions."""
    options = [[[str(p), str(Path(p).resolve())] for p in paths], os.getcwd(), str(out.resolve()), base, list(formats)]
    return digest(json.dumps([_SCHEMA, versions(model), options]), [])


def code_files() -> list[Path]:
    """graphkit's code and data: every module of the package and every file under ``ontologies/``."""
    package = Path(__file__).resolve().parent.parent
    return sorted(package.rglob("*.py")) + sorted(f for f in ONTOLOGIES.rglob("*") if f.is_file())


def _stamp(path: Path, old: list[Any] | None, now: int) -> list[Any]:
    """``[size, mtime_ns, sha256]`` of the file at ``path``: ``old`` (a record's) when the file's ``stat`` is as
    recorded and not racy, else taken afresh (its bytes read)."""
    st = path.stat()
    if old is not None and old[:2] == [st.st_size, st.st_mtime_ns] and now - st.st_mtime_ns > _RACY_NS:
        return old
    return [st.st_size, st.st_mtime_ns, _digest(path)]


def stamps(files: Sequence[Path], *, known: Inputs | None = None) -> Inputs:
    """Each of ``files`` as :func:`_stamp` takes it; with ``known`` (a record's), a file whose ``stat`` is as
    recorded keeps its recorded hash without being read."""
    now = time.time_ns()
    return {str(f): _stamp(f, (known or {}).get(str(f)), now) for f in files}


def inputs(paths: Sequence[str | Path], out: Path, *, known: Inputs | None = None) -> Inputs | None:
    """Each input of the corpus at ``paths`` (see the module docstring), or None when it includes standard
    input. With ``known`` (a record's inputs), a file whose ``stat`` is as recorded, and not racy, keeps its
    recorded hash without being read."""
    found: Inputs = {}
    now = time.time_ns()
    for item in expand(paths, exclude=out):
        if isinstance(item, Skipped | Notice):
            found[f"{type(item).__name__}:{item.path}"] = [item.reason if isinstance(item, Skipped) else item.message]
            continue
        if str(item) == "-":
            return None
        found[str(item)] = _stamp(item, (known or {}).get(str(item)), now)
    return found


def _same(a: list[Any], b: list[Any]) -> bool:
    """Two records of an input: equal, or of a file with the same bytes."""
    return a == b or (len(a) == len(b) == 3 and a[2] == b[2])


def read_record(out: Path) -> dict[str, Any] | None:
    """The record of the last build into ``out``; None when there is none graphkit can read."""
    try:
        data = json.loads((out / RECORD).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) and isinstance(data.get("inputs"), dict) else None
    except (OSError, ValueError):
        return None


def _all_same(recorded: Any, now: Inputs) -> bool:
    """Whether ``now`` has the files (or inputs) of ``recorded``, a record's, each the same (:func:`_same`)."""
    return isinstance(recorded, dict) and now.keys() == recorded.keys() and all(_same(now[k], recorded[k]) for k in now)


def _unchanged(record: dict[str, Any] | None, key: str, code: Inputs, now: Inputs, out: Path) -> bool:
    """Whether a build with ``key``, graphkit's files ``code``, of the inputs ``now`` into ``out`` would give what
    ``record`` says the last one did: the same key, the same code and data and the same inputs (by ``stat``, else by
    bytes), and the outputs the manifest lists, untouched."""
    if record is None or record.get("key") != key:
        return False
    manifest = read_manifest(out)
    if not manifest or manifest != record.get("manifest"):
        return False
    for name, stamp in manifest.items():
        try:
            st = (out / name).stat()
        except OSError:
            return False
        if [st.st_size, st.st_mtime_ns] != stamp:
            return False
    return _all_same(record.get("code"), code) and _all_same(record["inputs"], now)


def write_record(out: Path, key: str, found: Inputs, summary: dict[str, Any], *, code: Inputs) -> None:
    """Record the build just written into ``out``: ``found`` (its inputs before it read them), ``code`` (graphkit's
    files, :func:`code_files`, as :func:`stamps` took them), its outputs' manifest and ``summary``."""
    record = {"key": key, "code": code, "inputs": found, "manifest": read_manifest(out), "summary": summary}
    write_all({out / RECORD: json.dumps(record, ensure_ascii=False) + "\n"})


class Rerun:
    """The check of one build into ``out`` against the record of the last one, and the record it leaves."""

    def __init__(self, paths: Sequence[str | Path], out: Path, *, model: str, base: str, formats: Sequence[str]):
        self.paths, self.out = paths, out
        self.key = build_key(paths, out, model=model, base=base, formats=formats)
        self.record = read_record(out)
        self.found: Inputs | None = None
        self.code: Inputs = {}

    @classmethod
    def of(cls, paths: Sequence[str | Path], out: Path | None, *, plain: bool, **options: Any) -> Rerun | None:
        """The check for a build of ``paths`` that writes files only (``plain``: no store, nothing kept in
        memory, no pipeline of the caller's) into ``out``; None for any other build."""
        return cls(paths, out, **options) if plain and out is not None else None

    def unchanged(self) -> bool:
        """Whether the last build's outputs are what this one would write (the inputs are taken here, before
        the build reads them, for the record it will leave)."""
        known = self.record if self.record is not None and self.record.get("key") == self.key else {}
        self.code = stamps(code_files(), known=known.get("code"))
        self.found = inputs(self.paths, self.out, known=known.get("inputs"))
        return self.found is not None and _unchanged(self.record, self.key, self.code, self.found, self.out)

    def restore(self, result: BuildResult) -> None:
        """Fill ``result`` with what the last build counted and wrote."""
        assert self.record is not None
        s = self.record["summary"]
        result.article_count = result.cached = s["articles"]
        result.actor_count = s["actors"]
        result.predicate_counts = dict(s["predicates"])
        result.skipped = [Skipped(**d) for d in s["skipped"]]
        result.notices = [Notice(**d) for d in s["notices"]]
        result.outputs = {name: self.out / name for name in self.record["manifest"]}
        result.unchanged = True

    def save(self, result: BuildResult) -> None:
        """Record the build just written (with the inputs taken before it read them)."""
        if self.found is None:
            return
        summary = {
            "articles": result.article_count,
            "actors": len(result.actors),
            "predicates": result.predicate_counts or {},
            "skipped": [asdict(s) for s in result.skipped],
            "notices": [asdict(n) for n in result.notices],
        }
        try:
            write_record(self.out, self.key, self.found, summary, code=self.code)
        except OSError as e:  # the outputs are in place all the same: the next build is an ordinary one
            log.warning("cannot record the build in %s (%s)", self.out / RECORD, e.strerror or e)
