"""``graphkit evaluate``: build a corpus and score its relations against a gold set."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import GraphkitError
from ._util import fail, log_errors, model_option

if TYPE_CHECKING:
    from ..eval.score import Scores

__all__ = ["evaluate_cli"]


@click.command("evaluate", epilog="Example: graphkit evaluate --gold tests/data/dev tests/data/dev/articles")
@click.argument("corpus", nargs=-1, required=True)
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    metavar="GOLD_DIR",
    type=click.Path(path_type=Path),
    help="The gold set: a folder with entities.yaml and gold/<article>.yaml files.",
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
def evaluate_cli(
    corpus: tuple[str, ...], gold_dir: Path, model: str | None, out: Path | None, as_json: bool, show_errors: bool
) -> None:
    """Build CORPUS and score its relations against the gold set GOLD_DIR."""
    import json

    from ..eval.score import load_gold, score
    from ..graph.iri import IRIs
    from ..graph.records import relation_records
    from ..run.build import build

    log_errors()
    try:
        gold = load_gold(gold_dir)  # before the model loads: a bad gold set fails at once
        result = build(list(corpus), out=out, model=model, stdin=sys.stdin.buffer)
    except GraphkitError as e:
        fail(str(e))
    for s in result.skipped:
        click.echo(f"graphkit: skipped {s.reason}", err=True)
    scores = score(relation_records(result.relations, IRIs()), gold)
    if as_json:
        data = scores.to_dict()
        if show_errors:
            data["errors"] = [[e.kind, e.article, e.who, e.what] for e in scores.errors]
        click.echo(json.dumps(data))
    else:
        for line in _score_table(scores, show_errors=show_errors):
            click.echo(line)
    for path in result.outputs.values():
        click.echo(f"graphkit: wrote {path}", err=True)


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
