"""What an article has said so far, as ``gk_relations`` reads it sentence by sentence: who made claims
(whose "allegations" a denial denies) and who accused whom (what a denial answers)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from ...types import Mention
from .records import RawRelation
from .stated import Accusation, side

__all__ = ["Memory"]


@dataclass
class Memory:
    """What an article has said so far: who made claims, who accused whom (for denials)."""

    sources: list[Mention] = field(default_factory=list)
    accusations: list[tuple[int, Mention, Mention, frozenset[str]]] = field(default_factory=list)
    sentence: int = 0  # the number of the sentence being read
    named: dict[int, Mention] = field(default_factory=dict)  # the article's actors by token (ActorIndex.by_token)

    #: how many sentences back a denial may answer an accusation
    REACH = 8

    def record(self, found: list[RawRelation], sent: Span) -> None:
        """Remember the relations ``found`` in the sentence ``sent``."""
        self.sources += [r.subject for r in found if r.predicate in ("claims", "accuses")]
        for r in found:
            if r.predicate == "accuses" and r.object is not None:
                words = frozenset(
                    t.lemma_.lower() for t in sent if t.pos_ in ("NOUN", "VERB") and t.i not in self.named
                ) - {r.cue.lower()}
                self.accusations.append((self.sentence, r.subject, r.object, words))

    def accusation_against(self, accused: list[Mention]) -> Accusation | None:
        """The latest recent accusation of one of ``accused`` (or its side), from another side."""
        sides = {side(m) for m in accused}
        for n, accuser, target, words in reversed(self.accusations):
            if self.sentence - n > self.REACH:
                break
            if side(target) in sides and side(accuser) not in sides:
                return Accusation(accuser, words)
        return None

    def previous_source(self, subjects: list[Mention]) -> Mention | None:
        """Whose statement "the allegations" are: the last accuser of the subjects' side, else the last source."""
        accusation = self.accusation_against(subjects)
        if accusation is not None:
            return accusation.accuser
        return next((m for m in reversed(self.sources) if m not in subjects), None)
