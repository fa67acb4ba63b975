"""The README's "Loading the graph into a SPARQL server", run against the Oxigraph server (the ``oxigraph``
command of the test extra): ``oxigraph serve`` on the store a build writes with ``--store``, ``oxigraph load`` of
``graph.ttl``, and the Graph Store Protocol requests (``PUT ?graph=``, ``PUT ?default``, ``POST`` of a whole
TriG or N-Quads dataset), each checked with a SPARQL query over HTTP against exact counts from the build."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import pyoxigraph
import pytest
from pyoxigraph import RdfFormat

from .conftest import CORPUS

OXIGRAPH = Path(sys.executable).with_name("oxigraph")
GK = "https://w3id.org/graphkit/ontology#"
GRAPH_IRI = "https://example.org/kg/graph"  # the graph name in the README's PUT example
STARTUP_S = 20.0

# No proxy: the servers listen on 127.0.0.1, and an http_proxy in the environment must not intercept them.
_HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))

COUNT_NAMED = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
COUNT_DEFAULT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
COUNT_GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


class Built(NamedTuple):
    out: Path
    store: Path
    store_quads: int
    articles: int
    ttl_triples: int  # the triples graph.ttl holds
    trig: list[pyoxigraph.Quad]  # the quads graph.trig holds
    accusations: set[tuple[str, str, str]]  # (subject IRI, object IRI, article id) of relations.jsonl's accuses


@pytest.fixture(scope="module")
def oxigraph() -> Path:
    if not OXIGRAPH.is_file():
        pytest.fail(
            f"the Oxigraph server is missing ({OXIGRAPH}): install the test extra, "
            "pip install -e '.[test]' (it brings oxigraph>=0.5,<0.6)"
        )
    return OXIGRAPH


@pytest.fixture(scope="module")
def built(nlp, tmp_path_factory) -> Built:
    """``graphkit build corpus --out DIR --format turtle --format trig --store oxigraph:DIR/store``, once."""
    import graphkit

    out = tmp_path_factory.mktemp("sparql-build")
    result = graphkit.build(
        [CORPUS], out=out, nlp=nlp, formats=("turtle", "trig"), store=f"oxigraph:{out / 'store'}", cache=False
    )
    assert result.store == out / "store" and result.store_quads > 0
    records = [json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    accusations = {
        (r["subject"]["id"], r["object"]["id"], r["article"]) for r in records if r["predicate"] == "accuses"
    }
    assert accusations  # the corpus has accusations, or the comparison below proves nothing
    return Built(
        out=out,
        store=out / "store",
        store_quads=result.store_quads,
        articles=result.counts["articles"],
        ttl_triples=sum(1 for _ in pyoxigraph.parse(path=out / "graph.ttl", format=RdfFormat.TURTLE)),
        trig=list(pyoxigraph.parse(path=out / "graph.trig", format=RdfFormat.TRIG)),
        accusations=accusations,
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _request(
    url: str,
    *,
    method: str = "GET",
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 10.0,
) -> tuple[int, bytes]:
    """One HTTP request → (status, body); an HTTP error fails the test with the server's message (as ``curl -f``)."""
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with _HTTP.open(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as e:
        with e:
            body = e.read().decode("utf-8", "replace")
        pytest.fail(f"{method} {url} → HTTP {e.code}: {body}")


@contextmanager
def serve(location: Path, log: Path, *flags: str) -> Iterator[str]:
    """``oxigraph serve --location LOCATION --bind 127.0.0.1:PORT [FLAGS]`` → its base URL, once it answers."""
    url = f"http://127.0.0.1:{_free_port()}"
    with log.open("wb") as log_file:
        proc = subprocess.Popen(
            [str(OXIGRAPH), "serve", "--location", str(location), "--bind", url[len("http://") :], *flags],
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + STARTUP_S
            while True:
                if proc.poll() is not None:
                    pytest.fail(f"oxigraph serve exited with {proc.returncode}: {log.read_text(errors='replace')}")
                try:
                    _request(f"{url}/query?" + urllib.parse.urlencode({"query": "ASK {}"}), timeout=1.0)
                    break
                except (urllib.error.URLError, ConnectionError, TimeoutError):
                    if time.monotonic() > deadline:
                        pytest.fail(
                            f"oxigraph serve did not answer in {STARTUP_S:.0f} s: {log.read_text(errors='replace')}"
                        )
                    time.sleep(0.05)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


def select(url: str, query: str) -> list[dict[str, str]]:
    """A SELECT query over the SPARQL protocol (GET /query) → its rows, variable → value."""
    status, body = _request(
        f"{url}/query?" + urllib.parse.urlencode({"query": query}),
        headers={"Accept": "application/sparql-results+json"},
    )
    assert status == 200
    return [{var: term["value"] for var, term in row.items()} for row in json.loads(body)["results"]["bindings"]]


def count(url: str, query: str) -> int:
    (row,) = select(url, query)
    return int(row["n"])


def ask(url: str, query: str) -> bool:
    status, body = _request(
        f"{url}/query?" + urllib.parse.urlencode({"query": query}),
        headers={"Accept": "application/sparql-results+json"},
    )
    assert status == 200
    return json.loads(body)["boolean"]


def send(url: str, method: str, path: Path | bytes, content_type: str) -> int:
    data = path if isinstance(path, bytes) else path.read_bytes()
    status, _ = _request(url, method=method, data=data, headers={"Content-Type": content_type})
    assert 200 <= status < 300
    return status


def test_oxigraph_cli_has_the_readme_options(oxigraph):
    serve_help = subprocess.run([str(oxigraph), "serve", "--help"], capture_output=True, text=True, check=True).stdout
    assert "--location" in serve_help and "--bind" in serve_help and "--union-default-graph" in serve_help
    assert "[default: localhost:7878]" in serve_help  # the README's http://localhost:7878
    load_help = subprocess.run([str(oxigraph), "load", "--help"], capture_output=True, text=True, check=True).stdout
    assert "--location" in load_help and "--file" in load_help


def test_serve_the_store_a_build_writes(oxigraph, built, tmp_path):
    """``oxigraph serve --location DIR/store``: every quad the build wrote, one named graph per article (plus the
    default graph), and the accusations only through ``GRAPH ?g``."""
    trig_graphs = {str(q.graph_name.value) for q in built.trig if isinstance(q.graph_name, pyoxigraph.NamedNode)}
    trig_default = sum(1 for q in built.trig if isinstance(q.graph_name, pyoxigraph.DefaultGraph))
    with serve(built.store, tmp_path / "serve.log") as url:
        named, default = count(url, COUNT_NAMED), count(url, COUNT_DEFAULT)
        assert named + default == built.store_quads == len(built.trig)
        assert default == trig_default
        graphs = {row["g"] for row in select(url, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
        assert graphs == trig_graphs and len(graphs) == built.articles
        rows = select(url, f"SELECT ?s ?o ?id WHERE {{ GRAPH ?g {{ ?g <{GK}articleId> ?id . ?s <{GK}accuses> ?o }} }}")
        assert {(r["s"], r["o"], r["id"]) for r in rows} == built.accusations
        assert len(rows) == len(built.accusations)
        assert count(url, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s <{GK}accuses> ?o }} }}") == len(
            built.accusations
        )
        assert count(url, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{GK}accuses> ?o }}") == 0  # not in the default graph


