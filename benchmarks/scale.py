"""Every target of "speed and scale" in one command: each measure beside its reference, taken in the same run
on the same machine, with the target and PASS or MISS.

- **throughput**: words/s of a full in-process ``graphkit.build`` (read, extract, resolve, write) ÷ words/s
  of the bare spaCy model's ``nlp.pipe`` on the same texts; model loads excluded; target ≥ 1.2.
- **parallel**: wall time of ``graphkit build --jobs 1`` ÷ that of ``--jobs 2`` (the CLI, model loads
  included, as a user runs it); target ≥ 1.85 on the generated corpus, ≥ 1.0 on the 19 bundled articles
  (a small corpus must not be slower with workers).
- **memory**: peak RSS of ``graphkit build`` (the CLI, ``--jobs 1``) on the largest corpus ÷ on the smallest;
  target ≤ 1.20.
- **rdf**: triples/s writing a graph of ≥ 1,000,000 triples: graphkit's ``rdf.write`` (Turtle, N-Triples)
  beside rdflib's ``Graph.serialize``; target: graphkit Turtle ≥ 10 × rdflib Turtle.
- **incremental**: the CLI re-run on an unchanged corpus ÷ the first build (target ≤ 0.05); one article
  added (target: 1 extracted); the cached outputs byte for byte equal to a ``--no-cache`` build.

The corpora come from ``corpus_gen.py`` (synthetic news made from the bundled ``corpus/``, deterministic for
a size and seed), generated once into ``--data`` and reused. The table goes to stdout, progress to stderr.

    .venv/bin/python benchmarks/scale.py --quick                  # every measure, ~10x smaller: a few minutes
    .venv/bin/python benchmarks/scale.py --json scale.json        # the full run: 30+ minutes on 2 CPUs
    .venv/bin/python benchmarks/scale.py --only rdf,incremental --runs 5
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import functools
import gc
import io
import json
import math
import os
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling scripts, importable as modules

import corpus_gen  # noqa: E402
import throughput as tp  # noqa: E402

import graphkit  # noqa: E402
from graphkit.graph.iri import IRIs  # noqa: E402
from graphkit.ingest.corpus import count_articles  # noqa: E402
from graphkit.nlp.models import default_model  # noqa: E402

MEASURES = ("throughput", "parallel", "memory", "rdf", "incremental")
#: the targets of issue 15: ratio ≥ (throughput, parallel, parallel on the bundled corpus) or ≤ (memory, incremental)
TARGETS = {"throughput": 1.2, "parallel": 1.85, "parallel_small": 1.0, "memory": 1.2, "incremental": 0.05}
CLI = Path(sys.executable).with_name("graphkit")
SUMMARY = re.compile(r"read (\d+) articles.*? in ([\d.]+)s with \S+(?: \((\d+) from the cache\))?")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="graphkit's speed and scale targets, each beside its reference.")
    p.add_argument(
        "--only",
        default=",".join(MEASURES),
        metavar="LIST",
        help=f"comma-separated measures to run (default: all: {','.join(MEASURES)})",
    )
    p.add_argument(
        "--quick", action="store_true", help="a smoke run: every size about 10x smaller and --runs 1 (unless given)"
    )
    p.add_argument("--runs", type=int, default=None, help="timed runs of each side (default: 3; 1 with --quick)")
    p.add_argument("--model", default=None, help="spaCy package name or path (default: graphkit's default model)")
    p.add_argument(
        "--data",
        type=Path,
        default=corpus_gen.DEFAULT_DATA,
        help=f"where generated corpora are kept and reused (default: {corpus_gen.DEFAULT_DATA})",
    )
    p.add_argument("--seed", type=int, default=1, help="seed of the generated corpora (default: 1)")
    p.add_argument("--throughput-articles", type=int, default=None, help="default: 300 (30 with --quick)")
    p.add_argument("--parallel-articles", type=int, default=None, help="default: 600 (60 with --quick)")
    p.add_argument("--jobs", type=int, default=2, help="the --jobs compared with --jobs 1 (default: 2)")
    p.add_argument(
        "--memory-sizes",
        default=None,
        metavar="N,N,...",
        help="corpus sizes of the memory measure, smallest first (default: 1000,5000; 100,500 with --quick)",
    )
    p.add_argument(
        "--rdf-triples",
        type=int,
        default=None,
        help="the least triples of the RDF graph (default: 1,000,000; 100,000 with --quick)",
    )
    p.add_argument(
        "--rdflib-triples",
        type=int,
        default=None,
        help="rdflib serialises a subgraph of at least this many triples (default: the whole graph)",
    )
    p.add_argument("--incremental-articles", type=int, default=None, help="default: 300 (30 with --quick)")
    p.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="LINES",
        help="also profile one in-process build of the throughput corpus (cProfile) and print the "
        "top LINES functions by cumulative and by own time",
    )
    p.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON to PATH")
    args = p.parse_args(argv)
    args.only = [m.strip() for m in args.only.split(",") if m.strip()]
    unknown = [m for m in args.only if m not in MEASURES]
    if unknown:
        p.error(f"unknown measure(s) {', '.join(unknown)}; choose from {', '.join(MEASURES)}")
    q = args.quick
    args.runs = args.runs or (1 if q else 3)
    args.throughput_articles = args.throughput_articles or (30 if q else 300)
    args.parallel_articles = args.parallel_articles or (60 if q else 600)
    args.memory_sizes = [int(n) for n in (args.memory_sizes or ("100,500" if q else "1000,5000")).split(",")]
    args.rdf_triples = args.rdf_triples or (100_000 if q else 1_000_000)
    args.incremental_articles = args.incremental_articles or (30 if q else 300)
    if args.runs < 1 or args.jobs < 2 or len(args.memory_sizes) < 2 or min(args.memory_sizes) < 1:
        p.error("--runs must be >= 1, --jobs >= 2, and --memory-sizes at least two sizes >= 1")
    args.model = args.model or default_model()
    return args


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


# --- running the CLI -------------------------------------------------------------------------------


@dataclasses.dataclass
class CliRun:
    """One ``graphkit`` command: its wall seconds, CPU seconds (its own and its workers') and peak RSS."""

    args: list[str]
    wall_s: float
    cpu_s: float
    max_rss_mb: float
    stdout: str
    stderr: str


GNU_TIME = Path("/usr/bin/time")
RSS_HOW = "GNU time %M" if GNU_TIME.exists() else "VmHWM polled"


def run_cli(args: Sequence[str], *, check: bool = True) -> CliRun:
    """Run ``graphkit ARGS``; the CPU time comes from ``os.wait4`` (the process and the workers it waited for).

    The peak RSS does not: a child made by fork or vfork starts with the parent's RSS high-water mark, and
    Linux keeps it across exec, so ``ru_maxrss`` would be at least this script's own RSS (hundreds of MB once
    the models are loaded). GNU time (``/usr/bin/time -f %M``), a small process that starts graphkit itself,
    reports graphkit's own peak (and its waited-for workers'); without it, ``VmHWM`` of the process is polled
    (its workers are then not counted).
    """
    cmd = [str(CLI), *args] if CLI.exists() else [sys.executable, "-c", "from graphkit.cli import main; main()", *args]
    with tempfile.TemporaryDirectory(prefix="graphkit-run-") as tmp_name:
        rss_file = Path(tmp_name) / "maxrss"
        if GNU_TIME.exists():
            cmd = [str(GNU_TIME), "-f", "%M", "-o", str(rss_file), *cmd]
        with (Path(tmp_name) / "stdout").open("w+b") as out, (Path(tmp_name) / "stderr").open("w+b") as err:
            start = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
            hwm = [0]
            poller = None
            if not GNU_TIME.exists():
                poller = threading.Thread(target=_poll_hwm, args=(proc.pid, hwm), daemon=True)
                poller.start()
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            if poller is not None:
                poller.join()
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
        max_rss_kb = int(rss_file.read_text().split()[-1]) if GNU_TIME.exists() else hwm[0]
    run = CliRun(list(args), wall, usage.ru_utime + usage.ru_stime, max_rss_kb / 1024, stdout, stderr)
    if check and proc.returncode != 0:
        raise RuntimeError(f"graphkit {' '.join(args)} exited with {proc.returncode}:\n{run.stderr[-3000:]}")
    return run


def _poll_hwm(pid: int, hwm: list[int]) -> None:
    """Keep ``hwm[0]`` at the process's ``VmHWM`` (kB) until it exits; the last reading is its peak."""
    status = Path(f"/proc/{pid}/status")
    while True:
        try:
            text = status.read_text()
        except OSError:
            return
        for line in text.splitlines():
            if line.startswith("VmHWM:"):
                hwm[0] = max(hwm[0], int(line.split()[1]))
        if "State:\tZ" in text:
            return
        time.sleep(0.05)


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs)


