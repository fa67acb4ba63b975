"""SPARQL over graph files and Oxigraph stores: the presets, parameters bound as terms, the command line."""

from __future__ import annotations

import csv
import io
import json
import re
import warnings

import pytest
import rdflib
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.errors import GraphkitError
from graphkit.graph.iri import IRIs
from graphkit.graph.presets import load_presets, run_preset
from graphkit.graph.query import load_graph, run
from graphkit.graph.rdf import to_dataset
from graphkit.graph.store import write_store

ACTORS = """\
@prefix gk: <https://w3id.org/graphkit/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix actor: <https://w3id.org/graphkit/id/actor/> .
actor:russia a gk:Country ; rdfs:label "Russia" ; gk:country actor:russia .
actor:west a gk:Group ; rdfs:label "the West" .
actor:evil a gk:Person ; rdfs:label "Evil \\" } ; DROP ALL ; #" ; gk:country actor:russia .
"""
ARTICLE = """\
@prefix gk: <https://w3id.org/graphkit/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix actor: <https://w3id.org/graphkit/id/actor/> .
@prefix article: <https://w3id.org/graphkit/id/article/> .
@prefix id: <https://w3id.org/graphkit/id/> .
article:a1 a gk:Article ; gk:articleId "a1" .
id:ev1 a gk:Evidence ; oa:hasSource article:a1 ; oa:hasSelector id:ev1-pos, id:ev1-quote .
id:ev1-pos a oa:TextPositionSelector ; oa:start "0"^^xsd:nonNegativeInteger ; oa:end "24"^^xsd:nonNegativeInteger .
id:ev1-quote a oa:TextQuoteSelector ; oa:exact "Russia accused the West." .
id:ev2 a gk:Evidence ; oa:hasSource article:a1 ; oa:hasSelector id:ev2-pos, id:ev2-quote .
id:ev2-pos a oa:TextPositionSelector ; oa:start 25 ; oa:end 49 .
id:ev2-quote a oa:TextQuoteSelector ; oa:exact "Evil said the West lies." .
actor:russia gk:accuses actor:west .
id:st1 a rdf:Statement ; rdf:subject actor:russia ; rdf:predicate gk:accuses ; rdf:object actor:west ;
    gk:evidence id:ev1 ; gk:cue "accused" ; gk:confidence 1.00 ; gk:polarity gk:Positive ;
    prov:wasDerivedFrom article:a1 .
id:st3 a rdf:Statement ; rdf:subject actor:west ; rdf:predicate gk:accuses ; rdf:object actor:russia ;
    gk:evidence id:ev1 ; gk:cue "accused" ; gk:confidence 0.50 ; gk:polarity gk:Negative ;
    prov:wasDerivedFrom article:a1 .
id:c1 a gk:Claim ; schema:text "the West lies" ; schema:author actor:evil ; gk:evidence id:ev2 .
actor:evil gk:claims id:c1 .
id:st2 a rdf:Statement ; rdf:subject actor:evil ; rdf:predicate gk:claims ; rdf:object id:c1 ;
    gk:evidence id:ev2 ; gk:cue "said" ; gk:confidence 0.90 ; prov:wasDerivedFrom article:a1 .
"""
#: preset → its arguments, on the corpus
CORPUS_CALLS = {
    "who-accuses-whom": [],
    "most-accused": [],
    "actors-by-country": [],
    "claims-by": ["Vladimir Putin"],
    "evidence-for": ["russia", "accuses", "the West"],
    "relations": [],
}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """The tiny graph in every format: actors in the default graph, the article in its named graph."""
    d = tmp_path_factory.mktemp("tiny")
    ds = rdflib.Dataset()
    ds.default_graph.parse(data=ACTORS, format="turtle")
    ds.graph(rdflib.URIRef("https://w3id.org/graphkit/id/article/a1")).parse(data=ARTICLE, format="turtle")
    merged = rdflib.Graph()
    merged.parse(data=ACTORS, format="turtle")
    merged.parse(data=ARTICLE, format="turtle")
    paths = {"ttl": d / "g.ttl", "nt": d / "g.nt", "jsonld": d / "g.jsonld", "trig": d / "g.trig", "nq": d / "g.nq"}
    for fmt, name in (("turtle", "ttl"), ("nt", "nt"), ("json-ld", "jsonld")):
        paths[name].write_bytes(merged.serialize(format=fmt, encoding="utf-8"))
    with warnings.catch_warnings():  # rdflib 7.6's TriG and N-Quads serialisers call deprecated Dataset methods
        warnings.simplefilter("ignore", DeprecationWarning)
        paths["trig"].write_bytes(ds.serialize(format="trig", encoding="utf-8"))
        paths["nq"].write_bytes(ds.serialize(format="nquads", encoding="utf-8"))
    return paths


