"""What the graph holds, as a stream of quads: actors typed, claims as resources, every relation with its evidence.

One generator, :func:`graph_quads`, says what the graph holds and in which graph each triple goes. It
streams: each article's triples come as the article comes (nothing holds the whole graph), then the
actors'. Its terms are pyoxigraph's, which :mod:`graphkit.graph.rdf` hands straight to Oxigraph's serialisers
and turns into rdflib's graphs. For each relation ``s –p→ o``:

- the direct triple ``s gk:p o`` (for a claim, ``o`` is the Claim resource);
- an ``rdf:Statement`` (``rdf:subject/predicate/object``) with ``gk:evidence``, ``gk:cue``,
  ``gk:confidence``, ``gk:polarity``, ``gk:modality``, the PLOVER ``gk:ploverType`` and ``gk:ploverMode``
  where they apply, ``prov:wasDerivedFrom`` the article and, for what the subject says, ``prov:wasAttributedTo``
  the subject;
- for a reported relation (one stated inside somebody's claim, :attr:`~graphkit.types.Relation.attributed_to`),
  no direct triple: its statement is ``gk:reportedBy`` and ``prov:wasAttributedTo`` the claimant, and the
  claimant's claim in the same sentence (or, failing that, in the article) ``gk:states`` it;
- the evidence, a Web Annotation ``oa:SpecificResource`` of the article with a ``oa:TextPositionSelector``
  (``oa:start``, ``oa:end``) and a ``oa:TextQuoteSelector`` (``oa:exact``, the sentence).

In the dataset each article's graph (named by the article's IRI) holds the article, its statements, claims,
evidence and direct triples; the default graph holds the actors merged across articles. The stream is the
same from run to run: articles in corpus order, each relation's triples in a fixed order, the actors
last, by key.

>>> from graphkit.types import Actor
>>> [p.value for _, p, _, _ in quads([], [Actor(key="russia", label="Russia", type="Country")], [])]
['http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'http://www.w3.org/2000/01/rdf-schema#label', \
'https://w3id.org/graphkit/ontology#iso3']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD
from rdflib.namespace import DCTERMS, OWL, PROV

from ..types import Actor, Article, Relation
from .codes import iso3, plover
from .iri import IRIs
from .namespaces import GK, MODALITY_TERMS, OA, POLARITY_TERMS, PREDICATE_TERMS, SCHEMA, SPEECH_ACTS, TYPE_TERMS, WD
from .records import stated_modality

__all__ = ["Quad", "graph_quads", "parts", "quads"]

#: subject, predicate, object and graph (an article's node, or ``DefaultGraph`` for the actors), as Oxigraph terms
Quad = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal, ox.NamedNode | ox.DefaultGraph]
_Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


def _node(term: str) -> ox.NamedNode:
    return ox.NamedNode(str(term))


class _Terms:
    """The vocabularies' terms as Oxigraph nodes, made once (:func:`_terms`)."""

    def __init__(self) -> None:
        n = _node
        self.type, self.label, self.same_as = n(RDF.type), n(RDFS.label), n(OWL.sameAs)
        self.statement, self.subject = n(RDF.Statement), n(RDF.subject)
        self.predicate, self.object = n(RDF.predicate), n(RDF.object)
        self.derived, self.attributed = n(PROV.wasDerivedFrom), n(PROV.wasAttributedTo)
        self.title, self.date, self.source = n(DCTERMS.title), n(DCTERMS.date), n(DCTERMS.source)
        self.url, self.text, self.author = n(SCHEMA.url), n(SCHEMA.text), n(SCHEMA.author)
        self.any_uri, self.nni, self.decimal = n(XSD.anyURI), n(XSD.nonNegativeInteger), n(XSD.decimal)
        gk_terms = (
            *("Article", "articleId", "Evidence", "Claim", "country", "evidence", "cue", "confidence", "polarity"),
            *("reportedBy", "states", "modality", "ploverType", "ploverMode", "iso3"),
        )
        self.gk = {name: n(GK[name]) for name in gk_terms}
        oa_terms = ("SpecificResource", "hasSource", "hasSelector", "TextPositionSelector", "TextQuoteSelector")
        self.oa = {name: n(OA[name]) for name in (*oa_terms, "start", "end", "exact")}
        self.types = {k: n(v) for k, v in TYPE_TERMS.items()}
        self.predicates = {k: n(v) for k, v in PREDICATE_TERMS.items()}
        self.relation_properties = frozenset(self.predicates.values())
        self.polarities = {k: n(v) for k, v in POLARITY_TERMS.items()}
        self.modalities = {k: n(v) for k, v in MODALITY_TERMS.items()}
        self.wd = str(WD)


