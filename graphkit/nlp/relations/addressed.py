"""Who somebody talks with in a meeting or call named without its other party: "In a phone call on
Monday, X urged Y to ...", "During talks in Geneva, X told Y that ..." (FrameNet Discussion and Contacting:
whoever is told, asked or urged within the exchange takes part in it).

The other party is the addressee of a verb of telling or asking, the direct object (or dative) of a
verb that is a ``claims`` or ``demands`` cue (tell, assure, inform, urge, ask, press); the object of any
other verb, or of a verb of judging ("praised Y as ..."), is what was talked about, not who was talked
with ("During the meeting, X praised Y": no).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...resources import Cues
from ...types import Mention
from ..actors import ActorIndex
from ..syntax import conjuncts

__all__ = ["addressees"]

#: the predicates of verbs whose direct object is the one spoken to
_ADDRESSING = ("claims", "demands")


def addressees(verb: Token, actors: ActorIndex, cues: Cues) -> list[Mention]:
    """The actors a verb of telling or asking addresses ("told Y", "urged Y to ..."), or none."""
    frames = [f for f in cues.verbs.get(verb.lemma_.lower(), ()) if f.predicate in _ADDRESSING and not f.predicative]
    if not frames:
        return []
    toks = [t for c in verb.children if c.dep_ in ("dobj", "dative") for t in conjuncts(c)]
    if not toks and any(f.predicate == "demands" for f in frames):  # "urged Y to act", parsed as Y's clause
        toks = [
            t for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj" for t in conjuncts(s)
        ]
    return [m for t in toks for m in [actors.resolve(t)] if m is not None]
