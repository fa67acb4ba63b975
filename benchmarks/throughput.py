"""Extraction throughput of graphkit beside the bare spaCy model, in words per second.

Both sides get the same article texts, on the same machine, in the same process:

- **bare**: ``spacy.load(model)``, then ``nlp.pipe(texts, batch_size=16)`` iterated to the end
  (each Doc is dropped as soon as it is made), inside ``nlp.memory_zone()`` as graphkit's parse is, so
  that on both sides each timed run meets the texts' words as new ones;
- **graphkit**: ``graphkit.nlp.load.load_pipeline(model)`` (the model plus the gazetteer ruler,
  ``gk_actors`` and ``gk_relations``), then ``graphkit.build`` with that pipeline, no cache and nothing
  kept in memory, as the command line runs it: read (the texts, written once to a JSONL file before any
  timing), extract, resolve and write every output into a temporary directory.

Model loading is timed once per side and kept out of the throughput figures. The corpus is read
once, before any timing, with ``graphkit.ingest.corpus.read_corpus`` (only Article records count);
``--scale K`` repeats it K times, with distinct article ids, so that the parse outweighs fixed
costs. Words are the whitespace-split tokens of the article texts. After one untimed warm-up of
each side, timed runs alternate (bare, graphkit, bare, graphkit, ...), so drifts in machine load
hit both sides alike.

Run it from the repository root:

    .venv/bin/python benchmarks/throughput.py --runs 5
    .venv/bin/python benchmarks/throughput.py --runs 5 --scale 5 --json bench.json
    .venv/bin/python benchmarks/throughput.py some/folder other.jsonl --model en_core_web_sm
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import spacy

import graphkit
from graphkit.ingest.corpus import read_corpus
from graphkit.nlp.load import default_model, load_pipeline
from graphkit.types import Article

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO / "corpus"
BATCH_SIZE = 16
SIDE_LABELS = {"bare": "bare spaCy", "graphkit": "graphkit"}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="graphkit extraction throughput (words/s) beside the bare spaCy model.")
    p.add_argument(
        "corpus",
        nargs="*",
        type=Path,
        default=[DEFAULT_CORPUS],
        help="folders, files (default: the bundled corpus/ folder of the repository)",
    )
    p.add_argument("--runs", type=int, default=5, help="timed runs per side, after one warm-up (default: 5)")
    p.add_argument("--model", default=None, help="spaCy package name or path (default: graphkit's default model)")
    p.add_argument("--scale", type=int, default=1, help="repeat the corpus K times, with distinct ids (default: 1)")
    p.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON to PATH")
    args = p.parse_args(argv)
    if args.runs < 1 or args.scale < 1:
        p.error("--runs and --scale must be at least 1")
    args.model = args.model or default_model()
    return args


# --- the input -------------------------------------------------------------------------------------


def read_articles(paths: Sequence[Path]) -> list[Article]:
    """The Article records of the corpus; Skipped records are reported on stderr and left out."""
    articles = []
    for rec in read_corpus(paths):
        if isinstance(rec, Article):
            articles.append(rec)
        else:
            print(f"skipped {rec.path}: {rec.reason}", file=sys.stderr)
    return articles


def scale_corpus(articles: list[Article], k: int) -> list[Article]:
    """The corpus K times over; copies 2..K get ids ``<id>-copy<n>`` so that every id stays unique."""
    copies = [dataclasses.replace(a, id=f"{a.id}-copy{n}") for n in range(2, k + 1) for a in articles]
    return articles + copies


def count_words(articles: Sequence[Article]) -> int:
    """Whitespace-split tokens of the article texts."""
    return sum(len(a.text.split()) for a in articles)


# --- the two sides ---------------------------------------------------------------------------------


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    """``fn()`` and its wall-clock seconds."""
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def run_bare(nlp: spacy.Language, texts: list[str]) -> None:
    """Parse every text with the bare model; each Doc is dropped as soon as the next one comes. Inside
    ``nlp.memory_zone()``, as graphkit parses: each run starts from the model's own vocabulary, so the words
    of the texts are new to both sides in every timed run (out of a zone, the warm-up would leave the bare
    side every word's lexeme made, a cost graphkit pays in each run and a first parse of news always pays)."""
    with nlp.memory_zone():
        for _doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
            pass


def write_jsonl(articles: list[Article], path: Path) -> Path:
    """The articles as a JSONL corpus (what ``graphkit build`` reads), written once before any timing."""
    with path.open("w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps({"id": a.id, "text": a.text, "title": a.title}, ensure_ascii=False) + "\n")
    return path


def run_graphkit(nlp: spacy.Language, corpus: Path, out: Path, model: str) -> dict[str, int]:
    """``graphkit.build`` of ``corpus`` with the loaded pipeline, as ``graphkit build --no-cache`` runs it."""
    return graphkit.build([corpus], out=out, nlp=nlp, model=model, cache=False, keep=False).counts


def measure(runners: dict[str, Callable[[], Any]], runs: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """One untimed warm-up of each side, then ``runs`` timed runs of each, alternating sides.

    Returns the wall-clock and the process CPU seconds of each run, by side. CPU time well below
    wall time means the process waited for a CPU (other work on the machine); equal times do not
    rule out interference through shared caches or the hypervisor.
    """
    for side, run in runners.items():
        print(f"warm-up {side}", file=sys.stderr)
        run()
    wall: dict[str, list[float]] = {side: [] for side in runners}
    cpu: dict[str, list[float]] = {side: [] for side in runners}
    for i in range(1, runs + 1):
        for side, run in runners.items():
            gc.collect()  # garbage of the previous run is not charged to this one
            cpu_start = time.process_time()
            _, seconds = timed(run)
            wall[side].append(seconds)
            cpu[side].append(time.process_time() - cpu_start)
            print(f"run {i}/{runs} {side}: {seconds:.3f}s wall, {cpu[side][-1]:.3f}s CPU", file=sys.stderr)
    return wall, cpu


# --- the report ------------------------------------------------------------------------------------


def source_revision() -> str | None:
    """``git describe --always --dirty`` of the repository ("-dirty": uncommitted edits were measured)."""
    try:
        done = subprocess.run(
            ["git", "-C", str(REPO), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None


def machine_info(nlp: spacy.Language, model: str, revision: str | None) -> dict[str, Any]:
    meta = nlp.meta
    return {
        "graphkit": graphkit.__version__,
        "revision": revision,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "spacy": spacy.__version__,
        "model": model,  # as passed to spacy.load
        "model_name": f"{meta.get('lang', '')}_{meta.get('name', '')}",  # from the model's meta.json
        "model_version": meta.get("version", ""),
    }


def side_stats(wall: list[float], cpu: list[float], load_s: float, words: int) -> dict[str, Any]:
    median, cpu_median = statistics.median(wall), statistics.median(cpu)
    return {
        "load_s": load_s,
        "times_s": wall,
        "min_s": min(wall),
        "median_s": median,
        "max_s": max(wall),
        "words_per_s": words / median,
        "cpu_times_s": cpu,
        "cpu_median_s": cpu_median,
        "cpu_words_per_s": words / cpu_median,
    }


def render_table(results: dict[str, Any]) -> str:
    m, c, s = results["machine"], results["corpus"], results["sides"]
    lines = [
        f"machine: {m['cpus']} CPUs, Python {m['python']}, spaCy {m['spacy']}, "
        f"model {m['model_name']} {m['model_version']}",
        f"source:  graphkit {m['graphkit']}, revision {m['revision'] or 'unknown'}",
        f"corpus:  {c['articles']} articles ({c['base_articles']} x scale {c['scale']}), {c['words']:,} words "
        "(whitespace-split tokens of the article texts)",
        f"runs:    {results['runs']} timed per side, alternating, after one untimed warm-up each; "
        f"batch_size {results['batch_size']}",
        f"load:    1-min load average {results['load_average_1min']['before']:.2f} before the runs, "
        f"{results['load_average_1min']['after']:.2f} after",
        "",
    ]
    header = ("side", "load s", "min s", "median s", "max s", "words/s (median)", "CPU s (median)")
    rows = [header] + [
        (
            SIDE_LABELS[side],
            f"{st['load_s']:.2f}",
            f"{st['min_s']:.3f}",
            f"{st['median_s']:.3f}",
            f"{st['max_s']:.3f}",
            f"{st['words_per_s']:,.0f}",
            f"{st['cpu_median_s']:.3f}",
        )
        for side, st in s.items()
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for r in rows:
        lines.append("  ".join([r[0].ljust(widths[0])] + [v.rjust(w) for v, w in zip(r[1:], widths[1:], strict=True)]))
    g = results["graphkit_counts"]
    lines += [
        "",
        f"ratio graphkit words/s / bare words/s: {results['ratio']:.2f} "
        f"(by median CPU time instead of wall time: {results['cpu_ratio']:.2f})",
        f"graphkit output per run: {g['actors']} actors, {g['claims']} claims, {g['accusations']} accusations, "
        f"{g['other relations']} other relations",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    revision = source_revision()  # now, as close as possible to when graphkit was imported
    base = read_articles(args.corpus)
    if not base:
        print("no article could be read", file=sys.stderr)
        return 1
    articles = scale_corpus(base, args.scale)
    texts = [a.text for a in articles]
    words = count_words(articles)

    bare_nlp, bare_load = timed(lambda: spacy.load(args.model))
    gk_nlp, gk_load = timed(lambda: load_pipeline(args.model))

    load_before = os.getloadavg()[0]
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="graphkit-bench-") as tmp:
        out = Path(tmp) / "out"
        corpus = write_jsonl(articles, Path(tmp) / "corpus.jsonl")
        runners = {
            "bare": lambda: run_bare(bare_nlp, texts),
            "graphkit": lambda: counts.update(run_graphkit(gk_nlp, corpus, out, args.model)),
        }
        wall, cpu = measure(runners, args.runs)
    load_after = os.getloadavg()[0]

    sides = {
        "bare": side_stats(wall["bare"], cpu["bare"], bare_load, words),
        "graphkit": side_stats(wall["graphkit"], cpu["graphkit"], gk_load, words),
    }
    results = {
        "machine": machine_info(bare_nlp, args.model, revision),
        "corpus": {
            "paths": [str(p) for p in args.corpus],
            "base_articles": len(base),
            "scale": args.scale,
            "articles": len(articles),
            "words": words,
            "words_are": "whitespace-split tokens of article texts",
        },
        "runs": args.runs,
        "load_average_1min": {"before": load_before, "after": load_after},  # other work on the machine skews times
        "batch_size": BATCH_SIZE,
        "pipelines": {"bare": bare_nlp.pipe_names, "graphkit": gk_nlp.pipe_names},
        "sides": sides,
        "ratio": sides["graphkit"]["words_per_s"] / sides["bare"]["words_per_s"],
        "cpu_ratio": sides["graphkit"]["cpu_words_per_s"] / sides["bare"]["cpu_words_per_s"],
        "graphkit_counts": counts,
    }
    print(render_table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
