"""The graph as RDF (rdflib): actors typed, claims as resources, every relation with its evidence.

For each relation ``s –p→ o``:

- the direct triple ``s gk:p o`` (for a claim, ``o`` is the Claim resource);
- an ``rdf:Statement`` with ``rdf:subject/predicate/object``, ``gk:evidence`` (an Evidence
  resource: ``gk:inArticle``, ``gk:sentence``, ``gk:startOffset``, ``gk:endOffset``), ``gk:cue``,
  ``gk:confidence`` and ``prov:wasDerivedFrom`` the article.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import RDF, RDFS, XSD, Graph, Literal
from rdflib.namespace import DCTERMS, OWL, PROV

from .iri import IRIs
from .namespaces import GK, PREDICATE_TERMS, SCHEMA, TYPE_TERMS, WD
from .types import Actor, Article, Relation

__all__ = ["to_graph"]


def to_graph(articles: Iterable[Article], actors: Iterable[Actor], relations: Iterable[Relation],
             *, iris: IRIs | None = None) -> Graph:
    iris = iris or IRIs()
    g = Graph()
    for prefix, ns in (("gk", GK._NS), ("schema", SCHEMA), ("prov", PROV), ("dcterms", DCTERMS), ("wd", WD),
                       ("owl", OWL)):
        g.bind(prefix, ns)
    g.bind("actor", f"{iris.base}actor/")
    g.bind("article", f"{iris.base}article/")

    for art in articles:
        node = iris.article(art.id)
        g.add((node, RDF.type, GK.Article))
        g.add((node, GK.articleId, Literal(art.id)))
        if art.title:
            g.add((node, DCTERMS.title, Literal(art.title)))
        if art.date:
            g.add((node, DCTERMS.date, Literal(art.date)))
        if art.url:
            g.add((node, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI)))
        if art.source:
            g.add((node, DCTERMS.source, Literal(art.source)))

    for a in actors:
        node = iris.actor(a.key)
        g.add((node, RDF.type, TYPE_TERMS[a.type]))
        g.add((node, RDFS.label, Literal(a.label)))
        if a.wikidata:
            g.add((node, OWL.sameAs, WD[a.wikidata]))
        if a.country_key:
            g.add((node, GK.country, iris.actor(a.country_key)))

    for rel in relations:
        subj = iris.actor(rel.subject.key)  # type: ignore[union-attr]
        article = iris.article(rel.evidence.article)
        ev = iris.evidence(rel)
        g.add((ev, RDF.type, GK.Evidence))
        g.add((ev, GK.inArticle, article))
        g.add((ev, GK.sentence, Literal(rel.evidence.sentence)))
        g.add((ev, GK.startOffset, Literal(rel.evidence.start)))
        g.add((ev, GK.endOffset, Literal(rel.evidence.end)))
        if rel.predicate == "claims":
            obj = iris.claim(rel)
            g.add((obj, RDF.type, GK.Claim))
            g.add((obj, SCHEMA.text, Literal(rel.content or "")))
            g.add((obj, SCHEMA.author, subj))
            g.add((obj, GK.evidence, ev))
        elif rel.object is not None:
            obj = iris.actor(rel.object.key)  # type: ignore[union-attr]
        else:
            continue
        prop = PREDICATE_TERMS[rel.predicate]
        g.add((subj, prop, obj))
        st = iris.statement(rel)
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.subject, subj))
        g.add((st, RDF.predicate, prop))
        g.add((st, RDF.object, obj))
        g.add((st, GK.evidence, ev))
        g.add((st, GK.cue, Literal(rel.evidence.cue)))
        g.add((st, GK.confidence, Literal(f"{rel.confidence:.2f}", datatype=XSD.decimal)))
        g.add((st, PROV.wasDerivedFrom, article))
    return g
