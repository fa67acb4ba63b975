"""Time to write the graph into an Oxigraph store and to run each preset query with rdflib and Oxigraph.

The corpus is built once (not timed). Then, in this process, medians of ``--runs`` runs each:

- **write store**: ``graphkit.graph.store.write_store`` of the build's dataset (``rdf.to_dataset``: one named graph
  per article), into a new folder each run;
- **load**: the Turtle file parsed by rdflib (``Graph.parse``), loaded into an in-memory Oxigraph store
  (``graphkit.graph.query.load_graph``), and the on-disk store opened read-only;
- **each preset**: rdflib's SPARQL engine on the parsed Turtle (``Graph.query`` with ``initBindings``),
  Oxigraph on the in-memory store and on the on-disk store (``graphkit.graph.query.run`` with the same
  bindings). Parameters are resolved once, before timing; rows are read to the end.

Run it from the repository root:

    .venv/bin/python benchmarks/query.py --runs 5
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import rdflib

import graphkit
from graphkit.graph.iri import IRIs
from graphkit.graph.presets import load_presets, resolve
from graphkit.graph.query import load_graph, run
from graphkit.graph.rdf import to_dataset, to_graph
from graphkit.graph.store import write_store
from graphkit.nlp.load import load_pipeline

REPO = Path(__file__).resolve().parent.parent
#: preset → its arguments on the bundled corpus
CALLS = {
    "who-accuses-whom": [],
    "most-accused": [],
    "actors-by-country": [],
    "claims-by": ["Vladimir Putin"],
    "evidence-for": ["Russia", "accuses", "the West"],
}


def median_s(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def to_rdflib(term):
    kind = type(term).__name__
    if kind == "NamedNode":
        return rdflib.URIRef(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", nargs="*", default=[str(REPO / "corpus")])
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args()

    result = graphkit.build(args.corpus, nlp=load_pipeline())
    with tempfile.TemporaryDirectory(prefix="graphkit-bench-") as d:
        measure(result, Path(d), args.runs)


def measure(result: graphkit.BuildResult, tmp: Path, runs: int) -> None:
    data = (result.articles, result.actors.values(), result.relations)
    ttl = tmp / "graph.ttl"
    ttl.write_bytes(to_graph(*data, iris=IRIs()).serialize(format="turtle", encoding="utf-8"))
    dataset = to_dataset(*data, iris=IRIs())
    quads = write_store(dataset, tmp / "store")
    print(f"{len(result.articles)} articles; {quads} quads in the store; Turtle {ttl.stat().st_size:,} bytes")
    fresh = (tmp / f"store{i}" for i in range(runs + 1))  # a new folder each run, as a first build
    print(f"write_store: {median_s(lambda: write_store(dataset, next(fresh)), runs) * 1000:.1f} ms")

    graph = rdflib.Graph()
    graph.parse(ttl, format="turtle")
    print(f"triples in the Turtle graph: {len(graph)}")
    load = {
        "rdflib parse": lambda: rdflib.Graph().parse(ttl, format="turtle"),
        "oxigraph load (memory)": lambda: load_graph(ttl),
        "oxigraph open (store)": lambda: load_graph(f"oxigraph:{tmp / 'store'}"),
    }
    for name, fn in load.items():
        print(f"{name}: {median_s(fn, runs) * 1000:.1f} ms")

    memory, store = load_graph(ttl), load_graph(f"oxigraph:{tmp / 'store'}")
    presets = load_presets()
    print("\n| preset | rows | rdflib ms | oxigraph memory ms | oxigraph store ms |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, values in CALLS.items():
        preset = presets[name]
        bindings = {prm.variable: resolve(memory, prm.kind, v)[0] for prm, v in zip(preset.params, values, strict=True)}
        init = {k: to_rdflib(v) for k, v in bindings.items()}
        rows = len(run(memory, preset.text, bindings=bindings).rows)
        assert rows == len(list(graph.query(preset.text, initBindings=init))), name
        t_rdflib = median_s(lambda: list(graph.query(preset.text, initBindings=init)), runs)  # noqa: B023
        t_mem = median_s(lambda: run(memory, preset.text, bindings=bindings), runs)  # noqa: B023
        t_store = median_s(lambda: run(store, preset.text, bindings=bindings), runs)  # noqa: B023
        print(f"| {name} | {rows} | {t_rdflib * 1000:.1f} | {t_mem * 1000:.2f} | {t_store * 1000:.2f} |")


if __name__ == "__main__":
    main()
