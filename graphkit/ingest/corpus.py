"""Read a corpus into :class:`~graphkit.types.Article` records.

Inputs are directories (read recursively), files, or ``-`` for standard input. Formats:

- ``.txt`` and ``.md``: the first non-empty line is the headline when it has a title's form (short,
  no sentence-final full stop); an optional YAML front-matter
  block (between ``---`` lines) may give ``title``, ``date``, ``url``, ``source``;
- ``.html``/``.htm``: the main text, extracted with trafilatura (boilerplate removal);
- ``.jsonl``: one article a line with ``id``, ``text`` and optional ``title``, ``date``, ``url``, ``source``.

Boilerplate lines (``ontologies/boilerplate.yaml``) are blanked in every format. Unreadable
inputs are yielded as :class:`~graphkit.types.Skipped` with a one-line reason; the rest go on.
In a directory, files named ``README*`` and files of other types are not articles and are passed over.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from ..errors import GraphkitError
from ..resources import load_boilerplate
from ..types import Article, Skipped
from .headline import is_headline

__all__ = ["SUFFIXES", "read_corpus"]

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
META_FIELDS = ("title", "date", "url", "source")
_MIN_HTML_WORDS = 5
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def read_corpus(paths: Iterable[str | Path], *, stdin: BinaryIO | None = None) -> Iterator[Article | Skipped]:
    """Yield every article of the corpus (or a Skipped record), in a stable order, ids unique.

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     folder = pathlib.Path(tmp)
    ...     _ = (folder / "talks.txt").write_text("Talks stall\\n\\nThe two sides met on Monday.\\n")
    ...     _ = (folder / "empty.txt").write_text("")
    ...     [(a.id, a.title) if isinstance(a, Article) else "skipped" for a in read_corpus([folder])]
    ['skipped', ('talks', 'Talks stall')]
    """
    seen: dict[str, str] = {}
    for item in _expand(paths):
        if isinstance(item, Skipped):
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


def count_articles(paths: Iterable[str | Path]) -> int | None:
    """How many records :func:`read_corpus` will yield (articles and skipped inputs), counted without
    reading the articles: a file is one, a JSONL file one per non-blank line. None when the corpus
    includes standard input, which can be read only once."""
    n = 0
    for item in _expand(paths):
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


def _expand(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    for raw in paths:
        if str(raw) == "-":
            yield Path("-")
            continue
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if (
                    f.is_file()
                    and f.suffix.lower() in SUFFIXES
                    and not f.name.upper().startswith("README")
                    and not any(part.startswith(".") for part in f.relative_to(p).parts)
                ):
                    yield f
        elif p.is_file():
            yield p
        else:
            yield Skipped(str(p), str(GraphkitError("E001", path=p)))


def _read_one(path: Path, stdin: BinaryIO | None) -> Iterator[Article | Skipped]:
    try:
        if str(path) == "-":
            data = (stdin or sys.stdin.buffer).read()
            text = _decode(data, "<stdin>")
            first = text.lstrip()[:1]
            if first == "{":
                yield from _read_jsonl(text.split("\n"), "<stdin>")
            else:
                yield _text_article(text, "stdin", "<stdin>", markdown=False)
            return
        suffix = path.suffix.lower()
        if suffix not in SUFFIXES:
            raise GraphkitError("E007", path=path, suffix=path.suffix)
        try:
            if suffix == ".jsonl":
                yield from _read_jsonl(_file_lines(path), path)
                return
            data = path.read_bytes()
        except OSError as e:
            raise GraphkitError("E011", path=path, msg=e.strerror or e) from e
        text = _decode(data, path)
        if suffix in (".html", ".htm"):
            yield _html_article(text, path)
        else:
            yield _text_article(text, path.stem, path, markdown=suffix == ".md")
    except GraphkitError as e:
        yield Skipped(str(path), str(e))


def _decode(data: bytes, path: object) -> str:
    if not data.strip():
        raise GraphkitError("E002", path=path)
    if b"\x00" in data[:8192]:
        raise GraphkitError("E003", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise GraphkitError("E004", path=path, pos=e.start) from e
    if sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f") > 8:
        raise GraphkitError("E003", path=path)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _strip_boilerplate(text: str) -> str:
    """Blank every boilerplate line (spaces keep the offsets of the rest)."""
    pattern = load_boilerplate()
    out = []
    for line in text.split("\n"):
        out.append(" " * len(line) if line.strip() and pattern.fullmatch(line.strip()) else line)
    return "\n".join(out)


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


def _front_matter(text: str, path: object) -> tuple[dict[str, Any], str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as e:
        raise GraphkitError("E008", path=path, msg=str(e).splitlines()[0]) from e
    if not isinstance(meta, dict):
        raise GraphkitError("E008", path=path, msg="expected key: value lines")
    return meta, text[m.end() :]


def _meta(meta: dict[str, Any]) -> dict[str, str | None]:
    return {k: (str(meta[k]) if meta.get(k) not in (None, "") else None) for k in META_FIELDS}


def _article(art_id: str, body: str, meta: dict[str, Any], path: object, where: str | None = None) -> Article:
    """The Article of every format: boilerplate blanked; the title from metadata, else the first line when
    it is a headline by its form (:func:`~graphkit.ingest.headline.is_headline`)."""
    body = _strip_boilerplate(body).strip("\n")
    if not body.strip():
        raise GraphkitError("E002", path=path)
    fields = _meta(meta)
    first = next((ln.strip() for ln in body.split("\n") if ln.strip()), "")
    headline = first if is_headline(first, title=None) else ""  # a lead paragraph is no title
    return Article(id=art_id, text=body, title=fields.pop("title") or headline, path=where or str(path), **fields)


def _text_article(text: str, art_id: str, path: object, *, markdown: bool) -> Article:
    meta, body = _front_matter(text, path)
    return _article(art_id, _plain_markdown(body) if markdown else body, meta, path)


def _html_article(html: str, path: Path) -> Article:
    import trafilatura  # imported here: only HTML inputs need it

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
    return _article(path.stem, body, fields, path)


def _file_lines(path: Path) -> Iterator[str]:
    """The lines of a JSONL file, read and decoded one at a time (a feed may be larger than memory), with
    the checks of :func:`_decode` on its first block."""
    with path.open("rb") as fh:
        head = fh.read(8192)
        if len(head) == 8192:  # a block may end inside a character: check what decodes of it
            head = head.decode("utf-8", errors="ignore").encode("utf-8")
        _decode(head, path)  # empty, binary, control characters
        fh.seek(0)
        offset = 0
        for n, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as e:
                raise GraphkitError("E004", path=path, pos=offset + e.start) from e
            offset += len(raw)
            yield line.rstrip("\r\n")


def _read_jsonl(lines: Iterable[str], path: object) -> Iterator[Article | Skipped]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield Skipped(f"{path}:{n}", str(GraphkitError("E005", path=path, line=n, msg=e.msg)))
            continue
        problem = _jsonl_problem(rec)
        if problem:
            yield Skipped(f"{path}:{n}", str(GraphkitError("E006", path=path, line=n, msg=problem)))
            continue
        try:
            yield _article(str(rec["id"]), rec["text"].replace("\r\n", "\n"), rec, path, where=f"{path}:{n}")
        except GraphkitError as e:  # a text that is all boilerplate
            yield Skipped(f"{path}:{n}", str(e))


def _jsonl_problem(rec: object) -> str | None:
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
