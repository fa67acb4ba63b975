"""Offices one person holds per country ("foreign minister", "president"): who holds one, and which
named person a description of one stands for ("the American leader", "Iran's foreign minister ...
Hossein Amir-Abdollahian")."""

from __future__ import annotations

from spacy.tokens import Token

from ...types import Mention
from ..gazetteer import Lookup
from .base import Index
from .places import country_id, entity_text

__all__ = ["leader", "named_later"]

#: words of a title that make its holder not the office holder ("Vice President", "former President")
_NOT_HOLDER = frozenset({"vice", "deputy", "former", "ex", "acting"})


def _role(index: Index, tok: Token) -> frozenset[str]:
    """The words of an office one person holds per country: "foreign minister", "president"
    (empty when the noun names no such office: "official", "minister" alone)."""
    words = {
        c.lower_
        for c in tok.children
        if c.dep_ in ("amod", "compound")
        and c.pos_ in ("ADJ", "NOUN", "PROPN")
        and country_id(index.gaz, entity_text(c)) is None
    }
    if tok.lower_ in index.cues.leader_nouns or tok.lower_ == "minister" and words:
        return frozenset({tok.lower_, *words})
    return frozenset()


def _holds(gaz: Lookup, person: Mention, office: frozenset[str]) -> bool:
    """Whether a named person may hold ``office``: the gazetteer's titles say so, or say nothing."""
    entry = gaz.entries.get(person.kb_id) if person.kb_id else None
    if entry is None or not entry.titles:
        return True
    return any(office <= set(t.lower().split()) and not set(t.lower().split()) & _NOT_HOLDER for t in entry.titles)


def leader(index: Index, tok: Token, country: str) -> Mention | None:
    """ "The American leader", "the US President": the one named leader of that country the article
    has mentioned so far (none when it named several people of that country)."""
    office = _role(index, tok)
    if not office or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    named = {
        m for i, m, _ in index.order if i < tok.i and m.type == "Person" and not m.anonymous and m.country == country
    }
    return named.pop() if len(named) == 1 and _holds(index.gaz, next(iter(named)), office) else None


def named_later(index: Index, tok: Token, m: Mention) -> Mention | None:
    """ "Iran's foreign minister has ... [next sentence] Hossein Amir-Abdollahian told reporters":
    an office held by one person per country, described first and named right after, is that person
    (the first person of that country the next two sentences name)."""
    office = _role(index, tok)
    if not (m.anonymous and m.type == "Person" and m.country and office):
        return None
    n = index.sent_of[tok.i]
    end = index.sents[min(n + 2, len(index.sents) - 1)].end
    for i, other, _ in index.order:
        if tok.i < i < end and other.type == "Person" and not other.anonymous:
            return other if other.country == m.country and _holds(index.gaz, other, office) else None
    return None
