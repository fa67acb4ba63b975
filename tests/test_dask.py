"""Extraction on a Dask cluster (graphkit.run.dask_engine): the same relations as in-process extraction, the
same build outputs, and one-line catalogue errors when the cluster or a worker fails.

One local cluster of two single-threaded worker processes serves the module (starting it and loading the
model in each worker takes several seconds); the build test starts its own, as ``--dask local`` does.
CI installs the dask extra (it is part of the test extra), so these tests run there.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import time

import pytest

import graphkit
from graphkit.errors import GraphkitError
from graphkit.ingest.corpus import read_corpus
from graphkit.nlp.load import default_model
from graphkit.run.dask_engine import DaskEngine
from graphkit.run.engines import LocalEngine, ordered
from graphkit.types import Article, Failure

from .conftest import CORPUS

#: Small batches, so that several are in flight on the two workers at once.
BATCH = 4


@pytest.fixture(scope="module")
def engine():
    eng = DaskEngine("local", default_model(), workers=2)
    yield eng
    eng.close()


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return [a for a in read_corpus([CORPUS]) if isinstance(a, Article)]


def batches(articles: list[Article]) -> list[tuple[int, list[Article]]]:
    return [(i, articles[i : i + BATCH]) for i in range(0, len(articles), BATCH)]


def test_importing_the_module_does_not_import_dask():
    code = "import sys, graphkit.run.dask_engine; print(sorted(m for m in ('distributed', 'dask') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_window_is_three_batches_per_worker_thread(engine):
    assert sum(engine.client.nthreads().values()) == 2
    assert engine.window == 6


def test_relations_equal_those_of_in_process_extraction(engine, articles, nlp):
    on_dask = dict(ordered(engine, batches(articles)))
    in_process = dict(ordered(LocalEngine(nlp), batches(articles)))
    assert list(on_dask) == list(in_process)
    assert sum(len(rels) for per_article in in_process.values() for rels in per_article) > 100
    for i, batch in batches(articles):
        assert len(on_dask[i]) == len(batch)
        for art, got, want in zip(batch, on_dask[i], in_process[i], strict=True):
            assert got == want, art.id


def test_a_scheduler_address_connects_without_owning_the_cluster(engine, articles):
    """The engine of ``--dask tcp://HOST:8786``: it uses the cluster's workers, and closing it (cancelling
    what is in flight) leaves the cluster running."""
    remote = DaskEngine(engine.client.scheduler.address, default_model(), connect_timeout=5)
    try:
        assert remote.cluster is None
        assert remote.window == 6
        assert len(remote.submit(articles[:1]).result()) == 1
        for _, batch in batches(articles):
            remote.submit(batch)
    finally:
        remote.close(cancel=True)
    assert len(engine.submit(articles[:2]).result()) == 2


def test_a_worker_failure_is_E112_with_the_remote_error(engine, articles, monkeypatch):
    # an article that cannot be parsed is that article's failure, sent back in its place: the others go on
    broken, good = engine.submit([Article(id="broken", text=None), articles[0]]).result()  # type: ignore[arg-type]
    assert isinstance(broken, Failure) and broken.message.startswith("TypeError: ")  # a text that is not a str
    assert isinstance(good, list) and good

    monkeypatch.setattr(engine, "model", "xx_no_such_model")  # the worker cannot load it
    with pytest.raises(GraphkitError) as e:
        engine.submit(articles[:1]).result()
    assert str(e.value) == (
        "[E112] a Dask worker failed: [E021] spaCy model 'xx_no_such_model' is not "
        "installed (pip install xx-no-such-model)"
    )


def test_an_unreachable_scheduler_is_E111():
    start = time.monotonic()
    with pytest.raises(GraphkitError) as e:
        DaskEngine("tcp://127.0.0.1:9", default_model(), connect_timeout=1)
    assert time.monotonic() - start < 10
    assert e.value.code == "E111"
    assert str(e.value).startswith("[E111] cannot reach the Dask scheduler at tcp://127.0.0.1:9 (")
    assert "\n" not in str(e.value)


def test_a_scheduler_without_workers_is_E113():
    from distributed import LocalCluster

    # A scheduler alone, in this process (nothing to spawn): the engine waits for a worker, then gives up.
    with LocalCluster(
        n_workers=0,
        processes=False,
        dashboard_address="127.0.0.1:0",
        scheduler_kwargs={"dashboard": False},
        silence_logs=logging.ERROR,
    ) as cluster:
        with pytest.raises(GraphkitError) as e:
            DaskEngine(cluster.scheduler_address, default_model(), worker_timeout=0.5)
    assert e.value.code == "E113"
    assert f"dask worker {cluster.scheduler_address} --nthreads 1" in str(e.value)


def test_without_distributed_installed_it_is_E110(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # makes `import distributed` fail
    with pytest.raises(GraphkitError) as e:
        DaskEngine("local", default_model())
    assert e.value.code == "E110"
    assert "pip install 'graphkit-news[dask]'" in str(e.value)


def test_a_dask_build_writes_the_same_outputs_as_a_single_process_build(tmp_path, nlp):
    """Cross-article resolution runs in the client process, so extracting on workers changes nothing."""
    graphkit.build([CORPUS], out=tmp_path / "dask", dask="local", jobs=2, cache=False)
    graphkit.build([CORPUS], out=tmp_path / "one", cache=False, nlp=nlp)  # the session's pipeline: no second load
    for name in ("relations.jsonl", "graph.ttl", "graph.html"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name


def test_quiet_build_on_a_local_cluster_prints_nothing(tmp_path):
    """-q silences Dask's own INFO lines too (they come through the root logger's handler)."""
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Talks\n\nForeign Minister Jan Kowal said that the talks had failed.\n")
    exe = [sys.executable, "-m", "graphkit", "build", str(tmp_path / "corpus"), "--out", str(tmp_path / "out")]
    res = subprocess.run([*exe, "--dask", "local", "--jobs", "1", "-q"], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert res.stdout == "" and res.stderr == ""
    assert (tmp_path / "out" / "relations.jsonl").read_text().count('"claims"') == 1
