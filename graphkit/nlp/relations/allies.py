"""Support stated by a relational noun of alliance or patronage (FrameNet Alliance and Supporting: "ally",
"backer", "patron"): the actor the noun names supports the one it belongs to. "X's ally, Y" / "X's ally Y",
"Y, an ally of X", "Y is X's closest ally", "X and its ally Y": Y supports X.

The one supported is the noun's owner or the object of its "of"; the supporter is the actor the noun
stands for: its apposition (or the name right after it, wherever the parser hung it), the actor it is an
apposition to, or the subject of the copula it completes. Such a noun is a ``supports`` noun of
``cues.yaml`` whose ``obj`` names "poss". Nothing for a former ally ("X's former ally Y": the
``unrealised_modifiers``) nor under a negated or hedged copula ("Y is not X's ally").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...resources import CueFrame, Cues
from ...types import Mention
from ..actors import ActorIndex
from ..syntax import blocked, conjuncts
from .arguments import phrase_doers
from .records import RawRelation

__all__ = ["allies", "relational"]

#: the words that may stand between a relational noun and the name after it ("ally, the United States")
_BETWEEN = ("det", "compound", "punct", "amod")


def relational(frame: CueFrame) -> bool:
    """Whether a noun frame is one of a relational noun: its owner is the object ("X's ally")."""
    return "poss" in frame.obj


def _supported(noun: Token, frame: CueFrame, actors: ActorIndex) -> list[Mention]:
    """Whom the noun's referent supports: the noun's owner, or its "of" (when the frame lists it)."""
    toks = phrase_doers(noun, preps=frame.obj, owner=True, participle=False)
    return [m for t in toks for m in [actors.resolve(t)] if m is not None]


def _next_name(noun: Token, actors: ActorIndex) -> list[Mention]:
    """The actor named right after the noun, before any other word ("X's ally the United States", which
    the parser may hang beside the noun, not under it)."""
    doc = noun.doc
    for i in range(noun.i + 1, min(noun.i + 6, noun.sent.end)):
        tok = doc[i]
        m = actors.resolve(tok) if tok.pos_ == "PROPN" else None
        if m is not None:
            return [actors.resolve(t) or m for t in conjuncts(tok)]
        if tok.dep_ not in _BETWEEN and tok.pos_ != "PROPN" or tok.is_punct and tok.text != ",":
            return []
    return []


def _referents(noun: Token, actors: ActorIndex, cues: Cues) -> list[Mention]:
    """Who the relational noun stands for: its apposition, the name after it, the actor it is an apposition
    to, or the subject of the copula it completes."""
    apposed = [m for c in noun.children if c.dep_ == "appos" for t in conjuncts(c) for m in [actors.resolve(t)] if m]
    if apposed:
        return apposed
    if noun.dep_ == "appos":  # "Y, an ally of X"
        m = actors.resolve(noun.head)
        return [m] if m is not None else []
    if noun.dep_ == "attr":  # "Y is X's closest ally"
        cop = noun.head
        if blocked(cop, cues):
            return []
        return [m for c in cop.children if c.dep_ == "nsubj" for t in conjuncts(c) for m in [actors.resolve(t)] if m]
    return _next_name(noun, actors)


def allies(sent: Span, noun: Token, frame: CueFrame, actors: ActorIndex, cues: Cues) -> list[RawRelation]:
    """ "X's ally Y": Y supports X, for a relational noun of a ``supports`` frame; none for a former one."""
    doc = noun.doc
    before = doc[max(noun.left_edge.i - 1, 0) : noun.i]  # "Russia's former ally", "once Russia's ally"
    if any(t.dep_ in ("amod", "advmod") and t.lower_ in cues.unrealised for t in before):
        return []
    supported = _supported(noun, frame, actors)
    supporters = _referents(noun, actors, cues) if supported else []
    return [
        RawRelation.at(
            sent, frame.predicate, s, o, noun.text, cue_start=noun.idx, pattern=f"{frame.predicate}:ally-noun"
        )
        for s in supporters
        for o in supported
        if s != o
    ]
