"""The graph as RDF: actors typed, claims as resources, every relation with its evidence.

One generator, :func:`graph_quads`, says what the graph holds and in which graph each triple goes. It
streams: each article's triples come as the article comes (nothing holds the whole graph), then the
actors'. Its terms are pyoxigraph's, and :func:`write` hands them straight to Oxigraph's serialisers
(Turtle, TriG, N-Triples), which write hundreds of thousands of triples a second. The rdflib forms, for
notebooks, SHACL and JSON-LD, are made from the same quads: the single graph (:func:`to_graph`) and the
dataset (:func:`to_dataset`). For each relation ``s –p→ o``:

- the direct triple ``s gk:p o`` (for a claim, ``o`` is the Claim resource);
- an ``rdf:Statement`` (``rdf:subject/predicate/object``) with ``gk:evidence``, ``gk:cue``,
  ``gk:confidence``, ``gk:polarity``, ``prov:wasDerivedFrom`` the article and, for what the subject says,
  ``prov:wasAttributedTo`` the subject;
- the evidence, a Web Annotation ``oa:SpecificResource`` of the article with a ``oa:TextPositionSelector``
  (``oa:start``, ``oa:end``) and a ``oa:TextQuoteSelector`` (``oa:exact``, the sentence).

In the dataset each article's graph (named by the article's IRI) holds the article, its statements, claims,
evidence and direct triples; the default graph holds the actors merged across articles. The output is the
same bytes from run to run: articles in corpus order, each relation's triples in a fixed order, the actors
last, by key.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV
from rdflib.term import Node

from ..errors import GraphkitError
from ..types import Actor, Article, Relation
from .iri import IRIs
from .namespaces import GK, OA, POLARITY_TERMS, PREDICATE_TERMS, SCHEMA, SPEECH_ACTS, TYPE_TERMS, WD

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

#: format name (``--format``) → (file name, serialiser: Oxigraph's format, or "json-ld" for rdflib's)
FORMATS: dict[str, tuple[str, ox.RdfFormat | str]] = {
    "turtle": ("graph.ttl", ox.RdfFormat.TURTLE),
    "trig": ("graph.trig", ox.RdfFormat.TRIG),
    "json-ld": ("graph.jsonld", "json-ld"),
    "nt": ("graph.nt", ox.RdfFormat.N_TRIPLES),
}

#: subject, predicate, object and graph (an article's node, or ``DefaultGraph`` for the actors), as Oxigraph terms
Quad = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal, ox.NamedNode | ox.DefaultGraph]

_PREFIXES = {
    "gk": GK._NS,
    "schema": SCHEMA._NS,
    "prov": PROV._NS,
    "oa": OA._NS,
    "dcterms": DCTERMS._NS,
    "owl": OWL._NS,
    "wd": WD,
    "rdf": RDF._NS,
    "rdfs": RDFS._NS,
    "xsd": XSD._NS,
}


class _T:
    """The vocabulary's terms as Oxigraph nodes, made once."""

    def __init__(self) -> None:
        n = ox.NamedNode
        for name, term in [
            ("type", RDF.type),
            ("label", RDFS.label),
            ("same_as", OWL.sameAs),
            ("statement", RDF.Statement),
            ("subject", RDF.subject),
            ("predicate", RDF.predicate),
            ("object", RDF.object),
            ("derived", PROV.wasDerivedFrom),
            ("attributed", PROV.wasAttributedTo),
            ("title", DCTERMS.title),
            ("date", DCTERMS.date),
            ("source", DCTERMS.source),
            ("url", SCHEMA.url),
            ("text", SCHEMA.text),
            ("author", SCHEMA.author),
            ("any_uri", XSD.anyURI),
            ("nni", XSD.nonNegativeInteger),
            ("decimal", XSD.decimal),
        ]:
            setattr(self, name, n(str(term)))
        self.gk = {
            t: n(str(GK[t]))
            for t in (
                "Article",
                "articleId",
                "Evidence",
                "Claim",
                "country",
                "evidence",
                "cue",
                "confidence",
                "polarity",
            )
        }
        self.oa = {
            t: n(str(OA[t]))
            for t in (
                "SpecificResource",
                "hasSource",
                "hasSelector",
                "TextPositionSelector",
                "TextQuoteSelector",
                "start",
                "end",
                "exact",
            )
        }
        self.types = {k: n(str(v)) for k, v in TYPE_TERMS.items()}
        self.predicates = {k: n(str(v)) for k, v in PREDICATE_TERMS.items()}
        self.relation_properties = frozenset(self.predicates.values())
        self.polarities = {k: n(str(v)) for k, v in POLARITY_TERMS.items()}
        self.wd = str(WD)


