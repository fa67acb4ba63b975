"""What an article has said so far, as ``gk_relations`` reads it sentence by sentence: who made claims
(whose "allegations" a denial denies), who accused whom (what a denial answers) and who threatened or
made demands of whom (what a refusal answers, with accusations: "China would never accept it")."""

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
    pressures: list[tuple[int, Mention, Mention, frozenset[str]]] = field(default_factory=list)  # threats, demands
    sentence: int = 0  # the number of the sentence being read
    named: dict[int, Mention] = field(default_factory=dict)  # the article's actors by token (ActorIndex.by_token)

    #: how many sentences back a denial may answer an accusation
    REACH = 8

    def record(self, found: list[RawRelation], sent: Span) -> None:
        """Remember the relations ``found`` in the sentence ``sent``."""
        self.sources += [r.subject for r in found if r.predicate in ("claims", "accuses")]
        said: frozenset[str] | None = None  # the sentence's nouns and verbs, read once for all its relations
        for r in found:
            if r.predicate in ("accuses", "threatens", "demands") and r.object is not None:
                if said is None:
                    said = frozenset(
                        t.lemma_.lower() for t in sent if t.pos_ in ("NOUN", "VERB") and t.i not in self.named
                    )
                kept = self.accusations if r.predicate == "accuses" else self.pressures
                kept.append((self.sentence, r.subject, r.object, said - {r.cue.lower()}))

    def accusation_against(self, accused: list[Mention]) -> Accusation | None:
        """The latest recent accusation of one of ``accused`` (or its side), from another side."""
        return self._latest(self.accusations, accused)

    def asked_of(self, accused: list[Mention]) -> Accusation | None:
        """The latest recent accusation, threat or demand against one of ``accused`` (or its side), from
        another side: what a refusal answers."""
        return self._latest(sorted(self.accusations + self.pressures, key=lambda a: a[0]), accused)

    def _latest(
        self, said: list[tuple[int, Mention, Mention, frozenset[str]]], accused: list[Mention]
    ) -> Accusation | None:
        sides = {side(m) for m in accused}
        for n, accuser, target, words in reversed(said):
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
