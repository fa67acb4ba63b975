"""The graph as RDF (rdflib): actors typed, claims as resources, every relation with its evidence.

One function, :func:`quads`, says what the graph holds and in which graph each triple goes; the single
graph (:func:`to_graph`: Turtle, JSON-LD, N-Triples) and the dataset (:func:`to_dataset`: TriG, the
Oxigraph store) are both made from it. For each relation ``s –p→ o``:

- the direct triple ``s gk:p o`` (for a claim, ``o`` is the Claim resource);
- an ``rdf:Statement`` (``rdf:subject/predicate/object``) with ``gk:evidence``, ``gk:cue``,
  ``gk:confidence``, ``gk:polarity``, ``prov:wasDerivedFrom`` the article and, for what the subject says,
  ``prov:wasAttributedTo`` the subject;
- the evidence, a Web Annotation ``oa:SpecificResource`` of the article with a ``oa:TextPositionSelector``
  (``oa:start``, ``oa:end``) and a ``oa:TextQuoteSelector`` (``oa:exact``, the sentence).

In the dataset each article's graph (named by the article's IRI) holds the article, its statements, claims,
evidence and direct triples; the default graph holds the actors merged across articles.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.term import Node

from .errors import GraphkitError
from .iri import IRIs
from .namespaces import GK, OA, POLARITY_TERMS, PREDICATE_TERMS, SCHEMA, SPEECH_ACTS, TYPE_TERMS, WD
from .types import Actor, Article, Relation

__all__ = ["FORMATS", "Quad", "check_formats", "quads", "serialize", "to_dataset", "to_graph"]

#: format name (``--format``) → (file name, rdflib serializer)
FORMATS = {"turtle": ("graph.ttl", "turtle"), "trig": ("graph.trig", "trig"),
           "json-ld": ("graph.jsonld", "json-ld"), "nt": ("graph.nt", "nt")}

#: subject, predicate, object, and the graph it goes in (an article's IRI; None for the default graph)
Quad = tuple[Node, Node, Node, URIRef | None]

_PREFIXES = {"gk": GK._NS, "schema": SCHEMA._NS, "prov": PROV._NS, "oa": OA._NS, "dcterms": DCTERMS._NS,
             "owl": OWL._NS, "wd": WD}


def quads(articles: Iterable[Article], actors: Iterable[Actor], relations: Iterable[Relation], *,
          iris: IRIs) -> Iterator[Quad]:
    """Every triple of the graph with the graph it belongs in. A triple may come more than once (evidence
    that several relations share); graphs keep one."""
    for art in articles:
        node = iris.article(art.id)
        yield node, RDF.type, GK.Article, node
        yield node, GK.articleId, Literal(art.id), node
        if art.title:
            yield node, DCTERMS.title, Literal(art.title), node
        if art.date:
            yield node, DCTERMS.date, Literal(art.date), node
        if art.url:
            yield node, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI), node
        if art.source:
            yield node, DCTERMS.source, Literal(art.source), node

    for a in actors:
        node = iris.actor(a.key)
        yield node, RDF.type, TYPE_TERMS[a.type], None
        yield node, RDFS.label, Literal(a.label), None
        if a.wikidata:
            yield node, OWL.sameAs, WD[a.wikidata], None
        if a.country_key:
            yield node, GK.country, iris.actor(a.country_key), None

    for rel in relations:
        yield from _relation(rel, iris)


def _relation(rel: Relation, iris: IRIs) -> Iterator[Quad]:
    article = iris.article(rel.evidence.article)
    subj = iris.actor(rel.subject.key)  # type: ignore[union-attr]
    if rel.predicate == "claims":
        obj = iris.claim(rel)
    elif rel.object is not None:
        obj = iris.actor(rel.object.key)  # type: ignore[union-attr]
    else:
        return  # only a claim has no object actor
    ev = iris.evidence(rel)
    position, quote = iris.selectors(rel)
    prop = PREDICATE_TERMS[rel.predicate]
    st = iris.statement(rel)
    triples = [
        (ev, RDF.type, GK.Evidence),
        (ev, RDF.type, OA.SpecificResource),
        (ev, OA.hasSource, article),
        (ev, OA.hasSelector, position),
        (ev, OA.hasSelector, quote),
        (position, RDF.type, OA.TextPositionSelector),
        (position, OA.start, Literal(rel.evidence.start, datatype=XSD.nonNegativeInteger)),
        (position, OA.end, Literal(rel.evidence.end, datatype=XSD.nonNegativeInteger)),
        (quote, RDF.type, OA.TextQuoteSelector),
        (quote, OA.exact, Literal(rel.evidence.sentence)),
        (st, RDF.type, RDF.Statement),
        (st, RDF.subject, subj),
        (st, RDF.predicate, prop),
        (st, RDF.object, obj),
        (st, GK.evidence, ev),
        (st, GK.cue, Literal(rel.evidence.cue)),
        (st, GK.confidence, Literal(f"{rel.confidence:.2f}", datatype=XSD.decimal)),
        (st, GK.polarity, POLARITY_TERMS[rel.polarity]),
        (st, PROV.wasDerivedFrom, article),
    ]
    if rel.predicate in SPEECH_ACTS:
        triples.append((st, PROV.wasAttributedTo, subj))
    if rel.polarity == "positive":
        triples.append((subj, prop, obj))  # the direct triple: only what the text asserts
    if rel.predicate == "claims":
        triples += [
            (obj, RDF.type, GK.Claim),
            (obj, SCHEMA.text, Literal(rel.content or "")),
            (obj, SCHEMA.author, subj),
            (obj, PROV.wasAttributedTo, subj),
            (obj, PROV.wasDerivedFrom, article),
            (obj, GK.evidence, ev),
        ]
    for s, p, o in triples:
        yield s, p, o, article


def _bind(g: Graph, iris: IRIs) -> None:
    for prefix, ns in _PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("actor", f"{iris.base}actor/")
    g.bind("article", f"{iris.base}article/")


def to_graph(articles: Iterable[Article], actors: Iterable[Actor], relations: Iterable[Relation],
             *, iris: IRIs | None = None) -> Graph:
    """The whole graph in one: what Turtle, JSON-LD and N-Triples hold."""
    iris = iris or IRIs()
    g = Graph()
    _bind(g, iris)
    for s, p, o, _ in quads(articles, actors, relations, iris=iris):
        g.add((s, p, o))
    return g


def to_dataset(articles: Iterable[Article], actors: Iterable[Actor], relations: Iterable[Relation],
               *, iris: IRIs | None = None) -> Dataset:
    """The same triples as :func:`to_graph`, one named graph per article plus the actors in the default
    graph: what TriG and the Oxigraph store hold."""
    iris = iris or IRIs()
    ds = Dataset()
    _bind(ds, iris)
    graphs: dict[URIRef | None, Graph] = {None: ds.default_graph}
    for s, p, o, name in quads(articles, actors, relations, iris=iris):
        g = graphs.get(name)
        if g is None:
            g = graphs[name] = ds.graph(name)
        g.add((s, p, o))
    return ds


def check_formats(formats: Iterable[str]) -> list[str]:
    """The format names, each once, in order; E043 for a name not in :data:`FORMATS`."""
    out = list(dict.fromkeys(formats))
    for fmt in out:
        if fmt not in FORMATS:
            raise GraphkitError("E043", name=fmt, names=", ".join(FORMATS))
    return out


def serialize(graph: Graph, fmt: str) -> bytes:
    """``graph`` (a :class:`~rdflib.Dataset` for ``trig``) in one of :data:`FORMATS`, as UTF-8 bytes.

    The bytes never depend on the order rdflib's store keeps triples and graphs in (which varies with
    Python's string hashing from run to run): Turtle sorts its subjects, and here N-Triples lines, TriG
    graphs and JSON-LD nodes are sorted too.
    """
    name = FORMATS[check_formats([fmt])[0]][1]
    if name == "trig":
        buf = io.BytesIO()
        _SortedTrigSerializer(graph).serialize(buf, encoding="utf-8")
        return buf.getvalue()
    if name == "json-ld":
        return _jsonld(graph)
    data = graph.serialize(format=name, encoding="utf-8")
    if name == "nt":
        data = b"".join(sorted(data.splitlines(keepends=True)))
    return data


class _SortedTrigSerializer(TrigSerializer):
    """rdflib's TriG writer, with the default graph first and the named graphs in the order of their names
    (and reading them with ``Dataset.graphs``, not the deprecated ``contexts``)."""

    def __init__(self, store: Dataset) -> None:
        default = store.default_graph
        graphs = {g.identifier: g for g in store.graphs()} | {default.identifier: default}
        self.default_context = default.identifier
        self.contexts = sorted(graphs.values(), key=lambda g: (g.identifier != default.identifier, str(g.identifier)))
        TurtleSerializer.__init__(self, store)  # what TrigSerializer.__init__ ends with


def _jsonld(graph: Graph) -> bytes:
    """Compact JSON-LD: the graph's prefixes as its ``@context``, nodes in the order of their ``@id``."""
    from rdflib.plugins.serializers.jsonld import from_rdf

    context = {prefix: str(ns) for prefix, ns in graph.namespaces()
               if prefix in (*_PREFIXES, "actor", "article", "rdf", "rdfs", "xsd")}
    obj = from_rdf(graph, context_data=context)
    obj.get("@graph", []).sort(key=lambda node: node["@id"])  # a graph of one node has no "@graph"
    return json.dumps(obj, indent=1, sort_keys=True, ensure_ascii=False).encode("utf-8")
