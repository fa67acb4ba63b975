"""``relations.jsonl``: the documented record interface, one relation a line.

{"article": "dev01", "predicate": "accuses",
 "subject": {"id": IRI, "label": "Russia", "type": "Country", "country": "Russia", "wikidata": "Q159"},
 "object": {...} or null, "content": "..." (claims) or null,
 "sentence": "the evidence sentence", "start": 120, "end": 212, "cue": "accused", "confidence": 1.0}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import GraphkitError
from ..types import Actor, Relation
from .iri import IRIs

__all__ = ["actor_record", "read_jsonl", "records_from_rdf", "relation_record", "relation_records", "to_jsonl"]


def actor_record(a: Actor, iris: IRIs) -> dict[str, Any]:
    return {
        "id": str(iris.actor(a.key)),
        "label": a.label,
        "type": a.type,
        "country": a.country,
        "wikidata": a.wikidata,
    }


def relation_record(rel: Relation, iris: IRIs) -> dict[str, Any]:
    return {
        "article": rel.evidence.article,
        "predicate": rel.predicate,
        "subject": actor_record(rel.subject, iris),
        "object": actor_record(rel.object, iris) if rel.object is not None else None,
        "content": rel.content,
        "sentence": rel.evidence.sentence,
        "start": rel.evidence.start,
        "end": rel.evidence.end,
        "cue": rel.evidence.cue,
        "confidence": rel.confidence,
    }


def relation_records(relations: Iterable[Relation], iris: IRIs) -> list[dict[str, Any]]:
    """The records of ``relations.jsonl``, in order, as dicts (what ``graphkit.eval.score`` scores)."""
    return [relation_record(r, iris) for r in relations]


def to_jsonl(records: Iterable[dict[str, Any]]) -> str:
    """``relations.jsonl``'s text: one record a line."""
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records)


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a ``relations.jsonl`` file, read one line at a time; E061 names a line that is not one."""
    with path.open(encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise GraphkitError("E061", path=path, line=line_no, msg=e.msg) from e
            if not isinstance(rec, dict) or not isinstance(rec.get("subject"), dict) or "predicate" not in rec:
                raise GraphkitError("E061", path=path, line=line_no, msg="expected subject and predicate")
            yield rec


def records_from_rdf(path: str | Path) -> list[dict[str, Any]]:
    """The records of a graph file (``graph.ttl``, ``.trig``, ``.nt``, ``.jsonld``) or an Oxigraph store
    (``oxigraph:PATH``), read back with the ``relations`` preset: the same dicts as ``relations.jsonl``."""
    from .presets import run_preset

    rows = run_preset(str(path), "relations").records()

    def actor(row: dict[str, Any], side: str) -> dict[str, Any] | None:
        if row[f"{side}Label"] is None:
            return None
        wikidata = row[f"{side}Wikidata"]
        return {
            "id": row[side],
            "label": row[f"{side}Label"],
            "type": row[f"{side}Type"].rsplit("#", 1)[-1],
            "country": row[f"{side}Country"],
            "wikidata": wikidata.rsplit("/", 1)[-1] if wikidata else None,
        }

    return [
        {
            "article": row["article"],
            "predicate": row["predicate"].rsplit("#", 1)[-1],
            "subject": actor(row, "subject"),
            "object": actor(row, "object"),
            "content": row["content"],
            "sentence": row["sentence"],
            "start": row["start"],
            "end": row["end"],
            "cue": row["cue"],
            "confidence": row["confidence"],
        }
        for row in rows
    ]
