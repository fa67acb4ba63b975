"""``relations.jsonl``: the documented record interface, one relation a line.

Each line is a :class:`RelationRecord`, its actors :class:`ActorRecord`\\ s, in this key order::

    {"article": "dev01", "predicate": "accuses",
     "subject": {"id": IRI, "label": "Russia", "type": "Country", "country": "Russia", "wikidata": "Q159"},
     "object": {...} or null, "content": "..." (claims) or null,
     "attributed_to": {...} (the claimant of a reported relation) or null (narrated),
     "sentence": "the evidence sentence", "start": 120, "end": 212, "cue": "accused", "confidence": 1.0}

The views (:mod:`graphkit.views`) and the scorer (:mod:`graphkit.eval`) read these records, from a build, from
a ``relations.jsonl`` file (:func:`read_jsonl`) or from a graph file (:func:`records_from_rdf`).

>>> from graphkit.types import Actor, Evidence, Relation
>>> from graphkit.graph.iri import IRIs
>>> russia = Actor(key="russia", label="Russia", type="Country", country="Russia", wikidata="Q159")
>>> rel = Relation("claims", russia, None, Evidence("a1", "Russia said it won.", 0, 19, "said"), "it won")
>>> print(to_jsonl([relation_record(rel, IRIs("https://example.org/kg/"))]), end="")
{"article": "a1", "predicate": "claims", "subject": {"id": "https://example.org/kg/actor/russia", "label": "Russia", \
"type": "Country", "country": "Russia", "wikidata": "Q159"}, "object": null, "content": "it won", \
"attributed_to": null, "sentence": "Russia said it won.", "start": 0, "end": 19, "cue": "said", "confidence": 1.0}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypedDict, TypeGuard

from ..errors import GraphkitError
from ..types import ACTOR_TYPES, PREDICATES, Actor, Relation
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
    "to_jsonl",
]


class ActorRecord(TypedDict):
    """An actor in a record: its IRI, label, type, its country's label and its Wikidata id."""

    id: str
    label: str
    type: str
    country: str | None
    wikidata: str | None


class RelationRecord(TypedDict):
    """One line of ``relations.jsonl``: a resolved relation with its evidence (see :class:`graphkit.types.Relation`);
    ``object`` is None for a claim, ``content`` None for anything else, ``attributed_to`` the claimant of a
    reported relation (None for what the article narrates)."""

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


def actor_record(a: Actor, iris: IRIs) -> ActorRecord:
    """The record of an actor, its IRI minted by ``iris``."""
    return {
        "id": str(iris.actor(a.key)),
        "label": a.label,
        "type": a.type,
        "country": a.country,
        "wikidata": a.wikidata,
    }


def relation_record(rel: Relation, iris: IRIs) -> RelationRecord:
    """The record of a relation, its actors' IRIs minted by ``iris``."""
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
    }


def relation_records(relations: Iterable[Relation], iris: IRIs) -> list[RelationRecord]:
    """The records of ``relations.jsonl``, in order (what ``graphkit.eval.score`` scores)."""
    return [relation_record(r, iris) for r in relations]


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
    must not fail on an unknown predicate or type, or on a label that is not text).

    >>> record_problem({"predicate": "bombs", "subject": {}})
    "unknown predicate 'bombs'"
    """
    if not isinstance(rec, dict):
        return "expected a JSON object"
    if rec.get("predicate") not in PREDICATES:
        return f"unknown predicate {rec.get('predicate')!r}"
    for key in ("subject", "object", "attributed_to"):
        value = rec.get(key)
        if value is None and key != "subject":
            continue
        if not (isinstance(value, dict) and isinstance(value.get("id"), str) and isinstance(value.get("label"), str)):
            return f"'{key}' is not an actor with a text id and label"
        if value.get("type") not in ACTOR_TYPES:
            return f"unknown actor type {value.get('type')!r} in '{key}'"
    for key in ("article", "sentence"):
        if not isinstance(rec.get(key, ""), str):
            return f"'{key}' is not text"
    return None


def _is_record(rec: object) -> TypeGuard[RelationRecord]:
    return record_problem(rec) is None


def records_from_rdf(path: str | Path) -> list[RelationRecord]:
    """The records of a graph file (``graph.ttl``, ``.trig``, ``.nt``, ``.jsonld``) or an Oxigraph store
    (``oxigraph:PATH``), read back with the ``relations`` preset: the same records as ``relations.jsonl``."""
    from .presets import run_preset

    return [
        {
            "article": row["article"],
            "predicate": row["predicate"].rsplit("#", 1)[-1],
            "subject": _actor(row, "subject"),
            "object": _actor(row, "object") if row["objectLabel"] is not None else None,  # a claim's is its content
            "content": row["content"],
            "attributed_to": _actor(row, "claimant") if row["claimant"] is not None else None,
            "sentence": row["sentence"],
            "start": row["start"],
            "end": row["end"],
            "cue": row["cue"],
            "confidence": row["confidence"],
        }
        for row in run_preset(str(path), "relations").records()
    ]


def _actor(row: dict[str, Any], side: str) -> ActorRecord:
    """The ``subject`` or ``object`` of a row of the ``relations`` preset as a record."""
    wikidata = row[f"{side}Wikidata"]
    return {
        "id": row[side],
        "label": row[f"{side}Label"],
        "type": row[f"{side}Type"].rsplit("#", 1)[-1],
        "country": row[f"{side}Country"],
        "wikidata": wikidata.rsplit("/", 1)[-1] if wikidata else None,
    }