def test_serve_the_store_with_union_default_graph(oxigraph, built, tmp_path):
    """``--union-default-graph``: queries without ``GRAPH`` see every graph."""
    with serve(built.store, tmp_path / "serve.log", "--union-default-graph") as url:
        assert count(url, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{GK}accuses> ?o }}") == len(built.accusations)
        # No triple is in two graphs, so the union holds as many triples as the store holds quads.
        assert count(url, COUNT_DEFAULT) == built.store_quads


def test_oxigraph_load_of_graph_ttl_fills_the_default_graph(oxigraph, built, tmp_path):
    """``oxigraph load --location DIR/store --file DIR/graph.ttl``: everything in the default graph."""
    store = tmp_path / "loaded"
    subprocess.run(
        [str(oxigraph), "load", "--location", str(store), "--file", str(built.out / "graph.ttl")],
        capture_output=True,
        check=True,
        stdin=subprocess.DEVNULL,
    )
    with serve(store, tmp_path / "serve.log") as url:
        # a triple two articles state ("X attacks Y") is one triple of the Turtle file, two quads of the store
        distinct = {(q.subject, q.predicate, q.object) for q in built.trig}
        assert count(url, COUNT_DEFAULT) == built.ttl_triples == len(distinct) <= built.store_quads
        assert count(url, COUNT_NAMED) == 0
        assert count(url, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{GK}accuses> ?o }}") == len(
            {(s, o) for s, o, _ in built.accusations}
        )


