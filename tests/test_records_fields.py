"""The record fields an analyst uses: the article's metadata, polarity, modality, PLOVER code, ISO 3166 codes
(issue 14, item 2), in relations.jsonl and read back from the RDF."""

from __future__ import annotations

import json
import re

import pytest
import yaml
from rdflib import Graph, Literal
from rdflib.namespace import RDFS

from graphkit.graph.codes import load_iso3, load_plover, plover
from graphkit.graph.dates import iso_date
from graphkit.graph.iri import IRIs
from graphkit.graph.namespaces import GK, MODALITY_TERMS, PREDICATE_TERMS
from graphkit.graph.records import record_problem, records_from_rdf, relation_record
from graphkit.nlp.modality import load_hedges, modality
from graphkit.nlp.relations.records import RawRelation
from graphkit.resources import ONTOLOGIES
from graphkit.types import MODALITIES, PREDICATES, Actor, Article, Evidence, Mention, Relation

NEW_KEYS = ["date", "title", "url", "source", "polarity", "modality", "plover"]


def test_records_fields_iso3_covers_every_country_of_the_gazetteer_once():
    countries = {r["id"] for r in yaml.safe_load((ONTOLOGIES / "actors.yaml").read_text()) if r["type"] == "Country"}
    codes = load_iso3()
    assert set(codes) == countries
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes.values())
    assert len(set(codes.values())) == len(codes)
    assert (codes["russia"], codes["ukraine"], codes["usa"], codes["uk"]) == ("RUS", "UKR", "USA", "GBR")


@pytest.mark.parametrize(
    "text, problem",
    [
        ("id\tiso3\nrussia\tRU\n", "row 2"),
        ("id\tiso3\nrussia\tRUS\nrussia2\tRUS\n", "row 3"),
        ("code\tid\nrussia\tRUS\n", "header"),
    ],
)
def test_records_fields_a_bad_iso3_table_is_an_error_naming_the_file(tmp_path, text, problem):
    from graphkit.errors import GraphkitError

    path = tmp_path / "iso.tsv"
    path.write_text(text)
    with pytest.raises(GraphkitError, match=rf"E030.*iso\.tsv.*{problem}"):
        load_iso3(path)


def _categories() -> dict[str, set[str]]:
    g = Graph().parse(ONTOLOGIES / "graphkit.ttl")
    return {name: {str(o) for o in g.objects(term, GK.ploverCategory)} for name, term in PREDICATE_TERMS.items()}


def test_records_fields_plover_types_are_the_ontologys_categories():
    table, categories = load_plover(), _categories()
    assert set(table.types) == set(PREDICATES)
    for pred, kind in table.types.items():
        assert kind is None if not categories[pred] else kind in categories[pred], pred
    for pred, modes in table.modes.items():
        assert all(code["type"] in categories[pred] for code in modes.values()), pred


@pytest.mark.parametrize(
    "predicate, cue, expected",
    [
        ("meets", "phoned", {"type": "CONSULT", "mode": "phone"}),
        ("meets", "Visited", {"type": "CONSULT", "mode": "visit"}),
        ("meets", "met", {"type": "CONSULT", "mode": None}),
        ("attacks", "shelled", {"type": "FIGHT", "mode": "artillery"}),
        ("attacks", "struck", {"type": "ASSAULT", "mode": None}),
        ("accuses", "condemned", {"type": "ACCUSE", "mode": "disapprove"}),
        ("demands", "urged", {"type": "REQUEST", "mode": None}),
        ("claims", "said", None),
        ("denies", "denied", None),
    ],
)
def test_records_fields_plover_code_of_a_predicate_and_its_cue(predicate, cue, expected):
    assert plover(predicate, cue) == expected