def row(
    measure: str, graphkit_: str, reference: str, ratio: float | None, target: str, ok: bool | None, note: str = ""
) -> dict[str, Any]:
    return {
        "measure": measure,
        "graphkit": graphkit_,
        "reference": reference,
        "ratio": ratio,
        "target": target,
        "result": "" if ok is None else ("PASS" if ok else "MISS"),
        "note": note,
    }


class Pipelines:
    """The spaCy models, loaded once when a measure first needs one."""

    def __init__(self, model: str) -> None:
        self.model, self._bare, self._gk = model, None, None
        self.load_s: dict[str, float] = {}

    def bare(self):
        if self._bare is None:
            import spacy

            self._bare, self.load_s["bare"] = tp.timed(lambda: spacy.load(self.model))
        return self._bare

    def graphkit(self):
        if self._gk is None:
            from graphkit.nlp.load import load_pipeline

            self._gk, self.load_s["graphkit"] = tp.timed(lambda: load_pipeline(self.model))
        return self._gk


# --- the measures ----------------------------------------------------------------------------------


def measure_throughput(args: argparse.Namespace, nlps: Pipelines, tmp: Path) -> tuple[list[dict], dict]:
    corpus = corpus_gen.ensure_corpus(args.throughput_articles, args.seed, args.data)
    articles = tp.read_articles([corpus])
    texts, words = [a.text for a in articles], tp.count_words(articles)
    bare, gk = nlps.bare(), nlps.graphkit()
    counts: dict[str, int] = {}

    def run_graphkit() -> None:
        result = graphkit.build([corpus], out=tmp / "throughput", nlp=gk, model=args.model, cache=False, keep=False)
        counts.update(result.counts)

    log(f"throughput: {len(articles)} articles, {words:,} words, {args.runs} runs per side after a warm-up")
    wall, cpu = tp.measure({"bare": lambda: tp.run_bare(bare, texts), "graphkit": run_graphkit}, args.runs)
    sides = {s: tp.side_stats(wall[s], cpu[s], nlps.load_s[s], words) for s in wall}
    ratio = sides["graphkit"]["words_per_s"] / sides["bare"]["words_per_s"]
    cpu_ratio = sides["graphkit"]["cpu_words_per_s"] / sides["bare"]["cpu_words_per_s"]
    detail = {
        "corpus": str(corpus),
        "articles": len(articles),
        "words": words,
        "runs": args.runs,
        "batch_size": tp.BATCH_SIZE,
        "sides": sides,
        "ratio": ratio,
        "cpu_ratio": cpu_ratio,
        "graphkit_counts": counts,
        "pipelines": {"bare": bare.pipe_names, "graphkit": gk.pipe_names},
    }
    if args.profile:
        detail["profile"] = profile_build(corpus, gk, args, tmp, args.profile)
    rows = [
        row(
            "throughput (words/s)",
            f"{sides['graphkit']['words_per_s']:,.0f}",
            f"{sides['bare']['words_per_s']:,.0f} (bare spaCy nlp.pipe)",
            ratio,
            f"≥ {TARGETS['throughput']}",
            ratio >= TARGETS["throughput"],
            f"{len(articles)} articles, {words:,} words; median of {args.runs} alternating runs after a warm-up; "
            f"ratio by CPU time {cpu_ratio:.2f}",
        )
    ]
    return rows, detail


