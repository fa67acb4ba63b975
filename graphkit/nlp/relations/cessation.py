"""Demands of an act's doer that the act stop: "called for an end to Y's attacks", "pressed for a halt to the
shelling by Y", "urged a stop to Yish settlement building" → the caller demands of Y (FrameNet Request
whose Message is a stopping of FrameNet Activity_stop / Process_stop; ANNOTATION.md demands: "calls on the
object to act"); and of a body asked to end somebody's membership: "called for the suspension of X from
Y" → demands of Y (finder ``removal``, :func:`removing_bodies`).

The object finder ``cessation`` reads the cue's direct object or the object of its "for" (and a noun set
beside it: "a ceasefire - an end to ..."): a noun of ``ontologies/directives.yaml`` ``cessation_nouns``
whose "to", "of" or "on" names the act; the doer is the act's owner, the country that marks it, or its
"by" phrase. An act with no doer ("an end to the violence", "a halt to the fighting in Y": a place is no
doer) and a person stopped ("an end of X's term") give nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...types import Mention
from ..actors import ActorIndex
from ..syntax import conjuncts, pobjs
from .directives import load_directives
from .registry import Found, Recalled, Site, object_finder

__all__ = ["removing_bodies", "stopped_doers"]

#: where a stopping noun names the act stopped: "an end to X", "the cessation of X", "a freeze on X"
_ACT_PREPS = ("to", "of", "on")


def _asked(verb: Token) -> list[Token]:
    """The nouns a demand verb asks for: its object, its "for", a noun coordinated after them or set beside."""
    kids = [(c, c.dep_) for c in verb.children]  # read once: each read of ``children`` makes every Token anew
    asked = [c for c, dep in kids if dep == "dobj"]
    asked += [t for c, dep in kids if dep == "prep" and c.lower_ == "for" for t in pobjs(c)]
    asked += [c for c, dep in kids if dep == "conj" and c.pos_ == "NOUN"]  # "for a truce and an end to X"
    nouns = [t for a in asked for t in conjuncts(a)]
    return nouns + [c for n in nouns for c in n.children if c.dep_ == "appos"]  # "a ceasefire - an end to X"


def stopped_doers(verb: Token, actors: ActorIndex) -> list[Mention]:
    """The doers of the acts a demand verb asks to be stopped (see the module's description)."""
    stops = load_directives().cessation_nouns
    nouns = _asked(verb)
    acts = [
        t
        for n in nouns
        if n.lemma_.lower() in stops
        for p in n.children
        if p.dep_ == "prep" and p.lower_ in _ACT_PREPS
        for a in pobjs(p)
        for t in conjuncts(a)
    ]
    if not acts:
        return []  # cheap: most demands ask for no end of an act
    # an active verb's "by" is its object's, hung on the verb by the parser: "demanded a halt to X by Y"
    verb_by = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"] if _active(verb) else []
    out: list[Mention] = []
    for act in acts:
        if act.i in actors.by_token or act.pos_ not in ("NOUN", "PROPN"):
            continue  # "an end of X's term" stops no act of X's; "an end to X" names no act
        owner = actors.anchor(act, places=False, preps=(), depth=0)
        by_phrases = [p for p in act.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"] or verb_by
        by = [t for p in by_phrases for t in pobjs(p)]
        found = [owner] if owner is not None else []
        found += [m for b in by for t in conjuncts(b) for m in [actors.anchor(t, places=False, depth=0)] if m]
        out += [m for m in found if m not in out]
    return out


def removing_bodies(verb: Token, actors: ActorIndex) -> list[Mention]:
    """The organisations a demand verb asks to remove somebody from them: "called for the suspension of X
    from Y", "urged X's expulsion from Y" → Y (a noun of ``removal_nouns``; its "from" on the noun or on
    the one removed; an organisation only: "the withdrawal of troops from Y" asks no place anything)."""
    removals = load_directives().removal_nouns
    heads = [n for n in _asked(verb) if n.lemma_.lower() in removals]
    heads += [t for n in heads for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for t in pobjs(p)]
    bodies = [t for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from" for t in pobjs(p)]
    found = [actors.resolve(t) for t in bodies]
    return [m for m in found if m is not None and m.type == "Organization"]


def _active(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ == "auxpass" for c in verb.children)


@object_finder("cessation")  # "called for an end to Y's attacks": Y, asked to stop
def cessation(site: Site, _: str) -> Found:
    doers = stopped_doers(site.tok, site.actors)
    return Recalled(doers) if doers else []  # nothing stopped: the frame's next finder may find the object


@object_finder("removal")  # "called for the suspension of X from Y": Y, asked to remove X
def removal(site: Site, _: str) -> Found:
    bodies = removing_bodies(site.tok, site.actors)
    return Recalled(bodies) if bodies else []
