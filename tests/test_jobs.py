"""``--jobs``: how many worker processes a build starts, and what they run with."""

from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.errors import GraphkitError
from graphkit.run.engines import LocalEngine, ProcessEngine, batch_relations
from graphkit.run.factory import PER_SPAWNED_WORKER, PER_WORKER, cpus, make_engine, workers_for
from graphkit.types import Article

from .conftest import CORPUS

ARTICLES = [
    Article(id="a", text="Russia accused Ukraine of shelling the plant. Kyiv denied it."),
    Article(id="b", text="The minister said the talks had failed."),
    Article(id="c", text="Iran threatened to strike Israel."),
]


def _no_load(model):
    pytest.fail("the pipeline was loaded again")


@pytest.mark.parametrize(
    ("jobs", "articles", "expected"),
    [
        (2, 600, 2),
        (4, 2 * PER_WORKER, 2),  # no more workers than the corpus is worth
        (2, PER_WORKER - 1, 1),  # a handful of articles: this process
        (3, None, 3),  # standard input: size unknown
    ],
)
def test_workers_for_caps_the_workers_by_the_corpus_size(jobs, articles, expected):
    assert workers_for(jobs, articles) == expected


@pytest.mark.parametrize(
    ("jobs", "articles", "expected"),
    [
        (2, PER_SPAWNED_WORKER - 1, 1),  # spawned workers each load the model: a small corpus stays here
        (2, 2 * PER_SPAWNED_WORKER, 2),
        (4, 3 * PER_SPAWNED_WORKER, 3),
        ("auto", None, 1),  # unknown size: auto spawns none
        (3, None, 3),  # but a number given is taken
    ],
)
def test_spawned_workers_need_more_articles_each(jobs, articles, expected):
    assert PER_SPAWNED_WORKER > PER_WORKER
    assert workers_for(jobs, articles, spawned=True) == expected


def test_without_fork_a_corpus_worth_forked_workers_stays_in_this_process(nlp, monkeypatch):
    monkeypatch.setattr("graphkit.run.engines._FORK", False)
    engine = make_engine("m", nlp=nlp, jobs=2, dask=None, load=_no_load, articles=lambda: 2 * PER_WORKER)
    assert isinstance(engine, LocalEngine) and engine.nlp is nlp


def test_the_cli_extracts_in_one_worker_per_cpu_unless_told(tmp_path, nlp, monkeypatch):
    """``graphkit build`` without ``--jobs`` is ``--jobs auto``; ``--jobs 1`` keeps every article here."""
    monkeypatch.setattr("graphkit.run.build._pipeline", lambda model: nlp)
    asked = []

    def engine(model, **kw):
        asked.append(kw["jobs"])
        return LocalEngine(nlp)

    monkeypatch.setattr("graphkit.run.factory.make_engine", engine)
    one = CORPUS / "dev01_russia_defence_ministry_himars.txt"
    for extra in ([], ["--jobs", "1"]):
        res = CliRunner().invoke(main, ["build", str(one), "--out", str(tmp_path / "out"), "--no-cache", "-q", *extra])
        assert res.exit_code == 0, res.output
    assert asked == ["auto", 1]


def test_auto_is_one_worker_per_cpu_for_a_large_corpus():
    assert workers_for("auto", 10_000) == cpus() >= 1


def test_a_small_corpus_is_extracted_in_this_process_whatever_jobs_says(nlp):
    engine = make_engine("m", nlp=nlp, jobs=4, dask=None, load=_no_load, articles=lambda: PER_WORKER - 1)
    assert isinstance(engine, LocalEngine) and engine.nlp is nlp


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
@pytest.mark.parametrize("given", ["nlp", "load"])
def test_forked_workers_run_the_pipeline_loaded_once_in_this_process(nlp, given):
    """The workers inherit the build's pipeline (given, or loaded once here): a model name they could not
    load themselves does not matter, and each article's relations are those of the same pipeline in this
    process, in order."""
    loads = []

    def load(model):
        loads.append(model)
        return nlp

    engine = make_engine(
        "no_such_model",
        nlp=nlp if given == "nlp" else None,
        jobs=2,
        dask=None,
        load=_no_load if given == "nlp" else load,
        articles=lambda: 100,
    )
    try:
        assert isinstance(engine, ProcessEngine) and engine.jobs == 2
        assert engine.submit(ARTICLES).result() == batch_relations(nlp, ARTICLES)
        assert engine.submit(ARTICLES[:1]).result() == batch_relations(nlp, ARTICLES[:1])
    finally:
        engine.close()
    assert loads == ([] if given == "nlp" else ["no_such_model"])


def test_cli_jobs_takes_auto_and_refuses_words(tmp_path, nlp, monkeypatch):
    monkeypatch.setattr("graphkit.run.build._pipeline", lambda model: nlp)
    bad = CliRunner().invoke(main, ["build", str(CORPUS), "--out", str(tmp_path / "x"), "--jobs", "many"])
    assert bad.exit_code == 2 and "'many' is neither a whole number nor 'auto'" in bad.stderr
    one = CORPUS / "dev01_russia_defence_ministry_himars.txt"
    res = CliRunner().invoke(main, ["build", str(one), "--out", str(tmp_path / "out"), "--jobs", "auto", "-q"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "out" / "relations.jsonl").stat().st_size > 0


def test_without_fork_the_workers_load_the_model_themselves(monkeypatch):
    """Where workers are not forked, they are spawned and load the model with their first batch: its error
    comes back from them (E102), and nothing was loaded in this process."""
    monkeypatch.setattr("graphkit.run.engines._FORK", False)
    engine = ProcessEngine("no_such_model", 1, load=_no_load)
    try:
        assert engine.pool._ctx.get_start_method() == "spawn"
        with pytest.raises(GraphkitError, match=r"\[E102\] a worker process failed: \[E021\]"):
            engine.submit(ARTICLES[:1]).result()
    finally:
        engine.close(cancel=True)
