"""JSONL corpora: one article a JSON object a line (``id``, ``text``, optional ``title``, ``date``, ``url``,
``source``), read a line at a time (a feed may be larger than memory); a bad line is one Skipped record naming
the file and the line, and the rest go on."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import GraphkitError
from ..types import Skipped
from .article import META_FIELDS, Record, article
from .decode import MAX_BYTES, decode, newlines

__all__ = ["jsonl_file_lines", "read_jsonl"]


def jsonl_file_lines(path: Path) -> Iterator[str | GraphkitError]:
    """The lines of a JSONL file, read and decoded one at a time, with the checks of
    :func:`~graphkit.ingest.decode.decode` on its first block. A line that cannot be decoded or is too long
    is yielded as its error (E004, E012), for :func:`read_jsonl` to report as that line's."""
    try:
        fh = path.open("rb")
    except OSError as e:
        raise GraphkitError("E011", path=path, msg=e.strerror or e) from e
    with fh:
        head = fh.read(8192)
        if len(head) == 8192:  # a block may end inside a character: check what decodes of it
            head = head.decode("utf-8", errors="ignore").encode("utf-8")
        decode(head, path)  # empty, binary, control characters
        fh.seek(0)
        offset = 0
        for n, raw in enumerate(fh, 1):
            offset += len(raw)
            if len(raw) > MAX_BYTES:
                yield GraphkitError("E012", path=f"{path}:{n}", size=len(raw), limit=MAX_BYTES)
                continue
            try:
                yield raw.decode("utf-8-sig" if n == 1 else "utf-8").rstrip("\r\n")
            except UnicodeDecodeError as e:
                yield GraphkitError("E004", path=path, pos=offset - len(raw) + e.start, encoding="UTF-8")


def read_jsonl(lines: Iterable[str | GraphkitError], path: object) -> Iterator[Record]:
    for n, line in enumerate(lines, 1):
        where = f"{path}:{n}"
        if isinstance(line, GraphkitError):
            yield Skipped(where, str(line))
            continue
        if not line.strip():
            continue
        try:
            rec = _record(line, path, n)
            yield from article(str(rec["id"]), newlines(rec["text"]), rec, path, where=where)
        except GraphkitError as e:  # a bad line, or a text that is all boilerplate
            yield Skipped(where, str(e))


def _record(line: str, path: object, n: int) -> dict[str, Any]:
    """The record of line ``n``: E005 for bad JSON, E006 for missing or mistyped fields."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        raise GraphkitError("E005", path=path, line=n, msg=e.msg) from e
    problem = _problem(rec)
    if problem:
        raise GraphkitError("E006", path=path, line=n, msg=problem)
    assert isinstance(rec, dict)
    return rec


def _problem(rec: object) -> str | None:
    if not isinstance(rec, dict):
        return "expected a JSON object"
    if not isinstance(rec.get("id"), (str, int)) or isinstance(rec.get("id"), bool) or str(rec["id"]).strip() == "":
        return "the record lacks an 'id' (a non-empty string)"
    if not isinstance(rec.get("text"), str) or not rec["text"].strip():
        return "the record lacks a 'text' (a non-empty string)"
    for k in META_FIELDS:
        if rec.get(k) is not None and not isinstance(rec[k], (str, int, float)):
            return f"'{k}' must be a string"
    return None
