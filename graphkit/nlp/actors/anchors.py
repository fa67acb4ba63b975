"""What an event's argument stands for when it is no actor itself: a place its country, a thing its owner
or the country that marks it, a noun what its preposition leads to."""

from __future__ import annotations

from spacy.tokens import Token

from ...types import Mention
from .base import Index, known
from .places import modifier_country

__all__ = ["OBJECT_PREPS", "anchor"]

#: prepositions through which an event's argument reaches what it stands for:
#: "an attack on a village in Herat", "a call by Belarus's rulers", "doctors from American aid groups"
OBJECT_PREPS = (
    "of",
    "by",
    "from",
    "in",
    "near",
    "on",
    "at",
    "inside",
    "for",
    "against",
    "outside",
    "to",
    "with",
    "into",
)


def anchor(index: Index, tok: Token, *, places: bool, preps: tuple[str, ...], depth: int) -> Mention | None:
    """The actor ``tok`` is, or stands for; see :meth:`~graphkit.nlp.actors.index.ActorIndex.anchor`."""
    m = index.resolve(tok)
    if m is not None:
        return m
    if places and tok.i in index.places:  # "arrived in Amman": Jordan
        return known(index.gaz, index.places[tok.i], tok.text)
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    m = _marked(index, tok)
    if m is not None or depth <= 0:
        return m
    for p in tok.children:  # "an attack on a village in Herat"
        if p.dep_ in ("prep", "agent") and p.lower_ in preps:
            for pobj in (c for c in p.children if c.dep_ == "pobj"):
                m = anchor(index, pobj, places=places, preps=preps, depth=depth - 1)
                if m is not None:
                    return m
    return None


def _marked(index: Index, tok: Token) -> Mention | None:
    """The actor that owns a thing or marks it with its country or name, or None."""
    for child in tok.children:  # "North Korea's demand"
        if child.dep_ == "poss" and child.i in index.by_token:
            return index.by_token[child.i]
    country = modifier_country(index, tok)  # "a Russian Kh-101 missile": Russia, not the missile's maker
    if country is not None:
        return known(index.gaz, country, tok.text)
    for child in tok.children:  # "a United Nations appeal"
        if child.dep_ in ("compound", "nmod") and child.i < tok.i and child.i in index.by_token:
            return index.by_token[child.i]
    return None
