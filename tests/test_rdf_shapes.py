"""ontologies/shapes.ttl: the graph of corpus/ conforms; a broken graph is rejected by the very shape it breaks."""

from __future__ import annotations

from typing import NamedTuple

import pyshacl
import pytest
import rdflib
from rdflib import RDF, RDFS, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SH

from graphkit.graph.iri import IRIs
from graphkit.graph.namespaces import GK, OA, SCHEMA
from graphkit.graph.rdf import to_graph

from .conftest import ROOT

GKSH = Namespace("https://w3id.org/graphkit/shapes#")


class Violation(NamedTuple):
    focus: rdflib.term.Node
    path: rdflib.term.Node | None
    shape: rdflib.term.Node
    component: rdflib.term.Node
    value: rdflib.term.Node | None


@pytest.fixture(scope="module")
def shapes():
    return rdflib.Graph().parse(ROOT / "ontologies" / "shapes.ttl", format="turtle")


def _violations(data: rdflib.Graph, shapes: rdflib.Graph) -> tuple[bool, set[Violation], str]:
    conforms, results, text = pyshacl.validate(data, shacl_graph=shapes)
    found = {
        Violation(
            results.value(r, SH.focusNode),
            results.value(r, SH.resultPath),
            results.value(r, SH.sourceShape),
            results.value(r, SH.sourceConstraintComponent),
            results.value(r, SH.value),
        )
        for r in results.subjects(RDF.type, SH.ValidationResult)
    }
    return conforms, found, text


def test_rdf_shapes_corpus_graph_conforms(corpus_build, shapes):
    data = rdflib.Graph().parse(corpus_build.outputs["graph.ttl"], format="turtle")
    conforms, found, text = _violations(data, shapes)
    assert conforms, text
    assert not found


@pytest.fixture(scope="module")
def small(corpus_build):
    """The graph of one article of the corpus build and its actors: quick to validate and to break."""
    art = next(a for a in corpus_build.articles if a.id == "dev01_russia_defence_ministry_himars")
    rels = [r for r in corpus_build.relations if r.evidence.article == art.id]
    used = {a.key for r in rels for a in (r.subject, r.object, r.attributed_to) if a is not None}
    used |= {corpus_build.actors[k].country_key for k in used} - {None}
    return to_graph([art], [corpus_build.actors[k] for k in sorted(used)], rels)


def test_rdf_shapes_one_article_graph_conforms(small, shapes):
    conforms, _, text = _violations(small, shapes)
    assert conforms, text


def _first(g: rdflib.Graph, type_: URIRef, where=lambda node: True) -> URIRef:
    return sorted(n for n in g.subjects(RDF.type, type_) if where(n))[0]


def _claim_without_author(g):
    claim = _first(g, GK.Claim)
    g.remove((claim, SCHEMA.author, None))
    return Violation(claim, SCHEMA.author, GKSH.ClaimAuthor, SH.MinCountConstraintComponent, None)


def _claim_without_evidence(g):
    claim = _first(g, GK.Claim)
    g.remove((claim, GK.evidence, None))
    return Violation(claim, GK.evidence, GKSH.ClaimEvidence, SH.MinCountConstraintComponent, None)


def _actor_with_two_types(g):
    actor = _first(g, GK.Person)
    g.add((actor, RDF.type, GK.Organization))
    return Violation(actor, RDF.type, GKSH.ActorType, SH.QualifiedMaxCountConstraintComponent, None)


def _actor_without_type(g):
    actor = _first(g, GK.Person, lambda n: (None, RDF.subject, n) in g)
    g.remove((actor, RDF.type, None))
    return Violation(actor, RDF.type, GKSH.ActorType, SH.QualifiedMinCountConstraintComponent, None)


def _actor_with_two_labels(g):
    actor = _first(g, GK.Country)
    g.add((actor, RDFS.label, Literal("another name")))
    return Violation(actor, RDFS.label, GKSH.ActorLabel, SH.MaxCountConstraintComponent, None)


def _statement_without_article(g):
    st = _first(g, RDF.Statement)
    g.remove((st, PROV.wasDerivedFrom, None))
    return Violation(st, PROV.wasDerivedFrom, GKSH.StatementSource, SH.MinCountConstraintComponent, None)


def _statement_without_evidence(g):
    st = _first(g, RDF.Statement)
    g.remove((st, GK.evidence, None))
    return Violation(st, GK.evidence, GKSH.StatementEvidence, SH.MinCountConstraintComponent, None)


def _statement_without_its_direct_triple(g):
    st = _first(g, RDF.Statement, lambda n: g.value(n, RDF.predicate) == GK.accuses)
    g.remove((g.value(st, RDF.subject), GK.accuses, g.value(st, RDF.object)))
    return Violation(GK.Positive, None, GKSH.PositiveStatementShape, SH.SPARQLConstraintComponent, st)


def _evidence_without_offsets(g):
    ev = _first(g, GK.Evidence)
    position = next(s for s in g.objects(ev, OA.hasSelector) if (s, RDF.type, OA.TextPositionSelector) in g)
    g.remove((ev, OA.hasSelector, position))
    return Violation(ev, OA.hasSelector, GKSH.EvidencePosition, SH.QualifiedMinCountConstraintComponent, None)


def _evidence_offsets_off_the_text(g):
    ev = _first(g, GK.Evidence)
    position = next(s for s in g.objects(ev, OA.hasSelector) if (s, RDF.type, OA.TextPositionSelector) in g)
    end = g.value(position, OA.end)
    g.set((position, OA.end, Literal(int(end) + 1, datatype=end.datatype)))
    return Violation(GK.Evidence, None, GKSH.EvidenceSpanShape, SH.SPARQLConstraintComponent, ev)


def _article_without_id(g):
    art = _first(g, GK.Article)
    g.remove((art, GK.articleId, None))
    return Violation(art, GK.articleId, GKSH.ArticleId, SH.MinCountConstraintComponent, None)


@pytest.mark.parametrize(
    "breaks",
    [
        _claim_without_author,
        _claim_without_evidence,
        _actor_with_two_types,
        _actor_without_type,
        _actor_with_two_labels,
        _statement_without_article,
        _statement_without_evidence,
        _statement_without_its_direct_triple,
        _evidence_without_offsets,
        _evidence_offsets_off_the_text,
        _article_without_id,
    ],
    ids=lambda f: f.__name__.strip("_"),
)
def test_rdf_shapes_broken_graph_is_rejected_by_the_shape_it_breaks(small, shapes, breaks):
    g = rdflib.Graph()
    g += small
    expected = breaks(g)
    conforms, found, text = _violations(g, shapes)
    assert not conforms
    assert expected in found, text


def test_rdf_shapes_every_term_they_use_is_defined(shapes):
    onto = rdflib.Graph().parse(ROOT / "ontologies" / "graphkit.ttl", format="turtle")
    gk_terms = {t for triple in shapes for t in triple if isinstance(t, URIRef) and t.startswith(str(GK._NS))}
    assert gk_terms and gk_terms <= set(onto.subjects())
    assert str(IRIs().base) not in shapes.serialize(format="nt")  # shapes name no node of a particular build