_TERMS: _T | None = None


def _terms() -> _T:
    global _TERMS
    if _TERMS is None:
        _TERMS = _T()
    return _TERMS


def graph_quads(
    parts: Iterable[tuple[Article, Sequence[Relation]]],
    actors: Callable[[], Iterable[Actor]],
    *,
    iris: IRIs,
    single_graph: bool = False,
) -> Iterator[Quad]:
    """Every quad of the graph, each once: for each ``(article, its relations)`` of ``parts``, in order, the
    article's triples; then the triples of ``actors()`` (called only when ``parts`` is done, so the actors
    can be those the relations turned out to use). With ``single_graph`` (Turtle, N-Triples) a direct triple
    that several articles assert comes once; in the dataset each article's graph has its own."""
    t = _terms()
    iris = IRIs(iris.base, term=ox.NamedNode)
    default = ox.DefaultGraph()
    direct: set[tuple] = set()  # the direct triples already given (single graph): one per distinct edge
    for art, rels in parts:
        g = iris.article(art.id)
        seen: set[tuple] = set()  # evidence that several relations of the article share comes once
        yield g, t.type, t.gk["Article"], g
        yield g, t.gk["articleId"], ox.Literal(art.id), g
        if art.title:
            yield g, t.title, ox.Literal(art.title), g
        if art.date:
            yield g, t.date, ox.Literal(art.date), g
        if art.url:
            yield g, t.url, ox.Literal(art.url, datatype=t.any_uri), g
        if art.source:
            yield g, t.source, ox.Literal(art.source), g
        for rel in rels:
            for triple in _relation(rel, iris, g, t):
                if triple in seen:
                    continue
                seen.add(triple)
                if single_graph and triple[1] in t.relation_properties:
                    if triple in direct:
                        continue
                    direct.add(triple)
                yield (*triple, g)
    for a in sorted(actors(), key=lambda a: a.key):
        node = iris.actor(a.key)
        yield node, t.type, t.types[a.type], default
        yield node, t.label, ox.Literal(a.label), default
        if a.wikidata:
            yield node, t.same_as, ox.NamedNode(t.wd + a.wikidata), default
        if a.country_key:
            yield node, t.gk["country"], iris.actor(a.country_key), default


def parts(articles: Iterable[Article], relations: Iterable[Relation]) -> list[tuple[Article, list[Relation]]]:
    """A graph held in memory as :func:`graph_quads` reads it: each article with its relations, in order (a
    relation whose article is not among ``articles`` comes under an article of that id and no metadata)."""
    by_article: dict[str, list[Relation]] = defaultdict(list)
    for r in relations:
        by_article[r.evidence.article].append(r)
    out = [(a, by_article.pop(a.id, [])) for a in articles]
    return out + [(Article(id=art_id, text=""), rels) for art_id, rels in by_article.items()]


def quads(
    articles: Iterable[Article],
    actors: Iterable[Actor],
    relations: Iterable[Relation],
    *,
    iris: IRIs | None = None,
    single_graph: bool = False,
) -> Iterator[Quad]:
    """:func:`graph_quads` of a graph held in memory (see :func:`parts`)."""
    acts = list(actors)
    return graph_quads(parts(articles, relations), lambda: acts, iris=iris or IRIs(), single_graph=single_graph)