def profile_build(corpus: Path, nlp: Any, args: argparse.Namespace, tmp: Path, lines: int) -> dict[str, str]:
    """cProfile of one in-process build: the top ``lines`` functions by cumulative and by own time."""
    log("profiling one in-process build")
    prof = cProfile.Profile()
    prof.enable()
    graphkit.build([corpus], out=tmp / "profile", nlp=nlp, model=args.model, cache=False, keep=False)
    prof.disable()
    out = {}
    for key in ("cumulative", "tottime"):
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key).print_stats(lines)
        out[key] = buf.getvalue()
        print(f"\n--- profile of one build, by {key} ---\n{out[key]}", file=sys.stderr)
    return out


def _alternate(corpus: Path, jobs: int, runs: int, tmp: Path, tag: str) -> dict[int, list[CliRun]]:
    """``runs`` CLI builds of ``corpus`` with ``--jobs 1`` and with ``--jobs jobs``, alternating."""
    out: dict[int, list[CliRun]] = {1: [], jobs: []}
    for i in range(1, runs + 1):
        for j in out:
            dest = tmp / f"par-{tag}-j{j}"
            r = run_cli(["build", str(corpus), "--out", str(dest), "--jobs", str(j), "--no-cache", "-q"])
            out[j].append(r)
            log(f"{tag} run {i}/{runs} --jobs {j}: {r.wall_s:.1f}s wall, {r.cpu_s:.1f}s CPU; load {loadavg()}")
    return out


