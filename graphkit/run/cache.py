"""The build cache: each article's extracted relations, keyed by its content and by everything that
changes what extraction gives.

A re-run pays only for what is new. The key of an article is a SHA-256 of:

- the article: its id, title and text (after boilerplate removal: what extraction reads);
- the *fingerprint* of the extraction: graphkit's version and the source of the code that extracts
  (``graphkit/pipeline/``, ``extract.py``, ``engines.py``, ``nlp.py``, ``types.py``, ``lexicon.py``,
  ``resources.py``), spaCy's version, the model's name and version, and the data files the pipeline reads (the gazetteer
  ``actors.yaml``, ``cues.yaml``, ``places.tsv``, ``places_extra.tsv``).

So an edited gazetteer or lexicon, another model or a new graphkit re-extracts every article, and an
edited or added article re-extracts that article only. What is cached is the mention-level relations,
before cross-article resolution, which is cheap and always runs again on the whole corpus: the output
equals a build without the cache (a test checks this).

The cache is one SQLite file (``OUT/.graphkit/cache.sqlite`` by default). Each batch is committed as it
is extracted, so an interrupted build keeps what it had done. Entries not used by a build are kept
(several corpora can share a cache). Values are JSON, never pickles. ``graphkit build --no-cache`` neither
reads nor writes the cache.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from ..about import __version__
from ..errors import GraphkitError
from ..resources import ONTOLOGIES
from ..types import ACTOR_TYPES, MODALITIES, POLARITIES, PREDICATES, Article, Evidence, Mention, MentionRelation

__all__ = ["CACHE_DIR", "Cache", "code_files", "digest", "fingerprint", "versions"]

#: The cache's folder inside a build's output folder.
CACHE_DIR = ".graphkit"

#: the code extraction runs, relative to the package: every module of nlp/, and the records and data loaders it uses
_CODE = ("nlp", "types.py", "lexicon.py", "resources.py", "run/engines.py")
_DATA = ("actors.yaml", "cues.yaml", "places.tsv", "places_extra.tsv", "hedges.yaml", "confidence.tsv")
_SCHEMA = 4  # the layout of the table and of its values


def _model_version(model: str) -> str:
    """``name version`` of a model package or folder, read from its metadata without loading spaCy."""
    path = Path(model)
    meta = path / "meta.json" if path.is_dir() else None
    if meta is not None and meta.is_file():
        data = json.loads(meta.read_text(encoding="utf-8"))
        return f"{path.resolve()} {data.get('name')} {data.get('version')}"
    try:
        return f"{model} {importlib.metadata.version(model)}"
    except importlib.metadata.PackageNotFoundError:
        return f"{model} ?"


def versions(model: str) -> str:
    """graphkit's, spaCy's and the model's versions, in one line."""
    try:
        spacy_version = importlib.metadata.version("spacy")
    except importlib.metadata.PackageNotFoundError:
        spacy_version = "?"
    return f"graphkit {__version__}\0spacy {spacy_version}\0{_model_version(model)}"


def digest(head: str, files: Iterable[tuple[str, Path]]) -> str:
    """A hex digest of ``head`` and of each file's name and bytes (a missing file counts as missing)."""
    h = hashlib.sha256(head.encode())
    for name, f in files:
        h.update(name.encode() + b"\0")
        h.update(f.read_bytes() if f.is_file() else b"(missing)")
    return h.hexdigest()


def fingerprint(model: str, ontologies: Path = ONTOLOGIES) -> str:
    """What the extraction of ``model`` with the data in ``ontologies`` depends on, as a hex digest (read
    afresh each build: a few milliseconds)."""
    files = [*code_files(), *((name, ontologies / name) for name in _DATA)]
    return digest(f"{versions(model)}\0schema {_SCHEMA}\0", files)


def code_files() -> list[tuple[str, Path]]:
    """The extraction code the cache depends on: ``(path relative to the package, path)``, in a fixed order."""
    package = Path(__file__).resolve().parent.parent
    files = [
        f
        for name in _CODE
        for f in (sorted((package / name).rglob("*.py")) if (package / name).is_dir() else [package / name])
    ]
    return [(f.relative_to(package).as_posix(), f) for f in files]


