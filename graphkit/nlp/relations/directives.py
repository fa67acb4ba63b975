"""Demands a claim states with a modal of obligation other than "must" (``ontologies/directives.yaml``):
"Y said X should withdraw", "'X ought to pay,' Y said", "Y said X needs to / has to stand by them" →
Y demands X; and the refusal a claim states ("China would never accept it": :func:`refused`).

"should" and "ought" are deontic only with an agentive verb ("X should accept the result", not "prices
should fall", "X should see growth", "X should be careful"); a semi-modal ("need to", "have to") carries
its demand to its infinitive. The subject must be an actor; the claimant's own side is left out by
:class:`~graphkit.nlp.relations.stated.StatedReader`, as for "must".
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ...resources import ONTOLOGIES, Cues, word_lists
from ...types import Mention
from ..actors import ActorIndex
from ..syntax import conjuncts, negated
from .arguments import side

__all__ = ["Directives", "load_directives", "obliged", "refused", "refused_owner"]


@dataclass(frozen=True)
class Directives:
    """The lexicon of obligation stated in a claim (``ontologies/directives.yaml``)."""

    deontic_modals: frozenset[str]
    semi_modals: frozenset[str]
    stative_verbs: frozenset[str]
    time_limits: frozenset[str]
    cessation_nouns: frozenset[str]
    removal_nouns: frozenset[str]


@lru_cache(maxsize=4)
def load_directives(path: Path | None = None) -> Directives:
    """The lexicon, validated: each key a list of words (E030 naming the file otherwise)."""
    return Directives(**word_lists(path or ONTOLOGIES / "directives.yaml", tuple(f.name for f in fields(Directives))))


def obliged(verb: Token, actors: ActorIndex, lexicon: Directives | None = None) -> list[Mention]:
    """The actors a clause of a claim puts under an obligation: the subject of an agentive, active verb
    with "should"/"ought to", or of a semi-modal ("needs to", "has to") whose infinitive is agentive."""
    lex = lexicon or load_directives()
    if negated(verb):
        return []
    act = _semi_modal_infinitive(verb, lex)
    if act is None:
        modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if not modals & lex.deontic_modals:
            return []
        act = verb
    if act.lemma_.lower() in lex.stative_verbs or any(c.dep_ in ("auxpass", "acomp") for c in act.children):
        return []
    return [
        m
        for c in verb.children
        if c.dep_ == "nsubj"
        for m in (actors.anchor(t, places=False, depth=0) for t in conjuncts(c))
        if m is not None
    ]


def _semi_modal_infinitive(verb: Token, lex: Directives) -> Token | None:
    """The infinitive of "X needs to act", "X has to act", "X ought to act" (not "X has a plan to act")."""
    if verb.lemma_.lower() not in lex.semi_modals or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and _to(c)), None)


def _to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def refused(roots: list[Token], speaker: Mention, actors: ActorIndex, cues: Cues) -> Token | None:
    """ "China would never accept it" in a claim: the speaker's side will not give in to something asked
    of it (a negated refusal verb of ``stated_acts.refusal_verbs`` with a modal, its subject on the
    speaker's side). The refusal verb, or None."""
    for verb in roots:
        modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if (
            negated(verb)
            and modals & cues.threat_modals
            and verb.lemma_.lower() in cues.refusal_verbs
            and any(
                c.dep_ == "nsubj"
                and (m := actors.anchor(c, places=False, depth=0)) is not None
                and side(m) == side(speaker)
                for c in verb.children
            )
        ):
            return verb
    return None


def refused_owner(verb: Token, speaker: Mention, actors: ActorIndex) -> Mention | None:
    """Whose thing a refusal's pronoun object stands for, when its sentence names it before: "X's threat
    was a mistake, and China would never accept it" refuses X (another side's; the nearest one)."""
    if not any(c.dep_ == "dobj" and c.lower_ in ("it", "this", "that", "them") for c in verb.children):
        return None
    for tok in reversed(verb.sent[: verb.i - verb.sent.start]):
        owners = [actors.resolve(c) for c in tok.children if c.dep_ == "poss" and tok.pos_ == "NOUN"]
        found = [m for m in owners if m is not None and side(m) != side(speaker)]
        if found:
            return found[0]
    return None