def _speedup_row(runs: dict[int, list[CliRun]], jobs: int, articles: int, target: float, what: str) -> dict:
    med = {j: median([r.wall_s for r in rs]) for j, rs in runs.items()}
    cpu = {j: median([r.cpu_s for r in rs]) for j, rs in runs.items()}
    speedup = med[1] / med[jobs]
    return row(
        f"parallel (s, --jobs {jobs} vs 1, {what})",
        f"{med[jobs]:.1f} s (--jobs {jobs})",
        f"{med[1]:.1f} s (--jobs 1)",
        speedup,
        f"≥ {target}",
        speedup >= target,
        f"CLI `build --no-cache -q` on {articles} articles, model loads included; median of {len(runs[1])} "
        f"alternating runs; ratio = speed-up; median CPU s (the process and its workers) {cpu[1]:.1f} with "
        f"--jobs 1, {cpu[jobs]:.1f} with --jobs {jobs}, i.e. {cpu[jobs] / med[jobs]:.2f} CPUs busy on average",
    )


def measure_parallel(args: argparse.Namespace, _nlps: Pipelines, tmp: Path) -> tuple[list[dict], dict]:
    corpus = corpus_gen.ensure_corpus(args.parallel_articles, args.seed, args.data)
    small = corpus_gen.BASE_CORPUS
    log(
        f"parallel: warm-up (the bundled corpus, --jobs {args.jobs}), then {args.runs} runs each of --jobs 1 and "
        f"--jobs {args.jobs} on {args.parallel_articles} articles, then on the bundled corpus"
    )
    run_cli(["build", str(small), "--out", str(tmp / "par-warm"), "--jobs", str(args.jobs), "--no-cache", "-q"])
    big_runs = _alternate(corpus, args.jobs, args.runs, tmp, "generated")
    small_runs = _alternate(small, args.jobs, args.runs, tmp, "bundled")
    n_small = count_articles([small]) or 0
    detail = {
        "corpus": str(corpus),
        "articles": args.parallel_articles,
        "runs": args.runs,
        **{
            f"{what}_{key}": {str(j): [getattr(r, key) for r in rs] for j, rs in runs.items()}
            for what, runs in (("generated", big_runs), ("bundled", small_runs))
            for key in ("wall_s", "cpu_s", "max_rss_mb")
        },
    }
    rows = [
        _speedup_row(big_runs, args.jobs, args.parallel_articles, TARGETS["parallel"], "generated corpus"),
        _speedup_row(small_runs, args.jobs, n_small, TARGETS["parallel_small"], "bundled corpus"),
    ]
    detail["speedup"] = rows[0]["ratio"]
    detail["speedup_bundled"] = rows[1]["ratio"]
    return rows, detail