def _relation(rel: Relation, iris: IRIs, article: ox.NamedNode, t: _T) -> list[tuple]:
    """The triples of one relation, in a fixed order: its evidence, its statement, its claim, the direct triple."""
    subj = iris.actor(rel.subject.key)  # type: ignore[union-attr]
    if rel.predicate == "claims":
        obj = iris.claim(rel)
    elif rel.object is not None:
        obj = iris.actor(rel.object.key)  # type: ignore[union-attr]
    else:
        return []  # only a claim has no object actor
    ev = iris.evidence(rel)
    position, quote = iris.selectors(rel)
    prop = t.predicates[rel.predicate]
    st = iris.statement(rel)
    oa, gk = t.oa, t.gk
    triples = [
        (ev, t.type, gk["Evidence"]),
        (ev, t.type, oa["SpecificResource"]),
        (ev, oa["hasSource"], article),
        (ev, oa["hasSelector"], position),
        (ev, oa["hasSelector"], quote),
        (position, t.type, oa["TextPositionSelector"]),
        (position, oa["start"], ox.Literal(str(rel.evidence.start), datatype=t.nni)),
        (position, oa["end"], ox.Literal(str(rel.evidence.end), datatype=t.nni)),
        (quote, t.type, oa["TextQuoteSelector"]),
        (quote, oa["exact"], ox.Literal(rel.evidence.sentence)),
        (st, t.type, t.statement),
        (st, t.subject, subj),
        (st, t.predicate, prop),
        (st, t.object, obj),
        (st, gk["evidence"], ev),
        (st, gk["cue"], ox.Literal(rel.evidence.cue)),
        (st, gk["confidence"], ox.Literal(f"{rel.confidence:.2f}", datatype=t.decimal)),
        (st, gk["polarity"], t.polarities[rel.polarity]),
        (st, t.derived, article),
    ]
    if rel.predicate in SPEECH_ACTS:
        triples.append((st, t.attributed, subj))
    if rel.predicate == "claims":
        triples += [
            (obj, t.type, gk["Claim"]),
            (obj, t.text, ox.Literal(rel.content or "")),
            (obj, t.author, subj),
            (obj, t.attributed, subj),
            (obj, t.derived, article),
            (obj, gk["evidence"], ev),
        ]
    if rel.polarity == "positive":
        triples.append((subj, prop, obj))  # the direct triple: only what the text asserts
    return triples


def _rdflib(term: ox.NamedNode | ox.Literal) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    dt = term.datatype.value
    return Literal(term.value) if dt == str(XSD.string) else Literal(term.value, datatype=URIRef(dt))


def _bind(g: Graph, iris: IRIs) -> None:
    for prefix, ns in _PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("actor", f"{iris.base}actor/")
    g.bind("article", f"{iris.base}article/")


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
    graphs: dict[object, Graph] = {}
    for s, p, o, name in quads(articles, actors, relations, iris=iris):
        g = graphs.get(name)
        if g is None:
            g = graphs[name] = ds.default_graph if isinstance(name, ox.DefaultGraph) else ds.graph(_rdflib(name))
        g.add((_rdflib(s), _rdflib(p), _rdflib(o)))
    return ds


def prefixes(iris: IRIs) -> dict[str, str]:
    """The prefixes the graph files declare."""
    return {
        **{k: str(v) for k, v in _PREFIXES.items()},
        "actor": f"{iris.base}actor/",
        "article": f"{iris.base}article/",
    }


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
    if kind == "json-ld":
        out.write(_jsonld(_graph(graph_quads(articles, actors, iris=iris, single_graph=True), iris)))
        return
    assert isinstance(kind, ox.RdfFormat)
    stream = graph_quads(articles, actors, iris=iris, single_graph=kind is not ox.RdfFormat.TRIG)
    terms = (
        (ox.Quad(*q) for q in stream) if kind is ox.RdfFormat.TRIG else (ox.Triple(s, p, o) for s, p, o, _ in stream)
    )
    ox.serialize(terms, out, kind, prefixes=prefixes(iris) if kind is not ox.RdfFormat.N_TRIPLES else None)


def to_bytes(
    fmt: str,
    articles: Iterable[Article],
    actors: Iterable[Actor],
    relations: Iterable[Relation],
    *,
    iris: IRIs | None = None,
) -> bytes:
    """The graph of a build held in memory, in ``fmt``, as bytes (what :func:`write` writes)."""
    import io

    acts = list(actors)
    buf = io.BytesIO()
    write(fmt, parts(articles, relations), lambda: acts, buf, iris=iris or IRIs())
    return buf.getvalue()


def check_formats(formats: Iterable[str]) -> list[str]:
    """The format names, each once, in order; E043 for a name not in :data:`FORMATS`."""
    out = list(dict.fromkeys(formats))
    for fmt in out:
        if fmt not in FORMATS:
            raise GraphkitError("E043", name=fmt, names=", ".join(FORMATS))
    return out


def _jsonld(graph: Graph) -> bytes:
    """Compact JSON-LD: the graph's prefixes as its ``@context``, nodes in the order of their ``@id``."""
    from rdflib.plugins.serializers.jsonld import from_rdf

    context = {
        prefix: str(ns)
        for prefix, ns in graph.namespaces()
        if prefix in (*_PREFIXES, "actor", "article", "rdf", "rdfs", "xsd")
    }
    obj = from_rdf(graph, context_data=context)
    obj.get("@graph", []).sort(key=lambda node: node["@id"])  # a graph of one node has no "@graph"
    return json.dumps(obj, indent=1, sort_keys=True, ensure_ascii=False).encode("utf-8")
