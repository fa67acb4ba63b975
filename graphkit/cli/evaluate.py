"""``graphkit evaluate``: build a corpus and score its relations against gold sets; the calibration of the
confidences, and (``--calibrate``) the confidence table of the patterns."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..atomic import write_all
from ..errors import GraphkitError
from ..eval.calibrate import FOLDS, Calibration, to_tsv
from ._util import fail, log_errors, model_option

if TYPE_CHECKING:
    from ..eval.report import Evaluation
    from ..eval.score import Scores

__all__ = ["evaluate_cli"]


@click.command(
    "evaluate",
    epilog="Example: graphkit evaluate --gold tests/data/dev tests/data/dev/articles\n\n"
    "The confidence table: graphkit evaluate --gold tests/data/dev --gold tests/data/wikinews-dev --gold "
    "tests/data/plover tests/data/dev/articles tests/data/wikinews-dev/articles tests/data/plover/corpus.jsonl "
    "--calibrate ontologies/confidence.tsv",
)
@click.argument("corpus", nargs=-1, required=True)
@click.option(
    "--gold",
    "gold_dirs",
    required=True,
    multiple=True,
    metavar="GOLD_DIR",
    type=click.Path(path_type=Path),
    help="The gold set: a folder with entities.yaml and gold/<article>.yaml files (repeat for several).",
)
@model_option
@click.option(
    "--out",
    "out",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write relations.jsonl, graph.ttl and graph.html to this folder.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.option("--show-errors", is_flag=True, help="List every false positive and false negative.")
@click.option(
    "--folds", default=FOLDS, show_default=True, type=click.IntRange(min=2), help="Article folds of the calibration."
)
@click.option(
    "--calibrate",
    "table_path",
    default=None,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the confidence table of the patterns, estimated on all the gold articles, to this file.",
)
def evaluate_cli(
    corpus: tuple[str, ...],
    gold_dirs: tuple[Path, ...],
    model: str | None,
    out: Path | None,
    as_json: bool,
    show_errors: bool,
    folds: int,
    table_path: Path | None,
) -> None:
    """Build CORPUS and score its relations against the gold set GOLD_DIR; print how well the confidences are
    calibrated (confidence bin -> observed precision, out of sample by article folds)."""
    from ..eval.report import evaluate
    from ..eval.score import load_gold
    from ..run.build import build

    log_errors()
    try:
        golds = [load_gold(g) for g in gold_dirs]  # before the model loads: a bad gold set fails at once
        result = build(list(corpus), out=out, model=model, stdin=sys.stdin.buffer)
    except GraphkitError as e:
        fail(str(e))
    for s in result.skipped:
        click.echo(f"graphkit: skipped {s.reason}", err=True)
    report = evaluate(result.relations, {str(g): gold for g, gold in zip(gold_dirs, golds, strict=True)}, folds=folds)
    if as_json:
        click.echo(json.dumps(_json(report, show_errors=show_errors)))
    else:
        for line in _tables(report, show_errors=show_errors):
            click.echo(line)
    if table_path is not None:
        try:
            write_all({table_path: to_tsv(report.rows)})
        except GraphkitError as e:  # E040, naming the file
            fail(str(e))
        click.echo(f"graphkit: wrote {table_path}", err=True)
    for path in result.outputs.values():
        click.echo(f"graphkit: wrote {path}", err=True)


def _json(report: Evaluation, *, show_errors: bool) -> dict[str, Any]:
    """The scores (of the one gold set, else by gold folder) and the calibration as one JSON object."""
    sets: dict[str, Any] = {}
    for path, scores in report.scores.items():
        sets[path] = scores.to_dict()
        if show_errors:
            sets[path]["errors"] = [[e.kind, e.article, e.who, e.what] for e in scores.errors]
    data = next(iter(sets.values())) if len(sets) == 1 else {"sets": sets}
    data["calibration"] = report.calibration.to_dict()
    return data


def _tables(report: Evaluation, *, show_errors: bool) -> Iterator[str]:
    """The score table of each gold set, then the calibration table."""
    for path, scores in report.scores.items():
        if len(report.scores) > 1:
            yield f"== {path}"
        yield from _score_table(scores, show_errors=show_errors)
    yield from _calibration_table(report.calibration)


def _calibration_table(cal: Calibration) -> Iterator[str]:
    """Confidence bin → relations, mean confidence and observed precision; the expected calibration error."""
    yield f"calibration: {cal.judged} judged relations, confidences out of sample ({cal.folds} article folds)"
    yield f"{'confidence':12} {'count':>6} {'mean':>6} {'precision':>9}"
    for b in cal.bins:
        if b.count:
            shut = "]" if b.high >= 1 else ")"  # the last bin holds 1.0
            yield f"[{b.low:.1f}, {b.high:.1f}{shut}{'':2} {b.count:6} {b.mean_confidence:6.3f} {b.precision or 0:9.3f}"
    yield f"expected calibration error: {cal.ece:.3f}"


def _score_table(scores: Scores, *, show_errors: bool) -> Iterator[str]:
    """The scores in the layout of the team's reference scorer (score.py)."""
    from ..eval.score import BUCKETS

    yield f"articles scored: {scores.articles} (with output: {scores.articles_with_output})"
    yield f"{'':18} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn"
    for k in BUCKETS:
        r = scores.buckets[k]
        yield f"{k:18} {r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f}  {r.tp:3} {r.fp:3} {r.fn:3}"
    e = scores.entities
    yield (
        f"entities: {e.gold_entities_found} found, fragmentation {e.fragmentation} node ids per actor, "
        f"{len(e.conflated_nodes)} nodes conflate actors"
    )
    a = scores.attribution
    yield (
        f"attribution: {a.matched} matched relations, {a.correct} right, {a.as_fact} claims written as facts, "
        f"{a.wrong_claimant} wrong claimant, {a.as_reported} narrated written as claims"
    )
    if show_errors:
        for err in scores.errors:
            yield f"{err.kind:14} {err.article}: {err.who} :: {err.what}"
