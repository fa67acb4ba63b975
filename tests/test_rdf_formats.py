"""Every RDF format round-trips: parsed back with rdflib and with pyoxigraph, it gives the graph built;
TriG holds one named graph per article plus the actors; the same input gives the same bytes."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
import textwrap
import types
import warnings

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from rdflib import RDF, RDFS, BNode, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, XSD

import graphkit
from graphkit.cli import main
from graphkit.graph.iri import IRIs
from graphkit.graph.namespaces import GK
from graphkit.graph.rdf import FORMATS, to_bytes, to_dataset, to_graph

from .conftest import CORPUS, ROOT

SMALL = [
    "dev12_eu_apple_music_streaming_fine.txt",
    "dev09_india_pakistan_pahalgam.txt",
    "dev01_russia_defence_ministry_himars.txt",
]
NASTY_NAME = 'na"ïve #1 ?50% ~copy.txt'  # an article id with quotes, spaces, non-ASCII, '#', '?', '%', '~'
ALL = tuple(FORMATS)
OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "json-ld": ox.RdfFormat.JSON_LD,
    "nt": ox.RdfFormat.N_TRIPLES,
}


def _small_corpus(folder):
    for name in SMALL:
        shutil.copy(CORPUS / name, folder / name)
    shutil.copy(CORPUS / SMALL[0], folder / NASTY_NAME)  # the same text under a nasty article id
    return folder


@pytest.fixture(scope="module")
def small(nlp, tmp_path_factory):
    src = _small_corpus(tmp_path_factory.mktemp("small-corpus"))
    return graphkit.build([src], out=tmp_path_factory.mktemp("small-build"), nlp=nlp, formats=ALL)


def _data(result):
    return result.articles, result.actors.values(), result.relations


def _term(t):
    """A pyoxigraph term as an rdflib term."""
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    return Literal(t.value, datatype=None if t.datatype.value == str(XSD.string) else URIRef(t.datatype.value))


def _rdflib_parse(path, fmt: str) -> rdflib.Graph:
    """The file parsed by rdflib (a Dataset for TriG). rdflib 7's own JSON-LD and TriG parsers call its
    deprecated ConjunctiveGraph API; those warnings are rdflib's, not graphkit's."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"rdflib\.")
        g = rdflib.Dataset() if fmt == "trig" else rdflib.Graph()
        return g.parse(path, format=fmt)  # graphkit's format names are rdflib's


def _oxigraph_graphs(path, fmt) -> dict[URIRef | None, rdflib.Graph]:
    """The file parsed by pyoxigraph: graph name (None for the default graph) → rdflib graph."""
    graphs: dict[URIRef | None, rdflib.Graph] = {}
    for q in ox.parse(path=str(path), format=OX_FORMATS[fmt]):
        name = getattr(q, "graph_name", ox.DefaultGraph())
        key = None if isinstance(name, ox.DefaultGraph) else URIRef(name.value)
        graphs.setdefault(key, rdflib.Graph()).add((_term(q.subject), _term(q.predicate), _term(q.object)))
    return graphs


def test_rdf_formats_build_writes_every_format_beside_the_other_outputs(small):
    assert sorted(small.outputs) == sorted(
        ["relations.jsonl", "graph.html", "countries.html", *(f for f, _ in FORMATS.values())]
    )
    assert not list(small.outputs["graph.ttl"].parent.glob(".*.tmp"))


@pytest.mark.parametrize("fmt", ["turtle", "json-ld", "nt"])
def test_rdf_formats_graph_round_trips_through_rdflib_and_oxigraph(small, fmt):
    built = to_graph(*_data(small))
    path = small.outputs[FORMATS[fmt][0]]
    assert isomorphic(_rdflib_parse(path, fmt), built)
    oxi = _oxigraph_graphs(path, fmt)
    assert list(oxi) == [None]
    assert isomorphic(oxi[None], built)


def test_rdf_formats_trig_round_trips_graph_by_graph(small):
    built = to_dataset(*_data(small))
    expected = {
        (None if g.identifier == built.default_graph.identifier else g.identifier): g for g in built.graphs() if len(g)
    }
    path = small.outputs["graph.trig"]
    parsed = _rdflib_parse(path, "trig")
    from_rdflib = {
        (None if g.identifier == parsed.default_graph.identifier else g.identifier): g
        for g in parsed.graphs()
        if len(g)
    }
    for graphs in (from_rdflib, _oxigraph_graphs(path, "trig")):
        assert set(graphs) == set(expected)
        for name, g in expected.items():
            assert isomorphic(graphs[name], g), name


