"""The confidence table (``ontologies/confidence.tsv``) and how well it is calibrated, out of sample.

A relation's confidence is the precision of the pattern that found it (:mod:`graphkit.nlp.confidence`).
:func:`estimate` counts, per pattern, the relations judged on the gold sets (:func:`~graphkit.eval.judge.judge`)
and the right ones, and smooths each precision towards a broader one, with a prior worth :data:`PRIOR`
relations (additive smoothing, the mean of a Beta posterior)::

    every pattern:    p*    = (right + 1) / (judged + 2)
    a predicate:      pP    = (right + PRIOR·p*) / (judged + PRIOR)
    a pattern of P:   conf  = (right + PRIOR·pP) / (judged + PRIOR)

so a pattern seen twice says little more than its predicate, and one seen a hundred times speaks for itself.

:func:`cross_validate` measures the table out of sample: the articles are split into :data:`FOLDS` folds by
a hash of their id (fixed, whatever the order or the machine); each fold's relations get the confidences of
a table estimated on the other folds only, and are then binned by confidence: the observed precision of each
bin, and the expected calibration error (ECE: the mean gap between confidence and precision, weighted by
the relations of each bin).

>>> items = [Judged("a", "accuses:dobj", True), Judged("b", "accuses:dobj", False)]
>>> items.append(Judged("c", "meets:prep:with", True))
>>> [(r.pattern, r.judged, r.right, r.confidence) for r in estimate(items, prior=2)]
[('*', 3, 2, 0.6), ('accuses:*', 2, 1, 0.55), ('accuses:dobj', 2, 1, 0.525), ('meets:*', 1, 1, 0.733), \
('meets:prep:with', 1, 1, 0.822)]
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..graph.records import RelationRecord
from ..nlp.confidence import ANY, COLUMNS, lookup
from .gold import GoldSet
from .judge import judge

__all__ = [
    "BINS",
    "FOLDS",
    "PRIOR",
    "Bin",
    "Calibration",
    "Judged",
    "Row",
    "cross_validate",
    "estimate",
    "fold_of",
    "judged",
    "table",
    "to_tsv",
]

#: the weight of the prior, in relations
PRIOR = 5.0
#: the article folds of the out-of-sample measure
FOLDS = 5
#: the confidence bins of the calibration table: [0, 0.1), [0.1, 0.2), ... [0.9, 1]
BINS = 10


@dataclass(frozen=True)
class Judged:
    """One predicted relation judged against the gold: its article, its pattern and whether it is right."""

    article: str
    pattern: str
    right: bool


@dataclass(frozen=True)
class Row:
    """A row of the confidence table: a pattern (``*``: all; ``accuses:*``: a predicate's), the relations
    of it judged, the right ones, and the smoothed precision."""

    pattern: str
    judged: int
    right: int
    confidence: float


@dataclass(frozen=True)
class Bin:
    """The relations whose confidence fell in [low, high): how many, how many right, their mean confidence."""

    low: float
    high: float
    count: int
    right: int
    mean_confidence: float

    @property
    def precision(self) -> float | None:
        """The observed precision of the bin (None when it is empty)."""
        return round(self.right / self.count, 3) if self.count else None


@dataclass(frozen=True)
class Calibration:
    """The out-of-sample calibration table: the bins, the expected calibration error, the folds, and the
    relations judged."""

    bins: tuple[Bin, ...]
    ece: float
    folds: int
    judged: int

    def to_dict(self) -> dict[str, object]:
        bins = [
            {"low": b.low, "high": b.high, "count": b.count, "precision": b.precision, "confidence": b.mean_confidence}
            for b in self.bins
        ]
        return {"bins": bins, "ece": self.ece, "folds": self.folds, "judged": self.judged}


def judged(records: Sequence[RelationRecord], patterns: Sequence[str], golds: Iterable[GoldSet]) -> list[Judged]:
    """The records (``patterns[i]`` found ``records[i]``) that a gold set judges right or wrong; each by
    the gold set that annotates its article."""
    verdicts: list[bool | None] = [None] * len(records)
    for gold in golds:
        for i, v in enumerate(judge(records, gold)):
            if verdicts[i] is None:
                verdicts[i] = v
    return [
        Judged(rec["article"], pattern, v)
        for rec, pattern, v in zip(records, patterns, verdicts, strict=True)
        if v is not None
    ]


def _smooth(right: int, n: int, prior: float, p0: float) -> float:
    return (right + prior * p0) / (n + prior)


def estimate(items: Iterable[Judged], *, prior: float = PRIOR) -> list[Row]:
    """The confidence table of the judged relations ``items`` (see the module): the ``*`` row, then each
    predicate's row followed by its patterns' rows, sorted by name."""
    n: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for it in items:
        for key in (ANY, f"{it.pattern.partition(':')[0]}:{ANY}", it.pattern):
            n[key] += 1
            right[key] += it.right
    p_all = (right[ANY] + 1) / (n[ANY] + 2)
    rows = [Row(ANY, n[ANY], right[ANY], round(p_all, 3))]
    for key in sorted(k for k in n if k.endswith(f":{ANY}")):
        p_pred = _smooth(right[key], n[key], prior, p_all)
        rows.append(Row(key, n[key], right[key], round(p_pred, 3)))
        predicate = key.partition(":")[0]
        for pattern in sorted(k for k in n if k.partition(":")[0] == predicate and k != key):
            rows.append(
                Row(pattern, n[pattern], right[pattern], round(_smooth(right[pattern], n[pattern], prior, p_pred), 3))
            )
    return rows


def table(rows: Iterable[Row]) -> dict[str, float]:
    """Pattern → confidence, as :func:`graphkit.nlp.confidence.lookup` reads it."""
    return {r.pattern: r.confidence for r in rows}


def fold_of(article: str, folds: int = FOLDS) -> int:
    """The fold of an article: a hash of its id, the same on every machine and in every order.

    >>> fold_of("a1") == fold_of("a1"), 0 <= fold_of("a1") < FOLDS
    (True, True)
    """
    return int.from_bytes(hashlib.sha256(article.encode("utf-8")).digest()[:8], "big") % folds


def cross_validate(
    items: Sequence[Judged], *, folds: int = FOLDS, bins: int = BINS, prior: float = PRIOR
) -> Calibration:
    """The calibration table, out of sample: each fold's relations get the confidences of a table
    estimated on the other folds (see the module)."""
    scored: list[tuple[float, bool]] = []
    for f in range(folds):
        held = [it for it in items if fold_of(it.article, folds) == f]
        if held:
            conf = table(estimate((it for it in items if fold_of(it.article, folds) != f), prior=prior))
            scored += [(lookup(conf, it.pattern), it.right) for it in held]
    by_bin: list[list[tuple[float, bool]]] = [[] for _ in range(bins)]
    for c, right in scored:
        by_bin[min(int(c * bins), bins - 1)].append((c, right))
    out = tuple(
        Bin(
            round(b / bins, 3),
            round((b + 1) / bins, 3),
            len(members),
            sum(r for _, r in members),
            round(sum(c for c, _ in members) / len(members), 3) if members else 0.0,
        )
        for b, members in enumerate(by_bin)
    )
    gap = sum(abs(sum(r for _, r in m) - sum(c for c, _ in m)) for m in by_bin)
    return Calibration(out, round(gap / len(scored), 3) if scored else 0.0, folds, len(scored))


_HEADER = """\
# The confidence of each extraction pattern: its precision on the development sets (graphkit.nlp.confidence).
# judged: the pattern's relations in articles of a gold set that the gold judges right or wrong; right: those
# right. confidence = (right + {prior:g}*p0) / (judged + {prior:g}), p0 the confidence of the predicate's row
# (PREDICATE:*), which is smoothed the same way towards the '*' row, (right + 1) / (judged + 2).
# A pattern not listed gets its predicate's row, an unknown predicate the '*' row.
# Written by: graphkit evaluate --calibrate ontologies/confidence.tsv (see the README); do not edit by hand.
"""


def to_tsv(rows: Iterable[Row], *, prior: float = PRIOR) -> str:
    """The confidence table as ``ontologies/confidence.tsv`` holds it: a header, then one row a pattern."""
    lines = ["\t".join(COLUMNS)] + [f"{r.pattern}\t{r.judged}\t{r.right}\t{r.confidence:.3f}" for r in rows]
    return _HEADER.format(prior=prior) + "\n".join(lines) + "\n"
