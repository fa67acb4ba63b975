"""``graphkit export``: a build's relations as a flat event table, CSV or Parquet, one row a relation."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import GraphkitError
from ..graph.export import EXPORT_FORMATS
from ._util import fail

__all__ = ["export_cli"]


@click.command(
    "export", no_args_is_help=True, epilog="Example: graphkit export out/corpus --format csv --out events.csv"
)
@click.argument("folder", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(EXPORT_FORMATS)),
    default="csv",
    show_default=True,
    help="The output format of this command: csv (RFC 4180, UTF-8) or parquet (needs graphkit-news[parquet]).",
)
@click.option(
    "--out",
    default=None,
    metavar="FILE",
    help="The file to write (default: relations.csv or relations.parquet beside relations.jsonl); - for "
    "standard output (CSV only).",
)
def export_cli(folder: Path, fmt: str, out: str | None) -> None:
    """Write the relations of FOLDER (a build's output folder, or its relations.jsonl) as an event table:
    one row a relation, with GDELT-like columns (the README lists them)."""
    from ..graph.export import csv_text, event_rows, export, relations_file
    from ..graph.records import read_jsonl

    try:
        if out == "-":
            if fmt != "csv":
                raise GraphkitError("E163")
            lines = csv_text(event_rows(read_jsonl(relations_file(folder))))
            first = next(lines)  # the header: a bad input fails before anything is printed
            rest = list(lines)
            click.echo(first + "".join(rest), nl=False)
            return
        path, n = export(folder, fmt=fmt, out=out)
    except GraphkitError as e:
        fail(str(e))
    click.echo(f"graphkit: wrote {path} ({n} row{'' if n == 1 else 's'})", err=True)
