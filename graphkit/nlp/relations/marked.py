"""The doer of an event noun named by a modifier of the noun: "the Russian invasion of X", "Israeli
airstrikes on X", "a US drone strike", "a Hamas attack on X", "American aid to X" (FrameNet Attack and
Supporting: the Assailant or Supporter expressed as a nationality adjective or a noun modifier).

A demonym ("Russian", "Israeli") names the doer; so does an organisation used as a modifier ("a NATO
strike", "a Hamas attack"), a country's initialism used attributively ("a US strike", "UK aid") and the
leader of an "X-led" campaign ("the US-led invasion of Y"). A
full country or place name in front of the noun names where or whom, not who ("the Ukraine invasion",
"the Gaza offensive", "the Kursk incursion"), and a person's name whom it befell ("the Skripal poisoning"):
no doer. Only an event told as done: not one merely feared,
planned or threatened ("the threat of a Russian attack", "a possible Israeli strike") nor one under a
negated or hedged verb ("did not rule out a US strike").
"""

from __future__ import annotations

from spacy.tokens import Token

from ...resources import CueFrame, Cues
from ...types import Mention
from ..actors import ActorIndex
from ..actors.base import known
from ..actors.places import country_id, entity_text
from ..syntax import blocked

__all__ = ["marked_doers", "realised"]

#: the predicates whose event noun takes its doer from a modifier (acts done to somebody)
_MARKED = ("attacks", "supports")
#: how far up the tree the verb that tells an event noun is looked for ("the toll of the strike on X rose")
_UP = 4


def _initialism(text: str) -> bool:
    """ "US", "U.S.", "UK": capitals (and dots) only, as a country's initialism is written."""
    letters = text.replace(".", "")
    return 1 < len(letters) <= 4 and letters.isalpha() and letters.isupper()


def _leader(led: Token, actors: ActorIndex) -> Mention | None:
    """The first half of "US-led" (FrameNet Leadership: who leads a campaign does it), or None."""
    for half in (c for c in led.children if c.i < led.i):
        cid = country_id(actors.gaz, entity_text(half))
        m = known(actors.gaz, cid, half.text) if cid else actors.by_token.get(half.i)
        if m is not None:
            return m
    return None


def _modifier_doer(mod: Token, actors: ActorIndex) -> Mention | None:
    """The actor a modifier in front of an event noun names as its doer, or None."""
    if mod.lower_ == "led":  # "the US-led invasion of X"
        return _leader(mod, actors)
    if mod.dep_ == "amod" or mod.pos_ == "ADJ":  # "Russian", "Israeli": a demonym
        cid = country_id(actors.gaz, entity_text(mod))
        return known(actors.gaz, cid, mod.text) if cid else None
    if mod.dep_ not in ("compound", "nmod") or mod.i not in actors.by_token:
        return None
    m = actors.by_token[mod.i]  # a name the actor finder found, not a place
    if m.type == "Country" and not _initialism(mod.text):
        return None  # "the Ukraine invasion": the country invaded
    return None if m.type == "Person" else m  # "the Khashoggi killing", "the Skripal poisoning": the victim


def realised(head: Token, cues: Cues) -> bool:
    """Whether an event noun tells an event as done: no modifier of a possible or planned one, no noun or
    verb above it of fear, threat or intention, and the verb that tells it neither negated nor hedged."""
    if any(c.dep_ == "amod" and c.lower_ in cues.unrealised for c in head.children):
        return False
    up = head
    for _ in range(_UP):
        if up.head.i == up.i:
            return True
        up = up.head
        if up.lemma_.lower() in cues.irrealis or up.lower_ in cues.unrealised:
            return False  # "warned of a Russian attack", "the threat of an Israeli strike"
        if up.pos_ in ("VERB", "AUX"):
            return not blocked(up, cues) and not _attempted(up, cues)
    return True


def _attempted(verb: Token, cues: Cues) -> bool:
    """An infinitive the parser hung as a clause of purpose on a verb of attempt or intention ("worked to
    arrange a meeting", "strove to secure talks"): tried, not told as done."""
    return (
        verb.dep_ == "advcl"
        and verb.head.lemma_.lower() in cues.irrealis
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def marked_doers(head: Token, frame: CueFrame, actors: ActorIndex, cues: Cues) -> list[Mention]:
    """The doer a modifier of the event noun ``head`` names ("the Russian invasion of X": Russia), when
    the event is told as done; else none."""
    if frame.predicate not in _MARKED or not realised(head, cues):
        return []
    for mod in head.children:
        if mod.i < head.i:
            m = _modifier_doer(mod, actors)
            if m is not None:
                return [m]
    return []
