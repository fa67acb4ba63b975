"""The Oxigraph store: written whole or not at all, replaced only when complete, opened read-only."""

from __future__ import annotations

import pyoxigraph
import pytest
import rdflib
from rdflib import Literal, URIRef

from graphkit.errors import GraphkitError
from graphkit.graph.store import is_store, open_store, write_store

EX = "https://example.org/"


def _dataset(n: int) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    for i in range(n):
        ds.default_graph.add((URIRef(f"{EX}s{i}"), URIRef(f"{EX}p"), Literal(f'value "{i}"')))
    ds.graph(URIRef(f"{EX}g")).add((URIRef(f"{EX}a"), URIRef(f"{EX}p"), Literal("in a named graph")))
    return ds


def test_store_write_counts_quads_and_keeps_named_graphs(tmp_path):
    path = tmp_path / "store"
    assert write_store(_dataset(3), path) == 4
    assert is_store(path)
    store = open_store(path)
    graphs = {q.graph_name for q in store}
    assert graphs == {pyoxigraph.DefaultGraph(), pyoxigraph.NamedNode(f"{EX}g")}
    with pytest.raises(RuntimeError):  # read-only
        store.add(
            pyoxigraph.Quad(pyoxigraph.NamedNode(f"{EX}x"), pyoxigraph.NamedNode(f"{EX}p"), pyoxigraph.Literal("x"))
        )


def test_store_write_plain_graph_goes_to_default_graph(tmp_path):
    g = rdflib.Graph()
    g.add((URIRef(f"{EX}s"), URIRef(f"{EX}p"), Literal(1)))
    assert write_store(g, tmp_path / "store") == 1


def test_store_write_replaces_an_existing_store(tmp_path):
    path = tmp_path / "store"
    write_store(_dataset(5), path)
    assert write_store(_dataset(2), path) == 3
    assert len(open_store(path)) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]  # no temporary folder left


def test_store_failed_write_leaves_previous_store(tmp_path, monkeypatch):
    path = tmp_path / "store"
    write_store(_dataset(5), path)

    class Broken:
        def __init__(self, _path: str) -> None:
            pass

        def bulk_load(self, **_kw: object) -> None:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(pyoxigraph, "Store", Broken)
    with pytest.raises(GraphkitError, match=r"\[E080\] .*store: cannot write the Oxigraph store \(No space left"):
        write_store(_dataset(2), path)
    monkeypatch.undo()
    assert len(open_store(path)) == 6
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_store_write_refuses_to_replace_what_is_not_a_store(tmp_path, kind):
    path = tmp_path / "out"
    if kind == "file":
        path.write_text("keep me")
    else:
        path.mkdir()
        (path / "notes.txt").write_text("keep me")
    with pytest.raises(GraphkitError, match=r"\[E081\] .*out: exists and is not an Oxigraph store"):
        write_store(_dataset(1), path)
    assert (path.read_text() if kind == "file" else (path / "notes.txt").read_text()) == "keep me"


@pytest.mark.parametrize("make", [None, "folder"])
def test_store_open_names_the_path_when_there_is_no_store(tmp_path, make):
    path = tmp_path / "nothing"
    if make:
        path.mkdir()
    with pytest.raises(GraphkitError, match=r"\[E082\] .*nothing: cannot open the Oxigraph store"):
        open_store(path)


def test_store_write_streams_quads_in_batches(tmp_path, monkeypatch):
    """A stream of quads goes to Oxigraph a batch at a time (flat memory), and every quad arrives."""
    monkeypatch.setattr("graphkit.graph.store.BATCH_QUADS", 7)
    calls: list[int] = []
    real = pyoxigraph.Store.bulk_extend

    def counting(self, quads):
        quads = list(quads)
        calls.append(len(quads))
        return real(self, quads)

    monkeypatch.setattr(pyoxigraph.Store, "bulk_extend", counting)
    p, g = pyoxigraph.NamedNode(f"{EX}p"), pyoxigraph.DefaultGraph()
    quads = ((pyoxigraph.NamedNode(f"{EX}s{i}"), p, pyoxigraph.Literal(str(i)), g) for i in range(30))
    assert write_store(quads, tmp_path / "store") == 30
    assert calls == [7, 7, 7, 7, 2]
    assert len(open_store(tmp_path / "store")) == 30
