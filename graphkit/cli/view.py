"""``graphkit view``: draw a build's graph as one self-contained interactive HTML page."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import GraphkitError
from ..views import VIEWS
from ._util import fail

if TYPE_CHECKING:
    from ..graph.records import RelationRecord

__all__ = ["check_actor", "view_cli"]


@click.command(
    "view", no_args_is_help=True, epilog="Example: graphkit view out/corpus --view ego --actor Russia --out russia.html"
)
@click.argument("graph", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The HTML file to write (self-contained, works offline).",
)
@click.option(
    "--view",
    "view",
    default="actors",
    show_default=True,
    type=click.Choice(list(VIEWS)),
    help="Which view to draw.",
)
@click.option("--actor", default=None, metavar="NAME", help="The actor of the ego view (label, short name or IRI).")
@click.option(
    "--predicate",
    "predicates",
    multiple=True,
    metavar="P",
    help="Keep only relations with this predicate (repeatable).",
)
@click.option(
    "--article", "articles", multiple=True, metavar="ID", help="Keep only this article's relations (repeatable)."
)
def view_cli(
    graph: Path, out: Path, view: str, actor: str | None, predicates: tuple[str, ...], articles: tuple[str, ...]
) -> None:
    """Draw GRAPH (a build's output folder, its relations.jsonl, its graph.ttl or another graph file, or an
    oxigraph:PATH store) as an interactive HTML page."""
    from ..atomic import write_all
    from ..views.records import load_records, make_view

    try:
        records = load_records(graph)
        if actor is not None:
            check_actor(records, actor)
        html = make_view(records, view, actor=actor, predicates=predicates, articles=articles)
        write_all({out: html})
    except GraphkitError as e:
        fail(str(e))
    click.echo(f"graphkit: wrote {out}", err=True)


def check_actor(records: Sequence[RelationRecord], value: str) -> None:
    """E162 when no actor of ``records`` is named ``value`` (its IRI, the end of its IRI, or its label in any
    case), listing the names closest to it (else the most mentioned): a typo is an error, never an empty page."""
    names: Counter[str] = Counter()
    folded = value.casefold()
    for r in records:
        for a in (r["subject"], r.get("object"), r.get("attributed_to")):
            if not a:
                continue
            if value in (a["id"], a["id"].rsplit("/", 1)[-1]) or a["label"].casefold() == folded:
                return
            names[a["label"]] += 1
    by_fold = {n.casefold(): n for n in names}
    close = [by_fold[n] for n in difflib.get_close_matches(folded, list(by_fold), n=5, cutoff=0.6)]
    shown = close or [n for n, _ in names.most_common(5)]
    which = "the closest" if close else "the most mentioned"
    raise GraphkitError("E162", value=value, which=which, names=", ".join(shown) or "none")
