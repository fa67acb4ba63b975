"""graphkit.graph.analysis on the bundled corpus: the networkx graph mirrors the RDF graph, and the analytics
give the values the corpus holds."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest
from rdflib import Graph, URIRef

from graphkit.graph import analysis
from graphkit.graph.iri import IRIs

RUSSIA, UKRAINE = str(IRIs().actor("russia")), str(IRIs().actor("ukraine"))


@pytest.fixture(scope="module")
def g(corpus_build):
    return analysis.from_build(corpus_build)


def test_analysis_node_keys_are_the_rdf_iris(g, corpus_build):
    rdf = Graph().parse(corpus_build.outputs["graph.ttl"])
    subjects = {str(s) for s in rdf.subjects()}
    assert g.number_of_nodes() == len(corpus_build.actors)
    assert all(type(n) is str and n in subjects for n in g)
    for u, v, key, data in g.edges(keys=True, data=True):  # every edge is a statement of the RDF graph, with evidence
        assert (URIRef(key), None, None) in rdf
        assert (URIRef(u), None, URIRef(v)) in rdf
        assert data["sentence"] and data["article"].startswith(IRIs().base + "article/")
        assert data["predicate"] != "claims"
    assert g.nodes[RUSSIA]["label"] == "Russia" and g.nodes[RUSSIA]["type"] == "Country"


def test_analysis_from_rdf_is_the_graph_of_the_build(g, corpus_build):
    h = analysis.from_rdf(corpus_build.outputs["graph.ttl"])
    assert dict(h.nodes(data=True)) == dict(g.nodes(data=True))
    assert sorted(h.edges(keys=True, data=True), key=str) == sorted(g.edges(keys=True, data=True), key=str)


def test_analysis_accusations(g):
    matrix = analysis.accusation_matrix(g)
    assert isinstance(matrix, pd.DataFrame)
    assert matrix.loc["Ukraine", "Russia"] > 0 and matrix.loc["Russia", "Ukraine"] > 0
    assert int(matrix.to_numpy().sum()) == sum(1 for *_, p in g.edges(data="predicate") if p == "accuses")
    pairs = {frozenset((r.a, r.b)) for r in analysis.reciprocity(g).itertuples()}
    assert frozenset(("Russia", "Ukraine")) in pairs
    most = analysis.most_accused(g, n=5)
    assert "Russia" in set(most["label"]) and list(most["accusations"]) == sorted(most["accusations"], reverse=True)
    assert len(analysis.top_accusers(g, n=3)) == 3


def test_analysis_centrality_and_communities(g):
    table = analysis.centrality(g)
    assert abs(table["pagerank"].sum() - 1) < 1e-6
    assert {RUSSIA, UKRAINE} <= set(table.index[:10])
    assert all(type(v) is float for v in table["pagerank"].tolist())
    groups = analysis.communities(g)
    assert groups == analysis.communities(g)  # a fixed seed: the same groups every run
    assert sorted(n for c in groups for n in c) == sorted(table.index)


def test_analysis_claims_per_actor(g, corpus_build):
    claims = analysis.claims_per_actor(g)
    positive = sum(1 for r in corpus_build.relations if r.predicate == "claims" and r.polarity == "positive")
    assert claims["claims"].sum() == positive > 0


def test_analysis_by_country(g):
    c = analysis.by_country(g)
    assert isinstance(c, nx.MultiDiGraph)
    assert all(d["type"] == "Country" for _, d in c.nodes(data=True)) and set(c) <= set(g)
    assert all(u != v for u, v in c.edges())
    matrix = analysis.accusation_matrix(c)
    # actors count for their country: more Ukraine → Russia accusations between states than between the two nodes
    assert matrix.loc["Ukraine", "Russia"] >= analysis.accusation_matrix(g).loc["Ukraine", "Russia"]
    assert frozenset(("Russia", "Ukraine")) in {frozenset((r.a, r.b)) for r in analysis.reciprocity(c).itertuples()}


def test_analysis_functions_accept_a_build_or_a_file(g, corpus_build):
    expected = analysis.most_accused(g)
    pd.testing.assert_frame_equal(analysis.most_accused(corpus_build), expected)
    pd.testing.assert_frame_equal(analysis.most_accused(corpus_build.outputs["graph.ttl"]), expected)
