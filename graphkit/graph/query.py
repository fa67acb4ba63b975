"""SPARQL over an exported graph file or an Oxigraph store, with pyoxigraph.

A graph file (``.ttl``, ``.trig``, ``.nt``, ``.nq``, ``.jsonld``, told apart by suffix) is loaded into an
in-memory Oxigraph store; ``oxigraph:PATH`` (or a folder holding a store) opens the store written by
:func:`graphkit.graph.store.write_store`, read-only. Queries see the union of all graphs as their default graph,
so the same query works on Turtle, on TriG with one named graph per article, and on a store.

>>> from graphkit.graph.query import load_graph, run
>>> g = load_graph("out/corpus/graph.ttl")                                     # doctest: +SKIP
>>> run(g, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").records()            # doctest: +SKIP
[{'n': 7477}]

Parameters are bound as RDF terms (``bindings={"actor": NamedNode(...)}``), never pasted into the text:
see :func:`run`. Presets and their parameters are in :mod:`graphkit.graph.presets`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib.namespace import XSD

from ..errors import GraphkitError, printable
from .iri import DEFAULT_BASE, IRIs
from .store import STORE_SCHEME, open_store

__all__ = [
    "GRAPH_SUFFIXES",
    "LoadedGraph",
    "QueryResult",
    "Term",
    "graph_prefixes",
    "load_graph",
    "python_value",
    "query_prefixes",
    "run",
    "shorten",
]

#: What a query's cell holds: an RDF term (a quoted triple under RDF-star).
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
#: Graph file suffix → its format.
GRAPH_SUFFIXES = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
}

_XSD = str(XSD)
_INTEGERS = {
    _XSD + t
    for t in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
        "unsignedByte",
    )
}
_FLOATS = {_XSD + t for t in ("decimal", "double", "float")}


@dataclass
class LoadedGraph:
    """A graph ready to query: an Oxigraph store (in memory for a file) and the prefixes to show IRIs with."""

    store: ox.Store
    source: str
    prefixes: dict[str, str] = field(default_factory=dict)


@dataclass
class QueryResult:
    """The variables of a query and its rows of RDF terms (``None`` where a variable is unbound).

    ``ASK`` gives one variable ``result``; ``CONSTRUCT`` and ``DESCRIBE`` give ``subject``, ``predicate``,
    ``object``. ``notes`` says what the caller may want to know (a parameter matching nothing, say); ``kind`` is
    the query form: ``SELECT``, ``ASK`` or ``CONSTRUCT`` (for DESCRIBE too: both give triples).
    """

    variables: tuple[str, ...]
    rows: list[tuple[Term | None, ...]]
    prefixes: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    kind: str = "SELECT"

    def records(self) -> list[dict[str, Any]]:
        """The rows as dicts of plain Python values: IRIs as strings, numbers as numbers."""
        return [dict(zip(self.variables, (python_value(t) for t in row), strict=True)) for row in self.rows]

    def to_json(self) -> str:
        """W3C SPARQL 1.1 Query Results JSON (:func:`graphkit.graph.results.sparql_json`)."""
        from .results import sparql_json

        return sparql_json(self.variables, self.rows, self.kind)

    def to_rdf(self, syntax: str = "turtle") -> str:
        """The triples of a CONSTRUCT or DESCRIBE query as RDF (:func:`graphkit.graph.results.rdf_text`)."""
        from .results import rdf_text

        return rdf_text(self.rows, self.prefixes, syntax)

    def to_csv(self) -> str:
        """CSV with a header row; IRIs in full, literals by their value, unbound as an empty cell."""
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(self.variables)
        for rec in self.records():
            w.writerow(["" if v is None else v for v in rec.values()])
        return buf.getvalue()

    def to_table(self, *, max_width: int = 60) -> str:
        """An aligned text table: IRIs shortened with the graph's prefixes, literals shown plainly. Cells of
        every column but the last are cut to ``max_width`` characters (CSV and JSON keep every character)."""
        last = len(self.variables) - 1
        cells = [
            [_cut(self.show(t), max_width) if i < last else self.show(t) for i, t in enumerate(row)]
            for row in self.rows
        ]
        numeric = (
            [
                all(t is None or isinstance(python_value(t), int | float) for t in col)
                for col in zip(*self.rows, strict=True)
            ]
            if self.rows
            else [False] * len(self.variables)
        )
        widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(self.variables)]

        def line(values: list[str]) -> str:
            out = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)]
            return "  ".join(out).rstrip()

        lines = [line(list(self.variables)), line(["-" * w for w in widths])]
        lines += [line(r) for r in cells]
        lines.append(f"({len(self.rows)} row{'' if len(self.rows) == 1 else 's'})")
        return "\n".join(lines)

    def show(self, term: Term | None) -> str:
        """One term as a table shows it."""
        if term is None:
            return ""
        if isinstance(term, ox.NamedNode):
            return str(printable(shorten(term.value, self.prefixes)))
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        if isinstance(term, ox.Literal):  # one line, and no escape sequence reaches the terminal
            return str(
                printable(" ".join(term.value.split()) if "\n" in term.value or "\t" in term.value else term.value)
            )
        return str(term)  # a quoted triple (RDF-star)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def python_value(term: Term | None) -> Any:
    """``NamedNode`` → its IRI, ``Literal`` → ``int``/``float``/``bool``/``str`` by datatype, ``None`` → ``None``.

    >>> python_value(ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    7
    >>> python_value(ox.NamedNode("https://w3id.org/graphkit/id/actor/russia"))
    'https://w3id.org/graphkit/id/actor/russia'
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        try:
            if dt in _INTEGERS:
                return int(term.value)
            if dt in _FLOATS:
                return float(term.value)
        except ValueError:
            return term.value
        if dt == _XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    return str(term)


def shorten(iri: str, prefixes: Mapping[str, str]) -> str:
    """``https://w3id.org/graphkit/id/actor/russia`` → ``actor:russia`` (the longest namespace wins).

    >>> shorten("https://w3id.org/graphkit/id/actor/russia", graph_prefixes(None))
    'actor:russia'
    """
    best = ""
    for prefix, ns in prefixes.items():
        if iri.startswith(ns) and len(ns) > len(prefixes.get(best, "")) and len(iri) > len(ns):
            best = prefix
    return f"{best}:{iri[len(prefixes[best]) :]}" if best else iri


def load_graph(graph: str | Path, *, base: str | None = None) -> LoadedGraph:
    """Open ``graph``: ``oxigraph:PATH`` or a folder holding a store, a build's output folder (its ``graph.ttl``,
    or the graph file in another syntax it wrote), else a graph file loaded into memory.

    IRIs are shown with the vocabularies' prefixes, ``actor:`` and ``article:`` under ``base`` (default:
    graphkit's default base IRI) and, for Turtle and TriG, the file's own prefixes, which win.
    """
    text = str(graph)
    if not text.startswith(STORE_SCHEME) and Path(text).is_dir() and not (Path(text) / "CURRENT").exists():
        # a build's output folder, not a store (RocksDB keeps a CURRENT file): the graph file the build wrote
        text = str(next((p for p in _build_graphs(Path(text)) if p.is_file()), text))
    if text.startswith(STORE_SCHEME) or Path(text).is_dir():
        path = Path(text.removeprefix(STORE_SCHEME))
        if not path.exists():
            raise GraphkitError("E083", path=path)
        return LoadedGraph(open_store(path), str(path), graph_prefixes(base))
    path = Path(text)
    fmt = GRAPH_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        if not path.exists():
            raise GraphkitError("E083", path=path)
        raise GraphkitError("E084", path=path, suffix=path.suffix)
    store = ox.Store()
    try:
        store.load(path=str(path), format=fmt)
    except FileNotFoundError as e:
        raise GraphkitError("E083", path=path) from e
    except (SyntaxError, ValueError, OSError) as e:
        raise GraphkitError("E085", path=path, msg=_first_line(e)) from e
    prefixes = graph_prefixes(base)
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        head = ox.parse(path=str(path), format=fmt)
        next(head, None)  # the prefixes declared before the first triple: where serialisers put them
        prefixes.update(head.prefixes)
    return LoadedGraph(store, str(path), prefixes)


def _build_graphs(folder: Path) -> list[Path]:
    """The graph files a build may have written in ``folder``, Turtle first."""
    return [folder / f"graph{suffix}" for suffix in sorted(GRAPH_SUFFIXES, key=lambda x: x != ".ttl")]


def graph_prefixes(base: str | None) -> dict[str, str]:
    """The prefixes known for every graph: those graphkit's files declare, with ``actor:`` and ``article:``
    under ``base`` (default: graphkit's default base IRI)."""
    return IRIs(base or DEFAULT_BASE).prefixes()


def run(graph: LoadedGraph | str | Path, query: str, *, bindings: Mapping[str, Term] | None = None) -> QueryResult:
    """Run the SPARQL ``query`` on ``graph`` and return its variables and rows. The graph's prefixes
    (``gk:``, ``rdfs:``, ``actor:``...) are declared for the query; its own ``PREFIX`` lines win.

    ``bindings`` maps variable names to RDF terms. They are handed to Oxigraph as substitutions
    (SPARQL SEP-0007): the parsed query's variable is replaced by the term, so a value can never be read
    as SPARQL syntax, whatever quotes or braces it holds. Oxigraph requires a substituted variable to be
    in the SELECT projection. Raises :class:`GraphkitError` E086 for a syntax error, E087 when evaluation
    fails.
    """
    verb = _update_verb(query)
    if verb:
        raise GraphkitError("E095", verb=verb)
    g = graph if isinstance(graph, LoadedGraph) else load_graph(graph)
    subs = {ox.Variable(k): v for k, v in (bindings or {}).items()}
    try:
        res = g.store.query(query, prefixes=g.prefixes, use_default_graph_as_union=True, substitutions=subs or None)
        kind = "SELECT"
        if isinstance(res, ox.QueryBoolean):
            kind = "ASK"
            variables: tuple[str, ...] = ("result",)
            rows: list[tuple[Term | None, ...]] = [
                (ox.Literal(str(bool(res)).lower(), datatype=ox.NamedNode(_XSD + "boolean")),)
            ]
        elif isinstance(res, ox.QuerySolutions):
            variables = tuple(v.value for v in res.variables)
            rows = [tuple(sol[i] for i in range(len(variables))) for sol in res]
        else:
            kind = "CONSTRUCT"
            variables = ("subject", "predicate", "object")
            rows = [(t.subject, t.predicate, t.object) for t in res]
    except SyntaxError as e:
        raise GraphkitError("E086", msg=_first_line(e)) from e
    except (OSError, RuntimeError, ValueError) as e:
        raise GraphkitError("E087", msg=_first_line(e)) from e
    prefixes = {**g.prefixes, **query_prefixes(query)}
    return QueryResult(variables, rows, prefixes, kind=kind)


_UPDATE = re.compile(
    r"(?is)^(?:\s|#[^\n]*\n|(?:PREFIX\s+[\w.-]*:\s*|BASE\s*)<[^>]*>)*"
    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b"
)


def _update_verb(query: str) -> str | None:
    """The first keyword of a SPARQL update (``INSERT``...) after the prologue, or None for a query.

    >>> _update_verb("PREFIX ex: <http://example.org/>\\nINSERT DATA { ex:a ex:b ex:c }")
    'INSERT'
    >>> _update_verb("SELECT ?s WHERE { ?s ?p ?o }") is None
    True
    """
    m = _UPDATE.match(query)
    return m.group(1).upper() if m else None


def query_prefixes(query: str) -> dict[str, str]:
    """The ``PREFIX`` declarations of a query (to show its IRIs as it names them)."""
    return dict(re.findall(r"(?im)^\s*PREFIX\s+([\w.-]*):\s*<([^>\s]*)>", query))


def _first_line(e: Exception) -> str:
    text = str(e) or type(e).__name__
    return text.strip().splitlines()[0]