def test_rdf_formats_trig_has_a_graph_per_article_and_the_actors_in_the_default_graph(small):
    iris = IRIs()
    ds = to_dataset(*_data(small))
    names = {g.identifier for g in ds.graphs() if len(g) and g.identifier != ds.default_graph.identifier}
    assert names == {iris.article(a.id) for a in small.articles}
    actors = {iris.actor(k) for k in small.actors}
    default = ds.default_graph
    assert {s for s in default.subjects()} == actors
    assert {p for p in default.predicates()} <= {RDF.type, RDFS.label, OWL.sameAs, GK.country, GK.iso3}
    for a in small.articles:  # each article's graph: what was read from it, direct triples included
        g = ds.graph(iris.article(a.id))
        rels = [r for r in small.relations if r.evidence.article == a.id and r.object is not None]
        assert all(
            (iris.actor(r.subject.key), GK[r.predicate], iris.actor(r.object.key)) in g
            for r in rels
            if r.attributed_to is None  # a reported relation has no direct triple
        )
        assert (iris.article(a.id), GK.articleId, Literal(a.id)) in g
    union = rdflib.Graph()
    for s, p, o, _ in ds.quads():
        union.add((s, p, o))
    assert isomorphic(union, to_graph(*_data(small)))  # the dataset is the graph, split up


def test_rdf_formats_same_input_gives_byte_identical_outputs(small, nlp, tmp_path):
    (tmp_path / "in").mkdir()
    again = graphkit.build([_small_corpus(tmp_path / "in")], out=tmp_path / "out", nlp=nlp, formats=ALL)
    assert sorted(again.outputs) == sorted(small.outputs)
    for name, path in small.outputs.items():
        assert again.outputs[name].read_bytes() == path.read_bytes(), name


def test_rdf_formats_bytes_do_not_depend_on_the_hash_seed(small, tmp_path):
    """rdflib keeps graphs and triples in sets, whose order varies with Python's string hashing."""
    (tmp_path / "result.pkl").write_bytes(pickle.dumps(small))
    script = textwrap.dedent(f"""
        import pickle, pathlib
        from graphkit.api import write_outputs
        from graphkit.graph.iri import IRIs
        result = pickle.loads(pathlib.Path({str(tmp_path / "result.pkl")!r}).read_bytes())
        write_outputs(result, pathlib.Path({str(tmp_path / "out")!r}), iris=IRIs(), formats={ALL!r})
    """)
    ours = os.environ.get("PYTHONHASHSEED", "random")
    seed = str(int(ours) + 1) if ours.isdigit() else "0"  # any seed other than this process's
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed})
    for fmt, (name, _) in FORMATS.items():
        assert (tmp_path / "out" / name).read_bytes() == small.outputs[name].read_bytes(), fmt


TRICKY = 'He said: "no"\n\ttab \\ back\\slash, \u00e9\u4e2d\U0001f680 and """triple""" quotes'


@pytest.mark.parametrize("fmt", ALL)
@pytest.mark.parametrize("size", ["empty", "one-node", "tricky"])
def test_rdf_formats_small_and_odd_graphs_round_trip(tmp_path, fmt, size):
    from graphkit.types import Actor, Article, Evidence, Relation

    articles = [] if size == "empty" else [Article(id="a b#1" if size == "tricky" else "a1", text=TRICKY)]
    actors, relations = [], []
    if size == "tricky":
        actors = [Actor("ru", 'Russia "RU"', "Country", wikidata="Q159"), Actor("x", TRICKY, "Group")]
        relations = [
            Relation("accuses", actors[0], actors[1], Evidence("a b#1", TRICKY, 0, len(TRICKY), "said")),
            Relation("claims", actors[1], None, Evidence("a b#1", TRICKY, 0, 3, ""), content=TRICKY),
        ]
    data = (articles, actors, relations)
    path = tmp_path / FORMATS[fmt][0]
    path.write_bytes(to_bytes(fmt, *data))
    expected = to_graph(*data)
    union = rdflib.Graph()
    for g in _oxigraph_graphs(path, fmt).values():
        union += g
    assert isomorphic(union, expected)
    got = _rdflib_parse(path, fmt)
    parsed = rdflib.Graph()
    for triple in ((s, p, o) for s, p, o, _ in got.quads()) if fmt == "trig" else got:  # all graphs of TriG
        parsed.add(triple)
    assert isomorphic(parsed, expected)


