"""``graphkit query``: SPARQL over a graph file or an Oxigraph store, or one of the preset queries."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import GraphkitError
from ..graph.results import RDF_SYNTAXES
from ._util import fail

if TYPE_CHECKING:
    from ..graph.query import QueryResult

__all__ = ["query_cli"]

#: the formats of a SELECT or ASK query's rows
ROW_FORMATS = ("table", "csv", "json")


@click.command(
    "query", no_args_is_help=True, epilog="Example: graphkit query out/corpus/graph.ttl --preset most-accused"
)
@click.argument("graph", required=False)
@click.argument("args", nargs=-1)
@click.option("--preset", metavar="NAME", help="Run a preset query (see --list-presets); ARGS are its parameters.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*ROW_FORMATS, *RDF_SYNTAXES]),
    default=None,
    help="The output format of this command: for SELECT and ASK, table (default), csv or json (W3C SPARQL 1.1 "
    "Query Results JSON); for CONSTRUCT and DESCRIBE, an RDF syntax: turtle (default), nt or json-ld.",
)
@click.option(
    "--base",
    default=None,
    metavar="IRI",
    help="Base IRI of the graph's nodes, to turn actor short names into IRIs (default: the graph's).",
)
@click.option("--list-presets", is_flag=True, help="List the preset queries and exit.")
def query_cli(
    graph: str | None, args: tuple[str, ...], preset: str | None, fmt: str | None, base: str | None, list_presets: bool
) -> None:
    """Run SPARQL over GRAPH: a graph file (.ttl, .trig, .nt, .nq, .jsonld) or oxigraph:PATH (a store).

    \b
    graphkit query GRAPH QUERY            QUERY is SPARQL text, @FILE.rq, or - for standard input
    graphkit query GRAPH --preset NAME [ARGS...]
    graphkit query --list-presets
    """
    from ..graph.presets import load_presets, run_preset
    from ..graph.query import load_graph, run

    try:
        if list_presets:
            presets = load_presets()
            width = max((len(p.usage) for p in presets.values()), default=0)
            for p in presets.values():
                click.echo(f"{p.usage:{width}}  {p.description}")
            return
        if graph is None:
            raise click.UsageError("missing GRAPH (a graph file or oxigraph:PATH)")
        if preset is None and len(args) != 1:
            raise click.UsageError("give one QUERY (SPARQL text, @FILE.rq or -), or --preset NAME [ARGS...]")
        if preset is not None:
            result = run_preset(load_graph(graph, base=base), preset, args, base=base)
        else:
            result = run(load_graph(graph, base=base), _query_text(args[0]))
        out = _output(result, fmt)
    except GraphkitError as e:
        fail(str(e))
    for note in result.notes:
        click.echo(f"graphkit: note: {note}", err=True)
    click.echo(out, nl=not out.endswith("\n"))


def _output(result: QueryResult, fmt: str | None) -> str:
    """The result as ``fmt`` prints it: rows for SELECT and ASK, RDF for CONSTRUCT and DESCRIBE; E164 when
    ``fmt`` is of the other kind."""
    if result.kind == "CONSTRUCT":
        if fmt is not None and fmt not in RDF_SYNTAXES:
            raise GraphkitError("E164", name=fmt, kind="CONSTRUCT or DESCRIBE", names=", ".join(RDF_SYNTAXES))
        return result.to_rdf(fmt or "turtle")
    if fmt is not None and fmt not in ROW_FORMATS:
        raise GraphkitError("E164", name=fmt, kind=result.kind, names=", ".join(ROW_FORMATS))
    return {"table": result.to_table, "csv": result.to_csv, "json": result.to_json}[fmt or "table"]()


#: the most query text read (a query of a megabyte is already absurd; /dev/zero would never end)
MAX_QUERY = 1_000_000


def _query_text(arg: str) -> str:
    """QUERY as given: SPARQL text, ``@FILE`` (read from the file), or ``-`` (standard input); E094 past
    :data:`MAX_QUERY` bytes."""
    if arg == "-":
        return _bounded(sys.stdin.buffer.read(MAX_QUERY + 1), "<stdin>")
    if not arg.startswith("@"):
        return _bounded(arg.encode("utf-8", "surrogatepass"), "the QUERY argument")
    path = Path(arg[1:])
    try:
        with path.open("rb") as fh:
            return _bounded(fh.read(MAX_QUERY + 1), path)
    except FileNotFoundError as e:
        raise GraphkitError("E001", path=path) from e
    except OSError as e:
        raise GraphkitError("E011", path=path, msg=e.strerror or e) from e


def _bounded(data: bytes, path: object) -> str:
    if len(data) > MAX_QUERY:
        raise GraphkitError("E094", path=path, limit=MAX_QUERY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise GraphkitError("E004", path=path, pos=e.start, encoding="UTF-8") from e
