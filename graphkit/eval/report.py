"""What ``graphkit evaluate`` reports of a build: the scores on each gold set, the calibration of the
confidences measured out of sample, and the confidence table estimated on all the gold articles."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..graph.iri import IRIs
from ..graph.records import relation_records
from ..types import Relation
from .calibrate import FOLDS, Calibration, Row, cross_validate, estimate, judged
from .gold import GoldSet
from .results import Scores
from .score import score

__all__ = ["Evaluation", "evaluate"]


@dataclass(frozen=True)
class Evaluation:
    """The scores by gold set (as named in ``evaluate``'s mapping), the calibration, and the table's rows."""

    scores: dict[str, Scores]
    calibration: Calibration
    rows: list[Row]


def evaluate(relations: Sequence[Relation], golds: Mapping[str, GoldSet], *, folds: int = FOLDS) -> Evaluation:
    """Score the relations of a build against each gold set; judge each one by the gold set that annotates
    its article, measure the calibration on ``folds`` article folds and estimate the confidence table."""
    records = relation_records(relations, IRIs())
    items = judged(records, [r.pattern for r in relations], golds.values())
    return Evaluation(
        scores={name: score(records, gold) for name, gold in golds.items()},
        calibration=cross_validate(items, folds=folds),
        rows=estimate(items),
    )
