"""Performative speech acts in a quotation: an institution that speaks of itself in the third person and
the present tense does what it says ('"The commission calls upon the government to act," it said', '"The
ministry rejects the proposal of X," the statement read'). Such a cue is the act itself, made by the actor
it names, not a report of a past act; the first-person case ('"We urge X ..."') is
:func:`~graphkit.nlp.relations.finder.first_person`'s.

Only demands, threats and rejections are read this way (Searle's directives and commissives, PLOVER
DEMAND, THREATEN and REJECT): what a quotation says of an accusation or a denial stays the speaker's claim.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...resources import CueFrame
from ..actors import ActorIndex
from .records import RawRelation

__all__ = ["PERFORMATIVE", "as_performed", "performative", "performed"]

#: the predicates whose cues are performative in the present tense
PERFORMATIVE = frozenset({"demands", "threatens", "rejects"})
#: the present tense of a third-person subject (and a plural or collective one: "The allies urge X")
_PRESENT = ("VBZ", "VBP")


def performative(tok: Token, actors: ActorIndex) -> bool:
    """Whether the cue ``tok`` is a present-tense verb whose own subject is a named actor (no pronoun)
    and that carries no auxiliary ("will urge", "has urged" report or forecast; they do not perform)."""
    if tok.tag_ not in _PRESENT or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    return any(
        c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") and actors.resolve(c) is not None for c in tok.children
    )


def performed(tok: Token, frames: tuple[CueFrame, ...], actors: ActorIndex) -> tuple[CueFrame, ...]:
    """The frames a cue inside a quotation performs: its demand, threat and rejection frames when it is
    :func:`performative`, else none (the quotation is its speaker's claim)."""
    if not performative(tok, actors):
        return ()
    return tuple(f for f in frames if f.predicate in PERFORMATIVE)


def as_performed(found: list[RawRelation]) -> list[RawRelation]:
    """The relations a performative cue made, their pattern marked: ``demands:performative:dobj``."""
    return [replace(r, pattern=r.pattern.replace(":", ":performative:", 1)) for r in found]
