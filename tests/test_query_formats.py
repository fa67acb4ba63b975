"""graphkit query's output formats: W3C SPARQL 1.1 Query Results JSON for SELECT and ASK, RDF for CONSTRUCT and
DESCRIBE (Turtle by default), and an error for a format of the other kind."""

from __future__ import annotations

import json
import warnings

import pytest
import rdflib
from click.testing import CliRunner

from graphkit.cli import main

GRAPH = """
@prefix gk: <https://w3id.org/graphkit/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/graphkit/id/actor/russia> a gk:Country ; rdfs:label "Russia" ;
    gk:accuses <https://w3id.org/graphkit/id/actor/ukraine> .
<https://w3id.org/graphkit/id/actor/ukraine> a gk:Country ; rdfs:label "Ukraine"@en ; gk:iso3 "UKR" ;
    gk:confidence "0.5"^^xsd:decimal .
"""
CONSTRUCT = "CONSTRUCT { ?o gk:accusedBy ?s } WHERE { ?s gk:accuses ?o }"


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "g.ttl"
    path.write_text(GRAPH)
    return str(path)


def _query(graph, *args):
    return CliRunner().invoke(main, ["query", graph, *args])


def test_query_formats_select_json_is_w3c_results_with_typed_terms(graph):
    q = "SELECT ?a ?label ?c ?none WHERE { ?a rdfs:label ?label OPTIONAL { ?a gk:confidence ?c } } ORDER BY ?a"
    res = _query(graph, q, "--format", "json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert list(data) == ["head", "results"] and data["head"]["vars"] == ["a", "label", "c", "none"]
    russia, ukraine = data["results"]["bindings"]
    assert russia == {
        "a": {"type": "uri", "value": "https://w3id.org/graphkit/id/actor/russia"},
        "label": {"type": "literal", "value": "Russia"},
    }  # unbound variables are left out, as the spec says
    assert ukraine["label"] == {"type": "literal", "value": "Ukraine", "xml:lang": "en"}
    assert ukraine["c"] == {"type": "literal", "value": "0.5", "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}


@pytest.mark.parametrize("ask, answer", [("ASK { ?s gk:accuses ?o }", True), ("ASK { ?s gk:meets ?o }", False)])
def test_query_formats_ask_json_is_a_boolean(graph, ask, answer):
    res = _query(graph, ask, "--format", "json")
    assert res.exit_code == 0 and json.loads(res.stdout) == {"head": {}, "boolean": answer}


@pytest.mark.parametrize("fmt, parse", [(None, "turtle"), ("turtle", "turtle"), ("nt", "nt"), ("json-ld", "json-ld")])
def test_query_formats_construct_writes_rdf(graph, fmt, parse):
    res = _query(graph, CONSTRUCT, *(["--format", fmt] if fmt else []))
    assert res.exit_code == 0, res.output
    with warnings.catch_warnings():  # rdflib's JSON-LD parser makes a deprecated ConjunctiveGraph
        warnings.simplefilter("ignore", DeprecationWarning)
        g = rdflib.Graph().parse(data=res.stdout, format=parse)
    ukraine, russia = (rdflib.URIRef(f"https://w3id.org/graphkit/id/actor/{k}") for k in ("ukraine", "russia"))
    assert set(g) == {(ukraine, rdflib.URIRef("https://w3id.org/graphkit/ontology#accusedBy"), russia)}
    if fmt in (None, "turtle"):
        assert "@prefix actor:" in res.stdout  # the graph's prefixes


def test_query_formats_describe_writes_rdf(graph):
    res = _query(graph, "DESCRIBE <https://w3id.org/graphkit/id/actor/ukraine>")
    g = rdflib.Graph().parse(data=res.stdout, format="turtle")
    assert res.exit_code == 0 and (None, rdflib.URIRef("https://w3id.org/graphkit/ontology#iso3"), None) in g


@pytest.mark.parametrize(
    "query, fmt",
    [(CONSTRUCT, "csv"), (CONSTRUCT, "table"), ("SELECT * WHERE { ?s ?p ?o }", "turtle"), ("ASK { ?s ?p ?o }", "nt")],
)
def test_query_formats_a_format_of_the_other_kind_is_an_error(graph, query, fmt):
    res = _query(graph, query, "--format", fmt)
    assert res.exit_code == 1 and res.stdout == ""
    assert res.stderr.startswith("graphkit: error: [E164] --format " + fmt) and res.stderr.count("\n") == 1


def test_query_formats_table_stays_the_default_for_select(graph):
    res = _query(graph, "SELECT ?label WHERE { ?a rdfs:label ?label } ORDER BY ?label")
    assert res.exit_code == 0 and res.stdout.splitlines()[0].strip() == "label" and "(2 rows)" in res.stdout


@pytest.mark.parametrize("name", ["graph.ttl", "graph.nt"])
def test_query_formats_a_build_folder_is_queried_through_its_graph_file(tmp_path, name):
    syntax = name.rsplit(".", 1)[1]
    (tmp_path / name).write_text(rdflib.Graph().parse(data=GRAPH, format="turtle").serialize(format=syntax))
    result = _query(str(tmp_path), "SELECT ?s WHERE { ?s gk:accuses ?o }", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:] == ["https://w3id.org/graphkit/id/actor/russia"]


def test_query_formats_a_folder_without_a_graph_or_a_store_is_an_error(tmp_path):
    (tmp_path / "notes.txt").write_text("not a graph")
    result = _query(str(tmp_path), "SELECT * WHERE { ?s ?p ?o }")
    assert result.exit_code == 1 and "E082" in result.output
