"""Events told from the side of whoever undergoes or receives them: "the embassy faced attacks from
X", "the convoy came under fire from X", "Y received a visit from X", "Y got aid from X" (FrameNet
Receiving and Undergoing; the verbs are ``recipient_verbs`` in ``cues.yaml``); and attacks told from
the victim's side, "Y were killed in an attack by X" (FrameNet Killing, Cause_harm: ``harmed_verbs``).

The event noun is the verb's object (or the object of its "under"); the doer is the object of "from"
or "by" on the noun or the verb, or the noun's owner ("faced Russia's attacks"); the one it is done to
is the verb's subject (the passive subject of a verb of harm). The doer is the relation's subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...resources import CueFrame, Cues
from ...types import Mention
from ..actors import ActorIndex
from ..syntax import blocked, conjuncts
from .arguments import STATEMENTS, phrase_doers
from .marked import marked_doers
from .records import RawRelation
from .subjects import SubjectFinder

__all__ = ["received"]

#: prepositions that name the doer of an event undergone
_DOER_PREPS = ("from", "by")


def _recipient_verb(noun: Token, cues: Cues) -> Token | None:
    """The verb that undergoes ``noun``: "faced attacks", "came under fire"; not negated or hedged."""
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "under":
        verb = noun.head.head
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.recipient_verbs or blocked(verb, cues):
        return None
    return verb


def _harmed_verb(noun: Token, frame: CueFrame, cues: Cues) -> Token | None:
    """The passive verb of harm whose "in" phrase names an attack: "were killed in an attack by X", "was
    wounded in shelling by X"; not negated or hedged."""
    if frame.predicate != "attacks" or noun.dep_ not in ("pobj", "pcomp") or noun.head.lower_ != "in":
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in cues.harmed_verbs or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return None if blocked(verb, cues) else verb


def _victims(verb: Token, actors: ActorIndex) -> list[Mention]:
    """Whoever a passive verb of harm was done to: its passive subject."""
    toks = [t for c in verb.children if c.dep_ == "nsubjpass" for t in conjuncts(c)]
    return [m for t in toks for m in [actors.resolve(t)] if m is not None]


def _encounter_preps(frame: CueFrame) -> tuple[str, ...]:
    """The prepositions that name the other side of an encounter ("killed in a clash with X", "... in
    fighting against X"; FrameNet Hostile_encounter, whose nouns take "with"): the doer, as "by" is."""
    return _DOER_PREPS + (("with", "against") if "with" in frame.obj else ())


def _doers(noun: Token, verb: Token, actors: ActorIndex, preps: tuple[str, ...] = _DOER_PREPS) -> list[Mention]:
    """Who did what was undergone: the noun's owner, or the object of its (or the verb's) "from"/"by"."""
    for holder in (noun, verb):
        toks = phrase_doers(holder, preps=preps, deps=("prep", "agent"), owner=holder is noun, participle=False)
        found = [m for t in toks for m in [actors.resolve(t)] if m is not None]
        if found:
            return found
    return []


def received(
    sent: Span, noun: Token, frame: CueFrame, actors: ActorIndex, cues: Cues, subjects: SubjectFinder
) -> list[RawRelation] | None:
    """The relations an event noun undergone states (the doer does it to the verb's subject), or None
    when the noun is not the object of a recipient verb."""
    verb = _recipient_verb(noun, cues)
    if verb is not None:
        doers = _doers(noun, verb, actors) or marked_doers(noun, frame, actors, cues)  # "faced Russian attacks"
        undergoers = subjects(verb, actors, frame.predicate not in STATEMENTS) if doers else []
        how = "received"
    else:
        harmed = _harmed_verb(noun, frame, cues)
        if harmed is None:
            return None
        # "Y were killed in an attack by X": X attacks Y
        doers = _doers(noun, harmed, actors, _encounter_preps(frame)) or marked_doers(noun, frame, actors, cues)
        undergoers = _victims(harmed, actors)  # "killed in a US drone strike": the US attacks them
        how = "harmed-in"
    return [
        RawRelation.at(sent, frame.predicate, d, u, noun.text, pattern=f"{frame.predicate}:{how}")
        for d in doers
        for u in undergoers
        if d != u
    ]
