"""Whom an attack told as a noun struck, when the noun is the subject of a verb of attack or harm: "a strike
by X killed Y", "a drone attack by X hit Y" (FrameNet Impact and Attack: the event itself as the subject of
the verb that says whom it reached; the doer is the noun's, found as for any event noun).

The verb is an ``attacks`` cue verb of ``cues.yaml`` (hit, strike, kill, wound, destroy ...), neither
negated nor hedged; whom it reached is its direct object ("hit Odesa": the country of a place).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...resources import CueFrame, Cues
from ...types import Mention
from ..actors import ActorIndex
from ..syntax import blocked, conjuncts
from .arguments import whom

__all__ = ["impacted"]


def impacted(head: Token, frame: CueFrame, actors: ActorIndex, cues: Cues) -> list[Mention]:
    """The objects of the attack verb whose subject the attack noun ``head`` is, or none."""
    verb = head.head
    if frame.predicate != "attacks" or head.dep_ != "nsubj" or verb.pos_ != "VERB":
        return []
    if not cues.is_cue(verb.lemma_.lower(), "attacks") or blocked(verb, cues):
        return []
    toks = [t for c in verb.children if c.dep_ == "dobj" for t in conjuncts(c)]
    return [m for t in toks for m in [whom(t, actors, "attacks", cues)] if m is not None]