def measure_memory(args: argparse.Namespace, _nlps: Pipelines, tmp: Path) -> tuple[list[dict], dict]:
    """Peak RSS of the CLI build at each size, without and with ``--store`` (the store is written from the
    same stream of quads as the files, in batches: its memory must stay as flat)."""
    sizes = sorted(args.memory_sizes)
    corpora = {n: corpus_gen.ensure_corpus(n, args.seed, args.data) for n in sizes}
    log("memory: the bundled corpus first (the fixed part: interpreter, model, libraries)")
    one = ["--no-cache", "-q", "--jobs", "1"]  # one process: the peak of the build itself, not of a worker
    base = run_cli(["build", str(corpus_gen.BASE_CORPUS), "--out", str(tmp / "mem-base"), *one])
    variants = {"": [], " --store": ["--store", "oxigraph:{out}/store"]}
    runs: dict[str, dict[int, CliRun]] = {v: {} for v in variants}
    for v, extra in variants.items():
        for n in sizes:
            log(f"memory{v}: {n} articles, --jobs 1, one run")
            out = tmp / f"mem{v.strip()}-{n}"
            r = run_cli(["build", str(corpora[n]), "--out", str(out), *one, *(a.format(out=out) for a in extra)])
            runs[v][n] = r
            rate = n / r.wall_s
            log(f"  {r.max_rss_mb:.0f} MB peak RSS, {r.wall_s:.0f}s wall ({rate:.1f} articles/s); load {loadavg()}")
    small, large = sizes[0], sizes[-1]
    ratios = {v: runs[v][large].max_rss_mb / runs[v][small].max_rss_mb for v in variants}
    detail = {
        "runs": 1,
        "bundled_corpus_max_rss_mb": base.max_rss_mb,
        "variants": {
            v.strip() or "files": {
                "sizes": {
                    str(n): {
                        "corpus": str(corpora[n]),
                        "max_rss_mb": r.max_rss_mb,
                        "wall_s": r.wall_s,
                        "cpu_s": r.cpu_s,
                        "articles_per_s": n / r.wall_s,
                    }
                    for n, r in runs[v].items()
                },
                "ratio": ratios[v],
            }
            for v in variants
        },
        "ratio": ratios[""],
    }
    rows = [
        row(
            f"memory{v} (peak RSS, MB)",
            f"{runs[v][large].max_rss_mb:,.0f} ({large:,} articles)",
            f"{runs[v][small].max_rss_mb:,.0f} ({small:,} articles)",
            ratios[v],
            f"≤ {TARGETS['memory']:.2f}",
            ratios[v] <= TARGETS["memory"],
            f"CLI `build --no-cache -q --jobs 1{v}`, one run each ({RSS_HOW}); the bundled corpus "
            f"(19 articles) peaks at {base.max_rss_mb:,.0f} MB",
        )
        for v in variants
    ]
    return rows, detail


def _replicate(articles: list, relations: list, copies: int) -> list[tuple[Any, list[Any]]]:
    """``(article, its relations)`` for ``copies`` copies of the corpus, the article ids made distinct."""
    by_article: dict[str, list] = {a.id: [] for a in articles}
    for r in relations:
        by_article.setdefault(r.evidence.article, []).append(r)
    parts = []
    for k in range(copies):
        for a in articles:
            new_id = a.id if k == 0 else f"{a.id}-r{k}"
            rels = (
                by_article[a.id]
                if k == 0
                else [
                    dataclasses.replace(r, evidence=dataclasses.replace(r.evidence, article=new_id))
                    for r in by_article[a.id]
                ]
            )
            parts.append((dataclasses.replace(a, id=new_id), rels))
    return parts


