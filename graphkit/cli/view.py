"""``graphkit view``: draw a build's graph as one self-contained interactive HTML page."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import GraphkitError
from ..views import VIEWS
from ._util import fail

__all__ = ["view_cli"]


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
        html = make_view(load_records(graph), view, actor=actor, predicates=predicates, articles=articles)
        write_all({out: html})
    except GraphkitError as e:
        fail(str(e))
    click.echo(f"graphkit: wrote {out}", err=True)
