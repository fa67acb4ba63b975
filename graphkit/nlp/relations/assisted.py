"""Support told as the circumstance of a deed (FrameNet Assistance and Supporting, the Helper in a "with"
phrase): "with the support of X, Y retook the city", "Y retook the city with X's help", "Y, with Russian
backing, ...", and the absolute "with" clause "Y retook the town, with X providing air support".

The support noun is a ``supports`` noun of ``cues.yaml`` (aid, assistance, support, help, backing, ...)
under "with" ("without the support of X" is none). The helper is the noun's "of", its owner or the doer a
modifier names; in the absolute clause, the subject of the light verb whose object the noun is. The one
helped is the subject of the verb the "with" phrase modifies (or whose object the parser hung it on), or
the actor the phrase is set beside ("Kenya, with the support of X, launched ..."). Nothing when that verb
is negated or hedged.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...resources import CueFrame, Cues
from ...types import Mention
from ..actors import ActorIndex
from ..syntax import blocked, conjuncts, pobjs
from .arguments import phrase_doers
from .marked import marked_doers
from .records import RawRelation
from .subjects import SubjectFinder

__all__ = ["assisted"]


def _with(noun: Token, cues: Cues) -> tuple[Token, Token | None] | None:
    """The "with" that governs a support noun, and the light verb of an absolute clause ("with X
    providing support": "providing"); None when no "with" governs it."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        return noun.head, None
    verb = noun.head
    if (
        noun.dep_ == "dobj"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ == "with"
        and verb.lemma_.lower() in cues.light_verbs
    ):
        return verb.head, verb
    return None


def _helpers(noun: Token, light: Token | None, frame: CueFrame, actors: ActorIndex, cues: Cues) -> list[Mention]:
    """Who gives the support: the light verb's subjects, or the noun's "of", owner or marking modifier."""
    if light is not None:  # "with X and Y providing support": the parser may hang X and Y on "with"
        toks = [t for c in light.children if c.dep_ == "nsubj" for t in conjuncts(c)] + pobjs(light.head)
    else:
        toks = phrase_doers(noun, preps=("of",), owner=True, participle=False)
    found = [m for t in toks for m in [actors.resolve(t)] if m is not None]
    return found or ([] if light is not None else marked_doers(noun, frame, actors, cues))


def _helped(prep: Token, actors: ActorIndex, cues: Cues, subjects: SubjectFinder) -> list[Mention]:
    """Who is helped: the subjects of the verb the "with" phrase modifies (not negated or hedged), or the
    actor it is set beside."""
    head = prep.head
    if head.pos_ not in ("VERB", "AUX"):
        m = actors.resolve(head)
        if m is not None:
            return [m]
        if head.dep_ != "dobj":
            return []
        head = head.head  # "X retook the town, with Y providing support": hung on the verb's object
    return [] if blocked(head, cues) else subjects(head, actors, True)


def assisted(
    sent: Span, noun: Token, frame: CueFrame, actors: ActorIndex, cues: Cues, subjects: SubjectFinder
) -> list[RawRelation] | None:
    """The support a "with" phrase of a support noun states (the helper supports the one helped), or None
    when no "with" governs the noun."""
    if frame.predicate != "supports":
        return None
    found = _with(noun, cues)
    if found is None:
        return None
    prep, light = found
    helpers = _helpers(noun, light, frame, actors, cues)
    helped = _helped(prep, actors, cues, subjects) if helpers else []
    return [
        RawRelation.at(sent, "supports", h, s, noun.text, cue_start=noun.idx, pattern="supports:with-support")
        for h in helpers
        for s in helped
        if h != s
    ]
