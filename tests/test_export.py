"""graphkit export: the event table of a build, CSV (RFC 4180) and Parquet, and its errors."""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.errors import GraphkitError
from graphkit.graph.export import COLUMNS, event_row, export
from graphkit.graph.iri import IRIs
from graphkit.graph.records import relation_record, to_jsonl
from graphkit.types import Actor, Article, Evidence, Relation

UKRAINE = Actor(key="ukraine", label="Ukraine", type="Country", country="Ukraine", country_key="ukraine")
RUSSIA = Actor(key="russia", label="Russia", type="Country", country="Russia", country_key="russia", wikidata="Q159")
ENVOY = Actor(key="ivan_petrov", label="Ivan Petrov", type="Person", country="Russia", country_key="russia")
#: a sentence with what CSV must quote: a comma, double quotes, a line break
SENTENCE = 'Kyiv accused Moscow, "again",\nof shelling.'


def _records():
    art = Article("a1", "", title="Shelling", date="2025-07-29", url="https://example.org/a1", source="Wire")
    rels = [
        Relation("accuses", UKRAINE, RUSSIA, Evidence("a1", SENTENCE, 10, 52, "accused")),
        Relation("claims", ENVOY, None, Evidence("a1", "Petrov said it was calm.", 60, 84, "said"), "it was calm"),
        Relation(
            "meets", ENVOY, UKRAINE, Evidence("a1", "x", 90, 91, "phoned"), attributed_to=RUSSIA, modality="reported"
        ),
    ]
    return [relation_record(r, IRIs(), art) for r in rels]


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "relations.jsonl").write_text(to_jsonl(_records()), encoding="utf-8")
    return tmp_path


def test_export_csv_has_a_header_and_a_row_per_relation(folder):
    path, n = export(folder)
    assert (path, n) == (folder / "relations.csv", 3)
    raw = path.read_bytes()
    assert b"\r\n" in raw  # RFC 4180 line ends
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert list(rows[0]) == list(COLUMNS) and len(rows) == 3
    first = rows[0]
    assert first["sentence"] == SENTENCE  # quoted, comma, quotes and line break kept
    assert (first["source_actor"], first["source_country_iso3"], first["target_actor"]) == ("Ukraine", "UKR", "Russia")
    assert (first["event_type"], first["plover_type"], first["plover_mode"]) == ("accuses", "ACCUSE", "allege")
    assert (first["date"], first["outlet"], first["target_wikidata"]) == ("2025-07-29", "Wire", "Q159")
    claim = rows[1]
    assert claim["target_actor"] == "" and claim["content"] == "it was calm" and claim["plover_type"] == ""
    reported = rows[2]
    assert (reported["modality"], reported["attributed_to"], reported["attributed_to_country_iso3"]) == (
        "reported",
        "Russia",
        "RUS",
    )
    assert len({r["event_id"] for r in rows}) == 3


def test_export_event_ids_are_stable_and_differ_by_relation():
    a, b, c = _records()
    assert event_row(a)["event_id"] == event_row(json.loads(json.dumps(a)))["event_id"]
    assert event_row(a)["event_id"] != event_row({**a, "start": a["start"] + 1})["event_id"]


def test_export_parquet_round_trips(folder):
    pq = pytest.importorskip("pyarrow.parquet")
    path, n = export(folder, fmt="parquet", out=folder / "t.parquet")
    table = pq.read_table(path)
    assert (n, table.num_rows, table.column_names) == (3, 3, list(COLUMNS))
    assert str(table.schema.field("start").type) == "int64" and str(table.schema.field("confidence").type) == "double"
    rows = table.to_pylist()
    assert rows[0]["sentence"] == SENTENCE and rows[1]["target_actor"] is None and rows[0]["start"] == 10


def test_export_parquet_without_pyarrow_says_what_to_install(folder, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    with pytest.raises(GraphkitError, match=r"E160.*graphkit-news\[parquet\]"):
        export(folder, fmt="parquet")
    assert not list(folder.glob("*.parquet")) and not list(folder.glob(".*.tmp"))


def test_export_a_broken_record_names_the_line_and_writes_nothing(folder):
    old = (folder / "relations.csv").write_text("the previous export\n")
    with (folder / "relations.jsonl").open("a") as fh:
        fh.write('{"predicate": "bombs"}\n')
    with pytest.raises(GraphkitError, match=r"E061.*relations.jsonl: line 4: not a relation record"):
        export(folder)
    assert old and (folder / "relations.csv").read_text() == "the previous export\n"  # left as it was
    assert not list(folder.glob(".*.tmp"))


def test_export_unknown_format_and_missing_input(tmp_path):
    with pytest.raises(GraphkitError, match="E161"):
        export(tmp_path, fmt="xlsx")
    with pytest.raises(GraphkitError, match="E060"):
        export(tmp_path)


def test_export_cli_writes_the_file_and_says_so(folder):
    res = CliRunner().invoke(main, ["export", str(folder), "--out", str(folder / "e.csv")])
    assert res.exit_code == 0, res.output
    assert "wrote" in res.stderr and "(3 rows)" in res.stderr and res.stdout == ""
    assert (folder / "e.csv").read_text(encoding="utf-8").startswith("event_id,date,")


def test_export_cli_to_standard_output(folder):
    res = CliRunner().invoke(main, ["export", str(folder / "relations.jsonl"), "--out", "-"])
    assert res.exit_code == 0
    assert len(list(csv.reader(io.StringIO(res.stdout, newline="")))) == 4
    res = CliRunner().invoke(main, ["export", str(folder), "--format", "parquet", "--out", "-"])
    assert res.exit_code == 1 and "E163" in res.stderr and res.stdout == ""


@pytest.mark.parametrize("bad", ["missing", "broken"])
def test_export_cli_bad_input_is_one_line_and_exit_1(tmp_path, bad):
    if bad == "broken":
        (tmp_path / "relations.jsonl").write_text("{not json\n")
    res = CliRunner().invoke(main, ["export", str(tmp_path)])
    assert res.exit_code == 1
    assert res.stderr.count("\n") == 1 and res.stderr.startswith("graphkit: error: [E06")
    assert str(tmp_path) in res.stderr


def test_export_of_the_corpus_build_has_a_row_per_record(corpus_build, tmp_path):
    jsonl = corpus_build.outputs["relations.jsonl"]
    n_records = len(jsonl.read_text(encoding="utf-8").splitlines())
    path, n = export(jsonl, out=tmp_path / "events.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert n == len(rows) == n_records
    assert any(r["source_country_iso3"] for r in rows) and any(r["plover_type"] for r in rows)


def test_export_the_readme_documents_every_column():
    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## The event table") :]
    documented = [line.split("|")[1].strip().strip("`") for line in table.splitlines() if line.startswith("| `")]
    assert documented[: len(COLUMNS)] == list(COLUMNS)
