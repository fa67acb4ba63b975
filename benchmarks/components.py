"""Where a build's time goes: the CPU seconds of each pipeline component, and of the build's other stages.

    .venv/bin/python benchmarks/components.py --scale 5            # the bundled corpus 5 times over
    .venv/bin/python benchmarks/components.py DIR --runs 3

Each component is timed on its own over the whole corpus: the texts are tokenized, then handed to one
component after the other (``component.pipe(docs, batch_size=...)``, as ``nlp.pipe`` does), each timed by
process CPU time. Then one ``graphkit.build`` of the same texts runs under cProfile, and the time of
reading, extraction, resolution and writing each output is taken from it (cumulative time of the functions
that do each). The table goes to stdout (Markdown), progress to stderr.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from throughput import count_words, read_articles, scale_corpus, write_jsonl

import graphkit
from graphkit.nlp.load import default_model, load_pipeline

#: build stages, as the cumulative time of the function that does each: (label, file suffix, function name)
STAGES = (
    ("read the corpus", "ingest/corpus.py", "read_corpus"),
    ("extraction (the pipeline and doc_relations)", "run/engines.py", "batch_relations"),
    ("  doc_relations (Doc → records)", "nlp/extract.py", "doc_relations"),
    ("resolution: observe", "resolve/resolver.py", "observe"),
    ("resolution: resolve", "resolve/resolver.py", "resolve"),
    ("spill (set aside on disk, read back)", "run/spill.py", "add"),
    ("write relations.jsonl", "graph/records.py", "to_jsonl"),
    ("write the outputs (graph.ttl, the views)", "run/outputs.py", "write_files"),
    ("whole build", "run/build.py", "build"),
)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", nargs="*", type=Path, default=[Path(__file__).parent.parent / "corpus"])
    p.add_argument("--scale", type=int, default=1, help="repeat the corpus K times")
    p.add_argument("--runs", type=int, default=1, help="component timings: runs, the least is kept")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--model", default=None)
    return p.parse_args(argv)


def component_times(nlp, texts: list[str], batch_size: int) -> dict[str, float]:
    """CPU seconds of the tokenizer and of each component over ``texts``."""
    times: dict[str, float] = {}
    t0 = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    times["tokenizer"] = time.process_time() - t0
    for name, proc in nlp.pipeline:
        t0 = time.process_time()
        docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        times[name] = time.process_time() - t0
    return times


def stage_times(stats: pstats.Stats) -> dict[str, float]:
    """Cumulative seconds of each of :data:`STAGES` in a cProfile run."""
    raw = stats.stats  # type: ignore[attr-defined]  # {(file, line, name): (cc, nc, tt, ct, callers)}
    out: dict[str, float] = {}
    for label, suffix, func in STAGES:
        out[label] = sum(v[3] for (f, _, n), v in raw.items() if f.endswith(suffix) and n == func)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    model = args.model or default_model()
    articles = scale_corpus(read_articles(args.corpus), args.scale)
    texts = [a.text for a in articles]
    words = count_words(articles)
    nlp = load_pipeline(model)
    print(f"{len(articles)} articles, {words} words, model {model}", file=sys.stderr)
    best: dict[str, float] = {}
    for _ in range(args.runs):
        for name, s in component_times(nlp, texts, args.batch_size).items():
            best[name] = min(s, best.get(name, s))
    total = sum(best.values())
    print("| component | CPU s | share |\n| --- | ---: | ---: |")
    for name, s in best.items():
        print(f"| {name} | {s:.2f} | {100 * s / total:.0f}% |")
    print(f"| all | {total:.2f} | 100% |\n")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_jsonl(articles, Path(tmp) / "corpus.jsonl")
        prof = cProfile.Profile()
        prof.enable()
        graphkit.build([corpus], out=Path(tmp) / "out", nlp=nlp, model=model, cache=False, keep=False)
        prof.disable()
    stages = stage_times(pstats.Stats(prof))
    whole = stages["whole build"] or 1.0
    print("| build stage (cProfile) | s | share |\n| --- | ---: | ---: |")
    for label, s in stages.items():
        print(f"| {label} | {s:.2f} | {100 * s / whole:.0f}% |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
