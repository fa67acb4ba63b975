"""The people who side with a named person, as a group of their own.

"Trump's supporters", "his followers", "supporters of X" (``cues.yaml`` ``follower_nouns``, after FrameNet's
Taking_sides frame) are not the person they follow (``sources.speaks_for`` takes a body's members for the
body; a person's supporters do not speak for him): a Group labelled by the person's last name ("X's
supporters"), of the person's country.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...types import Mention
from .base import Index

__all__ = ["followers"]


def followers(index: Index, tok: Token) -> Mention | None:
    """The group of a person's followers ``tok`` names, or None."""
    if tok.lower_ not in index.cues.follower_nouns or tok.pos_ != "NOUN":
        return None
    leader = None
    for c in tok.children:
        if c.dep_ == "poss":
            leader = index.resolve(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            leader = index.resolve(obj) if obj is not None and obj.pos_ == "PROPN" else None
        if leader is not None:
            break
    if leader is None or leader.type != "Person" or leader.anonymous:
        return None
    name = f"{leader.name.split()[-1]}'s {tok.lower_}"
    return Mention(name=name, type="Group", country=leader.country, text=name)