def test_graph_store_protocol_put_replaces_and_post_adds(oxigraph, built, tmp_path):
    """``PUT -H 'Content-Type: text/turtle' DIR/graph.ttl 'http://HOST:PORT/store?graph=IRI'`` (the IRI written
    as the README writes it, not percent-encoded) replaces the graph; ``POST`` adds to it; ``PUT ?default`` too."""
    one = b'<urn:x:s> <urn:x:p> "a triple that is not in graph.ttl" .\n'
    in_graph = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH_IRI}> {{ ?s ?p ?o }} }}"
    with serve(tmp_path / "empty", tmp_path / "serve.log") as url:
        assert count(url, COUNT_NAMED) + count(url, COUNT_DEFAULT) == 0
        target = f"{url}/store?graph={GRAPH_IRI}"
        send(target, "PUT", one, "text/turtle")
        assert count(url, in_graph) == 1
        send(target, "PUT", built.out / "graph.ttl", "text/turtle")
        assert count(url, in_graph) == built.ttl_triples  # replaced: the first triple is gone
        assert not ask(url, f"ASK {{ GRAPH <{GRAPH_IRI}> {{ <urn:x:s> ?p ?o }} }}")
        send(target, "POST", one, "text/turtle")
        assert count(url, in_graph) == built.ttl_triples + 1  # added
        assert count(url, COUNT_GRAPHS) == 1 and count(url, COUNT_DEFAULT) == 0
        assert count(url, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH_IRI}> {{ ?s <{GK}accuses> ?o }} }}") == len(
            {(s, o) for s, o, _ in built.accusations}
        )

        send(f"{url}/store?default", "PUT", built.out / "graph.ttl", "text/turtle")
        assert count(url, COUNT_DEFAULT) == built.ttl_triples
        assert count(url, in_graph) == built.ttl_triples + 1  # the named graph untouched


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_graph_store_protocol_post_of_a_whole_dataset(oxigraph, built, tmp_path, fmt):
    """``POST -H 'Content-Type: application/trig' DIR/graph.trig http://HOST:PORT/store`` (and the same dataset as
    N-Quads): one named graph per article, and every quad of the build."""
    if fmt == "trig":
        data, content_type = (built.out / "graph.trig").read_bytes(), "application/trig"
    else:
        data, content_type = pyoxigraph.serialize(built.trig, format=RdfFormat.N_QUADS), "application/n-quads"
    with serve(tmp_path / "empty", tmp_path / "serve.log") as url:
        send(f"{url}/store", "POST", data, content_type)
        assert count(url, COUNT_GRAPHS) == built.articles
        assert count(url, COUNT_NAMED) + count(url, COUNT_DEFAULT) == built.store_quads
        assert count(url, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s <{GK}accuses> ?o }} }}") == len(
            built.accusations
        )
