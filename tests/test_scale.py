"""Building at scale: the cache (incremental builds), worker processes, streaming, Ctrl-C, progress.

Speed and memory are measured by ``benchmarks/scale.py``, not here; these tests check behaviour.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import graphkit
from graphkit.cli import main
from graphkit.errors import GraphkitError
from graphkit.ingest.corpus import count_articles, read_corpus
from graphkit.nlp.models import default_model
from graphkit.resources import ONTOLOGIES
from graphkit.run.cache import Cache, code_files, fingerprint
from graphkit.run.engines import BATCH, batch_relations
from graphkit.types import Article

from .conftest import CORPUS, ROOT

OUTPUTS = ("relations.jsonl", "graph.ttl", "graph.html", "countries.html")


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def _no_model(model):
    pytest.fail("the model was loaded, though every article was in the cache")


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """The bundled corpus in a folder the test may change."""
    return Path(shutil.copytree(CORPUS, tmp_path / "corpus"))


@pytest.fixture(scope="module")
def clean_build(nlp, tmp_path_factory):
    """The bundled corpus built without any cache: the reference every cached build must equal."""
    out = tmp_path_factory.mktemp("clean")
    graphkit.build([CORPUS], out=out, nlp=nlp, cache=False)
    assert not (out / ".graphkit" / "cache.sqlite").exists()  # --no-cache writes no cache either
    return _outputs(out)


def test_cache_rerun_extracts_nothing_loads_no_model_and_equals_a_clean_build(nlp, tmp_path, clean_build, monkeypatch):
    out = tmp_path / "out"
    first = graphkit.build([CORPUS], out=out, nlp=nlp)
    assert (first.extracted, first.cached) == (19, 0)
    assert _outputs(out) == clean_build
    monkeypatch.setattr("graphkit.run.build._pipeline", _no_model)
    again = graphkit.build([CORPUS], out=out)  # no nlp given: it would have to load the model
    assert (again.extracted, again.cached) == (0, 19)
    assert again.counts == first.counts
    assert _outputs(out) == clean_build


def test_cache_adding_or_editing_an_article_extracts_only_that_article(nlp, corpus_copy, tmp_path):
    out = tmp_path / "out"
    assert graphkit.build([corpus_copy], out=out, nlp=nlp).extracted == 19
    (corpus_copy / "new_one.txt").write_text("Talks stall\n\nRussia accused Ukraine of shelling the plant.\n")
    added = graphkit.build([corpus_copy], out=out, nlp=nlp)
    assert (added.extracted, added.cached, added.counts["articles"]) == (1, 19, 20)
    edited = corpus_copy / "new_one.txt"
    edited.write_text(edited.read_text().replace("Ukraine", "Georgia"))
    changed = graphkit.build([corpus_copy], out=out, nlp=nlp)
    assert (changed.extracted, changed.cached) == (1, 19)
    assert any(r.object and r.object.label == "Georgia" for r in changed.relations)  # the new text, not the old


def test_cache_a_different_fingerprint_extracts_everything_again(nlp, tmp_path, monkeypatch):
    out = tmp_path / "out"
    graphkit.build([CORPUS], out=out, nlp=nlp)
    monkeypatch.setattr("graphkit.run.cache.fingerprint", lambda model: "another gazetteer")
    assert graphkit.build([CORPUS], out=out, nlp=nlp).extracted == 19


@pytest.mark.parametrize("name", ["actors.yaml", "cues.yaml", "places.tsv", "places_extra.tsv"])
def test_cache_fingerprint_changes_with_each_data_file(tmp_path, name):
    data = Path(shutil.copytree(ONTOLOGIES, tmp_path / "ontologies"))
    model = default_model()
    before = fingerprint(model, data)
    assert fingerprint(model, data) == before  # stable
    with (data / name).open("a", encoding="utf-8") as fh:
        fh.write("\n# edited\n")
    assert fingerprint(model, data) != before


def test_cache_fingerprint_covers_the_extraction_code():
    """Every module extraction runs is hashed (a moved package must not drop out of the fingerprint)."""
    names = [name for name, path in code_files()]
    assert all(path.is_file() for _, path in code_files())
    assert "nlp/relations/component.py" in names and "nlp/load.py" in names and "types.py" in names
    assert len(names) == len(set(names)) > 20


def test_cache_fingerprint_changes_with_the_extraction_code(tmp_path, monkeypatch):
    model = default_model()
    before = fingerprint(model)
    edited = tmp_path / "component.py"
    edited.write_text("# another version of the code\n")
    monkeypatch.setattr("graphkit.run.cache.code_files", lambda: [("nlp/relations/component.py", edited)])
    assert fingerprint(model) != before


def test_cache_fingerprint_changes_with_the_model_version(tmp_path):
    model = tmp_path / "model"
    model.mkdir()
    (model / "meta.json").write_text('{"name": "core_web_sm", "version": "3.8.0"}')
    before = fingerprint(str(model))
    (model / "meta.json").write_text('{"name": "core_web_sm", "version": "3.8.1"}')
    assert fingerprint(str(model)) != before


def test_cache_stores_data_not_code(nlp, tmp_path):
    """The cache holds JSON; relations come back equal to those stored."""
    arts = [a for a in read_corpus([CORPUS]) if isinstance(a, Article)][:2]
    rels = batch_relations(nlp, arts)
    with Cache(tmp_path / "c.sqlite", "fp") as cache:
        assert cache.get(arts[0]) is None
        cache.put(zip(arts, rels, strict=True))
        assert [cache.get(a) for a in arts] == rels
        assert (cache.hits, cache.misses) == (2, 1)
        value = cache.db.execute("SELECT value FROM relations LIMIT 1").fetchone()[0]
    assert value.startswith(b"[")  # JSON, never a pickle


@pytest.mark.parametrize(
    "value",
    [
        b"not json",
        b'{"a": 1}',
        b"[1, 2]",
        b'[{"predicate": "claims"}]',
        b'[{"predicate": "bombs", "subject": {"name": "X", "type": "Person"}, "object": null, "evidence": '
        b'{"article": "a", "sentence": "s", "start": 0, "end": 1, "cue": ""}, "content": null, "confidence": 1.0, '
        b'"polarity": "positive", "attributed_to": null}]',
        b'[{"predicate": "claims", "subject": {"name": "X", "type": "Planet"}, "object": null, "evidence": '
        b'{"article": "a", "sentence": "s", "start": 0, "end": 1, "cue": ""}, "content": null, "confidence": 1.0, '
        b'"polarity": "positive", "attributed_to": null}]',
    ],
)
def test_cache_a_bad_row_is_extracted_again(nlp, tmp_path, value):
    """Nothing read back is trusted: a row that is not what graphkit writes counts as a miss."""
    from graphkit.run.cache import article_key

    arts = [a for a in read_corpus([CORPUS]) if isinstance(a, Article)][:1]
    with Cache(tmp_path / "c.sqlite", "fp") as cache:
        cache.put(zip(arts, batch_relations(nlp, arts), strict=True))
        assert cache.get(arts[0])  # a good row is a hit
        with cache.db:
            cache.db.execute("UPDATE relations SET value = ? WHERE key = ?", (value, article_key(arts[0], "fp")))
        assert cache.get(arts[0]) is None and cache.misses == 1


def test_cache_that_cannot_be_opened_is_one_error(nlp, tmp_path):
    (tmp_path / "dir.sqlite").mkdir()
    with pytest.raises(GraphkitError, match=r"\[E100\].*dir\.sqlite"):
        graphkit.build([CORPUS / "dev01_russia_defence_ministry_himars.txt"], nlp=nlp, cache=tmp_path / "dir.sqlite")


def test_build_refuses_jobs_below_one(nlp):
    with pytest.raises(GraphkitError, match=r"\[E101\]"):
        graphkit.build([CORPUS], nlp=nlp, jobs=0)


def test_streaming_build_without_keep_holds_no_articles_and_counts_the_same(nlp, tmp_path, clean_build):
    result = graphkit.build([CORPUS], out=tmp_path / "out", nlp=nlp, cache=False, keep=False)
    assert result.articles == [] and result.relations == []
    assert result.counts == {
        "articles": 19,
        "skipped": 0,
        "actors": 162,
        "claims": 240,
        "accusations": 58,
        "other relations": 74,
    }
    assert _outputs(tmp_path / "out") == clean_build


def test_memory_zone_drops_the_strings_of_each_batch(nlp):
    """Words first seen in an article do not stay in the vocabulary after its batch."""
    strings = nlp.vocab.strings
    before = len(strings)
    batch_relations(nlp, [Article(id="z", text="Zorblaxian envoy Quibbleton accused Frobnitzia of shelling.")])
    assert "Quibbleton" not in strings and "Zorblaxian" not in strings
    assert len(strings) == before


def test_jobs_two_gives_the_same_outputs_as_one(tmp_path, clean_build):
    result = graphkit.build([CORPUS], out=tmp_path / "out", jobs=2, cache=False)
    assert result.extracted == 19
    assert _outputs(tmp_path / "out") == clean_build


def test_count_articles_counts_what_read_corpus_yields(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nBody text here.\n")
    (tmp_path / "b.jsonl").write_text('{"id": "x", "text": "one"}\n\n{"id": "y", "text": "two"}\n{bad\n')
    (tmp_path / "empty.md").write_text("")
    assert count_articles([tmp_path, tmp_path / "missing.txt"]) == len(
        list(read_corpus([tmp_path, tmp_path / "missing.txt"]))
    )
    assert count_articles([tmp_path, "-"]) is None  # standard input can be read only once


def test_interrupted_build_keeps_outputs_and_what_the_cache_holds(nlp, corpus_copy, tmp_path, clean_build):
    out = tmp_path / "out"
    graphkit.build([CORPUS], out=out, nlp=nlp, cache=False)  # the previous outputs
    seen = []

    def interrupt(rec):
        seen.append(rec)
        if len(seen) == 1:  # the first batch is extracted and cached before its articles are counted
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        graphkit.build([corpus_copy], out=out, nlp=nlp, on_article=interrupt)
    assert _outputs(out) == clean_build  # nothing replaced ...
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == sorted(OUTPUTS)  # ... and no temp file left
    resumed = graphkit.build([corpus_copy], out=out, nlp=nlp)
    assert (resumed.extracted, resumed.cached) == (19 - BATCH, BATCH)
    assert _outputs(out) == clean_build


def test_cli_progress_shows_rate_and_time_left(tmp_path, nlp, monkeypatch):
    monkeypatch.setattr("graphkit.run.build._pipeline", lambda model: nlp)
    res = CliRunner().invoke(main, ["build", str(CORPUS), "--out", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    assert "19/19" in res.stderr and "article/s" in res.stderr
    assert "<" in res.stderr.split("19/19")[-1]  # tqdm's "elapsed<left" once the total is known
    again = CliRunner().invoke(main, ["build", str(CORPUS), "--out", str(tmp_path / "out")])
    assert "(19 from the cache)" in again.stdout


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def test_ctrl_c_stops_cleanly_with_worker_processes(tmp_path, corpus_copy):
    """A real SIGINT to `graphkit build --jobs 2`: exit 130 with one line, the outputs as they were, no
    temporary file, no worker left running, and what was extracted stays in the cache."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "relations.jsonl").write_text("previous\n")
    for i in range(4):  # enough work that the build is still extracting when it is interrupted
        shutil.copytree(CORPUS, corpus_copy / f"copy{i}", ignore=shutil.ignore_patterns("*.jsonl"))
        for f in (corpus_copy / f"copy{i}").iterdir():
            f.rename(f.with_name(f"{f.stem}_{i}{f.suffix}"))
    exe = Path(sys.executable).with_name("graphkit")
    proc = subprocess.Popen(
        [str(exe), "build", str(corpus_copy), "--out", str(out), "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    cache = out / ".graphkit" / "cache.sqlite"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if cache.exists() and _count(cache) > 0:
            break
        time.sleep(0.2)
    assert proc.poll() is None, "the build ended before it could be interrupted"
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.strip().splitlines()[-1].startswith("graphkit: interrupted")
    assert "Traceback" not in err
    assert (out / "relations.jsonl").read_text() == "previous\n"
    assert sorted(p.name for p in out.iterdir()) == [".graphkit", "relations.jsonl"]
    assert [p.name for p in (out / ".graphkit").iterdir()] == ["cache.sqlite"]
    time.sleep(0.5)
    assert not [w for w in workers if _alive(w)], "worker processes outlived the build"
    assert _count(cache) > 0


def _count(cache: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(cache) as db:
            return db.execute("SELECT count(*) FROM relations").fetchone()[0]
    except sqlite3.Error:
        return 0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = Path(f"/proc/{pid}/stat")
    return not (state.exists() and state.read_text().split()[2] == "Z")


def test_a_failing_worker_process_is_one_error_and_the_pool_stops(tmp_path):
    from graphkit.run.engines import ProcessEngine

    engine = ProcessEngine("no_such_model", 1)
    try:
        with pytest.raises(GraphkitError, match=r"\[E102\] a worker process failed: \[E021\] spaCy model 'no_such"):
            engine.submit([Article(id="a", text="Russia accused Ukraine.")]).result()
    finally:
        engine.close(cancel=True)


def test_an_unknown_model_fails_before_any_worker_starts(tmp_path):
    res = CliRunner().invoke(
        main, ["build", str(CORPUS), "--out", str(tmp_path / "out"), "--model", "no_such_model", "--jobs", "2"]
    )
    assert res.exit_code == 1
    assert res.stderr.strip().splitlines() == [
        "graphkit: error: [E021] spaCy model 'no_such_model' is not installed (pip install no-such-model)"
    ]
    assert not (tmp_path / "out").exists()
