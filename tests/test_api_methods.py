"""The BuildResult methods notebooks use: to_turtle, to_networkx, query, view."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import graphkit
from graphkit.views.inline import InlineView, filter_relations

from .conftest import CORPUS


def test_api_build_takes_one_path_as_a_string(nlp):
    path = next(CORPUS.glob("dev01_*.txt"))
    result = graphkit.build(str(path), nlp=nlp)
    assert [a.id for a in result.articles] == [path.stem]


def test_api_to_turtle_round_trips(corpus_build, tmp_path):
    path = corpus_build.to_turtle(tmp_path / "kg.ttl")
    assert path.read_bytes() == corpus_build.outputs["graph.ttl"].read_bytes()
    assert isomorphic(Graph().parse(data=corpus_build.to_turtle(), format="turtle"), corpus_build.rdf)


def test_api_to_networkx_keys_are_iris(corpus_build):
    g = corpus_build.to_networkx()
    assert set(g) == {str(s) for s in corpus_build.rdf.subjects() if "/actor/" in s}


def test_api_query_returns_a_dataframe(corpus_build):
    frame = corpus_build.query("SELECT ?actor ?label WHERE { ?actor rdfs:label ?label } ORDER BY ?label")
    assert isinstance(frame, pd.DataFrame) and list(frame.columns) == ["actor", "label"]
    assert len(frame) == len(corpus_build.actors)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?st rdf:predicate gk:accuses ; gk:polarity gk:Positive }"
    n = corpus_build.query(count)["n"][0]
    assert n == sum(1 for r in corpus_build.relations if r.predicate == "accuses" and r.polarity == "positive")
    assert corpus_build._sparql_graph is corpus_build._sparql_graph  # loaded once


def test_api_view_is_an_isolated_iframe(corpus_build, tmp_path):
    view = corpus_build.view()
    assert isinstance(view, InlineView) and "<html" in view.html.lower()
    shown = view._repr_html_()
    iframe = r'<iframe srcdoc="([^"]*)" sandbox="allow-scripts allow-downloads" style="[^"<>]*"></iframe>'
    m = re.fullmatch(iframe, shown)
    assert m, shown[:200]
    assert "<" not in m.group(1) and html.unescape(m.group(1)) == view.html
    assert view.save(tmp_path / "v.html").read_text(encoding="utf-8") == view.html


def test_api_view_filters(corpus_build):
    rels = filter_relations(corpus_build.relations, predicate="accuses", actor="russia")
    assert rels and all(r.predicate == "accuses" for r in rels)
    assert all("Russia" in (r.subject.label, r.object.label) for r in rels)
    assert len(corpus_build.view(predicate="accuses", actor="Russia").html) < len(corpus_build.view().html)


@pytest.mark.parametrize("view,kwargs", [("countries", {}), ("claims", {}), ("ego", {"actor": "Russia"})])
def test_api_view_draws_every_view(corpus_build, view, kwargs):
    page = corpus_build.view(view=view, **kwargs).html
    assert "<script" in page and "Russia" in page
