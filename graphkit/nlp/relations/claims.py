"""A claim and what it states: each source claims the content; a claim may also state blame, demands,
threats, refusals and denials (read by :class:`~graphkit.nlp.relations.stated.StatedReader`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...resources import Cues
from ...types import Mention
from ..actors import ActorIndex
from .content import span_text, trim
from .memory import Memory
from .propositions import elliptical
from .records import RawRelation
from .stated import StatedReader
from .wrongdoing import WrongdoingReader

__all__ = ["ClaimMaker"]


class ClaimMaker:
    """Makes the ``claims`` relations of a content, and those its content states."""

    def __init__(self, cues: Cues) -> None:
        self.stated = StatedReader(cues)
        self.wrongdoing = WrongdoingReader(cues)

    def __call__(
        self,
        sources: list[Mention],
        toks: list[Token],
        sent: Span,
        cue_text: str,
        actors: ActorIndex,
        memory: Memory | None = None,
        *,
        stated: bool = True,
        cue: Token | None = None,
        how: str | None = None,
    ) -> list[RawRelation]:
        """Each source claims the content ``toks``; with ``stated``, also what the claim states (blame,
        demands, threats, refusals, denials; a denial answers the latest accusation in ``memory``). ``how``
        names the rule that found the content: the claims' pattern is ``claims:HOW``, that of what the claim
        states ``PREDICATE:in-claim``, or the shape of the wrongdoing it states (``accuses:wrong-verb``, ...)."""
        content = span_text(sent.doc, toks, words=1 if how == "claimed-object" else 2)  # "claimed responsibility"
        if not content or elliptical(toks):  # "I could have.": no proposition of its own
            return []
        kept = trim(toks)
        start, end = kept[0].idx, kept[-1].idx + len(kept[-1])
        out = [
            RawRelation.at(
                sent, "claims", s, None, cue_text, content, start, content_end=end, pattern=f"claims:{how or 'content'}"
            )
            for s in sources
        ]
        if not stated:
            return out
        at = cue.idx if cue is not None else -1  # the claimant's own speech acts: their cue is the claim's
        for s in sources:
            accusation, asked = (memory.accusation_against([s]), memory.asked_of([s])) if memory else (None, None)
            acts = self.stated.read(toks, s, actors, accusation, cue, asked=asked)
            out += [RawRelation.at(sent, p, s, o, cue_text, cue_start=at, pattern=f"{p}:in-claim") for p, o in acts]
            out += [  # "X said Y rigged the vote": the wrongdoing of the claim's content (wrongdoing.py)
                RawRelation.at(sent, "accuses", s, o, cue_text, cue_start=at, pattern=f"accuses:{shape}")
                for o, shape in self.wrongdoing.accused(toks, s, actors, cue)
                if ("accuses", o) not in acts
            ]
        return out
