"""Work in a forked copy of the build's process (:mod:`graphkit.run.beside`): the RDF files written beside the
views after a build with worker processes, the same bytes as in one process, and written here when the copy fails."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from graphkit.graph.iri import IRIs
from graphkit.run.beside import Beside
from graphkit.run.outputs import write_outputs
from graphkit.run.spill import Spill

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="a build forks its writers on Linux only")


def test_beside_runs_the_work_in_a_copy_and_says_whether_it_succeeded(tmp_path):
    mark = tmp_path / "pid"
    ok = Beside(lambda: mark.write_text(str(os.getpid())))
    assert ok.done() is True
    assert int(mark.read_text()) != os.getpid()  # done by another process

    def fail() -> None:
        raise KeyboardInterrupt  # even Ctrl-C in the copy is only a failed status here

    assert Beside(fail).done() is False


def test_beside_cancel_stops_the_copy_at_once():
    slow = Beside(lambda: time.sleep(60))
    start = time.monotonic()
    slow.cancel()
    assert time.monotonic() - start < 10
    assert slow.done() is False  # nothing left to wait for


def test_spill_reads_every_item_after_a_forked_reader_stopped_half_way():
    items = [(f"a{i}", ["x" * 200] * 5) for i in range(100)]  # far more than one read buffer
    with Spill(None) as spill:
        for item in items:
            spill.add(item)

        def read_two_and_die() -> None:
            it = iter(spill)
            next(it), next(it)
            os._exit(3)  # the shared file offset is left where the copy's reads took it

        assert Beside(read_two_and_die).done() is False
        assert list(spill) == items


def _write(result, out: Path, *, fork: bool) -> dict[str, bytes]:
    """The bytes of the RDF files and views of ``result`` (relations.jsonl is written in the process either way)."""
    paths = write_outputs(result, out, iris=IRIs(result.base), formats=["turtle", "nt"], fork=fork)
    return {name: p.read_bytes() for name, p in paths.items() if name != "relations.jsonl"}


@pytest.mark.parametrize("child", ["writes", "fails"])
def test_write_files_forked_gives_the_bytes_of_one_process(corpus_build, tmp_path, monkeypatch, child):
    import graphkit.graph.rdf as rdf

    one = _write(corpus_build, tmp_path / "one", fork=False)
    real, parent, writers = rdf.write, os.getpid(), tmp_path / "writers"

    def write(*args, **kwargs):  # notes which process writes; with child="fails", the copy cannot write
        with writers.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        if child == "fails" and os.getpid() != parent:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(rdf, "write", write)
    forked = _write(corpus_build, tmp_path / "forked", fork=True)
    assert forked == one and set(one) == {"graph.ttl", "graph.nt", "graph.html", "countries.html"}
    pids = [int(p) for p in writers.read_text().split()]
    assert pids[0] != parent  # the copy wrote (or tried to) ...
    assert pids[1:] == ([pids[0]] if child == "writes" else [parent, parent])  # ... else this process did


def test_beside_without_a_process_to_spare_leaves_the_work_to_the_caller(monkeypatch):
    def no_fork() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    done = []
    assert Beside(lambda: done.append(True)).done() is False
    assert done == []  # not run here either: the caller does it (write_files writes the files itself)