@pytest.mark.parametrize(
    "given, expected",
    [
        ("2025-07-29", "2025-07-29"),
        ("2025-07-29T08:15:00+02:00", "2025-07-29"),
        ("July 29, 2025", "2025-07-29"),
        ("29 Jul 2025", "2025-07-29"),
        ("Tue, 29 Jul 2025 08:15:00 GMT", "2025-07-29"),
        ("2025-02-30", "2025-02-30"),  # no such day: kept as given
        ("last week", "last week"),
        (None, None),
    ],
)
def test_records_fields_dates_are_iso_where_they_read_as_one(given, expected):
    assert iso_date(given) == expected


def _relation(**kw) -> Relation:
    russia = Actor(key="russia", label="Russia", type="Country", country="Russia", country_key="russia")
    nobody = Actor(key="somebody", label="Somebody", type="Group")
    ev = Evidence("a1", "Russia phoned Somebody.", 0, 23, "phoned")
    return Relation("meets", kw.pop("subject", russia), kw.pop("object", nobody), ev, **kw)


def test_records_fields_a_record_carries_the_article_and_the_codes():
    art = Article("a1", "", title="Talks", date="July 29, 2025", url="https://example.org/a1", source="Wire")
    envoy = Actor(key="ivan_petrov", label="Ivan Petrov", type="Person", country="Russia", country_key="russia")
    rec = relation_record(_relation(subject=envoy, modality="hedged"), IRIs(), art)
    assert list(rec)[-len(NEW_KEYS) :] == NEW_KEYS
    assert (rec["date"], rec["title"], rec["url"], rec["source"]) == ("2025-07-29", "Talks", art.url, "Wire")
    assert (rec["polarity"], rec["modality"], rec["plover"]) == (
        "positive",
        "hedged",
        {"type": "CONSULT", "mode": "phone"},
    )
    assert rec["subject"]["iso3"] == "RUS" and rec["object"] is not None and rec["object"]["iso3"] is None
    assert record_problem(rec) is None
    bare = relation_record(_relation(), IRIs())
    assert [bare[k] for k in ("date", "title", "url", "source")] == [None] * 4  # no article: nothing invented
    assert bare["subject"]["iso3"] == "RUS"  # a country's own code


@pytest.mark.parametrize(
    "change, problem",
    [
        ({"modality": "certain"}, "unknown modality"),
        ({"polarity": "neutral"}, "unknown polarity"),
        ({"plover": "ACCUSE"}, "'plover'"),
        ({"plover": {"type": 1, "mode": None}}, "'plover'"),
        ({"date": 20250729}, "'date' is not text"),
        ({"url": ["x"]}, "'url' is not text"),
    ],
)
def test_records_fields_a_record_with_a_bad_new_field_is_refused(change, problem):
    rec = {**relation_record(_relation(), IRIs()), **change}
    assert problem in (record_problem(rec) or "")


def test_records_fields_an_older_record_without_the_new_keys_is_still_read():
    rec = dict(relation_record(_relation(), IRIs()))
    for key in NEW_KEYS:
        del rec[key]
    assert record_problem(rec) is None
    rec["subject"] = {**rec["subject"], "iso3": 7}
    assert record_problem(rec) == "'iso3' of 'subject' is not text"


def _raw(doc, cue: str, **kw) -> RawRelation:
    tok = next(t for t in doc if t.text == cue)
    s = Mention("Russia", "Country", "russia")
    return RawRelation("attacks", s, None, 0, len(doc.text), cue, cue_start=tok.idx, **kw)


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Russia attacked the port on Monday.", "attacked", "asserted"),
        ("Russia reportedly attacked the port on Monday.", "attacked", "hedged"),
        ("Russia may have attacked the port on Monday.", "attacked", "hedged"),
        ("Russia is believed to have attacked the port.", "attacked", "hedged"),
        ("Russia apparently met Turkey in Ankara.", "met", "hedged"),
        ("If the talks fail, Russia will attack the port.", "attack", "asserted"),  # "will" is no conditional mood
        ("If the talks fail, Russia would attack the port.", "attack", "conditional"),
        ("Russia will resume talks if Ukraine attacks the port.", "attacks", "conditional"),
        ("Russia will resume talks unless Ukraine attacks the port.", "attacks", "conditional"),
    ],
)
def test_records_fields_modality_of_a_cue(nlp, text, cue, expected):
    doc = nlp(text)
    assert modality(doc, _raw(doc, cue)) == expected