@pytest.fixture(scope="module")
def corpus_ttl(corpus_build):
    return corpus_build.outputs["graph.ttl"]


@pytest.fixture(scope="module")
def corpus_graph(corpus_ttl):
    return load_graph(corpus_ttl)


@pytest.fixture(scope="module")
def corpus_store(corpus_build, tmp_path_factory):
    """The corpus as the build's store holds it: one named graph per article, the actors in the default graph."""
    ds = to_dataset(corpus_build.articles, corpus_build.actors.values(), corpus_build.relations, iris=IRIs())
    path = tmp_path_factory.mktemp("store") / "corpus"
    assert write_store(ds, path) == sum(len(g) for g in ds.graphs())
    return path


def test_query_presets_are_data_files_with_a_description():
    presets = load_presets()
    assert sorted(presets) == sorted(CORPUS_CALLS)
    for p in presets.values():
        assert p.description and "\n" not in p.description
        assert len(p.params) == len(CORPUS_CALLS[p.name])
    assert presets["evidence-for"].usage == "evidence-for SUBJECT PREDICATE OBJECT"
    assert [q.kind for q in presets["evidence-for"].params] == ["actor", "predicate", "actor"]


def test_query_presets_use_only_terms_the_vocabularies_define():
    from graphkit.graph.namespaces import OA, SCHEMA
    from graphkit.resources import ONTOLOGIES

    onto = rdflib.Graph().parse(ONTOLOGIES / "graphkit.ttl", format="turtle")
    defined = {str(s) for s in onto.subjects()}
    for p in load_presets().values():
        for prefix, local in re.findall(r"\b(gk|oa|schema):(\w+)", p.text.split("PREFIX", 1)[1]):
            if prefix == "gk":
                assert f"https://w3id.org/graphkit/ontology#{local}" in defined, (p.name, local)
            else:
                getattr(OA if prefix == "oa" else SCHEMA, local)  # AttributeError for a term not named there


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "trig", "nq"])
def test_query_every_file_format_gives_the_same_rows(tiny, fmt):
    res = run_preset(tiny[fmt], "who-accuses-whom")
    assert res.records() == [{"accuser": "Russia", "accused": "the West", "statements": 1, "articles": "a1"}]
    res = run_preset(tiny[fmt], "evidence-for", ["Russia", "accuses", "actor:west"])
    assert res.variables == ("article", "start", "end", "cue", "confidence", "polarity", "sentence")
    assert res.records() == [
        {
            "article": "a1",
            "start": 0,
            "end": 24,
            "cue": "accused",
            "confidence": 1.0,
            "polarity": "https://w3id.org/graphkit/ontology#Positive",
            "sentence": "Russia accused the West.",
        }
    ]
    assert run_preset(tiny[fmt], "most-accused").records() == [
        {"actor": "the West", "accusations": 1, "accusers": 1, "articles": 1}
    ]  # the negated one is not counted


@pytest.mark.parametrize(
    "actor",
    [
        'Evil " } ; DROP ALL ; #',
        'evil " } ; drop all ; #',
        "evil",
        "actor:evil",
        "<https://w3id.org/graphkit/id/actor/evil>",
        "https://w3id.org/graphkit/id/actor/evil",
    ],
)
def test_query_actor_parameter_resolves_by_label_short_name_or_iri(tiny, actor):
    res = run_preset(tiny["ttl"], "claims-by", [actor])
    assert [r["content"] for r in res.records()] == ["the West lies"]
    assert res.notes == []


@pytest.mark.parametrize(
    "actor",
    [
        '" } ; DROP ALL ; #',
        'Russia" } UNION { ?s ?p ?o } #',
        "Russia' ) } #",
        "<https://w3id.org/graphkit/id/actor/russia> } UNION {",
        "nobody",
    ],
)
def test_query_injection_in_a_parameter_cannot_change_the_query(tiny, actor):
    res = run_preset(tiny["ttl"], "evidence-for", [actor, "accuses", "the West"])
    assert res.rows == [] and len(res.notes) == 1 and "no actor" in res.notes[0]
    assert run_preset(tiny["ttl"], "claims-by", [actor]).rows == []


