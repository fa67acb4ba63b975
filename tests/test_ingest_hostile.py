"""Hostile and broken input at the door: odd encodings, line ends, characters no text may hold, front matter
that is a bomb or never closes, inputs too large, and files that are no files. Each is one line naming the file,
and the other articles go on."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import graphkit.ingest.decode as decode_mod
from graphkit.errors import GraphkitError
from graphkit.ingest.corpus import count_articles, read_corpus
from graphkit.types import Article, Notice, Skipped

TEXT = "Talks stall\n\nThe minister said the two sides would meet again on Monday.\n"


def _records(*paths, **kw):
    return list(read_corpus([str(p) for p in paths], **kw))


def _articles(recs):
    return [r for r in recs if isinstance(r, Article)]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"])
def test_ingest_hostile_byte_order_marks_decode(tmp_path, encoding):
    data = TEXT.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    elif encoding == "utf-32-be":
        data = b"\x00\x00\xfe\xff" + data
    (tmp_path / "a.txt").write_bytes(data)
    [art] = _records(tmp_path / "a.txt")
    assert isinstance(art, Article) and art.title == "Talks stall" and "would meet again" in art.text


def test_ingest_hostile_utf16_without_a_mark_is_binary(tmp_path):
    (tmp_path / "a.txt").write_bytes(TEXT.encode("utf-16-le"))
    [rec] = _records(tmp_path / "a.txt")
    assert isinstance(rec, Skipped) and "binary content" in rec.reason and "a.txt" in rec.reason


def test_ingest_hostile_invalid_utf16_names_the_encoding(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\xff\xfe" + "Talks".encode("utf-16-le") + b"\x00\xd8")  # a lone high surrogate
    [rec] = _records(tmp_path / "a.txt")
    assert isinstance(rec, Skipped) and "invalid UTF-16-LE" in rec.reason


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_ingest_hostile_crlf_offsets_point_into_the_file_as_read(tmp_path, newline):
    raw = TEXT.replace("\n", newline)
    (tmp_path / "a.txt").write_bytes(raw.encode())
    [art] = _records(tmp_path / "a.txt")
    as_read = (tmp_path / "a.txt").read_bytes().decode()  # the file's characters, line ends untouched
    start = art.text.index("The minister")
    assert as_read.index("The minister") == start
    assert as_read[start:].rstrip() == art.text[start:].rstrip()
    assert "\r" not in art.text and art.title == "Talks stall"


def test_ingest_hostile_lone_surrogates_and_controls_are_replaced_and_said(tmp_path):
    line = json.dumps(
        {"id": "a\ud800", "title": "Bad \x1b[2J title", "text": "The envoy said\x07 the talks\ud800 failed."}
    )
    (tmp_path / "feed.jsonl").write_text(line + "\n", encoding="utf-8")
    recs = _records(tmp_path / "feed.jsonl")
    [note] = [r for r in recs if isinstance(r, Notice)]
    [art] = _articles(recs)
    assert "feed.jsonl:1" in note.message and "4 character(s)" in note.message
    assert art.id == "a\ufffd" and art.title == "Bad  [2J title"
    assert art.text == "The envoy said  the talks\ufffd failed."  # one for one: offsets kept
    art.text.encode("utf-8")  # no lone surrogate is left to break an encoder


def test_ingest_hostile_clean_text_has_no_notice(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert not [r for r in _records(tmp_path / "a.txt") if isinstance(r, Notice)]


def test_ingest_hostile_yaml_alias_bomb_is_refused(tmp_path):
    levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for n in range(1, 7):
        levels.append(f"{'abcdefg'[n]}: &{'abcdefg'[n]} [{', '.join(['*' + 'abcdefg'[n - 1]] * 10)}]")
    levels.append("title: *g")
    (tmp_path / "bomb.md").write_text("---\n" + "\n".join(levels) + "\n---\n" + TEXT, encoding="utf-8")
    (tmp_path / "good.md").write_text(TEXT, encoding="utf-8")
    recs = _records(tmp_path)
    [bad] = [r for r in recs if isinstance(r, Skipped)]
    assert "bomb.md" in bad.reason and "aliases are not allowed" in bad.reason and "\n" not in bad.reason
    assert [a.id for a in _articles(recs)] == ["good"]


def test_ingest_hostile_front_matter_without_aliases_still_reads(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Talks stall\nsource: Wire\n---\n" + TEXT, encoding="utf-8")
    [art] = _records(tmp_path / "a.md")
    assert art.title == "Talks stall" and art.source == "Wire" and not art.text.startswith("---")


def test_ingest_hostile_unterminated_front_matter_is_an_error(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Talks stall\n" + TEXT, encoding="utf-8")
    [rec] = _records(tmp_path / "a.md")
    assert isinstance(rec, Skipped) and "E008" in rec.reason and "never closed" in rec.reason


def test_ingest_hostile_oversized_front_matter_is_an_error(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: " + "x" * 70_000 + "\n---\n" + TEXT, encoding="utf-8")
    [rec] = _records(tmp_path / "a.md")
    assert isinstance(rec, Skipped) and "over the limit" in rec.reason


def test_ingest_hostile_too_large_a_file_is_one_line_and_the_rest_go_on(tmp_path, monkeypatch):
    monkeypatch.setattr("graphkit.ingest.corpus.MAX_BYTES", 1000)
    (tmp_path / "big.txt").write_text(TEXT * 50, encoding="utf-8")
    (tmp_path / "small.txt").write_text(TEXT, encoding="utf-8")
    recs = _records(tmp_path)
    [bad] = [r for r in recs if isinstance(r, Skipped)]
    assert "E012" in bad.reason and "big.txt" in bad.reason and [a.id for a in _articles(recs)] == ["small"]


def test_ingest_hostile_too_long_a_jsonl_line_names_its_line(tmp_path, monkeypatch):
    monkeypatch.setattr("graphkit.ingest.jsonl.MAX_BYTES", 1000)
    lines = [json.dumps({"id": "a", "text": TEXT * 50}), json.dumps({"id": "b", "text": TEXT})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs = _records(tmp_path / "feed.jsonl")
    [bad] = [r for r in recs if isinstance(r, Skipped)]
    assert bad.path.endswith("feed.jsonl:1") and "E012" in bad.reason and [a.id for a in _articles(recs)] == ["b"]


def test_ingest_hostile_decode_limit_is_checked(monkeypatch):
    monkeypatch.setattr(decode_mod, "MAX_BYTES", 10)
    with pytest.raises(GraphkitError, match="E012"):
        decode_mod.decode(b"x" * 11, "stdin")


def test_ingest_hostile_fifo_on_the_command_line_and_in_a_folder(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    [rec] = _records(tmp_path / "pipe.txt")
    assert isinstance(rec, Skipped) and "not a regular file" in rec.reason
    recs = _records(tmp_path)
    assert [a.id for a in _articles(recs)] == ["a"]
    assert any(isinstance(r, Skipped) and "pipe.txt" in r.reason and "not a regular file" in r.reason for r in recs)


def test_ingest_hostile_symlink_loop_is_said_as_such(tmp_path):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    [rec] = _records(tmp_path / "loop.txt")
    assert isinstance(rec, Skipped) and "loops or leads nowhere" in rec.reason
    [missing] = _records(tmp_path / "nope.txt")
    assert "no such file" in missing.reason


def test_ingest_hostile_unreadable_folder_is_one_line(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(TEXT, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):  # root reads a mode-000 folder, so the refusal is simulated
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    recs = _records(tmp_path)
    assert [a.id for a in _articles(recs)] == ["a"]
    [bad] = [r for r in recs if isinstance(r, Skipped)]
    assert "locked" in bad.reason and "cannot read the folder" in bad.reason


def test_ingest_hostile_hidden_files_are_said_once(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".draft.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    recs = _records(tmp_path)
    [note] = [r for r in recs if isinstance(r, Notice)]
    assert [a.id for a in _articles(recs)] == ["a"]
    assert "2 hidden file(s)" in note.message and ".draft.txt" in note.message and ".git" in note.message


def test_ingest_hostile_output_folder_inside_the_corpus_is_not_read_back(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.txt").write_text(TEXT, encoding="utf-8")  # anything a reader would take for an article
    recs = _records(tmp_path, exclude=out)
    assert [a.id for a in _articles(recs)] == ["a"]
    assert any(isinstance(r, Notice) and "output folder" in r.message for r in recs)
    assert count_articles([tmp_path], exclude=out) == 1
    assert len(_articles(_records(tmp_path))) == 2  # without exclude it is read


def test_ingest_hostile_file_name_cannot_forge_a_line(tmp_path):
    name = "evil\n[E001] forged.txt"
    (tmp_path / name).write_bytes(b"")
    [rec] = _records(tmp_path / name)
    assert isinstance(rec, Skipped) and "\n" not in rec.reason and "evil\\n[E001] forged.txt" in rec.reason


def test_ingest_hostile_a_rebuild_into_the_corpus_does_not_read_its_own_outputs(tmp_path, nlp):
    import graphkit

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    first = graphkit.build([tmp_path], out=out, nlp=nlp, cache=False)
    again = graphkit.build([tmp_path], out=out, nlp=nlp, cache=False)  # out/graph.html would read as an article
    assert first.counts["articles"] == again.counts["articles"] == 1
    assert any("output folder" in n.message for n in again.notices)


def test_ingest_hostile_html_extraction_has_a_time_limit(tmp_path, monkeypatch):
    monkeypatch.setattr("graphkit.ingest.corpus.HTML_SECONDS", 0.01)
    paragraphs = "".join(f"<p>Paragraph {i} says that the talks failed again today.</p>" for i in range(20000))
    (tmp_path / "slow.html").write_text(f"<html><body><article>{paragraphs}</article></body></html>")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    recs = _records(tmp_path)
    [bad] = [r for r in recs if isinstance(r, Skipped)]
    assert "E023" in bad.reason and "slow.html" in bad.reason and [a.id for a in _articles(recs)] == ["a"]
