"""ontologies/shapes.ttl on the fields analysts use: modality, PLOVER type, ISO 3166 codes. A graph that breaks
one is rejected by the very shape it breaks."""

from __future__ import annotations

import pytest
import rdflib
from rdflib import RDF, Literal
from rdflib.namespace import SH

from graphkit.graph.namespaces import GK

from .test_rdf_shapes import GKSH, Violation, _first, _violations, shapes, small

__all__ = ["shapes", "small"]  # the fixtures, shared with test_rdf_shapes


def _statement_without_modality(g):
    st = _first(g, RDF.Statement)
    g.remove((st, GK.modality, None))
    return Violation(st, GK.modality, GKSH.StatementModality, SH.MinCountConstraintComponent, None)


def _statement_with_an_unknown_modality(g):
    st = _first(g, RDF.Statement)
    g.set((st, GK.modality, GK.Positive))
    return Violation(st, GK.modality, GKSH.StatementModality, SH.InConstraintComponent, GK.Positive)


def _narrated_statement_said_to_be_reported(g):
    st = _first(g, RDF.Statement, lambda n: (n, GK.reportedBy, None) not in g)
    g.set((st, GK.modality, GK.Reported))
    return Violation(GK.Reported, None, GKSH.ReportedModalityShape, SH.SPARQLConstraintComponent, st)


def _reported_statement_said_to_be_asserted(g):
    st = _first(g, RDF.Statement)
    g.add((st, GK.reportedBy, g.value(st, RDF.subject)))
    g.add((st, rdflib.URIRef("http://www.w3.org/ns/prov#wasAttributedTo"), g.value(st, RDF.subject)))
    return Violation(GK.Reported, None, GKSH.ReportedModalityShape, SH.SPARQLConstraintComponent, st)


def _statement_with_two_plover_types(g):
    st = _first(g, RDF.Statement, lambda n: (n, GK.ploverType, None) in g)
    g.add((st, GK.ploverType, Literal("THREATEN")))
    return Violation(st, GK.ploverType, GKSH.StatementPloverType, SH.MaxCountConstraintComponent, None)


def _country_with_a_bad_code(g):
    country = _first(g, GK.Country, lambda n: (n, GK.iso3, None) in g)
    g.set((country, GK.iso3, Literal("ru")))
    return Violation(country, GK.iso3, GKSH.CountryIso3, SH.PatternConstraintComponent, Literal("ru"))


def _person_with_a_code(g):
    person = _first(g, GK.Person)
    g.add((person, GK.iso3, Literal("RUS")))
    return Violation(person, None, GKSH.CountryShape, SH.ClassConstraintComponent, person)


def test_shapes_fields_the_graph_has_them(small):
    assert set(small.objects(None, GK.modality)) and set(small.objects(None, GK.ploverType))
    assert set(small.objects(None, GK.iso3))


@pytest.mark.parametrize(
    "breaks",
    [
        _statement_without_modality,
        _statement_with_an_unknown_modality,
        _narrated_statement_said_to_be_reported,
        _reported_statement_said_to_be_asserted,
        _statement_with_two_plover_types,
        _country_with_a_bad_code,
        _person_with_a_code,
    ],
    ids=lambda f: f.__name__.strip("_"),
)
def test_shapes_fields_a_broken_graph_is_rejected_by_the_shape_it_breaks(small, shapes, breaks):
    g = rdflib.Graph()
    g += small
    expected = breaks(g)
    conforms, found, text = _violations(g, shapes)
    assert not conforms
    assert expected in found, text