def _nt_lines(parts: list, actors: list) -> int:
    from graphkit.graph.rdf import write

    buf = io.BytesIO()
    write("nt", parts, lambda: actors, buf, iris=IRIs())
    return buf.getvalue().count(b"\n")


def _copies_for(triples: int, articles: list, relations: list, actors: list) -> int:
    one = _nt_lines(_replicate(articles, relations, 1), actors)
    per_copy = _nt_lines(_replicate(articles, relations, 2), actors) - one
    return 1 + max(0, math.ceil((triples - one) / per_copy))


def measure_rdf(args: argparse.Namespace, nlps: Pipelines, tmp: Path) -> tuple[list[dict], dict]:
    from graphkit.graph.rdf import to_graph, write

    log("rdf: building the bundled corpus (untimed)")
    res = graphkit.build([corpus_gen.BASE_CORPUS], nlp=nlps.graphkit(), model=args.model, cache=False, keep=True)
    actors = sorted(res.actors.values(), key=lambda a: a.key)
    copies = _copies_for(args.rdf_triples, res.articles, res.relations, actors)
    parts = _replicate(res.articles, res.relations, copies)
    n_rel = sum(len(r) for _, r in parts)
    log(f"rdf: {copies} copies of the bundled corpus: {len(parts):,} articles, {n_rel:,} relations")

    gk_times: dict[str, list[float]] = {"turtle": [], "nt": []}
    sizes: dict[str, int] = {}
    for i in range(args.runs + 1):  # run 0 is a warm-up
        for fmt in gk_times:
            path = tmp / f"gk.{fmt}"
            gc.collect()
            with path.open("wb") as fh:
                _, s = tp.timed(functools.partial(write, fmt, parts, lambda: actors, fh, iris=IRIs()))
            sizes[fmt] = path.stat().st_size
            if i:
                gk_times[fmt].append(s)
            log(f"  graphkit {fmt}: {s:.2f}s{'' if i else ' (warm-up)'}")
    with (tmp / "gk.nt").open("rb") as fh:
        triples = sum(1 for _ in fh)

    if args.rdflib_triples and args.rdflib_triples < triples:
        sub_copies = _copies_for(args.rdflib_triples, res.articles, res.relations, actors)
        sub = parts[: sub_copies * len(res.articles)]
    else:
        sub = parts
    log(f"rdf: rdflib Graph of {len(sub):,} articles (to_graph, timed apart)")
    gc.collect()
    graph, build_s = tp.timed(lambda: to_graph([a for a, _ in sub], actors, [r for _, rs in sub for r in rs]))
    rdflib_triples = len(graph)
    rl_times: dict[str, float] = {}
    for fmt in ("turtle", "nt"):
        gc.collect()
        _, rl_times[fmt] = tp.timed(
            functools.partial(graph.serialize, destination=str(tmp / f"rdflib.{fmt}"), format=fmt, encoding="utf-8")
        )
        log(f"  rdflib {fmt}: {rl_times[fmt]:.1f}s for {rdflib_triples:,} triples; load {loadavg()}")
    del graph
    gc.collect()

    rate = {f: triples / median(t) for f, t in gk_times.items()}
    rl_rate = {f: rdflib_triples / t for f, t in rl_times.items()}
    detail = {
        "copies": copies,
        "articles": len(parts),
        "relations": n_rel,
        "triples": triples,
        "bytes": sizes,
        "graphkit_runs": args.runs,
        "graphkit_times_s": gk_times,
        "graphkit_triples_per_s": rate,
        "rdflib_runs": 1,
        "rdflib_triples": rdflib_triples,
        "rdflib_to_graph_s": build_s,
        "rdflib_times_s": rl_times,
        "rdflib_triples_per_s": rl_rate,
    }
    sub_note = "" if rdflib_triples >= triples else f" rdflib on a {rdflib_triples:,}-triple subgraph."
    same = " (same triple count)" if rdflib_triples == triples else ""
    note = (
        f"{triples:,} triples{same}; graphkit: rdf.write from the Relation objects to the file, terms built "
        f"on the way, median of {args.runs} after a warm-up; rdflib: Graph.serialize of a Graph built "
        f"beforehand ({build_s:.0f}s, not counted), one run.{sub_note}"
    )
    rows = []
    for fmt, label, target in (("turtle", "Turtle", "≥ 10"), ("nt", "N-Triples", "")):
        ratio = rate[fmt] / rl_rate[fmt]
        rows.append(
            row(
                f"RDF {label} (triples/s)",
                f"{rate[fmt]:,.0f}",
                f"{rl_rate[fmt]:,.0f} (rdflib serialize)",
                ratio,
                target or "—",
                ratio >= 10 if target else None,
                note if fmt == "turtle" else "",
            )
        )
    return rows, detail


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def _summary(run: CliRun) -> tuple[int, int]:
    """(articles read, articles from the cache) from the summary line of ``graphkit build``."""
    m = SUMMARY.search(run.stdout)
    if m is None:
        raise RuntimeError(f"no summary line in the output of graphkit {' '.join(run.args)}:\n{run.stdout}")
    return int(m.group(1)), int(m.group(3) or 0)


