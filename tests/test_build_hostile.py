"""Nothing in one article stops the others at extraction: a failing article is one line and is skipped, and a
long article is parsed in windows of whole paragraphs with its evidence offsets still pointing into it."""

from __future__ import annotations

import functools

import pytest

import graphkit
import graphkit.run.engines as engines
from graphkit.nlp.windows import windows
from graphkit.types import Article

PARAGRAPH = "Foreign Minister Jan Kowal said on {day} that the border talks with Freedonia had failed."
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _write(folder, name, text):
    (folder / name).write_text(text, encoding="utf-8")


def _break_extraction_of(monkeypatch, article_id, message):
    """Make extraction raise ``RuntimeError(message)`` for one article; the others extract as usual."""
    real = engines.doc_relations

    def broken(doc, article, offset=0):
        if article.id == article_id:
            raise RuntimeError(message)
        return real(doc, article, offset)

    monkeypatch.setattr(engines, "doc_relations", broken)


def test_build_hostile_a_failing_article_is_skipped_with_one_line(tmp_path, nlp, monkeypatch):
    for day in DAYS[:3]:
        _write(tmp_path, f"{day.lower()}.txt", "Talks fail\n\n" + PARAGRAPH.format(day=day) + "\n")
    _break_extraction_of(monkeypatch, "tuesday", "a component broke\non two lines")
    result = graphkit.build([tmp_path], nlp=nlp, cache=False)
    assert result.counts["articles"] == 2 and result.counts["claims"] == 2
    [skipped] = result.skipped
    assert "E019" in skipped.reason and "tuesday.txt" in skipped.reason and "\n" not in skipped.reason
    assert "RuntimeError: a component broke" in skipped.reason


def test_build_hostile_the_api_extract_skips_a_failing_article(nlp, monkeypatch, caplog):
    arts = [Article(id=d, text=PARAGRAPH.format(day=d)) for d in DAYS[:2]]
    _break_extraction_of(monkeypatch, "Monday", "boom")
    rels = list(graphkit.extract(arts, nlp=nlp))
    assert {r.evidence.article for r in rels} == {"Tuesday"}
    assert "E019" in caplog.text and "Monday" in caplog.text


@pytest.mark.parametrize("limit", [150, 400])
def test_build_hostile_a_long_article_is_parsed_in_windows(tmp_path, nlp, monkeypatch, limit):
    text = "\n\n".join(PARAGRAPH.format(day=d) for d in DAYS)
    _write(tmp_path, "long.txt", "Talks fail\n\n" + text + "\n")
    monkeypatch.setattr(engines, "windows", functools.partial(windows, limit=limit))
    monkeypatch.setattr(nlp, "max_length", limit + 10)  # a Doc of the whole text would be refused (E088)
    result = graphkit.build([tmp_path], nlp=nlp, cache=False)
    claims = [r for r in result.relations if r.predicate == "claims"]
    assert sorted(r.evidence.sentence.split(" said on ")[1].split()[0] for r in claims) == sorted(DAYS)
    [art] = result.articles
    for r in claims:  # every window's evidence points into the article, not into its window
        assert art.text[r.evidence.start : r.evidence.end] == r.evidence.sentence


def test_build_hostile_windows_cover_the_text_in_order():
    text = "\n\n".join(PARAGRAPH.format(day=d) for d in DAYS * 20)
    pieces = windows(text, limit=1000)
    assert all(len(p) <= 1000 for _, p in pieces) and len(pieces) > 1
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    assert all(p.startswith("Foreign Minister") and p.endswith("failed.") for _, p in pieces)  # whole paragraphs
    assert "".join(p for _, p in pieces).count("said on") == len(DAYS) * 20
    no_breaks = "word " * 500
    assert all(len(p) <= 300 for _, p in windows(no_breaks, limit=300))  # no paragraph: cut between words


def _corpus(folder):
    folder.mkdir()
    _write(folder, "a.txt", "Talks fail\n\n" + PARAGRAPH.format(day="Monday") + "\n")
    return folder


def test_build_hostile_a_second_build_into_the_same_folder_is_refused(tmp_path, nlp):
    from graphkit.errors import GraphkitError
    from graphkit.run.lock import output_lock

    corpus, out = _corpus(tmp_path / "corpus"), tmp_path / "out"
    with output_lock(out):  # another build is writing here
        with pytest.raises(GraphkitError, match=r"E103.*another build \(pid \d+\)"):
            graphkit.build([corpus], out=out, nlp=nlp, cache=False)
        assert not (out / "relations.jsonl").exists()
    assert graphkit.build([corpus], out=out, nlp=nlp, cache=False).outputs  # released: the next build goes on


def test_build_hostile_stale_temporary_files_of_a_dead_build_are_removed(tmp_path, nlp):
    corpus, out = _corpus(tmp_path / "corpus"), tmp_path / "out"
    out.mkdir()
    stale = [out / ".graph.ttl.k2j3h4.tmp", out / ".relations.jsonl.x9y8.tmp", out / ".graph.html.abc.tmp"]
    for f in stale:
        f.write_text("half written")
    mine = out / ".notes.txt.tmp"  # not graphkit's: kept
    mine.write_text("keep me")
    graphkit.build([corpus], out=out, nlp=nlp, cache=False)
    assert not any(f.exists() for f in stale) and mine.exists()


def test_build_hostile_a_full_disk_is_one_line_and_the_outputs_stay(tmp_path, nlp, monkeypatch):
    from graphkit.errors import GraphkitError

    corpus, out = _corpus(tmp_path / "corpus"), tmp_path / "out"
    graphkit.build([corpus], out=out, nlp=nlp, cache=False)
    before = {f.name: f.read_bytes() for f in out.iterdir() if f.is_file()}

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device", str(out / "graph.ttl"))

    monkeypatch.setattr("graphkit.graph.rdf.write", full)
    with pytest.raises(GraphkitError, match="E040") as e:
        graphkit.build([corpus], out=out, nlp=nlp, cache=False)
    assert "No space left on device" in str(e.value) and "\n" not in str(e.value)
    assert {f.name: f.read_bytes() for f in out.iterdir() if f.is_file()} == before  # whole, and no temp file