def test_rdf_formats_corpus_turtle_round_trips_through_rdflib_and_oxigraph(corpus_build):
    built = to_graph(*_data(corpus_build))
    path = corpus_build.outputs["graph.ttl"]
    assert isomorphic(_rdflib_parse(path, "turtle"), built)
    assert isomorphic(_oxigraph_graphs(path, "turtle")[None], built)


# ---- the command line: --format, --store

GOOD = (
    "Talks stall\n\nRussia accused Ukraine of shelling the plant. "
    "Volodymyr Zelensky said that Russian forces had mined the site.\n"
)


@pytest.fixture
def one_article(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD)
    return d


@pytest.fixture
def no_model(monkeypatch):
    """The spaCy model must not load: the options are checked first."""
    monkeypatch.setattr("graphkit.run.build._pipeline", lambda model: pytest.fail("the model was loaded"))


def test_rdf_formats_cli_writes_the_formats_asked_for(one_article, tmp_path, nlp, monkeypatch):
    monkeypatch.setattr("graphkit.run.build._pipeline", lambda model: nlp)
    out = tmp_path / "out"
    res = CliRunner().invoke(
        main, ["build", str(one_article), "--out", str(out), "--format", "trig", "--format", "nt", "--format", "trig"]
    )
    assert res.exit_code == 0, res.output
    assert {p.name for p in out.iterdir() if p.is_file()} == {
        "relations.jsonl",
        "graph.trig",
        "graph.nt",
        "graph.html",
        "countries.html",
    }
    assert "graph.trig" in res.stdout and "graph.nt" in res.stdout and "graph.ttl" not in res.stdout


def test_rdf_formats_cli_store_writes_the_dataset(one_article, tmp_path, nlp, monkeypatch):
    monkeypatch.setattr("graphkit.run.build._pipeline", lambda model: nlp)
    calls = []

    def write_store(dataset, path):
        quads = list(dataset)  # the build streams the dataset's quads, as Oxigraph terms
        calls.append((quads, path))
        return len(quads)

    monkeypatch.setitem(sys.modules, "graphkit.graph.store", types.SimpleNamespace(write_store=write_store))
    res = CliRunner().invoke(
        main, ["build", str(one_article), "--out", str(tmp_path / "out"), "--store", f"oxigraph:{tmp_path / 'store'}"]
    )
    assert res.exit_code == 0, res.output
    [(quads, path)] = calls
    assert str(path) == str(tmp_path / "store")
    graphs = {q[3] for q in quads}
    assert ox.DefaultGraph() in graphs and len(graphs) == 2  # the actors, and the one article's named graph
    assert len(set(quads)) == len(quads) > 20  # each quad once
    assert f"wrote oxigraph:{tmp_path / 'store'} ({len(quads)} quads)" in res.stdout


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--store", "out/store"], "E041"),
        (["--store", "oxigraph:"], "E041"),
        (["--store", "oxigraph:  "], "E041"),
        (["--store", "jena:out/store"], "E041"),
        (["--base", "not an iri"], "E042"),
    ],
)
def test_rdf_formats_cli_bad_store_or_base_is_one_clear_line(one_article, tmp_path, no_model, args, code):
    res = CliRunner().invoke(main, ["build", str(one_article), "--out", str(tmp_path / "out"), *args])
    assert res.exit_code == 1
    errors = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(errors) == 1 and f"[{code}]" in errors[0]
    assert not (tmp_path / "out").exists()


def test_rdf_formats_unknown_format_is_refused_before_any_work(one_article, tmp_path, no_model):
    res = CliRunner().invoke(main, ["build", str(one_article), "--out", str(tmp_path / "o"), "--format", "xml"])
    assert res.exit_code == 2 and "turtle" in res.stderr
    with pytest.raises(graphkit.GraphkitError, match=r"\[E043\] unknown RDF format 'xml'"):
        graphkit.build([one_article], out=tmp_path / "o", formats=("turtle", "xml"))


def test_rdf_formats_store_holds_the_dataset(one_article, tmp_path, nlp):
    pytest.importorskip("graphkit.graph.store")
    result = graphkit.build([one_article], nlp=nlp, store=f"oxigraph:{tmp_path / 'store'}")
    dataset = to_dataset(*_data(result))
    assert result.store == tmp_path / "store" and result.outputs == {}
    assert result.store_quads == sum(len(g) for g in dataset.graphs()) > 0
    store = ox.Store.read_only(str(tmp_path / "store"))
    assert {URIRef(g.value) for g in store.named_graphs()} == {IRIs().article(a.id) for a in result.articles}
