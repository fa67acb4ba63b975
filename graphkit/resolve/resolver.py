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

import re
from collections import defaultdict
from collections.abc import Iterable

from ..nlp.gazetteer import Lookup, norm_name
from ..types import Actor, Mention, MentionRelation, Relation

__all__ = ["Resolver", "name_key", "resolve"]


def name_key(name: str, gaz: Lookup) -> str:
    """The key of an actor the gazetteer does not know: ``"Jay Tarriela"`` → ``jay_tarriela``.

    >>> empty = Lookup({}, by_name={}, by_adjective={}, places={})
    >>> name_key("Jean-Pierre Bemba", empty)
    'jean_pierre_bemba'
    """
    norm = norm_name(name)
    key = "_".join(re.findall(r"[^\W_]+", norm))
    return key if key and key not in gaz.entries else f"name:{norm}"


class Resolver:
    """Resolution in two passes over a stream, so that no pass holds the corpus: :meth:`observe` each
    article's relations (it keeps the full names of unknown people, to join a surname to the one full name
    that ends with it), then :meth:`resolve` each article's relations in turn. :attr:`actors` then holds the
    actors the kept relations use (and their countries)."""

    def __init__(self, gaz: Lookup) -> None:
        self.gaz = gaz
        self.full_names: dict[str, set[str]] = defaultdict(set)
        self.known: dict[str, Actor] = {}  # every actor met, by key
        self.used: set[str] = set()

    def observe(self, relations: Iterable[MentionRelation]) -> None:
        for r in relations:
            for m in (r.subject, r.object, r.attributed_to):
                if m is not None and m.type == "Person" and not m.kb_id and len(m.name.split()) > 1:
                    self.full_names[m.name.split()[-1].lower()].add(m.name)

    def _country(self, cid: str | None) -> Actor | None:
        if not cid:
            return None
        e = self.gaz.entries[cid]
        return self.known.setdefault(
            cid, Actor(key=cid, label=e.label, type="Country", wikidata=e.wikidata, country=e.label, country_key=cid)
        )

    def actor(self, m: Mention | None, article: str) -> Actor | None:
        if m is None:
            return None
        gaz = self.gaz
        if m.kb_id:
            e = gaz.entries[m.kb_id]
            if e.type == "Country":
                return self._country(e.id)
            c = self._country(gaz.country_of(e.id))
            a = Actor(
                key=e.id,
                label=e.label,
                type=e.type,
                wikidata=e.wikidata,
                country=c.label if c else None,
                country_key=c.key if c else None,
            )
        else:
            name = m.name
            full = self.full_names.get(name.lower(), ())
            if m.type == "Person" and len(name.split()) == 1 and len(full) == 1:
                name = next(iter(full))
            key = name_key(name, gaz)
            if m.anonymous:
                key = f"{article}/{key}"
            c = self._country(m.country)
            a = Actor(
                key=key, label=name, type=m.type, country=c.label if c else None, country_key=c.key if c else None
            )
        return self.known.setdefault(a.key, a)

    def resolve(self, relations: Iterable[MentionRelation]) -> list[Relation]:
        """The relations with Actors for Mentions, without duplicates (two mentions of one actor in one
        sentence) and without an actor related to itself."""
        out: list[Relation] = []
        seen: set[tuple] = set()
        for r in relations:
            s, o = self.actor(r.subject, r.evidence.article), self.actor(r.object, r.evidence.article)
            by = self.actor(r.attributed_to, r.evidence.article)  # the claimant, in the same article
            assert s is not None  # a Mention always resolves
            key = (
                r.evidence.article,
                r.evidence.start,
                r.predicate,
                s.key if s else None,
                o.key if o else None,
                r.content,
                by.key if by else None,
            )
            if key in seen or (o is not None and s is not None and o.key == s.key):
                continue
            seen.add(key)
            out.append(
                Relation(
                    r.predicate,
                    s,
                    o,
                    r.evidence,
                    content=r.content,
                    confidence=r.confidence,
                    polarity=r.polarity,
                    attributed_to=by,
                    pattern=r.pattern,
                    modality=r.modality,
                )
            )
            for a in (s, o, by):
                if a is not None:
                    self.used.add(a.key)
                    if a.country_key:
                        self.used.add(a.country_key)
        return out

    @property
    def actors(self) -> dict[str, Actor]:
        """The actors the resolved relations use, and their countries, by key."""
        return {k: a for k, a in self.known.items() if k in self.used}


def resolve(relations: Iterable[MentionRelation], gaz: Lookup) -> tuple[list[Relation], dict[str, Actor]]:
    """Resolve each relation's Mentions to Actors; return the relations and the actors by key."""
    rels = list(relations)
    resolver = Resolver(gaz)
    resolver.observe(rels)
    return resolver.resolve(rels), resolver.actors
