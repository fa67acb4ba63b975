"""The member states of an international body, as a group of their own.

"Members of the European Union", "EU member states", "the member countries of NATO", "NATO's members"
(``cues.yaml`` ``membership_nouns``) are not the body (the annotation guide: a group of their own, where
``sources.speaks_for`` takes a body's spokesman for the body): a Group labelled by the body ("European Union
members"), of the body's country (none, for an international one). "States", "countries" and "nations" are
its members only with "member" before them ("EU member states"); "members" alone only of a body of no
state that the gazetteer knows (the EU, NATO, the African Union: the members of a ministry or a party are
people, left to the rules for bodies). "The member states" with no body names again the members named
before, else those of the last such body the article named.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...types import Mention
from .base import Index

__all__ = ["members"]

_SUFFIX = " members"


def members(index: Index, tok: Token) -> Mention | None:
    """The group of member states ``tok`` names, or None."""
    low = tok.lower_
    if low not in index.cues.membership_nouns or tok.pos_ != "NOUN":
        return None
    marked = any(c.lower_ == "member" and c.dep_ in ("compound", "amod", "nmod") for c in tok.children)
    if low != "members" and not marked:
        return None
    body = _body(index, tok)
    if body is None and marked and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return _named_before(index, tok)
    if body is None or body.country is not None and not marked:
        return None
    name = f"{body.name}{_SUFFIX}"
    return Mention(name=name, type="Group", country=body.country, text=name)


def _body(index: Index, tok: Token) -> Mention | None:
    """The international body whose members ``tok`` names: a compound or owner before it ("EU member
    states", "NATO's members") or an "of" phrase after it ("members of the European Union")."""
    marks = [c for c in tok.children if c.lower_ == "member"]
    for c in [*tok.children, *(m for mark in marks for m in mark.children)]:  # "EU member states": on "member"
        cand: Token | None = None
        if c.dep_ in ("compound", "poss") and c.lower_ != "member":
            cand = c
        elif c.dep_ == "prep" and c.lower_ == "of":
            cand = next((p for p in c.children if p.dep_ == "pobj"), None)
        else:
            continue
        m = index.resolve(cand) if cand is not None else None
        if m is not None and m.type == "Organization" and m.kb_id and not m.anonymous:
            return m
    return None


def _named_before(index: Index, tok: Token) -> Mention | None:
    """The members named before "the member states", else those of the last international body named."""
    for i, m, _ in reversed(index.order):
        if i >= tok.i:
            continue
        if m.type == "Group" and m.name.endswith(_SUFFIX) and not m.kb_id:
            return m
        if m.type == "Organization" and m.kb_id and m.country is None:
            name = f"{m.name}{_SUFFIX}"
            return Mention(name=name, type="Group", text=name)
    return None
