"""The actor gazetteer as spaCy data: entity-ruler patterns and name lookups.

Every label, alias and metonym of ``ontologies/actors.yaml`` becomes a phrase pattern whose
``id`` is the actor's id; a role title ("Russian President") gets the id ``title:<actor>`` so the
actors component can tell a bare title (which refers to the actor) from a title in front of
another person's name ("Russian President Boris Yeltsin").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import GraphkitError
from ..resources import ONTOLOGIES, GazetteerEntry, load_gazetteer, load_places

if TYPE_CHECKING:  # spaCy is imported only where a pipeline is built (a build of cached articles needs none)
    from spacy.pipeline.entityruler import PatternType

__all__ = ["ENT_LABELS", "Lookup", "lookup", "norm_name", "ruler_patterns", "transposed_id"]

#: gazetteer type → spaCy entity label
ENT_LABELS = {"Person": "PERSON", "Organization": "ORG", "Country": "GPE", "Group": "NORP"}

# norm_name's steps, compiled once: the gazetteer and the places file normalise ~58,000 names a pipeline load
_ARTICLE = re.compile(r"^(the|a|an)\s+")
_POSSESSIVE = re.compile(r"'s?$")
_PUNCTUATION = re.compile(r"[^\w\s-]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 14)
def norm_name(text: str) -> str:
    """A lookup key: case-folded, no leading article, no possessive, no dots, single spaces (cached: the
    same names recur in every article)."""
    s = text.strip().replace("\u2019", "'").lower()
    s = _ARTICLE.sub("", s)
    s = _POSSESSIVE.sub("", s).replace(".", "")
    s = _PUNCTUATION.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


def ruler_patterns(path: Path | None = None) -> list[PatternType]:
    """The entity ruler's phrase patterns for every name and title of the gazetteer."""
    out: list[PatternType] = []
    for e in load_gazetteer(path).values():
        label = ENT_LABELS[e.type]
        for name in {e.label, *e.aliases, *e.metonyms}:
            out.append({"label": label, "pattern": name, "id": e.id})
        for title in e.titles:
            out.append({"label": "PERSON", "pattern": title, "id": f"title:{e.id}"})
    return out


@dataclass(frozen=True, eq=False)
class Lookup:
    """Name → gazetteer id maps built once from the gazetteer (compared and hashed by identity: one per
    gazetteer, which :func:`lookup` caches)."""

    entries: dict[str, GazetteerEntry]
    by_name: dict[str, str]  # norm_name(label or alias) → id
    by_adjective: dict[str, str]  # "Russian", "Russia", "Russia's" → country id
    places: dict[str, str]  # norm_name(town, city or region) → country id ("Basra" → iraq)

    def country_of(self, kb_id: str | None) -> str | None:
        if not kb_id:
            return None
        e = self.entries[kb_id]
        return e.id if e.type == "Country" else e.country


@lru_cache(maxsize=8)
def lookup(path: Path | None = None, places: tuple[Path, ...] | None = None) -> Lookup:
    entries = load_gazetteer(path)
    by_name: dict[str, str] = {}
    by_adj: dict[str, str] = {}
    for e in entries.values():
        for name in (e.label, *e.aliases, *e.metonyms):
            by_name.setdefault(norm_name(name), e.id)
        if e.type == "Country":
            for adj in (*e.adjectives, e.label, *e.aliases, *e.metonyms):
                by_adj.setdefault(norm_name(adj), e.id)
    by_place: dict[str, str] = {}
    for name, cid in load_places(places).items():
        if cid not in entries or entries[cid].type != "Country":
            raise GraphkitError("E030", path=ONTOLOGIES / "places.tsv", msg=f"{name}: unknown country {cid!r}")
        by_place.setdefault(norm_name(name), cid)
    return Lookup(entries, by_name, by_adj, by_place)


def transposed_id(gaz: Lookup, name: str) -> str | None:
    """The gazetteer id of a name of several words misspelt by two swapped neighbouring letters, the
    commonest typing slip ("Untied Nations"); only names of ten letters or more, so that a short name
    is never taken for another.

    >>> gaz = Lookup({}, by_name={"united nations": "un"}, by_adjective={}, places={})
    >>> transposed_id(gaz, "Untied Nations"), transposed_id(gaz, "United Notions"), transposed_id(gaz, "Untied")
    ('un', None, None)
    """
    norm = norm_name(name)
    if " " not in norm or sum(c.isalpha() for c in norm) < 10:
        return None
    for i in range(len(norm) - 1):
        a, b = norm[i], norm[i + 1]
        if a != b and a.isalpha() and b.isalpha():
            kb = gaz.by_name.get(norm[:i] + b + a + norm[i + 2 :])
            if kb:
                return kb
    return None
