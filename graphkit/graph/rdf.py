"""The graph as RDF files and rdflib graphs, from the quads of :mod:`graphkit.graph.quads`.

:func:`write` hands the quads straight to Oxigraph's serialisers (Turtle, TriG, N-Triples), which write
hundreds of thousands of triples a second. The rdflib forms, for notebooks, SHACL and JSON-LD, are made from
the same quads: the single graph (:func:`to_graph`) and the dataset (:func:`to_dataset`). Every file declares
the prefixes of :meth:`graphkit.graph.iri.IRIs.prefixes`. The output is the same bytes from run to run.

>>> from graphkit.types import Actor
>>> ttl = to_bytes("turtle", [], [Actor(key="russia", label="Russia", type="Country")], []).decode()
>>> print(ttl[ttl.index("actor:russia a"):])  # after the prefixes  # doctest: +NORMALIZE_WHITESPACE
actor:russia a gk:Country ;
    rdfs:label "Russia" ;
    gk:iso3 "RUS" .
<BLANKLINE>
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Sequence
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import XSD, Dataset, Graph, Literal, URIRef

from ..types import Actor, Article, Relation
from .formats import FORMATS, check_formats
from .iri import IRIs
from .quads import Quad, graph_quads, parts, quads

__all__ = [
    "FORMATS",
    "Quad",
    "check_formats",
    "graph_quads",
    "parts",
    "quads",
    "to_bytes",
    "to_dataset",
    "to_graph",
    "write",
]


def _rdflib(term: ox.NamedNode | ox.Literal) -> URIRef | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    dt = term.datatype.value
    return Literal(term.value) if dt == str(XSD.string) else Literal(term.value, datatype=URIRef(dt))


def _bind(g: Graph, iris: IRIs) -> None:
    for prefix, ns in iris.prefixes().items():
        g.bind(prefix, ns)


def to_graph(
    articles: Iterable[Article], actors: Iterable[Actor], relations: Iterable[Relation], *, iris: IRIs | None = None
) -> Graph:
    """The whole graph in one rdflib :class:`~rdflib.Graph`: what Turtle, JSON-LD and N-Triples hold."""
    iris = iris or IRIs()
    return _graph(quads(articles, actors, relations, iris=iris, single_graph=True), iris)


def _graph(stream: Iterable[Quad], iris: IRIs) -> Graph:
    """The triples of ``stream`` in one rdflib graph, with the files' prefixes."""
    g = Graph()
    _bind(g, iris)
    for s, p, o, _ in stream:
        g.add((_rdflib(s), _rdflib(p), _rdflib(o)))
    return g


def to_dataset(
    articles: Iterable[Article], actors: Iterable[Actor], relations: Iterable[Relation], *, iris: IRIs | None = None
) -> Dataset:
    """The same triples as :func:`to_graph` as an rdflib :class:`~rdflib.Dataset`, one named graph per
    article plus the actors in the default graph: what TriG and the Oxigraph store hold."""
    iris = iris or IRIs()
    ds = Dataset()
    _bind(ds, iris)
    graphs: dict[ox.NamedNode | ox.DefaultGraph, Graph] = {}
    for s, p, o, name in quads(articles, actors, relations, iris=iris):
        g = graphs.get(name)
        if g is None:
            g = graphs[name] = ds.default_graph if isinstance(name, ox.DefaultGraph) else ds.graph(URIRef(name.value))
        g.add((_rdflib(s), _rdflib(p), _rdflib(o)))
    return ds


def write(
    fmt: str,
    articles: Iterable[tuple[Article, Sequence[Relation]]],
    actors: Callable[[], Iterable[Actor]],
    out: BinaryIO,
    *,
    iris: IRIs,
) -> None:
    """Write the graph of ``articles`` (each with its relations, as :func:`parts` gives them) and ``actors``
    (see :func:`graph_quads`) to ``out`` in ``fmt`` (one of :data:`FORMATS`). Turtle, TriG and N-Triples
    stream through Oxigraph; JSON-LD is compacted by rdflib, in memory."""
    kind = FORMATS[check_formats([fmt])[0]][1]
    if not isinstance(kind, ox.RdfFormat):  # "json-ld"
        out.write(_jsonld(_graph(graph_quads(articles, actors, iris=iris, single_graph=True), iris), iris))
        return
    stream = graph_quads(articles, actors, iris=iris, single_graph=kind is not ox.RdfFormat.TRIG)
    terms: Iterable[ox.Quad] | Iterable[ox.Triple] = (
        (ox.Quad(*q) for q in stream) if kind is ox.RdfFormat.TRIG else (ox.Triple(s, p, o) for s, p, o, _ in stream)
    )
    ox.serialize(terms, out, kind, prefixes=iris.prefixes() if kind is not ox.RdfFormat.N_TRIPLES else None)


def to_bytes(
    fmt: str,
    articles: Iterable[Article],
    actors: Iterable[Actor],
    relations: Iterable[Relation],
    *,
    iris: IRIs | None = None,
) -> bytes:
    """The graph of a build held in memory, in ``fmt``, as bytes (what :func:`write` writes)."""
    acts = list(actors)
    buf = io.BytesIO()
    write(fmt, parts(articles, relations), lambda: acts, buf, iris=iris or IRIs())
    return buf.getvalue()


def _jsonld(graph: Graph, iris: IRIs) -> bytes:
    """Compact JSON-LD: the graph's prefixes as its ``@context``, nodes in the order of their ``@id``."""
    from rdflib.plugins.serializers.jsonld import from_rdf

    ours = iris.prefixes()
    context = {prefix: str(ns) for prefix, ns in graph.namespaces() if prefix in ours}
    obj = from_rdf(graph, context_data=context)
    obj.get("@graph", []).sort(key=lambda node: node["@id"])  # a graph of one node has no "@graph"
    return json.dumps(obj, indent=1, sort_keys=True, ensure_ascii=False).encode("utf-8")
