"""Whether two busy CPUs slow each other: the same work, alone and beside a copy of itself, in CPU seconds.

    .venv/bin/python benchmarks/cores.py --runs 3                  # bare spaCy on the bundled corpus
    .venv/bin/python benchmarks/cores.py --scale 3 --work python   # a pure-Python loop instead

``--jobs 2`` can be no faster than twice ``--jobs 1`` only if each worker does its half of the work in half the
CPU time. This script measures that premise without graphkit: the model (``spacy.load``, as bare spaCy) is
loaded once, then a forked child runs ``nlp.pipe`` over the texts alone, and next two forked children run the
same work at the same moment (each the whole of it); the runs alternate. Each child reports the process CPU
seconds of its work. On a quiet machine, a ratio of "two at once" ÷ "alone" above 1 is what the two CPUs cost
each other (shared caches, memory bandwidth, or two vCPUs that are one physical core's two hyperthreads): a
``--jobs 2`` build can be at most 2 ÷ that ratio times faster than ``--jobs 1``, whatever graphkit does.
With other work on the machine, the "alone" run has company too: read the load averages printed beside.
``--work python`` runs a loop of Python arithmetic instead (no model, next to no memory traffic).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from throughput import read_articles, scale_corpus


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", nargs="*", type=Path, default=[Path(__file__).parent.parent / "corpus"])
    p.add_argument("--scale", type=int, default=1, help="repeat the corpus K times")
    p.add_argument("--runs", type=int, default=3, help="pairs of runs (alone, then two at once)")
    p.add_argument("--work", choices=("spacy", "python"), default="spacy")
    p.add_argument("--model", default=None, help="default: graphkit's default model")
    return p.parse_args(argv)


def spacy_work(args: argparse.Namespace) -> Callable[[], None]:
    import spacy

    from graphkit.nlp.models import default_model

    nlp = spacy.load(args.model or default_model())
    texts = [a.text for a in scale_corpus(read_articles(args.corpus), args.scale)]

    def work() -> None:
        for _ in nlp.pipe(texts, batch_size=16):
            pass

    return work


def python_work(args: argparse.Namespace) -> Callable[[], None]:
    n = 3_000_000 * args.scale

    def work() -> None:
        total = 0
        for i in range(n):
            total += i * i % 7
        if total < 0:
            print(total)

    return work


def _child(work: Callable[[], None], start: multiprocessing.synchronize.Barrier, out: multiprocessing.Queue) -> None:
    start.wait()
    t = time.process_time()
    work()
    out.put(time.process_time() - t)


def run(work: Callable[[], None], copies: int) -> list[float]:
    """CPU seconds of ``work`` in each of ``copies`` forked children started together."""
    ctx = multiprocessing.get_context("fork")
    start, out = ctx.Barrier(copies), ctx.Queue()
    procs = [ctx.Process(target=_child, args=(work, start, out)) for _ in range(copies)]
    for p in procs:
        p.start()
    times = [out.get() for _ in procs]
    for p in procs:
        p.join()
    return times


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    work = spacy_work(args) if args.work == "spacy" else python_work(args)
    work()  # warm-up in the parent: the children inherit what it initialised
    alone: list[float] = []
    paired: list[float] = []
    for i in range(args.runs):
        a = run(work, 1)
        print(f"run {i + 1}: alone {a[0]:.2f} CPU s; load {os.getloadavg()[0]:.1f}", file=sys.stderr)
        b = run(work, 2)
        print(f"run {i + 1}: two at once {b[0]:.2f}, {b[1]:.2f} CPU s; load {os.getloadavg()[0]:.1f}", file=sys.stderr)
        alone += a
        paired += b
    ratio = statistics.median(paired) / statistics.median(alone)
    print(f"| work | alone, CPU s (median of {len(alone)}) | two at once, CPU s (median of {len(paired)}) | ratio |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| {args.work} | {statistics.median(alone):.2f} | {statistics.median(paired):.2f} | {ratio:.2f} |")
    print(f"\nat most {2 / ratio:.2f}x faster with two processes than with one (load average {os.getloadavg()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