def article_key(article: Article, fp: str) -> str:
    h = hashlib.sha256()
    for part in (fp, article.id, article.title, article.text):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def _dumps(relations: list[MentionRelation]) -> bytes:
    """Mention-level relations as JSON (data, not pickles: a cache file can never run code)."""
    return json.dumps([dataclasses.asdict(r) for r in relations], ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"
    )


def _mention(d: object) -> Mention:
    if not isinstance(d, dict):
        raise TypeError("a mention is a JSON object")
    m = Mention(**d)
    if m.type not in ACTOR_TYPES or not isinstance(m.name, str) or not m.name:
        raise ValueError(f"not an actor mention: {d!r}")
    return m


def _relation(d: dict) -> MentionRelation:
    """A cached relation, checked as strictly as anything read from outside: a predicate, types and a
    polarity graphkit knows, offsets and a confidence that are numbers, a pattern name that is text
    (ValueError, TypeError or KeyError otherwise)."""
    rel = MentionRelation(
        predicate=d["predicate"],
        subject=_mention(d["subject"]),
        object=_mention(d["object"]) if d["object"] else None,
        evidence=Evidence(**d["evidence"]),
        content=d["content"],
        confidence=d["confidence"],
        polarity=d["polarity"],
        attributed_to=_mention(d["attributed_to"]) if d["attributed_to"] else None,
        pattern=d["pattern"],
        modality=d["modality"],
    )
    ev = rel.evidence
    if rel.predicate not in PREDICATES or rel.polarity not in POLARITIES or rel.modality not in MODALITIES:
        raise ValueError(f"unknown predicate, polarity or modality: {rel.predicate!r}, {rel.polarity!r}")
    if not isinstance(rel.pattern, str) or not isinstance(rel.confidence, (int, float)):
        raise ValueError("bad pattern or confidence")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (ev.start, ev.end)) or not (
        isinstance(ev.sentence, str) and isinstance(ev.article, str)
    ):
        raise ValueError("bad evidence")
    return rel


def _relations(value: bytes) -> list[MentionRelation] | None:
    """The relations of a cache row, or None for a row that is not what graphkit writes (it is re-extracted)."""
    try:
        rows = json.loads(value)
        if not isinstance(rows, list):
            return None
        return [_relation(d) for d in rows]
    except (ValueError, TypeError, KeyError, AttributeError):  # JSON errors are ValueErrors
        return None


class Cache:
    """The cache file at ``path`` for extraction with fingerprint ``fp``. Use it as a context manager."""

    def __init__(self, path: str | Path, fp: str) -> None:
        self.path, self.fp = Path(path), fp
        self.hits = self.misses = 0
        self._db: sqlite3.Connection | None = None

    @property
    def db(self) -> sqlite3.Connection:
        """The database, opened (and made) on first use: a build that reads no article makes no cache."""
        if self._db is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path)
                db.execute("CREATE TABLE IF NOT EXISTS relations (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
                db.commit()
            except (OSError, sqlite3.Error) as e:
                raise GraphkitError("E100", path=self.path, msg=str(e).splitlines()[0]) from e
            self._db = db
        return self._db

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, article: Article) -> list[MentionRelation] | None:
        """The cached relations of ``article``, or None (counted as a hit or a miss)."""
        try:
            row = self.db.execute(
                "SELECT value FROM relations WHERE key = ?", (article_key(article, self.fp),)
            ).fetchone()
        except sqlite3.Error as e:
            raise GraphkitError("E100", path=self.path, msg=str(e).splitlines()[0]) from e
        rels = _relations(row[0]) if row is not None else None
        if rels is None:  # not there, or a row that is not what graphkit writes: extracted again
            self.misses += 1
            return None
        self.hits += 1
        return rels

    def put(self, items: Iterable[tuple[Article, list[MentionRelation]]]) -> None:
        """Store the relations of each article and commit them together."""
        try:
            with self.db:
                self.db.executemany(
                    "INSERT OR REPLACE INTO relations VALUES (?, ?)",
                    [(article_key(a, self.fp), _dumps(rels)) for a, rels in items],
                )
        except sqlite3.Error as e:
            raise GraphkitError("E100", path=self.path, msg=str(e).splitlines()[0]) from e

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
