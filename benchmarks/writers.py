"""What writing a build's outputs costs in one process and with the RDF files written by a forked copy beside it
(what a ``--jobs N`` build does once its workers are done: :func:`graphkit.run.outputs.write_files`).

    .venv/bin/python benchmarks/writers.py ~/.cache/graphkit-bench/corpus-n600-s1 --runs 3
    .venv/bin/python benchmarks/writers.py DIR --cache OUT/.graphkit/cache.sqlite   # a cache built before

The corpus is built once, through the API with ``keep=True`` (from ``--cache`` when given: a cache that holds
it saves the extraction); that build is not timed. Then ``write_files`` (graph.ttl and the HTML views, into a
new folder) runs ``--runs`` times each way, alternating: in one process (``fork=False``) and forked
(``fork=True``). Each run gives its wall time, the CPU seconds of this process and those of the forked copy
(``getrusage`` of the waited-for children). The views' module (pyvis) is imported before the first run, so
both ways draw the same views without it: in a build, its import is on the process's side.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import graphkit
import graphkit.views.records  # noqa: F401  (imported before the timed runs, see the docstring)
from graphkit.atomic import Staging
from graphkit.graph.iri import IRIs
from graphkit.graph.rdf import parts
from graphkit.graph.records import relation_records
from graphkit.run.outputs import write_files


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", type=Path)
    p.add_argument("--runs", type=int, default=3, help="runs of each way, alternating")
    p.add_argument("--cache", type=Path, default=None, metavar="FILE", help="the build cache to read the corpus from")
    return p.parse_args(argv)


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        result = graphkit.build([args.corpus], out=Path(tmp) / "build", cache=args.cache or True)
    iris = IRIs(result.base)
    grouped = parts(result.articles, result.relations)
    records = relation_records(result.relations, iris, result.articles)
    print(f"{result.article_count} articles, {len(result.relations)} relations", file=sys.stderr)
    runs: dict[bool, list[tuple[float, float, float]]] = {False: [], True: []}
    for _ in range(args.runs):
        for fork in (False, True):
            with tempfile.TemporaryDirectory() as out, Staging() as stage:
                wall, cpu, child = time.perf_counter(), time.process_time(), _children_cpu()
                write_files(
                    stage,
                    Path(out),
                    lambda: grouped,
                    result.actors,
                    lambda: records,
                    titles=result.titles,
                    formats=["turtle"],
                    iris=iris,
                    fork=fork,
                )
                took = (time.perf_counter() - wall, time.process_time() - cpu, _children_cpu() - child)
            runs[fork].append(took)
            line = f"fork={fork}: wall {took[0]:.2f} s, process {took[1]:.2f} CPU s, copy {took[2]:.2f}"
            print(line, file=sys.stderr)
    print("| write_files | wall s | the process, CPU s | the forked copy, CPU s |")
    print("| --- | ---: | ---: | ---: |")
    for fork, name in ((False, "in one process"), (True, "forked")):
        med = [statistics.median(r[k] for r in runs[fork]) for k in range(3)]
        print(f"| {name} | " + " | ".join(f"{m:.2f}" for m in med) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