@lru_cache(maxsize=1)
def _terms() -> _Terms:
    return _Terms()


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
    nodes = IRIs(iris.base, term=ox.NamedNode)
    direct: set[_Triple] = set()  # the direct triples already given (single graph): one per distinct edge
    for art, rels in parts:
        g = nodes.article(art.id)
        seen: set[_Triple] = set()  # evidence that several relations of the article share comes once
        for s, p, o in _article(art, g, t):
            yield s, p, o, g
        for rel in rels:
            for triple in [*_relation(rel, nodes, g, t), *_states(rel, rels, nodes, t)]:
                if triple in seen:
                    continue
                seen.add(triple)
                if single_graph and triple[1] in t.relation_properties:
                    if triple in direct:
                        continue
                    direct.add(triple)
                yield (*triple, g)
    default = ox.DefaultGraph()
    for a in sorted(actors(), key=lambda a: a.key):
        for s, p, o in _actor(a, nodes, t):
            yield s, p, o, default


def _article(art: Article, node: ox.NamedNode, t: _Terms) -> Iterator[_Triple]:
    """The article's own triples: its type, id and what is known of its title, date, URL and source."""
    yield node, t.type, t.gk["Article"]
    yield node, t.gk["articleId"], ox.Literal(art.id)
    if art.title:
        yield node, t.title, ox.Literal(art.title)
    if art.date:
        yield node, t.date, ox.Literal(art.date)
    if art.url:
        yield node, t.url, ox.Literal(art.url, datatype=t.any_uri)
    if art.source:
        yield node, t.source, ox.Literal(art.source)


def _relation(rel: Relation, iris: IRIs[ox.NamedNode], article: ox.NamedNode, t: _Terms) -> list[_Triple]:
    """The triples of one relation, in a fixed order: its evidence, its statement, its claim, the direct triple."""
    subj = iris.actor(rel.subject.key)
    if rel.predicate == "claims":
        obj = iris.claim(rel)
    elif rel.object is not None:
        obj = iris.actor(rel.object.key)
    else:
        return []  # only a claim has no object actor
    ev = iris.evidence(rel)
    position, quote = iris.selectors(rel)
    prop = t.predicates[rel.predicate]
    st = iris.statement(rel)
    oa, gk = t.oa, t.gk
    triples: list[_Triple] = [
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
        (st, gk["confidence"], ox.Literal(f"{rel.confidence:.3f}", datatype=t.decimal)),
        (st, gk["polarity"], t.polarities[rel.polarity]),
        (st, gk["modality"], t.modalities[stated_modality(rel)]),
        *_plover(rel, st, t),
        (st, t.derived, article),
    ]
    if rel.attributed_to is not None:  # a reported relation: the claimant's view
        claimant = iris.actor(rel.attributed_to.key)
        triples += [(st, gk["reportedBy"], claimant), (st, t.attributed, claimant)]
    elif rel.predicate in SPEECH_ACTS:
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
    if rel.polarity == "positive" and rel.attributed_to is None:
        triples.append((subj, prop, obj))  # the direct triple: only what the text asserts, as a fact
    return triples


def _plover(rel: Relation, st: ox.NamedNode, t: _Terms) -> list[_Triple]:
    """The statement's PLOVER type and mode, where they apply (:func:`graphkit.graph.codes.plover`)."""
    code = plover(rel.predicate, rel.evidence.cue)
    if code is None:
        return []
    out: list[_Triple] = [(st, t.gk["ploverType"], ox.Literal(code["type"]))]
    if code["mode"]:
        out.append((st, t.gk["ploverMode"], ox.Literal(code["mode"])))
    return out


def _states(rel: Relation, rels: Sequence[Relation], iris: IRIs[ox.NamedNode], t: _Terms) -> list[_Triple]:
    """A reported relation's link from the claim it sits in: the claimant's claim in the same sentence, else
    the claimant's first claim in the article (a claim whose content is the next sentence)."""
    by = rel.attributed_to
    if by is None or rel.predicate == "claims":
        return []
    claims = [c for c in rels if c.predicate == "claims" and c.subject.key == by.key]
    same = [c for c in claims if c.evidence.start == rel.evidence.start] or claims
    return [(iris.claim(same[0]), t.gk["states"], iris.statement(rel))] if same else []


def _actor(a: Actor, iris: IRIs[ox.NamedNode], t: _Terms) -> Iterator[_Triple]:
    """An actor's triples: its type, label, Wikidata item, country and, for a country, its ISO 3166-1 code."""
    node = iris.actor(a.key)
    yield node, t.type, t.types[a.type]
    yield node, t.label, ox.Literal(a.label)
    if a.wikidata:
        yield node, t.same_as, ox.NamedNode(t.wd + a.wikidata)
    if a.country_key:
        yield node, t.gk["country"], iris.actor(a.country_key)
    code = iso3(a.key) if a.type == "Country" else None
    if code:
        yield node, t.gk["iso3"], ox.Literal(code)


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
