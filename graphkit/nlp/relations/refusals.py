"""Rejection by not accepting (FrameNet Respond_to_proposal, PLOVER REJECT): "X did not accede to Y's
demands", "X would not meet the demands of Y", "X has never accepted an offer from Y" → X rejects Y.

The cue is a verb of acceptance or compliance (``ontologies/proposals.yaml``) that is negated; its object
(direct, or after "to"/"with") must be a proposal noun, and the proposer is whoever owns it ("Y's", "by,
from, of Y", "a Y request", "an Israeli offer"). A hedge ("may not accept"), a condition ("if X does not
accept"), or a verb that is only urged or refused ("urged X not to accept") gives nothing: the negation of
the negated verb is then not the subject's act.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from ...resources import ONTOLOGIES, Cues, word_lists
from ...types import Mention
from ..actors import ActorIndex
from ..syntax import conjuncts
from .frames import fits
from .records import RawRelation
from .subjects import SubjectFinder

__all__ = ["Proposals", "Refusals", "load_proposals"]

_KEYS = ("verbs", "preps", "nouns", "modals")
#: where a proposal names its proposer: "a demand by X", "an offer from X", "the demands of X"
_PROPOSER_PREPS = ("by", "from", "of")
_FIRST_PERSON = ("i", "we")


@dataclass(frozen=True)
class Proposals:
    """The lexicon of rejection by non-acceptance (``ontologies/proposals.yaml``)."""

    verbs: frozenset[str]
    preps: frozenset[str]
    nouns: frozenset[str]
    modals: frozenset[str]


@lru_cache(maxsize=4)
def load_proposals(path: Path | None = None) -> Proposals:
    """The lexicon, validated: each key a list of words (E030 naming the file otherwise)."""
    return Proposals(**word_lists(path or ONTOLOGIES / "proposals.yaml", _KEYS))


class Refusals:
    """The ``rejects`` relations of negated acceptance in a sentence (pattern ``rejects:not-accepted``)."""

    def __init__(self, cues: Cues, subjects: SubjectFinder, lexicon: Proposals | None = None) -> None:
        self.cues, self.subjects = cues, subjects
        self.lexicon = lexicon or load_proposals()
        self.frame = next(
            (f for f in cues.verbs.get("reject", ()) if f.predicate == "rejects"), None
        )  # the frame of "reject": its checks apply as they are

    def __call__(self, sent: Span, actors: ActorIndex) -> list[RawRelation]:
        out: list[RawRelation] = []
        for tok, proposers in self._cues(sent, actors):
            out += self._relations(sent, tok, self.subjects(tok, actors, True), proposers, "rejects:not-accepted")
        return out

    def spoken(
        self, sents: list[Span], actors: ActorIndex, speakers: Callable[[int], list[Mention]]
    ) -> list[RawRelation]:
        """First-person refusals in quotations ('"We will not meet X's demands," Y said'), made by whoever
        said each quotation (``speakers``: the speakers of the quotation a character offset lies in)."""
        out: list[RawRelation] = []
        for sent in sents:
            for tok, proposers in self._cues(sent, actors):
                if any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in tok.children):
                    pattern = "rejects:first-person:not-accepted"
                    out += self._relations(sent, tok, speakers(tok.idx), proposers, pattern)
        return out

    def _cues(self, sent: Span, actors: ActorIndex) -> Iterator[tuple[Token, list[Mention]]]:
        """The refused acceptance verbs of a sentence, with the proposers of what they refuse."""
        verbs, lemmas = self.lexicon.verbs, actors.lemmas
        for i in range(sent.start, sent.end):
            if lemmas[i] not in verbs:  # cheap: most words are no acceptance verb
                continue
            tok = actors.tokens[i]
            if tok.pos_ != "VERB" or not self._refused(tok):
                continue
            proposers = [
                m
                for n in self._proposals(tok)
                for m in [actors.anchor(n, places=False, preps=_PROPOSER_PREPS, depth=1)]
                if m
            ]
            if proposers:
                yield tok, proposers

    def _relations(
        self, sent: Span, tok: Token, subjects: list[Mention], proposers: list[Mention], pattern: str
    ) -> list[RawRelation]:
        return [
            RawRelation.at(sent, "rejects", s, o, tok.text, cue_start=tok.idx, pattern=pattern)
            for s in subjects
            for o in proposers
            if self.frame is None or fits(self.frame, s, o)
        ]

    def _refused(self, verb: Token) -> bool:
        """Negated, and neither hedged, conditional nor only asked for or refused."""
        negation = False
        for c in verb.children:
            if c.dep_ == "neg" or c.dep_ in ("advmod", "neg") and c.lower_ in self.cues.negations:
                negation = True
            elif (
                c.dep_ in ("aux", "mark", "advmod")
                and c.lower_ in self.cues.hedges
                and c.lower_ not in self.lexicon.modals
            ):
                return False
        if verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.lemma_.lower() in self.cues.irrealis:
            return False
        return negation

    def _proposals(self, verb: Token) -> list[Token]:
        """The proposal nouns the verb takes: "accept X's offer", "accede to the demands of X"."""
        args = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        args += [
            p
            for c in verb.children
            if c.dep_ in ("prep", "prt") and c.lower_ in self.lexicon.preps
            for p in c.children
            if p.dep_ == "pobj"
        ]
        return [
            t
            for a in args
            for t in conjuncts(a)
            if t.lemma_.lower() in self.lexicon.nouns or t.lower_ in self.lexicon.nouns
        ]