def test_records_fields_a_relation_inside_a_claim_is_reported(nlp):
    doc = nlp("Kyiv said Russia may have attacked the port.")
    kyiv = Mention("Kyiv", "Country", "ukraine")
    assert modality(doc, _raw(doc, "attacked", attributed_to=kyiv)) == "reported"
    assert modality(doc, _raw(doc, "attacked")) == "hedged"


def test_records_fields_hedges_come_from_the_data_file(nlp, tmp_path):
    path = tmp_path / "hedges.yaml"
    raw = yaml.safe_load((ONTOLOGIES / "hedges.yaml").read_text())
    doc = nlp("Russia reportedly attacked the port on Monday.")
    raw["adverbs"] = [w for w in raw["adverbs"] if w != "reportedly"]
    path.write_text(yaml.safe_dump(raw))
    assert modality(doc, _raw(doc, "attacked"), load_hedges(path)) == "asserted"
    bad = tmp_path / "bad-hedges.yaml"
    bad.write_text("modals: [may]\n")
    from graphkit.errors import GraphkitError

    with pytest.raises(GraphkitError, match="E030.*bad-hedges.yaml"):
        load_hedges(bad)


def test_records_fields_the_corpus_records_and_the_rdf_agree(corpus_build):
    folder = corpus_build.outputs["relations.jsonl"].parent
    jsonl = [json.loads(line) for line in corpus_build.outputs["relations.jsonl"].read_text().splitlines()]
    assert all(list(r)[-len(NEW_KEYS) :] == NEW_KEYS for r in jsonl)
    assert {r["modality"] for r in jsonl} <= set(MODALITIES)
    assert all((r["modality"] == "reported") == (r["attributed_to"] is not None) for r in jsonl)
    dated = [r for r in jsonl if r["date"] is not None]
    assert dated and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]) for r in dated)
    assert any(r["url"] for r in jsonl) and any(r["source"] for r in jsonl) and any(r["title"] for r in jsonl)
    assert any(r["plover"] for r in jsonl) and any(r["subject"]["iso3"] for r in jsonl)

    def key(r):
        return json.dumps(r, sort_keys=True)

    assert sorted(map(key, records_from_rdf(folder / "graph.ttl"))) == sorted(map(key, jsonl))


def test_records_fields_the_rdf_names_them_with_the_ontologys_terms(corpus_build):
    g = Graph().parse(corpus_build.outputs["graph.ttl"])
    assert set(g.objects(None, GK.modality)) <= set(MODALITY_TERMS.values())
    assert (None, GK.ploverType, Literal("ACCUSE")) in g
    russia = next(s for s in g.subjects(RDFS.label, Literal("Russia")))
    assert g.value(russia, GK.iso3) == Literal("RUS")


def test_records_fields_the_readme_shows_a_real_record_of_the_corpus(corpus_build):
    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## relations.jsonl") :]
    shown = json.loads(section[section.index("```json") + 7 : section.index("```", section.index("```json") + 7)])
    lines = corpus_build.outputs["relations.jsonl"].read_text(encoding="utf-8").splitlines()
    assert shown in [json.loads(line) for line in lines]
    assert list(shown) == list(json.loads(lines[0]))  # in the records' key order


def test_records_fields_a_relation_with_a_claimant_is_reported_however_it_was_made():
    russia = Actor(key="russia", label="Russia", type="Country", country_key="russia")
    rel = _relation(attributed_to=russia)  # made by hand, with the default modality
    assert rel.modality == "asserted" and relation_record(rel, IRIs())["modality"] == "reported"
    assert relation_record(_relation(modality="conditional"), IRIs())["modality"] == "conditional"
