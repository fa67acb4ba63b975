"""What scoring a build gives (:func:`graphkit.eval.score.score`): counts and precision, recall and F1 per
bucket, the entity scores and every mismatch, in the layout of the team's reference scorer.

>>> p = PRF(tp=3, fp=1, fn=2)
>>> p.precision, p.recall, p.f1
(0.75, 0.6, 0.667)
>>> p + PRF(tp=1)
PRF(tp=4, fp=1, fn=2)
"""

from __future__ import annotations

from dataclasses import asdict, astuple, dataclass
from typing import Any

__all__ = ["BUCKETS", "PRF", "Attribution", "EntityScores", "Mismatch", "Scores", "Unit", "Who"]

#: The scored buckets, in the order of the table.
BUCKETS = ("claims", "accuses", "accuses_country", "other", "relations_country")

Unit = tuple[str, str, str]  # (predicate, subject, object): an actor-actor relation to compare
Who = str | Unit | None


@dataclass(frozen=True)
class PRF:
    """True positives, false positives and false negatives; precision, recall and F1 rounded to 3."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def _p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def _r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def precision(self) -> float:
        return round(self._p, 3)

    @property
    def recall(self) -> float:
        return round(self._r, 3)

    @property
    def f1(self) -> float:
        p, r = self._p, self._r
        return round(2 * p * r / (p + r), 3) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class EntityScores:
    """How the build's nodes stand for the gold actors."""

    gold_entities_found: int
    fragmentation: float | None  # distinct node ids per gold actor found; None when none was found
    conflated_nodes: tuple[str, ...]  # node ids that stand for more than one gold actor


@dataclass(frozen=True)
class Attribution:
    """Who states the predicted relations that match a gold relation (core or optional): ``correct``
    when the record's ``attributed_to`` is a claimant the gold names in ``via`` (or both narrate it);
    ``as_fact``, a claim written as a fact (gold ``via``, no ``attributed_to``); ``wrong_claimant``,
    attributed to another actor; ``as_reported``, narrated in the gold but attributed in the record."""

    matched: int = 0
    correct: int = 0
    as_fact: int = 0
    wrong_claimant: int = 0
    as_reported: int = 0

    def __add__(self, other: Attribution) -> Attribution:
        return Attribution(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True)
class Mismatch:
    """A false positive or negative: ``kind`` is e.g. "FP claims"; ``who`` a label, a gold id or a
    (predicate, subject, object) unit; ``what`` a claim's text or key ("" for other relations)."""

    kind: str
    article: str
    who: Who
    what: str | None


@dataclass(frozen=True)
class Scores:
    """The scores of a build: per bucket (:data:`BUCKETS`), of the entities, of the attribution, and every
    mismatch."""

    buckets: dict[str, PRF]
    entities: EntityScores
    articles: int
    articles_with_output: int
    errors: tuple[Mismatch, ...]
    attribution: Attribution = Attribution()

    def to_dict(self) -> dict[str, Any]:
        """The scores as the reference scorer's JSON has them (without the error list)."""
        out: dict[str, Any] = {b: self.buckets[b].to_dict() for b in BUCKETS}
        out["entities"] = {
            "gold_entities_found": self.entities.gold_entities_found,
            "fragmentation": self.entities.fragmentation,
            "conflated_nodes": list(self.entities.conflated_nodes),
        }
        out["attribution"] = self.attribution.to_dict()
        out["articles"], out["articles_with_output"] = self.articles, self.articles_with_output
        return out