def test_query_bindings_are_terms_not_text(tiny):
    from pyoxigraph import Literal

    q = "SELECT ?name ?a WHERE { ?a <http://www.w3.org/2000/01/rdf-schema#label> ?name }"
    res = run(tiny["ttl"], q, bindings={"name": Literal('Evil " } ; DROP ALL ; #')})
    assert [r["a"] for r in res.records()] == ["https://w3id.org/graphkit/id/actor/evil"]


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda g: run(g, "SELECT ?x WHERE { ?x ?y }"), "E086"),
        (lambda g: run_preset(g, "nope"), "E088"),
        (lambda g: run_preset(g, "claims-by"), "E089"),
        (lambda g: run_preset(g, "evidence-for", ["russia", "accusez", "west"]), "E091"),
        (lambda g: run_preset(g, "evidence-for", ["russia", "<not an iri>", "west"]), "E093"),
    ],
)
def test_query_errors_are_catalogued_one_liners(tiny, call, code):
    with pytest.raises(GraphkitError, match=rf"^\[{code}\] ") as e:
        call(load_graph(tiny["ttl"]))
    assert "\n" not in str(e.value)


def test_query_a_label_of_two_actors_asks_for_an_iri(tmp_path):
    path = tmp_path / "twins.nt"
    path.write_text(
        "".join(
            f'<https://w3id.org/graphkit/id/actor/{k}> <http://www.w3.org/2000/01/rdf-schema#label> "Twin" .\n'
            for k in ("a", "b")
        )
    )
    with pytest.raises(GraphkitError, match=r"^\[E064\] 'twin' names 2 actors \(actor:a, actor:b\)"):
        run_preset(path, "claims-by", ["twin"])
    assert run_preset(path, "claims-by", ["actor:a"]).notes == []


def test_query_graph_file_errors_name_the_file(tmp_path):
    (tmp_path / "g.xml").write_text("<rdf/>")
    (tmp_path / "bad.ttl").write_text("<a> <b> .")
    for name, code in (("g.xml", "E084"), ("missing.ttl", "E083"), ("bad.ttl", "E085")):
        with pytest.raises(GraphkitError, match=rf"^\[{code}\] .*{name}"):
            load_graph(tmp_path / name)


def test_query_corpus_who_accuses_whom(corpus_graph):
    rows = run_preset(corpus_graph, "who-accuses-whom").records()
    russia_west = [r for r in rows if (r["accuser"], r["accused"]) == ("Russia", "the West")]
    assert russia_west and "dev01_russia_defence_ministry_himars" in russia_west[0]["articles"].split(", ")
    counts = [r["statements"] for r in rows]
    assert counts == sorted(counts, reverse=True) and sum(counts) >= 10


def test_query_corpus_most_accused_sorted_by_count(corpus_graph):
    rows = run_preset(corpus_graph, "most-accused").records()
    assert len(rows) >= 5 and {"Russia", "the West"} <= {r["actor"] for r in rows}
    assert [r["accusations"] for r in rows] == sorted((r["accusations"] for r in rows), reverse=True)
    assert all(1 <= r["accusers"] <= r["accusations"] for r in rows)


def test_query_corpus_evidence_for_an_accusation(corpus_graph, corpus_build):
    rows = run_preset(corpus_graph, "evidence-for", CORPUS_CALLS["evidence-for"]).records()
    texts = {a.id: a.text for a in corpus_build.articles}
    assert any(r["article"] == "dev01_russia_defence_ministry_himars" and r["cue"] == "accused" for r in rows)
    for row in rows:  # each row's sentence is its article's text between its offsets
        assert texts[row["article"]][row["start"] : row["end"]] == row["sentence"]


def test_query_corpus_claims_by_and_actors_by_country(corpus_graph):
    claims = run_preset(corpus_graph, "claims-by", ["Vladimir Putin"]).records()
    assert claims and all(r["content"] and r["sentence"] for r in claims)
    assert claims == run_preset(corpus_graph, "claims-by", ["putin"]).records()
    countries = {r["country"]: r["actors"].split("; ") for r in run_preset(corpus_graph, "actors-by-country").records()}
    assert "Vladimir Putin" in countries["Russia"] and "Russia" not in countries["Russia"]


