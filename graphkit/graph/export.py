"""The event table: one flat row per relation of a ``relations.jsonl``, with column names modelled on the event
tables of GDELT and POLECAT (a source actor does an event to a target actor, on a date, in an article), as CSV
(RFC 4180, UTF-8, a header row; the standard library's ``csv``) or Parquet (``pyarrow``, the optional extra
``graphkit-news[parquet]``). Written atomically (:mod:`graphkit.atomic`).

>>> from graphkit.graph.iri import IRIs
>>> from graphkit.graph.records import relation_record
>>> from graphkit.types import Actor, Evidence, Relation
>>> kyiv = Actor(key="ukraine", label="Ukraine", type="Country", country="Ukraine", country_key="ukraine")
>>> moscow = Actor(key="russia", label="Russia", type="Country", country="Russia", country_key="russia")
>>> rec = relation_record(Relation("accuses", kyiv, moscow, Evidence("a1", "Kyiv accused Moscow.", 0, 20, "accused")),
...                       IRIs())
>>> row = event_row(rec)
>>> row["source_actor"], row["source_country_iso3"], row["event_type"], row["target_country_iso3"], row["plover_type"]
('Ukraine', 'UKR', 'accuses', 'RUS', 'ACCUSE')
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

from ..atomic import Staging
from ..errors import GraphkitError
from .records import ActorRecord, RelationRecord, read_jsonl

__all__ = ["COLUMNS", "EXPORT_FORMATS", "csv_text", "event_row", "event_rows", "export", "relations_file"]

#: The formats ``export`` writes, and the suffix of each one's default file name.
EXPORT_FORMATS = {"csv": ".csv", "parquet": ".parquet"}

#: The columns of the event table, in order, each with what it holds (the README's table is this list).
COLUMNS: dict[str, str] = {
    "event_id": "a stable id: 16 hex digits of a hash of the article, predicate, actors, offset and content",
    "date": "the article's date, ISO 8601 (YYYY-MM-DD) where it reads as one, else as given",
    "article_id": "the article's id",
    "title": "the article's title",
    "url": "the article's URL",
    "outlet": "the article's source (the outlet that published it)",
    "event_type": "the predicate: claims, accuses, denies, threatens, attacks, supports, rejects, meets, demands",
    "plover_type": "the PLOVER event type (ACCUSE, THREATEN, ASSAULT, CONSULT...), empty for claims and denials",
    "plover_mode": "the PLOVER mode where the cue determines one (phone, visit, artillery...)",
    "modality": "asserted, hedged, conditional or reported (inside somebody's claim)",
    "polarity": "positive (the text asserts it) or negative (the text says it did not happen)",
    "source_actor": "the subject's label",
    "source_actor_id": "the subject's IRI",
    "source_actor_type": "Person, Organization, Country or Group",
    "source_country": "the subject's country (its label)",
    "source_country_iso3": "the subject's country, ISO 3166-1 alpha-3",
    "source_wikidata": "the subject's Wikidata id (Q...)",
    "target_actor": "the object's label (empty for a claim)",
    "target_actor_id": "the object's IRI",
    "target_actor_type": "Person, Organization, Country or Group",
    "target_country": "the object's country (its label)",
    "target_country_iso3": "the object's country, ISO 3166-1 alpha-3",
    "target_wikidata": "the object's Wikidata id",
    "attributed_to": "the claimant of a reported relation (its label)",
    "attributed_to_id": "the claimant's IRI",
    "attributed_to_country_iso3": "the claimant's country, ISO 3166-1 alpha-3",
    "content": "what a claim says (claims only)",
    "sentence": "the evidence sentence",
    "start": "where the sentence starts in the article text (characters)",
    "end": "where it ends",
    "cue": "the word or phrase that signals the relation",
    "confidence": "how sure the extractor is, from 0 to 1",
}
_INTEGERS = ("start", "end")


def relations_file(path: str | Path) -> Path:
    """The ``relations.jsonl`` of a build's output folder, or ``path`` itself; E060 when there is none."""
    path = Path(path)
    jsonl = path / "relations.jsonl" if path.is_dir() else path
    if not jsonl.is_file():
        raise GraphkitError("E060", path=path)
    return jsonl


def _actor(a: ActorRecord | None, side: str, *, full: bool = True) -> dict[str, Any]:
    """The columns of one actor: ``source_actor``, ``source_actor_id``... (``side`` is ``source``, ``target`` or
    ``attributed_to``, whose columns are its label, IRI and country code only)."""
    actor = f"{side}_actor" if full else side
    cols: dict[str, Any] = {actor: a["label"] if a else None, f"{actor}_id": a["id"] if a else None}
    if full:
        cols[f"{actor}_type"] = a["type"] if a else None
        cols[f"{side}_country"] = a["country"] if a else None
        cols[f"{side}_wikidata"] = a["wikidata"] if a else None
    cols[f"{side}_country_iso3"] = a.get("iso3") if a else None
    return cols


