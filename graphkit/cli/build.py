"""``graphkit build``: a corpus → the graph and its outputs, with a progress bar and a summary."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import GraphkitError
from ..graph.formats import FORMATS
from ._util import fail, log_errors, model_option

if TYPE_CHECKING:
    from tqdm import tqdm

    from ..run.factory import Jobs
    from ..run.result import BuildResult
    from ..types import Article, Skipped

__all__ = ["build_cli"]


class _JobsType(click.ParamType):
    """``--jobs``: a whole number, or ``auto``."""

    name = "jobs"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> Jobs:
        if isinstance(value, int) or value == "auto":
            return value
        try:
            return int(str(value))
        except ValueError:
            self.fail(f"{value!r} is neither a whole number nor 'auto'", param, ctx)


@click.command("build", epilog="Example: graphkit build corpus/ --out out/corpus")
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
    help="The output format of this command: the RDF syntax of the graph file beside relations.jsonl and the "
    "views (repeatable; default turtle): turtle → graph.ttl, trig → graph.trig (one named graph per article), "
    "json-ld → graph.jsonld, nt → graph.nt. A rebuild removes the graph files of the previous build that it no "
    "longer writes.",
)
@click.option(
    "--store",
    default=None,
    metavar="oxigraph:PATH",
    help="Also write the graph into an on-disk Oxigraph store at PATH.",
)
@model_option
@click.option("--base", default=None, metavar="IRI", help="Base IRI of the graph's nodes.")
@click.option(
    "--jobs",
    "-j",
    default="auto",
    show_default=True,
    type=_JobsType(),
    metavar="N|auto",
    help="Worker processes that extract, at most (no more than one per 8 articles); auto: one per CPU; "
    "1: all in this process. With --dask local, the workers.",
)
@click.option(
    "--dask",
    default=None,
    metavar="SCHEDULER",
    help="Extract on a Dask cluster: a scheduler address (tcp://HOST:8786), or 'local' for a cluster "
    "of --jobs workers on this machine. Needs graphkit-news[dask].",
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
def build_cli(
    corpus: tuple[str, ...],
    out: Path,
    formats: tuple[str, ...],
    store: str | None,
    model: str | None,
    base: str | None,
    jobs: Jobs,
    dask: str | None,
    cache_path: Path | None,
    no_cache: bool,
    quiet: bool,
) -> None:
    """Build the graph of CORPUS (folders, files, or - for standard input).

    Articles already extracted with the same model, gazetteer, lexicons and graphkit come from the cache;
    Ctrl-C stops at once, keeps what the cache holds, and leaves the outputs as they were."""
    from ..graph.iri import DEFAULT_BASE
    from ..run.build import build

    log_errors()
    if str(out) == "-":
        fail(str(GraphkitError("E044", value=out)))
    progress = _Progress(quiet=quiet)
    t0 = time.perf_counter()
    try:
        result = build(
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
            on_start=progress.start,
            on_article=progress.update if not quiet else None,
        )
    except GraphkitError as e:
        progress.close()
        fail(str(e))
    except KeyboardInterrupt:
        progress.close()
        click.echo(
            "graphkit: interrupted; the outputs are as they were, and what was extracted is in the cache", err=True
        )
        sys.exit(130)
    progress.close()
    for s in result.skipped:
        click.echo(f"graphkit: skipped {s.reason}", err=True)
    for n in result.notices:
        click.echo(f"graphkit: note: {n.message}", err=True)
    if not quiet:
        for line in _summary(result, time.perf_counter() - t0):
            click.echo(line)


class _Progress:
    """The progress bar on standard error (none when ``quiet``): the rate in articles/s, and the time left
    once the total is known."""

    def __init__(self, *, quiet: bool) -> None:
        self.quiet = quiet
        self.bar: tqdm | None = None

    def start(self, n: int | None) -> None:
        from tqdm import tqdm

        if not self.quiet:
            self.bar = tqdm(
                total=n, unit="article", desc="extracting", file=sys.stderr, dynamic_ncols=True, smoothing=0.1
            )

    def update(self, _item: Article | Skipped) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _summary(result: BuildResult, seconds: float) -> Iterator[str]:
    """What a build read, found and wrote, as the lines ``graphkit build`` prints."""
    c = result.counts
    yield (
        f"read {_plural(c['articles'], 'article')}"
        + (f" ({c['skipped']} skipped)" if c["skipped"] else "")
        + f" in {seconds:.1f}s with {result.model}"
        + (f" ({result.cached} from the cache)" if result.cached else "")
        + (", nothing changed" if result.unchanged else "")
    )
    yield f"  actors:          {c['actors']}"
    yield f"  claims:          {c['claims']}"
    yield f"  accusations:     {c['accusations']}"
    yield f"  other relations: {c['other relations']}"
    for path in result.outputs.values():
        yield f"  wrote {path}"
    if result.store is not None:
        yield f"  wrote oxigraph:{result.store} ({result.store_quads} quads)"


def _plural(n: int, word: str) -> str:
    """``1 article``, ``2 articles``.

    >>> _plural(1, "article"), _plural(0, "article")
    ('1 article', '0 articles')
    """
    return f"{n} {word}{'' if n == 1 else 's'}"