@pytest.mark.parametrize("name", sorted(CORPUS_CALLS))
def test_query_store_gives_the_results_of_the_turtle_file(corpus_graph, corpus_store, name):
    from_file = run_preset(corpus_graph, name, CORPUS_CALLS[name])
    from_store = run_preset(f"oxigraph:{corpus_store}", name, CORPUS_CALLS[name])
    assert from_file.variables == from_store.variables and from_file.rows
    assert from_file.rows == from_store.rows  # the same rows in the same order, lists inside rows too


@pytest.fixture
def runner():
    return CliRunner()


def test_cli_query_preset_table(runner, corpus_ttl, corpus_graph):
    sentences = [
        r["sentence"] for r in run_preset(corpus_graph, "evidence-for", CORPUS_CALLS["evidence-for"]).records()
    ]
    res = runner.invoke(main, ["query", str(corpus_ttl), "--preset", "evidence-for", *CORPUS_CALLS["evidence-for"]])
    assert res.exit_code == 0, res.output
    header, rule, *rows, total = res.stdout.splitlines()
    assert header.split() == ["article", "start", "end", "cue", "confidence", "polarity", "sentence"]
    assert set(rule.replace(" ", "")) == {"-"} and total.endswith("row)") or total.endswith("rows)")
    assert sentences and all(any(r.endswith(s) for r in rows) for s in sentences)


def test_cli_query_csv_and_json_parse_back(runner, corpus_ttl, corpus_graph):
    expected = run_preset(corpus_graph, "most-accused").records()
    res = runner.invoke(main, ["query", str(corpus_ttl), "--preset", "most-accused", "--format", "json"])
    data = json.loads(res.stdout)  # W3C SPARQL 1.1 Query Results JSON
    assert res.exit_code == 0 and data["head"]["vars"] == list(expected[0])
    assert [{k: b["value"] for k, b in row.items()} for row in data["results"]["bindings"]] == [
        {k: str(v) for k, v in r.items()} for r in expected
    ]
    res = runner.invoke(main, ["query", str(corpus_ttl), "--preset", "most-accused", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert res.exit_code == 0 and rows == [{k: str(v) for k, v in r.items()} for r in expected]


def test_cli_query_reads_sparql_text_a_file_or_stdin(runner, tiny, tmp_path):
    q = "SELECT ?label WHERE { ?a <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label"
    (tmp_path / "q.rq").write_text(q)
    outs = [
        runner.invoke(main, ["query", str(tiny["trig"]), arg, "--format", "csv"], input=q).stdout
        for arg in (q, f"@{tmp_path / 'q.rq'}", "-")
    ]
    assert outs[0] == outs[1] == outs[2]
    assert list(csv.reader(io.StringIO(outs[0]))) == [["label"], ['Evil " } ; DROP ALL ; #'], ["Russia"], ["the West"]]


def test_cli_query_table_shortens_iris_with_the_graph_prefixes(runner, tiny):
    res = runner.invoke(main, ["query", str(tiny["ttl"]), "SELECT ?s ?p WHERE { ?s ?p ?o } ORDER BY ?s ?p LIMIT 1"])
    assert res.exit_code == 0 and res.stdout.splitlines()[2].split() == ["actor:evil", "rdf:type"]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["SELECT ?x WHERE { ?x ?y }"], "E086"),
        (["--preset", "claims-by"], "E089"),
        (["@missing.rq"], "E001"),
    ],
)
def test_cli_query_errors_are_one_line_and_exit_1(runner, tiny, args, code):
    res = runner.invoke(main, ["query", str(tiny["ttl"]), *args])
    assert res.exit_code == 1
    assert res.stderr.startswith(f"graphkit: error: [{code}] ") and res.stderr.count("\n") == 1
    assert res.stdout == ""


def test_cli_query_unknown_actor_is_a_note_not_an_error(runner, tiny):
    res = runner.invoke(main, ["query", str(tiny["ttl"]), "--preset", "claims-by", "nobody", "--format", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["results"]["bindings"] == []
    assert res.stderr == f"graphkit: note: no actor 'nobody' in {tiny['ttl']}\n"


def test_cli_query_lists_presets(runner):
    res = runner.invoke(main, ["query", "--list-presets"])
    assert res.exit_code == 0
    lines = res.stdout.splitlines()
    assert len(lines) == len(CORPUS_CALLS)
    assert any(ln.startswith("evidence-for SUBJECT PREDICATE OBJECT  ") for ln in lines)
