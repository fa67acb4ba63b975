"""Cross-article actor resolution: Mentions → one Actor per real-world actor.

- a gazetteer actor is keyed by its gazetteer id;
- an unknown person by the full name; a surname used alone joins the one full name that ends
  with it across the corpus (when exactly one does);
- an unnamed person ("a U.S. official") is one node per article;
- other unknown actors by their normalised name.

An unknown actor's key is spelt like a gazetteer id, its words joined by ``_`` ("Jean-Pierre Bemba" →
``jean_pierre_bemba``), so that every key gives a readable IRI (``…/actor/jean-pierre-bemba``); a name
whose key is a gazetteer id but which the gazetteer did not match stays a separate actor
(``name:…``), never merged into the gazetteer's by accident.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable

from .pipeline.gazetteer import Lookup, norm_name
from .types import Actor, Mention, Relation

__all__ = ["name_key", "resolve"]


def name_key(name: str, gaz: Lookup) -> str:
    """The key of an actor the gazetteer does not know: ``"Jay Tarriela"`` → ``jay_tarriela``."""
    norm = norm_name(name)
    key = "_".join(re.findall(r"[^\W_]+", norm))
    return key if key and key not in gaz.entries else f"name:{norm}"


def resolve(relations: Iterable[Relation], gaz: Lookup) -> tuple[list[Relation], dict[str, Actor]]:
    """Replace each relation's Mentions by Actors; return the relations and the actors by key."""
    rels = list(relations)
    full_names: dict[str, set[str]] = defaultdict(set)
    for r in rels:
        for m in (r.subject, r.object):
            if isinstance(m, Mention) and m.type == "Person" and not m.kb_id and len(m.name.split()) > 1:
                full_names[m.name.split()[-1].lower()].add(m.name)
    known: dict[str, Actor] = {}  # every actor met, by key; the result keeps those the relations use

    def country_actor(cid: str | None) -> Actor | None:
        if not cid:
            return None
        e = gaz.entries[cid]
        return known.setdefault(cid, Actor(key=cid, label=e.label, type="Country", wikidata=e.wikidata,
                                           country=e.label, country_key=cid))

    def actor(m: Mention | Actor | None, article: str) -> Actor | None:
        if m is None or isinstance(m, Actor):
            return m
        if m.kb_id:
            e = gaz.entries[m.kb_id]
            if e.type == "Country":
                return country_actor(e.id)
            c = country_actor(gaz.country_of(e.id))
            a = Actor(key=e.id, label=e.label, type=e.type, wikidata=e.wikidata,
                      country=c.label if c else None, country_key=c.key if c else None)
        else:
            name = m.name
            if m.type == "Person" and len(name.split()) == 1 and len(full_names.get(name.lower(), ())) == 1:
                name = next(iter(full_names[name.lower()]))
            key = name_key(name, gaz)
            if m.anonymous:
                key = f"{article}/{key}"
            c = country_actor(m.country)
            a = Actor(key=key, label=name, type=m.type, country=c.label if c else None,
                      country_key=c.key if c else None)
        return known.setdefault(a.key, a)

    out: list[Relation] = []
    seen: set[tuple] = set()
    for r in rels:
        s, o = actor(r.subject, r.evidence.article), actor(r.object, r.evidence.article)
        key = (r.evidence.article, r.evidence.start, r.predicate, s.key if s else None, o.key if o else None,
               r.content)
        if key in seen or (o is not None and s is not None and o.key == s.key):
            continue  # two mentions of one actor in one sentence, or an actor related to itself
        seen.add(key)
        out.append(dataclasses.replace(r, subject=s, object=o))
    used = {a.key for r in out for a in (r.subject, r.object) if isinstance(a, Actor)}
    used |= {known[k].country_key for k in used if known[k].country_key}
    return out, {k: a for k, a in known.items() if k in used}
