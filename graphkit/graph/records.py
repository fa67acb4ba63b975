"""``relations.jsonl``: the documented record interface, one relation a line.

Each line is a :class:`RelationRecord`, its actors :class:`ActorRecord`\\ s, in this key order::

    {"article": "dev01", "predicate": "accuses",
     "subject": {"id": IRI, "label": "Russia", "type": "Country", "country": "Russia", "wikidata": "Q159",
                 "iso3": "RUS"},
     "object": {...} or null, "content": "..." (claims) or null,
     "attributed_to": {...} (the claimant of a reported relation) or null (narrated),
     "sentence": "the evidence sentence", "start": 120, "end": 212, "cue": "accused", "confidence": 1.0,
     "date": "2024-03-05", "title": "...", "url": "https://...", "source": "the outlet",  (the article's, or null)
     "polarity": "positive", "modality": "asserted" | "hedged" | "conditional" | "reported",
     "plover": {"type": "ACCUSE", "mode": "allege"} or null}

The views (:mod:`graphkit.views`) and the scorer (:mod:`graphkit.eval`) read these records, from a build, from
a ``relations.jsonl`` file (:func:`read_jsonl`) or from a graph file (:func:`records_from_rdf`). ``iso3`` is the
ISO 3166-1 alpha-3 code of the actor's country, ``plover`` the PLOVER event type and mode
(:mod:`graphkit.graph.codes`); ``date`` is ISO 8601 where the article's date reads as one
(:func:`graphkit.graph.dates.iso_date`).

>>> from graphkit.types import Actor, Article, Evidence, Relation
>>> from graphkit.graph.iri import IRIs
>>> russia = Actor(key="russia", label="Russia", type="Country", country="Russia", wikidata="Q159")
>>> rel = Relation("claims", russia, None, Evidence("a1", "Russia said it won.", 0, 19, "said"), "it won")
>>> art = Article("a1", "", title="Russia claims a win", date="5 March 2024", source="Example Wire")
>>> print(to_jsonl([relation_record(rel, IRIs("https://example.org/kg/"), art)]), end="")
{"article": "a1", "predicate": "claims", "subject": {"id": "https://example.org/kg/actor/russia", "label": "Russia", \
"type": "Country", "country": "Russia", "wikidata": "Q159", "iso3": "RUS"}, "object": null, "content": "it won", \
"attributed_to": null, "sentence": "Russia said it won.", "start": 0, "end": 19, "cue": "said", "confidence": 1.0, \
"date": "2024-03-05", "title": "Russia claims a win", "url": null, "source": "Example Wire", "polarity": "positive", \
"modality": "asserted", "plover": null}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypedDict, TypeGuard

from ..errors import GraphkitError
from ..types import ACTOR_TYPES, MODALITIES, POLARITIES, PREDICATES, Actor, Article, Relation
from .codes import PloverCode, actor_iso3, plover
from .dates import iso_date
from .iri import IRIs

__all__ = [
    "ActorRecord",
    "RelationRecord",
    "actor_record",
    "read_jsonl",
    "record_problem",
    "records_from_rdf",
    "relation_record",
    "relation_records",
    "stated_modality",
    "to_jsonl",
]


class ActorRecord(TypedDict):
    """An actor in a record: its IRI, label, type, its country's label, its Wikidata id and its country's
    ISO 3166-1 alpha-3 code."""

    id: str
    label: str
    type: str
    country: str | None
    wikidata: str | None
    iso3: str | None


class RelationRecord(TypedDict):
    """One line of ``relations.jsonl``: a resolved relation with its evidence (see :class:`graphkit.types.Relation`);
    ``object`` is None for a claim, ``content`` None for anything else, ``attributed_to`` the claimant of a
    reported relation (None for what the article narrates); then the article's ``date``, ``title``, ``url`` and
    ``source`` (None where not known), the relation's ``polarity``, ``modality`` and PLOVER code."""

    article: str
    predicate: str
    subject: ActorRecord
    object: ActorRecord | None
    content: str | None
    attributed_to: ActorRecord | None
    sentence: str
    start: int
    end: int
    cue: str
    confidence: float
    date: str | None
    title: str | None
    url: str | None
    source: str | None
    polarity: str
    modality: str
    plover: PloverCode | None


def actor_record(a: Actor, iris: IRIs) -> ActorRecord:
    """The record of an actor, its IRI minted by ``iris``."""
    return {
        "id": str(iris.actor(a.key)),
        "label": a.label,
        "type": a.type,
        "country": a.country,
        "wikidata": a.wikidata,
        "iso3": actor_iso3(a),
    }


def relation_record(rel: Relation, iris: IRIs, article: Article | None = None) -> RelationRecord:
    """The record of a relation, its actors' IRIs minted by ``iris``, with the metadata of ``article`` (the
    relation's article; without it, the metadata are None)."""
    return {
        "article": rel.evidence.article,
        "predicate": rel.predicate,
        "subject": actor_record(rel.subject, iris),
        "object": actor_record(rel.object, iris) if rel.object is not None else None,
        "content": rel.content,
        "attributed_to": actor_record(rel.attributed_to, iris) if rel.attributed_to is not None else None,
        "sentence": rel.evidence.sentence,
        "start": rel.evidence.start,
        "end": rel.evidence.end,
        "cue": rel.evidence.cue,
        "confidence": rel.confidence,
        "date": iso_date(article.date) if article and article.date else None,
        "title": article.title or None if article else None,
        "url": article.url or None if article else None,
        "source": article.source or None if article else None,
        "polarity": rel.polarity,
        "modality": stated_modality(rel),
        "plover": plover(rel.predicate, rel.evidence.cue),
    }


