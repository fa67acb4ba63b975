"""The Article of every format, made one way: boilerplate lines blanked, characters no text may hold replaced
(and said in a :class:`~graphkit.types.Notice`), metadata fields as strings, the title from the metadata or the
headline."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..errors import GraphkitError
from ..resources import load_boilerplate
from ..types import Article, Notice, Skipped
from .decode import sanitise
from .headline import is_headline

__all__ = ["META_FIELDS", "Record", "article"]

META_FIELDS = ("title", "date", "url", "source")
#: what a reader yields: an article, an input that could not be read, or a note about one
Record = Article | Skipped | Notice


def article(art_id: str, body: str, meta: dict[str, Any], path: object, where: str | None = None) -> Iterator[Record]:
    """The Article of every format: boilerplate blanked, characters no text may hold replaced (a Notice says
    how many), the title from metadata, else the first line when it is a headline by its form
    (:func:`~graphkit.ingest.headline.is_headline`)."""
    given = {k: str(meta[k]) for k in META_FIELDS if meta.get(k) not in (None, "")}
    clean = {k: sanitise(v) for k, v in {**given, "id": art_id, "text": body}.items()}
    replaced = sum(n for _, n in clean.values())
    fields: dict[str, str | None] = {k: clean[k][0] if k in clean else None for k in META_FIELDS}
    art_id, body = clean["id"][0], clean["text"][0]
    body = _strip_boilerplate(body).strip("\n")
    if not body.strip():
        raise GraphkitError("E002", path=path)
    if replaced:
        yield Notice(where or str(path), str(GraphkitError("E013", path=where or path, n=replaced)))
    first = next((ln.strip() for ln in body.split("\n") if ln.strip()), "")
    headline = first if is_headline(first, title=None) else ""  # a lead paragraph is no title
    yield Article(id=art_id, text=body, title=fields.pop("title") or headline, path=where or str(path), **fields)


def _strip_boilerplate(text: str) -> str:
    """Blank every boilerplate line (spaces keep the offsets of the rest)."""
    pattern = load_boilerplate()
    out = []
    for line in text.split("\n"):
        out.append(" " * len(line) if line.strip() and pattern.fullmatch(line.strip()) else line)
    return "\n".join(out)