def _event_id(rec: RelationRecord) -> str:
    parts = [
        rec["article"],
        rec["predicate"],
        rec["subject"]["id"],
        rec["object"]["id"] if rec["object"] else "",
        str(rec["start"]),
        rec["content"] or "",
        rec["attributed_to"]["id"] if rec["attributed_to"] else "",
    ]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def event_row(rec: RelationRecord) -> dict[str, Any]:
    """One record as a row of the event table: :data:`COLUMNS`, in order (None where nothing is known)."""
    code = rec.get("plover")
    cols: dict[str, Any] = {
        "event_id": _event_id(rec),
        "date": rec.get("date"),
        "article_id": rec["article"],
        "title": rec.get("title"),
        "url": rec.get("url"),
        "outlet": rec.get("source"),
        "event_type": rec["predicate"],
        "plover_type": code["type"] if code else None,
        "plover_mode": code["mode"] if code else None,
        "modality": rec.get("modality"),
        "polarity": rec.get("polarity"),
        **_actor(rec["subject"], "source"),
        **_actor(rec["object"], "target"),
        **_actor(rec["attributed_to"], "attributed_to", full=False),
        "content": rec["content"],
        "sentence": rec["sentence"],
        "start": rec["start"],
        "end": rec["end"],
        "cue": rec["cue"],
        "confidence": rec["confidence"],
    }
    return {name: cols[name] for name in COLUMNS}


def event_rows(records: Iterable[RelationRecord]) -> Iterator[dict[str, Any]]:
    """The rows of ``records``, in order."""
    return (event_row(r) for r in records)


def csv_text(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """The table as CSV text, a header line then one line a row (RFC 4180: CRLF line ends, fields quoted as
    needed); an unknown value is an empty field."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(COLUMNS)
    for row in rows:
        w.writerow(["" if v is None else v for v in row.values()])
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    yield buf.getvalue()


def export(src: str | Path, *, fmt: str = "csv", out: str | Path | None = None) -> tuple[Path, int]:
    """Write the event table of ``src`` (a build's output folder or a ``relations.jsonl``) as ``fmt`` to ``out``
    (default: ``relations.csv``/``.parquet`` beside the ``relations.jsonl``); return the file and the row count.
    Raises E060 (no relations.jsonl), E061 (a line that is no record), E160 (Parquet without pyarrow), E161 (an
    unknown format) before anything is written; the file is replaced only by a complete one."""
    if fmt not in EXPORT_FORMATS:
        raise GraphkitError("E161", name=fmt, names=", ".join(EXPORT_FORMATS))
    jsonl = relations_file(src)
    target = Path(out) if out is not None else jsonl.with_suffix(EXPORT_FORMATS[fmt])
    write = _writer(fmt)  # E160 before anything is read
    count = [0]

    def rows() -> Iterator[dict[str, Any]]:
        for row in event_rows(read_jsonl(jsonl)):
            count[0] += 1
            yield row

    with Staging() as stage:
        with stage.open(target) as fh:
            write(rows(), fh)
        stage.commit()
    return target, count[0]


def _writer(fmt: str) -> Callable[[Iterable[dict[str, Any]], BinaryIO], None]:
    return _write_parquet() if fmt == "parquet" else _write_csv


def _write_csv(rows: Iterable[dict[str, Any]], fh: BinaryIO) -> None:
    for text in csv_text(rows):
        fh.write(text.encode("utf-8"))


#: rows a Parquet row group holds (the table is written a group at a time, never whole in memory)
PARQUET_GROUP = 10_000


def _write_parquet() -> Callable[[Iterable[dict[str, Any]], BinaryIO], None]:
    """A writer of the rows as Parquet: strings, ``start``/``end`` as int64, ``confidence`` as float64; E160
    without pyarrow."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise GraphkitError("E160", msg=e) from e
    schema = pa.schema(
        [(c, pa.int64() if c in _INTEGERS else pa.float64() if c == "confidence" else pa.string()) for c in COLUMNS]
    )

    def write(rows: Iterable[dict[str, Any]], fh: BinaryIO) -> None:
        with pq.ParquetWriter(fh, schema) as w:
            stream = iter(rows)
            while batch := list(islice(stream, PARQUET_GROUP)):
                w.write_table(pa.Table.from_pylist(batch, schema=schema))

    return write
