"""The three outputs of a build of the bundled corpus: relations.jsonl, graph.ttl, graph.html."""

from __future__ import annotations

import json
import re

import pytest
import rdflib
from rdflib import RDF
from rdflib.namespace import PROV

from graphkit.graph.namespaces import GK, OA
from graphkit.types import ACTOR_TYPES, PREDICATES

from .conftest import ROOT

REQUIRED = ("article", "predicate", "subject", "object", "content", "sentence", "start", "end")


@pytest.fixture(scope="module")
def records(corpus_build):
    text = corpus_build.outputs["relations.jsonl"].read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def test_outputs_build_writes_all_three_files(corpus_build):
    assert sorted(corpus_build.outputs) == ["countries.html", "graph.html", "graph.ttl", "relations.jsonl"]
    assert all(p.stat().st_size > 0 for p in corpus_build.outputs.values())
    assert not list(corpus_build.outputs["graph.ttl"].parent.glob(".*.tmp"))


def test_outputs_corpus_gives_every_kind_of_relation(corpus_build):
    c = corpus_build.counts
    assert c["articles"] >= 12 and c["skipped"] == 0
    assert c["claims"] > 50 and c["accusations"] > 5 and c["other relations"] > 5


def test_outputs_jsonl_records_follow_the_interface(records, corpus_build):
    texts = {a.id: a.text for a in corpus_build.articles}
    assert len(records) == len(corpus_build.relations)
    for rec in records:
        assert all(k in rec for k in REQUIRED)
        assert rec["predicate"] in PREDICATES
        for side in ("subject", "object"):
            node = rec[side]
            if node is None:
                assert side == "object" and rec["predicate"] in ("claims", "denies")
                continue
            assert node["type"] in ACTOR_TYPES and node["label"] and node["id"].startswith("https://")
        if rec["predicate"] == "claims":
            assert rec["content"]
        assert texts[rec["article"]][rec["start"] : rec["end"]] == rec["sentence"]


def test_outputs_known_actors_carry_country_and_wikidata(records):
    nodes = {r["subject"]["label"]: r["subject"] for r in records}
    nodes.update({r["object"]["label"]: r["object"] for r in records if r["object"]})
    russia = nodes["Russia"]
    assert (russia["type"], russia["country"], russia["wikidata"]) == ("Country", "Russia", "Q159")
    from graphkit.resources import load_gazetteer

    gaz = load_gazetteer()
    by_label = {e.label: e for e in gaz.values()}
    known = [n for n in nodes.values() if n["label"] in by_label]
    assert len([n for n in known if n["type"] == "Person"]) >= 5
    for n in known:  # every known actor carries its gazetteer country and Wikidata id
        e = by_label[n["label"]]
        assert n["wikidata"] == e.wikidata
        assert n["country"] == (gaz[e.country].label if e.country else e.label if e.type == "Country" else None)


@pytest.fixture(scope="module")
def graph(corpus_build):
    g = rdflib.Graph()
    g.parse(corpus_build.outputs["graph.ttl"], format="turtle")
    return g


def test_outputs_turtle_parses_and_has_every_relation_with_evidence(graph, corpus_build):
    texts = {a.id: a.text for a in corpus_build.articles}
    statements = set(graph.subjects(RDF.type, RDF.Statement))
    assert len(statements) == len(corpus_build.relations)
    for st in statements:
        ev = graph.value(st, GK.evidence)
        assert ev is not None
        article = graph.value(ev, OA.hasSource)
        assert article == graph.value(st, PROV.wasDerivedFrom)
        selectors = {graph.value(sel, RDF.type): sel for sel in graph.objects(ev, OA.hasSelector)}
        start = int(graph.value(selectors[OA.TextPositionSelector], OA.start))
        end = int(graph.value(selectors[OA.TextPositionSelector], OA.end))
        sentence = str(graph.value(selectors[OA.TextQuoteSelector], OA.exact))
        assert texts[str(graph.value(article, GK.articleId))][start:end] == sentence  # the offsets point at it
        s, p, o = graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object)
        assert graph.value(st, GK.polarity) == GK.Positive
        by = graph.value(st, GK.reportedBy)
        if by is None:
            assert (s, p, o) in graph  # the direct triple is there too
        else:  # a reported relation: the claimant's view, attributed to it
            assert (st, PROV.wasAttributedTo, by) in graph


def test_outputs_sparql_answers_who_accuses_whom_and_where(graph):
    rows = list(
        graph.query("""
        PREFIX gk: <https://w3id.org/graphkit/ontology#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?accuser ?accused ?sentence ?title WHERE {
          ?st rdf:subject ?s ; rdf:predicate gk:accuses ; rdf:object ?o ; gk:evidence ?ev ;
              prov:wasDerivedFrom ?art .
          ?s rdfs:label ?accuser . ?o rdfs:label ?accused .
          ?ev oa:hasSelector/oa:exact ?sentence .
          ?art dcterms:title ?title .
        }""")
    )
    assert rows
    assert ("Russia", "the West") in {(str(r.accuser), str(r.accused)) for r in rows}


def test_outputs_articles_carry_their_metadata(graph):
    from rdflib.namespace import DCTERMS

    arts = set(graph.subjects(RDF.type, GK.Article))
    assert len(arts) >= 12
    dated = [a for a in arts if graph.value(a, DCTERMS.date)]
    assert dated and all(graph.value(a, DCTERMS.title) for a in arts)


def test_outputs_ontology_defines_every_term_the_code_uses():
    onto = rdflib.Graph().parse(ROOT / "ontologies" / "graphkit.ttl", format="turtle")
    defined = {s for s in onto.subjects() if str(s).startswith(str(GK._NS))}
    used = {GK[name] for name in GK.__annotations__}
    assert used - defined == set()
    assert {GK[p] for p in PREDICATES} <= defined


def test_outputs_html_has_no_external_url_and_draws_the_relations(corpus_build):
    html = corpus_build.outputs["graph.html"].read_text(encoding="utf-8")
    assert not re.search(r"https?://|(src|href)\s*=\s*[\"']//", html)
    data = json.loads(re.search(r'<script type="application/json" id="gk-data">(.*?)</script>', html, re.S).group(1))
    actor_edges = {  # a fact and somebody's claim of it are two edges; the claim's is dashed
        (r.subject.key, r.predicate, r.object.key, r.attributed_to is not None)
        for r in corpus_build.relations
        if r.predicate != "claims" and r.object is not None
    }
    assert len(data["edges"]) == len(actor_edges)
    assert sum(bool(e["dashes"]) for e in data["edges"]) == sum(reported for *_, reported in actor_edges)


def test_outputs_every_actor_is_used_by_a_relation_or_is_the_country_of_one(corpus_build):
    used = {a.key for r in corpus_build.relations for a in (r.subject, r.object, r.attributed_to) if a is not None}
    countries = {corpus_build.actors[k].country_key for k in used} - {None}
    assert used <= set(corpus_build.actors)
    assert set(corpus_build.actors) == used | countries  # no orphan nodes from dropped relations
