"""Reading each input format, boilerplate removal, and every kind of bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from graphkit.ingest.corpus import read_corpus
from graphkit.types import Article, Skipped

from .conftest import CORPUS


def _read(*paths, stdin=None):
    return list(read_corpus([str(p) for p in paths], stdin=stdin))


def _one(path) -> Article:
    recs = _read(path)
    assert len(recs) == 1 and isinstance(recs[0], Article), recs
    return recs[0]


def test_ingest_txt_headline_is_first_nonempty_line(tmp_path):
    p = tmp_path / "kyiv-report.txt"
    p.write_text("\n\nKyiv says drones were downed\n\nThe air force said 20 drones were downed.\n")
    art = _one(p)
    assert art.id == "kyiv-report"
    assert art.title == "Kyiv says drones were downed"
    assert "The air force said" in art.text


def test_ingest_md_front_matter_gives_metadata(tmp_path):
    p = tmp_path / "note.md"
    p.write_text(
        "---\ntitle: Talks resume\ndate: 2024-05-01\nurl: https://example.org/a\nsource: Wire\n---\n"
        "# Headline here\n\nThe **minister** said [talks](https://example.org/t) would resume.\n"
    )
    art = _one(p)
    assert (art.title, art.date, art.url, art.source) == ("Talks resume", "2024-05-01", "https://example.org/a", "Wire")
    assert art.text.startswith("Headline here")
    assert "The minister said talks would resume." in art.text
    assert "---" not in art.text and "https://" not in art.text


def test_ingest_md_without_front_matter_uses_headline(tmp_path):
    p = tmp_path / "plain.md"
    p.write_text("## Ceasefire holds\n\nBoth sides said the ceasefire held.\n")
    assert _one(p).title == "Ceasefire holds"


def test_ingest_html_extracts_main_text_without_boilerplate():
    art = _one(CORPUS / "drc_rwanda_m23_goma.html")
    assert art.id == "drc_rwanda_m23_goma"
    assert "Goma" in art.text and art.title
    for junk in ("Share on Facebook", "Read Also", "Log in to leave a comment", "Source link", "cookies"):
        assert junk.lower() not in art.text.lower(), junk


def test_ingest_jsonl_reads_each_line_as_an_article(tmp_path):
    p = tmp_path / "wire.jsonl"
    rows = [
        {"id": "a1", "text": "Headline A\n\nBody A.", "date": "2024-01-01"},
        {"id": 7, "text": "Headline B\n\nBody B.", "title": "Title B", "url": "https://example.org/b"},
    ]
    p.write_text("".join(json.dumps(r) + "\n" for r in rows))
    recs = _read(p)
    assert [r.id for r in recs] == ["a1", "7"]
    assert recs[0].title == "Headline A" and recs[0].date == "2024-01-01"
    assert recs[1].title == "Title B" and recs[1].url == "https://example.org/b"


@pytest.mark.parametrize(
    "payload,kind",
    [
        (b"Ceasefire talks\n\nThe mediator said talks would resume.", "text"),
        (b'{"id": "s1", "text": "Ceasefire talks. The mediator said talks would resume."}\n', "jsonl"),
    ],
)
def test_ingest_stdin_text_or_jsonl(payload, kind):
    recs = _read("-", stdin=io.BytesIO(payload))
    assert len(recs) == 1 and isinstance(recs[0], Article)
    assert recs[0].id == ("stdin" if kind == "text" else "s1")


def test_ingest_directory_is_recursive_and_skips_readme_and_other_types(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deep.txt").write_text("Deep\n\nText.")
    (tmp_path / "top.txt").write_text("Top\n\nText.")
    (tmp_path / "README.md").write_text("# About this folder")
    (tmp_path / "notes.yaml").write_text("a: 1")
    assert sorted(r.id for r in _read(tmp_path)) == ["deep", "top"]


def test_ingest_boilerplate_lines_are_blanked_and_offsets_kept(tmp_path):
    body = (
        "Talks collapse\n\nBy Jane Doe, Staff Reporter\nThe envoy said the talks had collapsed.\n"
        "Read Also: Another story about something\nShare this article\nPhoto: AFP\nSource link\n"
    )
    p = tmp_path / "t.txt"
    p.write_text(body)
    art = _one(p)
    for junk in ("Jane Doe", "Read Also", "Share this", "Photo: AFP", "Source link"):
        assert junk not in art.text
    i = body.index("The envoy")
    assert art.text[i : i + 9] == "The envoy"  # blanked, not removed: offsets still match the file


def test_ingest_corpus_has_enough_articles_in_every_format():
    recs = _read(CORPUS)
    arts = [r for r in recs if isinstance(r, Article)]
    assert not [r for r in recs if isinstance(r, Skipped)]
    assert len(arts) >= 12
    suffixes = {Path(a.path.split(":")[0]).suffix for a in arts}
    assert {".txt", ".md", ".html", ".jsonl"} <= suffixes


@pytest.mark.parametrize(
    "name,content,problem",
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"  \n\n ", "the file is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "binary content"),
        ("latin1.txt", "Déclaration du ministère".encode("latin-1"), "invalid UTF-8 at byte 1"),
        ("bad.md", b"---\ntitle: [unclosed\n---\nText here.", "invalid YAML front matter"),
        ("page.html", b"<html><body><nav>Home</nav></body></html>", "no article text"),
        ("data.csv", b"a,b\n1,2\n", "unsupported file type"),
    ],
)
def test_ingest_bad_file_gives_one_line_naming_file(tmp_path, name, content, problem):
    p = tmp_path / name
    p.write_bytes(content)
    (rec,) = _read(p)
    assert isinstance(rec, Skipped)
    assert name in rec.reason and problem in rec.reason
    assert "\n" not in rec.reason


def test_ingest_missing_path_is_reported(tmp_path):
    (rec,) = _read(tmp_path / "nope")
    assert isinstance(rec, Skipped) and "nope: no such file or directory" in rec.reason


def test_ingest_malformed_jsonl_line_is_skipped_and_others_kept(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text(
        '{"id": "ok1", "text": "Fine text here."}\n{"id": "broken", "text": \n'
        '{"id": "", "text": "no id"}\n{"id": "ok2", "text": "More text."}\n'
    )
    recs = _read(p)
    assert [r.id for r in recs if isinstance(r, Article)] == ["ok1", "ok2"]
    skipped = [r.reason for r in recs if isinstance(r, Skipped)]
    assert len(skipped) == 2
    assert "feed.jsonl: line 2: malformed JSON" in skipped[0]
    assert "feed.jsonl: line 3" in skipped[1] and "'id'" in skipped[1]


def test_ingest_duplicate_id_is_skipped(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text("One\n\nText.")
    (tmp_path / "b" / "same.md").write_text("Two\n\nText.")
    recs = _read(tmp_path)
    assert isinstance(recs[0], Article)
    assert isinstance(recs[1], Skipped) and "duplicate article id 'same'" in recs[1].reason
