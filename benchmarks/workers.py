"""Where the CPU time of a ``--jobs N`` build goes: the parent, each worker, and the extraction inside them.

    .venv/bin/python benchmarks/workers.py DIR --runs 3             # --jobs 1 and --jobs 2, alternating
    .venv/bin/python benchmarks/workers.py DIR --jobs 1,2,3

Each run is one in-process ``graphkit.build([DIR], out=TMP, jobs=N, cache=False, keep=False)`` (the model
loaded by the build, as the CLI does; with ``N`` > 1 the workers are forked from this process). The script
wraps :func:`graphkit.run.engines.batch_relations`, the function every engine runs on a batch, to add up the
process CPU seconds each process spends in it (a forked worker inherits the wrapper), and takes the CPU time
of the parent and of its waited-for workers from ``getrusage``. So a run splits into: extraction (in the
parent for ``--jobs 1``, in the workers otherwise), the workers' other CPU time (start-up, receiving
articles, sending records back), and the parent's (imports, the model load, reading, resolution, writing).
If the workers' extraction costs more CPU than one process's, the difference is not graphkit's machinery but
the processes slowing each other (see ``cores.py``). The runs alternate; the table gives medians.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import graphkit.run.engines as engines
from graphkit.run.build import build


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", type=Path)
    p.add_argument("--jobs", default="1,2", help="the --jobs values to compare, comma-separated (default 1,2)")
    p.add_argument("--runs", type=int, default=3, help="runs of each, alternating")
    p.add_argument("--json", type=Path, metavar="PATH", help="also write every run as JSON to PATH")
    return p.parse_args(argv)


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def one_run(corpus: Path, jobs: int, log: Path) -> dict[str, float]:
    """One build; its wall time, the parent's and the workers' CPU, and the extraction CPU of every process."""
    log.write_text("")
    inner = engines.batch_relations

    def timed(nlp, batch):  # type: ignore[no-untyped-def]
        t = time.process_time()
        found = inner(nlp, batch)
        with log.open("a") as fh:
            fh.write(f"{os.getpid()} {time.process_time() - t}\n")
        return found

    engines.batch_relations = timed
    parent, children, wall = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
    try:
        with tempfile.TemporaryDirectory() as out:
            build([corpus], out=out, jobs=jobs, cache=False, keep=False)
    finally:
        engines.batch_relations = inner
    wall = time.perf_counter() - wall
    parent, children = _cpu(resource.RUSAGE_SELF) - parent, _cpu(resource.RUSAGE_CHILDREN) - children
    per: dict[str, float] = {}
    for line in log.read_text().splitlines():
        pid, cpu = line.split()
        per[pid] = per.get(pid, 0.0) + float(cpu)
    return {
        "wall_s": wall,
        "cpu_s": parent + children,
        "parent_cpu_s": parent,
        "workers_cpu_s": children,
        "extraction_cpu_s": sum(per.values()),
        "processes_extracting": len(per),
        "load": os.getloadavg()[0],
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    order = [int(j) for j in args.jobs.split(",")]
    runs: dict[int, list[dict[str, float]]] = {j: [] for j in order}
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "extraction.log"
        for i in range(args.runs):
            for j in order:
                r = one_run(args.corpus, j, log)
                runs[j].append(r)
                print(f"run {i + 1} --jobs {j}: " + ", ".join(f"{k} {v:.1f}" for k, v in r.items()), file=sys.stderr)
    keys = ("wall_s", "cpu_s", "extraction_cpu_s", "parent_cpu_s", "workers_cpu_s")
    print(f"| --jobs | {' | '.join(keys)} | load |")
    print("| ---: |" + " ---: |" * (len(keys) + 1))
    for j in order:
        med = [statistics.median(r[k] for r in runs[j]) for k in keys]
        loads = [r["load"] for r in runs[j]]
        print(f"| {j} | " + " | ".join(f"{m:.1f}" for m in med) + f" | {min(loads):.1f}–{max(loads):.1f} |")
    if args.json:
        args.json.write_text(json.dumps({str(j): r for j, r in runs.items()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