def measure_incremental(args: argparse.Namespace, _nlps: Pipelines, tmp: Path) -> tuple[list[dict], dict]:
    n = args.incremental_articles
    source = corpus_gen.ensure_corpus(n + 1, args.seed, args.data)  # article n + 1 is the one added later
    files = sorted(source.glob("*.txt"))
    corpus, out, ref = tmp / "incr-corpus", tmp / "incr-out", tmp / "incr-ref"
    corpus.mkdir()
    for f in files[:n]:
        shutil.copy2(f, corpus / f.name)
    build = ["build", str(corpus), "--out", str(out)]  # as a user runs it: --jobs auto, the default
    log(f"incremental: first build of {n} articles with an empty cache")
    first = run_cli(build)
    first_out = _outputs(out)
    log(f"  {first.wall_s:.1f}s; then {args.runs} unchanged re-runs")
    reruns = []
    for _ in range(args.runs):
        reruns.append(run_cli(build))
        log(f"  re-run: {reruns[-1].wall_s:.2f}s, {_summary(reruns[-1])[1]} from the cache")
    rerun_same = _outputs(out) == first_out
    shutil.copy2(files[n], corpus / files[n].name)
    log("  one article added")
    added = run_cli(build)
    read, cached = _summary(added)
    extracted = read - cached
    log(f"  {added.wall_s:.1f}s, {read} read, {cached} from the cache; then a --no-cache build to compare")
    nocache = run_cli(["build", str(corpus), "--out", str(ref), "--no-cache", "-q"])
    mine, theirs = _outputs(out), _outputs(ref)
    differ = sorted(k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k))
    t1, t2 = first.wall_s, median([r.wall_s for r in reruns])
    ratio = t2 / t1
    detail = {
        "articles": n,
        "first_s": t1,
        "rerun_s": [r.wall_s for r in reruns],
        "rerun_median_s": t2,
        "rerun_cached": [_summary(r)[1] for r in reruns],
        "rerun_outputs_equal_first": rerun_same,
        "added_s": added.wall_s,
        "added_read": read,
        "added_cached": cached,
        "added_extracted": extracted,
        "nocache_s": nocache.wall_s,
        "compared": sorted(mine),
        "differ_from_nocache": differ,
        "max_rss_mb": {"first": first.max_rss_mb, "rerun": median([r.max_rss_mb for r in reruns])},
    }
    identical = not differ and rerun_same
    rows = [
        row(
            "incremental re-run (s)",
            f"{t2:.2f} s (unchanged re-run)",
            f"{t1:.1f} s (first build, empty cache)",
            ratio,
            f"≤ {TARGETS['incremental']}",
            ratio <= TARGETS["incremental"],
            f"CLI on {n} articles; first build one run, re-run median of {args.runs}; "
            f"--no-cache build {nocache.wall_s:.1f} s",
        ),
        row(
            "incremental: one article added",
            f"{extracted} extracted, {cached} cached",
            f"{read} articles",
            None,
            "1 extracted",
            extracted == 1,
            f"{added.wall_s:.1f} s",
        ),
        row(
            "incremental: outputs",
            "identical" if identical else f"differ: {', '.join(differ) or 're-run'}",
            "--no-cache build",
            None,
            "byte for byte",
            identical,
            ", ".join(sorted(mine)),
        ),
    ]
    return rows, detail


