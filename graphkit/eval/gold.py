"""Read a gold set: ``entities.yaml`` (every actor once) and ``gold/<article>.yaml`` (the relations of
one article), in the format of the annotation guide (ANNOTATION.md)::

    # entities.yaml
    - {id: putin, label: Vladimir Putin, type: Person, country: russia, wikidata: Q7747, aliases: [Putin]}
    # gold/000_example.yaml
    article: 000_example
    relations:
      - {rel: claims, subj: kovalenko, key: "Putin deliberately ordered an attack on Kyiv", core: true}
      - {rel: accuses, subj: russia, obj: usa, core: true}
      - {rel: attacks, subj: russia, obj: ukraine, via: kovalenko, core: true}   # reported: kovalenko's claim

A problem raises :class:`~graphkit.errors.GraphkitError` (E011, E050-E053) naming the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import GraphkitError

__all__ = ["GoldEntity", "GoldRelation", "GoldSet", "load_gold"]


@dataclass(frozen=True)
class GoldEntity:
    """One actor of ``entities.yaml``; ``country`` is the id of a Country entity."""

    id: str
    label: str
    type: str
    country: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldRelation:
    """One relation of ``gold/<article>.yaml``: ``obj`` is None for claims, ``key`` is a claim's key words,
    ``via`` the actor whose claim a reported relation is (None: the article narrates it)."""

    rel: str
    subj: str
    obj: str | None
    core: bool
    key: str = ""
    via: str | None = None


@dataclass(frozen=True)
class GoldSet:
    """The actors by id, and the gold relations of each annotated article."""

    entities: dict[str, GoldEntity]
    articles: dict[str, tuple[GoldRelation, ...]]


def load_gold(gold_dir: str | Path) -> GoldSet:
    """Read and check a gold set; a problem raises :class:`GraphkitError` (E050-E053) naming the file."""
    root = Path(gold_dir)
    for path, exists in ((root, Path.is_dir), (root / "entities.yaml", Path.is_file), (root / "gold", Path.is_dir)):
        if not exists(path):
            raise GraphkitError("E050", path=path)
    entities = _read_entities(root / "entities.yaml")
    articles: dict[str, tuple[GoldRelation, ...]] = {}
    source: dict[str, Path] = {}
    for path in sorted((root / "gold").glob("*.yaml")):
        article, relations = _read_gold_file(path, entities)
        if article in articles:
            raise GraphkitError("E053", path=path, msg=f"article '{article}' is also annotated in {source[article]}")
        articles[article], source[article] = relations, path
    return GoldSet(entities=entities, articles=articles)


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise GraphkitError("E011", path=path, msg=str(e).splitlines()[0]) from e
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise GraphkitError("E051", path=path, msg=f"{getattr(e, 'problem', None) or e}{where}") from e


def _read_entities(path: Path) -> dict[str, GoldEntity]:
    rows = _read_yaml(path)
    if not isinstance(rows, list):
        raise GraphkitError("E053", path=path, msg="expected a list of actors")
    entities: dict[str, GoldEntity] = {}
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not all(isinstance(row.get(k), str) for k in ("id", "label", "type")):
            raise GraphkitError("E053", path=path, msg=f"actor {n} needs an id, a label and a type")
        if row["id"] in entities:
            raise GraphkitError("E053", path=path, msg=f"actor id '{row['id']}' is listed twice")
        entities[row["id"]] = GoldEntity(
            id=row["id"],
            label=row["label"],
            type=row["type"],
            country=row.get("country"),
            wikidata=row.get("wikidata"),
            aliases=tuple(row.get("aliases") or ()),
        )
    return entities


def _read_gold_file(path: Path, entities: Mapping[str, GoldEntity]) -> tuple[str, tuple[GoldRelation, ...]]:
    doc = _read_yaml(path)
    if not isinstance(doc, dict) or doc.get("article") in (None, ""):
        raise GraphkitError("E052", path=path)
    rows = doc.get("relations") or []
    if not isinstance(rows, list):
        raise GraphkitError("E053", path=path, msg="'relations' is not a list")
    relations = []
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not all(k in row for k in ("rel", "subj", "core")):
            raise GraphkitError("E053", path=path, msg=f"relation {n} needs rel, subj and core")
        if row["rel"] == "claims" and not isinstance(row.get("key"), str):
            raise GraphkitError("E053", path=path, msg=f"relation {n}: a claim needs a key")
        for actor in (row["subj"], row.get("obj")):
            if actor and actor not in entities:
                raise GraphkitError("E053", path=path, msg=f"relation {n}: unknown actor '{actor}'")
        relations.append(
            GoldRelation(
                rel=row["rel"],
                subj=row["subj"],
                obj=row.get("obj") or None,
                core=bool(row["core"]),
                key=row.get("key") or "",
                via=row.get("via") or None,
            )
        )
    return str(doc["article"]), tuple(relations)
