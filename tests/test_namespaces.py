"""graphkit.graph.namespaces and ontologies/graphkit.ttl say the same thing: every term documented and aligned."""

from __future__ import annotations

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Literal

from graphkit.graph.namespaces import GK, OA, POLARITY_TERMS, PREDICATE_TERMS, SCHEMA, SPEECH_ACTS, TYPE_TERMS
from graphkit.types import ACTOR_TYPES, POLARITIES, PREDICATES

from .conftest import ROOT

#: PLOVER's event categories (with those of its gold-standard records, DISAPPROVE and FIGHT)
PLOVER = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
    "DISAPPROVE",
    "FIGHT",
    "DEMAND",
}


@pytest.fixture(scope="module")
def onto():
    return rdflib.Graph().parse(ROOT / "ontologies" / "graphkit.ttl", format="turtle")


def test_namespaces_name_exactly_the_ontology_terms(onto):
    defined = {s for s in onto.subjects() if str(s).startswith(str(GK._NS))}
    assert defined == {GK[name] for name in GK.__annotations__}


def test_namespaces_every_term_has_an_english_label_and_comment(onto):
    for name in GK.__annotations__:
        for prop in (RDFS.label, RDFS.comment):
            assert any(o.language == "en" for o in onto.objects(GK[name], prop)), (name, prop)


def test_namespaces_term_maps_cover_the_record_types(onto):
    assert set(TYPE_TERMS) == set(ACTOR_TYPES) and set(PREDICATE_TERMS) == set(PREDICATES)
    assert set(POLARITY_TERMS) == set(POLARITIES)
    for cls in TYPE_TERMS.values():
        assert (cls, RDFS.subClassOf, GK.Actor) in onto
    for individual in POLARITY_TERMS.values():
        assert (individual, RDF.type, GK.Polarity) in onto
    for name in ("Person", "Organization", "Country"):
        assert (GK[name], RDFS.subClassOf, SCHEMA[name]) in onto


def test_namespaces_speech_acts_and_plover_categories_come_from_the_ontology(onto):
    assert SPEECH_ACTS == {p for p, prop in PREDICATE_TERMS.items() if (prop, GK.speechAct, Literal(True)) in onto}
    assert all((prop, GK.speechAct, None) in onto for prop in PREDICATE_TERMS.values())
    for name, prop in PREDICATE_TERMS.items():
        categories = {str(c) for c in onto.objects(prop, GK.ploverCategory)}
        assert categories <= PLOVER
        assert bool(categories) == (name not in ("claims", "denies")), name


def test_namespaces_are_strict():
    for ns in (GK, OA, SCHEMA):
        with pytest.raises(AttributeError):
            ns.misspelt  # noqa: B018


def test_namespaces_ontology_is_owl_and_aligned(onto):
    assert (rdflib.URIRef("https://w3id.org/graphkit/ontology"), RDF.type, OWL.Ontology) in onto
    assert (GK.Evidence, RDFS.subClassOf, OA.SpecificResource) in onto
    assert (GK.Claim, RDFS.subClassOf, SCHEMA.Claim) in onto
