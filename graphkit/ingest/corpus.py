"""Read a corpus into :class:`~graphkit.types.Article` records.

Inputs are directories (read recursively), files, or ``-`` for standard input. Formats:

- ``.txt`` and ``.md``: the first non-empty line is the headline; an optional YAML front-matter
  block (between ``---`` lines) may give ``title``, ``date``, ``url``, ``source``;
- ``.html``/``.htm``: the main text, extracted with trafilatura (boilerplate removal);
- ``.jsonl``: one article a line with ``id``, ``text`` and optional ``title``, ``date``, ``url``, ``source``.

Boilerplate lines (``ontologies/boilerplate.yaml``) are blanked in every format. Nothing in one input stops
the others: an unreadable input is yielded as a :class:`~graphkit.types.Skipped` with a one-line reason, and
what is passed over or repaired (hidden files, replaced characters) as a :class:`~graphkit.types.Notice`.
In a directory, files named ``README*`` and files of other types are not articles and are passed over.
Offsets in an Article's text are those of the file as read (see :mod:`graphkit.ingest.decode`).
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import GraphkitError
from ..types import Article, Notice, Skipped
from .article import Record, article
from .deadline import deadline
from .decode import MAX_BYTES, MAX_HTML_BYTES, decode
from .frontmatter import split_front_matter
from .jsonl import jsonl_file_lines, read_jsonl
from .walk import SUFFIXES, expand

__all__ = ["SUFFIXES", "count_articles", "read_corpus"]

log = logging.getLogger(__name__)

_MIN_HTML_WORDS = 5
#: the longest the main-text extraction of one HTML page may take (it grows faster than the page)
HTML_SECONDS = 60


def read_corpus(
    paths: Iterable[str | Path], *, stdin: BinaryIO | None = None, exclude: Path | None = None
) -> Iterator[Record]:
    """Yield every article of the corpus (or a Skipped or Notice record), in a stable order, ids unique.
    Nothing under ``exclude`` (a build's output folder) is read.

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     folder = pathlib.Path(tmp)
    ...     _ = (folder / "talks.txt").write_text("Talks stall\\n\\nThe two sides met on Monday.\\n")
    ...     _ = (folder / "empty.txt").write_text("")
    ...     [(a.id, a.title) if isinstance(a, Article) else "skipped" for a in read_corpus([folder])]
    ['skipped', ('talks', 'Talks stall')]
    """
    seen: dict[str, str] = {}
    for item in expand(paths, exclude=exclude):
        if not isinstance(item, Path):
            yield item
            continue
        for rec in _read_one(item, stdin):
            if isinstance(rec, Article):
                if rec.id in seen:
                    rec = Skipped(
                        str(rec.path), str(GraphkitError("E010", path=rec.path, id=rec.id, first=seen[rec.id]))
                    )
                else:
                    seen[rec.id] = str(rec.path)
            yield rec


def count_articles(paths: Iterable[str | Path], *, exclude: Path | None = None) -> int | None:
    """How many records :func:`read_corpus` will yield (articles and skipped inputs), counted without
    reading the articles: a file is one, a JSONL file one per non-blank line. None when the corpus
    includes standard input, which can be read only once."""
    n = 0
    for item in expand(paths, exclude=exclude):
        if isinstance(item, Notice):
            continue
        if isinstance(item, Path) and str(item) == "-":
            return None
        if isinstance(item, Path) and item.suffix.lower() == ".jsonl":
            try:
                with item.open("rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            except OSError:
                n += 1  # read_corpus reports it as one skipped input
        else:
            n += 1
    return n


def _read_one(path: Path, stdin: BinaryIO | None) -> Iterator[Record]:
    try:
        if str(path) == "-":
            yield from _read_stdin(stdin)
            return
        suffix = path.suffix.lower()
        if suffix not in SUFFIXES:
            raise GraphkitError("E007", path=path, suffix=path.suffix)
        if suffix == ".jsonl":
            yield from read_jsonl(jsonl_file_lines(path), path)
            return
        text = decode(_read_bytes(path, MAX_HTML_BYTES if suffix in (".html", ".htm") else MAX_BYTES), path)
        if suffix in (".html", ".htm"):
            yield from _html_article(text, path)
        else:
            yield from _text_article(text, path.stem, path, markdown=suffix == ".md")
    except GraphkitError as e:
        yield Skipped(str(path), str(e))


def _read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes; E012 past ``limit`` (checked before reading), E011 when it cannot be read."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise GraphkitError("E012", path=path, size=size, limit=limit)
        return path.read_bytes()
    except OSError as e:
        raise GraphkitError("E011", path=path, msg=e.strerror or e) from e


def _read_stdin(stdin: BinaryIO | None) -> Iterator[Record]:
    data = (stdin or sys.stdin.buffer).read(MAX_BYTES + 1)
    text = decode(data, "<stdin>")
    if text.lstrip()[:1] == "{":
        yield from read_jsonl(text.split("\n"), "<stdin>")
    else:
        yield from _text_article(text, "stdin", "<stdin>", markdown=False)


_MD_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image → its alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # link → its text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),  # emphasis
    (re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+)"), ""),  # heading, quote, list markers
]


def _plain_markdown(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        for pattern, repl in _MD_INLINE:
            line = pattern.sub(repl, line)
        lines.append(line)
    return "\n".join(lines)


def _text_article(text: str, art_id: str, path: object, *, markdown: bool) -> Iterator[Record]:
    meta, body = split_front_matter(text, path)
    yield from article(art_id, _plain_markdown(body) if markdown else body, meta, path)


def _html_article(html: str, path: Path) -> Iterator[Record]:
    import trafilatura  # imported here: only HTML inputs need it

    with deadline(HTML_SECONDS, GraphkitError("E023", path=path, seconds=HTML_SECONDS)):
        text = trafilatura.extract(
            html,
            output_format="txt",
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=True,
            deduplicate=False,
        )
        meta = trafilatura.extract_metadata(html)
    title = (meta.title if meta and meta.title else "") or ""
    if not text or len(text.split()) < _MIN_HTML_WORDS:  # a menu or a stub is no article
        raise GraphkitError("E009", path=path)
    body = text.strip("\n")
    if title and not body.lstrip().startswith(title):
        body = f"{title}\n\n{body}"
    fields = {"title": title, "date": meta.date, "url": meta.url, "source": meta.sitename} if meta else {}
    yield from article(path.stem, body, fields, path)