def stated_modality(rel: Relation) -> str:
    """The relation's modality as the outputs state it: ``reported`` whenever it has a claimant (also for a
    :class:`~graphkit.types.Relation` made by hand with the default modality), else its own."""
    return "reported" if rel.attributed_to is not None else rel.modality


def relation_records(
    relations: Iterable[Relation], iris: IRIs, articles: Iterable[Article] = ()
) -> list[RelationRecord]:
    """The records of ``relations.jsonl``, in order (what ``graphkit.eval.score`` scores), each with its
    article's metadata when ``articles`` holds the article."""
    by_id = {a.id: a for a in articles}
    return [relation_record(r, iris, by_id.get(r.evidence.article)) for r in relations]


def to_jsonl(records: Iterable[RelationRecord]) -> str:
    """``relations.jsonl``'s text: one record a line."""
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records)


def read_jsonl(path: Path) -> Iterator[RelationRecord]:
    """The records of a ``relations.jsonl`` file, read one line at a time; E061 names a line that is not one."""
    with path.open(encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise GraphkitError("E061", path=path, line=line_no, msg=e.msg) from e
            if not _is_record(rec):
                raise GraphkitError("E061", path=path, line=line_no, msg=record_problem(rec))
            yield rec


def record_problem(rec: object) -> str | None:
    """What makes ``rec`` no relation record, or None: nothing read back is trusted (a view or a query of it
    must not fail on an unknown predicate or type, or on a label that is not text). The keys added after the
    first records (``date`` ... ``plover``, an actor's ``iso3``) may be missing, from an older build, but are
    checked when present.

    >>> record_problem({"predicate": "bombs", "subject": {}})
    "unknown predicate 'bombs'"
    >>> record_problem({"predicate": "claims", "subject": {"id": "x", "label": "X", "type": "Group"}, "modality": "?"})
    "unknown modality '?'"
    """
    if not isinstance(rec, dict):
        return "expected a JSON object"
    if rec.get("predicate") not in PREDICATES:
        return f"unknown predicate {rec.get('predicate')!r}"
    for key in ("subject", "object", "attributed_to"):
        value = rec.get(key)
        if value is None and key != "subject":
            continue
        problem = _actor_problem(value, key)
        if problem:
            return problem
    for key in ("article", "sentence"):
        if not isinstance(rec.get(key, ""), str):
            return f"'{key}' is not text"
    return _added_problem(rec)


def _actor_problem(value: object, key: str) -> str | None:
    if not (isinstance(value, dict) and isinstance(value.get("id"), str) and isinstance(value.get("label"), str)):
        return f"'{key}' is not an actor with a text id and label"
    if value.get("type") not in ACTOR_TYPES:
        return f"unknown actor type {value.get('type')!r} in '{key}'"
    if not isinstance(value.get("iso3"), str | None):
        return f"'iso3' of '{key}' is not text"
    return None


def _added_problem(rec: dict) -> str | None:
    """What is wrong with the keys records gained for analysts, when present."""
    for key in ("date", "title", "url", "source"):
        if not isinstance(rec.get(key), str | None):
            return f"'{key}' is not text"
    if rec.get("polarity", "positive") not in POLARITIES:
        return f"unknown polarity {rec.get('polarity')!r}"
    if rec.get("modality", "asserted") not in MODALITIES:
        return f"unknown modality {rec.get('modality')!r}"
    code = rec.get("plover")
    if code is not None and not (
        isinstance(code, dict) and isinstance(code.get("type"), str) and isinstance(code.get("mode"), str | None)
    ):
        return "'plover' is not a {type, mode} object"
    return None


def _is_record(rec: object) -> TypeGuard[RelationRecord]:
    return record_problem(rec) is None


def records_from_rdf(path: str | Path) -> list[RelationRecord]:
    """The records of a graph file (``graph.ttl``, ``.trig``, ``.nt``, ``.jsonld``) or an Oxigraph store
    (``oxigraph:PATH``), read back with the ``relations`` preset: the same records as ``relations.jsonl``."""
    from .presets import run_preset

    return [_record(row) for row in run_preset(str(path), "relations").records()]


def _record(row: dict[str, Any]) -> RelationRecord:
    """A row of the ``relations`` preset as a record."""
    kind = row["ploverType"]
    return {
        "article": row["article"],
        "predicate": _local(row["predicate"]),
        "subject": _actor(row, "subject"),
        "object": _actor(row, "object") if row["objectLabel"] is not None else None,  # a claim's is its content
        "content": row["content"],
        "attributed_to": _actor(row, "claimant") if row["claimant"] is not None else None,
        "sentence": row["sentence"],
        "start": row["start"],
        "end": row["end"],
        "cue": row["cue"],
        "confidence": row["confidence"],
        "date": iso_date(row["date"]),
        "title": row["title"],
        "url": row["url"],
        "source": row["source"],
        "polarity": _local(row["polarity"]).lower() if row["polarity"] else "positive",
        "modality": _local(row["modality"]).lower() if row["modality"] else "asserted",
        "plover": {"type": kind, "mode": row["ploverMode"]} if kind else None,
    }


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def _actor(row: dict[str, Any], side: str) -> ActorRecord:
    """The ``subject``, ``object`` or ``claimant`` of a row of the ``relations`` preset as a record."""
    wikidata = row[f"{side}Wikidata"]
    return {
        "id": row[side],
        "label": row[f"{side}Label"],
        "type": _local(row[f"{side}Type"]),
        "country": row[f"{side}Country"],
        "wikidata": wikidata.rsplit("/", 1)[-1] if wikidata else None,
        "iso3": row[f"{side}Iso3"],
    }