#: measure name -> its function: (options, the loaded pipelines, a scratch folder) -> (table rows, details)
RUNNERS: dict[str, Callable[[argparse.Namespace, Pipelines, Path], tuple[list[dict], dict]]] = {
    "throughput": measure_throughput,
    "parallel": measure_parallel,
    "memory": measure_memory,
    "rdf": measure_rdf,
    "incremental": measure_incremental,
}


# --- the report ------------------------------------------------------------------------------------


def machine(args: argparse.Namespace, revision: str | None) -> dict[str, Any]:
    import spacy.util

    try:
        meta = spacy.util.get_model_meta(spacy.util.get_package_path(args.model))
    except Exception:  # a model given as a path, or not a package: read its meta.json
        meta = spacy.util.get_model_meta(Path(args.model))
    info = tp.machine_info(SimpleNamespace(meta=meta), args.model, revision)
    mem_kb = next(
        (
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal:")
        ),
        0,
    )
    return {**info, "ram_gib": round(mem_kb / 2**20, 1)}


def fmt_ratio(x: float | None) -> str:
    return "" if x is None else f"{x:.2f}"


def render(results: dict[str, Any]) -> str:
    m, la = results["machine"], results["load_average"]
    lines = [
        f"machine: {m['cpus']} CPUs, {m['ram_gib']} GiB RAM, Python {m['python']}, spaCy {m['spacy']}, "
        f"model {m['model_name']} {m['model_version']}",
        f"source:  graphkit {m['graphkit']}, revision {m['revision'] or 'unknown'}",
        f"load:    load average (1, 5, 15 min) {la['before']} before, {la['after']} after"
        + "".join(f"; {k} {v['before'][0]}→{v['after'][0]}" for k, v in results["load_by_measure"].items()),
        f"options: {results['options']}",
        "",
        "| measure | graphkit | reference | ratio | target | |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    lines += [
        f"| {r['measure']} | {r['graphkit']} | {r['reference']} | {fmt_ratio(r['ratio'])} | {r['target']} "
        f"| {r['result']} |"
        for r in results["rows"]
    ]
    notes = [f"- {r['measure']}: {r['note']}" for r in results["rows"] if r["note"]]
    return "\n".join(lines + ([""] + notes if notes else []))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    revision = tp.source_revision()
    results: dict[str, Any] = {
        "machine": machine(args, revision),
        "options": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items() if k not in ("json",)},
        "load_average": {"before": loadavg()},
        "load_by_measure": {},
        "rows": [],
        "measures": {},
    }
    nlps = Pipelines(args.model)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="graphkit-scale-") as tmp_name:
        tmp = Path(tmp_name)
        for name in args.only:
            before = loadavg()
            log(f"=== {name} (load average {before})")
            work = tmp / name
            work.mkdir()
            (rows, detail), seconds = tp.timed(functools.partial(RUNNERS[name], args, nlps, work))
            detail["seconds"] = seconds
            results["rows"] += rows
            results["measures"][name] = detail
            results["load_by_measure"][name] = {"before": before, "after": loadavg()}
            shutil.rmtree(work, ignore_errors=True)
            log(f"=== {name} done in {seconds:.0f}s")
    results["load_average"]["after"] = loadavg()
    results["model_load_s"] = nlps.load_s
    results["seconds"] = time.perf_counter() - start
    print(render(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    return 0 if all(r["result"] != "MISS" for r in results["rows"]) else 1


if __name__ == "__main__":
    sys.exit(main())
