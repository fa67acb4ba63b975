"""Property-based: whatever bytes, text or front matter a corpus holds, ingest and a build never fail with a
traceback; every error line has a code and names its file; and the good articles come out as they would
without the bad ones."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import graphkit
from graphkit.ingest.corpus import read_corpus
from graphkit.types import Article, Notice, Skipped

GOOD = "Talks fail\n\nForeign Minister Jan Kowal said on Monday that the border talks with Freedonia had failed.\n"
#: text with what news files should not hold: surrogates, controls, bidirectional marks, combining marks
HOSTILE_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec=None, exclude_categories=()),  # any code point, lone surrogates included
        st.sampled_from(["\u202e", "\u200f", "\u0301", "\x1b", "\x00", "\r", "\n", "-", "\ud800"]),
    ),
    max_size=300,
)
FRONT_MATTER = st.one_of(
    st.text(max_size=200),
    st.dictionaries(st.sampled_from(["title", "date", "url", "source", "x"]), st.text(max_size=30), max_size=5).map(
        lambda d: "\n".join(f"{k}: {json.dumps(v)}" for k, v in d.items())
    ),
    st.just("a: &a [x, x]\nb: [*a, *a]"),
)


def _check(recs, folder: Path) -> list[Article]:
    for r in recs:
        assert isinstance(r, Article | Skipped | Notice)
        if not isinstance(r, Article):
            line = r.reason if isinstance(r, Skipped) else r.message
            assert line.startswith("[E") and "\n" not in line and str(folder) in line, line
    return [r for r in recs if isinstance(r, Article)]


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".md", ".jsonl", ".html"]))
def test_hostile_property_random_bytes_never_break_ingest(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / f"bad{suffix}").write_bytes(data)
        (folder / "good.txt").write_text(GOOD, encoding="utf-8")
        arts = _check(list(read_corpus([folder])), folder)
        assert "good" in [a.id for a in arts]
        for a in arts:
            a.text.encode("utf-8")  # nothing left that an encoder refuses


@settings(max_examples=150, deadline=None)
@given(text=HOSTILE_TEXT, front=FRONT_MATTER, title=HOSTILE_TEXT)
def test_hostile_property_random_text_and_front_matter_never_break_ingest(text, front, title):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "a.md").write_text(f"---\n{front}\n---\n{text}", encoding="utf-8", errors="surrogatepass")
        (folder / "b.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
        (folder / "c.jsonl").write_text(json.dumps({"id": title or "x", "title": title, "text": text}) + "\n")
        for a in _check(list(read_corpus([folder])), folder):
            (a.id + a.title + a.text).encode("utf-8")


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    bad=st.lists(
        st.one_of(st.binary(max_size=200), HOSTILE_TEXT.map(lambda s: s.encode("utf-8", "surrogatepass"))),
        min_size=1,
        max_size=3,
    )
)
def test_hostile_property_a_build_gives_the_good_articles_as_without_the_bad(nlp, bad):
    with tempfile.TemporaryDirectory() as tmp:
        good_only, mixed = Path(tmp) / "good", Path(tmp) / "mixed"
        for folder in (good_only, mixed):
            folder.mkdir()
            (folder / "good.txt").write_text(GOOD, encoding="utf-8")
        for n, data in enumerate(bad):
            (mixed / f"bad{n}.txt").write_bytes(data)
        clean = graphkit.build([good_only], nlp=nlp, cache=False)
        built = graphkit.build([mixed], nlp=nlp, cache=False)
        _check(built.skipped, mixed)

        def good(result):
            return sorted(
                (r.predicate, r.subject.key, r.content) for r in result.relations if r.evidence.article == "good"
            )

        assert good(built) == good(clean) and good(clean)
