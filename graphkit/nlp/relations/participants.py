"""Who takes part in an event noun of meeting: the parties of "talks between X and Y", the subjects who hold a
joint event together, the actor a gerund in apposition tells about, and whoever acts within a meeting."""

from __future__ import annotations

from spacy.tokens import Token

from ...resources import CueFrame
from ...types import Mention
from ..actors import ActorIndex
from ..syntax import pobjs

__all__ = ["apposed", "between", "joint", "within"]

#: prepositions that place a clause within a meeting: "in talks with X, Y said", "during a call with X"
_WITHIN = ("in", "during")


def within(head: Token, frame: CueFrame) -> bool:
    """ "In a phone call with X, Y said ...": whoever acts within a meeting takes part in it (a hedge on what
    was done there, "In a call, Y may have urged X", hedges the deed, not the call)."""
    return frame.predicate == "meets" and head.dep_ == "pobj" and head.head.lower_ in _WITHIN


def between(head: Token, frame: CueFrame, actors: ActorIndex) -> list[Mention]:
    """The parties of "a meeting/call/talks between X and Y" (not of a mediation, whose "between" are
    its objects): X first."""
    if frame.predicate != "meets" or "between" in frame.obj:
        return []
    toks = [t for p in head.children if p.dep_ == "prep" and p.lower_ == "between" for t in pobjs(p)]
    parties = [m for t in toks for m in [actors.resolve(t)] if m is not None]
    return parties if len(parties) > 1 else []


def joint(head: Token, frame: CueFrame) -> bool:
    """Whether a meeting noun is one its coordinated subjects hold together: a reciprocal one (its frame
    takes "with": talks, an agreement; not a visit to a third party), a call only with its channel named
    ("a phone call"; "issued a call for calm" is an appeal), and not a named instrument that others
    signed too ("signed the Paris Agreement")."""
    if "with" not in frame.obj or any(t.pos_ == "PROPN" and t.i < head.i or t.dep_ == "appos" for t in head.subtree):
        return False
    return head.lemma_.lower() != "call" or any(c.dep_ in ("compound", "amod") for c in head.children)


def apposed(head: Token, actors: ActorIndex) -> list[Mention]:
    """The actor a gerund set off by commas tells about, when the parser read it as a noun in apposition
    ("X, who was in Cairo, Egypt meeting with Y, said": "meeting" renames nothing, it is what X is doing): no
    determiner, as a participle has none."""
    if head.dep_ != "appos" or not head.lower_.endswith("ing") or any(c.dep_ in ("det", "poss") for c in head.children):
        return []
    m = actors.resolve(head.head)
    return [m] if m is not None else []
