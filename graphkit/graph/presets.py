"""Preset queries: ``ontologies/queries/<name>.rq``, each with a header that says what it answers and
which parameters it takes. A user adds a preset by adding a file; no Python changes are needed.

The header is the file's leading comment block::

    # claims-by: the claims of one actor, with their content and the sentence each is read from.
    #
    # @param ?actor actor  the claimant

Its first line is ``name: description``; each ``@param ?VARIABLE KIND [help]`` line declares a parameter,
in the order the command line takes them. KIND says how a command-line value becomes an RDF term:

- ``actor``: an IRI (``<…>`` or ``https://…``), a prefixed name (``actor:russia``), a label matched without
  regard to case (``"the West"``), or a short name: the end of the actor's IRI (``vladimir-putin``) or its
  gazetteer key (``vladimir_putin``, minted by :class:`graphkit.graph.iri.IRIs` under the graph's base). A value
  that names no actor is bound as a literal, so it matches nothing;
- ``predicate``: a relation name (``accuses``, see :data:`graphkit.graph.namespaces.PREDICATE_TERMS`), a prefixed
  name or an IRI;
- ``iri``: an IRI or prefixed name; ``literal``: the value as a string literal.

Every value is bound as a term by :func:`graphkit.graph.query.run`, never pasted into the query text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox

from ..errors import GraphkitError
from ..resources import ONTOLOGIES
from .iri import DEFAULT_BASE, IRIs, base_of
from .namespaces import PREDICATE_TERMS
from .query import LoadedGraph, QueryResult, Term, load_graph, run

__all__ = ["PARAM_KINDS", "Param", "Preset", "load_presets", "resolve", "run_preset"]

PARAM_KINDS = ("actor", "predicate", "iri", "literal")
_PARAM = re.compile(r"@param\s+\?(\w+)\s+(\w+)\s*(.*)")


class Param(NamedTuple):
    variable: str  # without the ?
    kind: str  # one of PARAM_KINDS
    help: str

    @property
    def metavar(self) -> str:
        return self.variable.upper()


@dataclass(frozen=True)
class Preset:
    name: str
    description: str  # one line
    params: tuple[Param, ...]
    text: str  # the SPARQL query
    path: Path

    @property
    def usage(self) -> str:
        return " ".join([self.name, *(p.metavar for p in self.params)])


def _read_preset(path: Path) -> Preset:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise GraphkitError("E090", path=path, msg=str(e).splitlines()[0]) from e
    header: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line.lstrip("#").strip())
    if not header or not header[0]:
        raise GraphkitError("E090", path=path, msg="the first line must be a comment: '# NAME: what it answers'")
    name, sep, description = header[0].partition(":")
    if not sep or name.strip() != path.stem:
        description = header[0]
    params = []
    for line in header[1:]:
        if "@param" not in line:
            continue
        m = _PARAM.fullmatch(line)
        if not m or m.group(2) not in PARAM_KINDS:
            raise GraphkitError(
                "E090",
                path=path,
                msg=f"bad parameter line {line!r} (expected '@param ?NAME KIND "
                f"help', KIND one of {', '.join(PARAM_KINDS)})",
            )
        params.append(Param(m.group(1), m.group(2), m.group(3).strip()))
    return Preset(path.stem, description.strip(), tuple(params), text, path)


@lru_cache(maxsize=4)
def load_presets(folder: Path | None = None) -> dict[str, Preset]:
    """The presets under ``folder`` (default ``ontologies/queries/``), by name.

    >>> load_presets()["claims-by"].usage
    'claims-by ACTOR'
    """
    folder = folder or ONTOLOGIES / "queries"
    return {p.stem: _read_preset(p) for p in sorted(folder.glob("*.rq"))}


def run_preset(
    graph: LoadedGraph | str | Path,
    name: str,
    args: Sequence[str] = (),
    *,
    base: str | None = None,
    presets: dict[str, Preset] | None = None,
) -> QueryResult:
    """Run the preset ``name`` with its parameters given as command-line values (see the module docstring).

    The parameters' columns are left out of the result (each holds the value given); a value that
    matches nothing in the graph is reported in ``notes``.
    """
    presets = presets if presets is not None else load_presets()
    if name not in presets:
        raise GraphkitError("E088", name=name, names=", ".join(presets) or "none")
    preset = presets[name]
    if len(args) != len(preset.params):
        expected = " ".join(p.metavar for p in preset.params) or "no arguments"
        raise GraphkitError("E089", name=name, expected=expected, got=len(args))
    g = graph if isinstance(graph, LoadedGraph) else load_graph(graph)
    bindings: dict[str, Term] = {}
    notes: list[str] = []
    for param, value in zip(preset.params, args, strict=True):
        term, found = resolve(g, param.kind, value, base=base)
        bindings[param.variable] = term
        if not found:
            notes.append(f"no {param.kind} {value!r} in {g.source}")
    res = run(g, preset.text, bindings=bindings)
    keep = [i for i, v in enumerate(res.variables) if v not in bindings]
    return QueryResult(
        tuple(res.variables[i] for i in keep),
        [tuple(row[i] for i in keep) for row in res.rows],
        res.prefixes,
        notes,
        kind=res.kind,
    )


def resolve(graph: LoadedGraph, kind: str, value: str, *, base: str | None = None) -> tuple[Term, bool]:
    """The RDF term a command-line ``value`` of ``kind`` stands for, and whether the graph holds it."""
    if kind == "literal":
        return ox.Literal(value), True
    iri = _iri(graph, value)
    if kind == "predicate" and iri is None:
        if value not in PREDICATE_TERMS:
            raise GraphkitError("E091", value=value, names=", ".join(PREDICATE_TERMS))
        iri = _named(str(PREDICATE_TERMS[value]), value)
    if kind != "actor":
        if iri is None:
            raise GraphkitError("E093", value=value, msg="expected <IRI>, prefix:name or an absolute IRI")
        return iri, _holds(graph, iri)
    if iri is not None:
        return iri, _holds(graph, iri)
    return _actor(graph, value, base=base)


def _actor(graph: LoadedGraph, value: str, *, base: str | None) -> tuple[Term, bool]:
    """The actor named by a label (any case) or a short name; E064 for a label of several actors."""
    actors = _by_label(graph, value)
    if len(actors) > 1:
        shown = ", ".join(sorted(_show(graph, a) for a in actors))
        raise GraphkitError("E064", value=value, n=len(actors), iris=shown)
    if actors:
        return actors[0], True
    if re.fullmatch(r"[\w\-/]+", value):  # a short name: as the IRI ends (vladimir-putin), or the actor's key
        iris = IRIs(base or base_of(graph.prefixes) or DEFAULT_BASE, ox.NamedNode)
        for mint in (iris.actor_at, iris.actor):
            if _holds(graph, node := _minted(mint, value)):
                return node, True
    return ox.Literal(value), False  # matches no node: the query gives no rows


def _iri(graph: LoadedGraph, value: str) -> ox.NamedNode | None:
    """``<iri>``, ``prefix:local`` with a prefix the graph knows, or an absolute ``scheme://…``/``urn:`` IRI."""
    if value.startswith("<") and value.endswith(">"):
        return _named(value[1:-1], value)
    prefix, sep, local = value.partition(":")
    if sep and prefix in graph.prefixes and not local.startswith("//"):
        return _named(graph.prefixes[prefix] + local, value)
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://\S", value) or value.startswith("urn:"):
        return _named(value, value)
    return None


def _named(iri: str, value: str) -> ox.NamedNode:
    return _minted(ox.NamedNode, iri, value)


def _minted(mint: Callable[[str], ox.NamedNode], text: str, value: str | None = None) -> ox.NamedNode:
    """``mint(text)``, an IRI; E093 names ``value`` (default: ``text``) when it is not a valid one."""
    try:
        return mint(text)
    except ValueError as e:
        raise GraphkitError("E093", value=value or text, msg=str(e).splitlines()[0]) from e


def _holds(graph: LoadedGraph, term: ox.NamedNode) -> bool:
    ask = "ASK { { ?t ?p ?o } UNION { ?s ?t ?o } UNION { ?s ?p ?t } }"
    return bool(graph.store.query(ask, use_default_graph_as_union=True, substitutions={ox.Variable("t"): term}))


def _by_label(graph: LoadedGraph, label: str) -> list[ox.NamedNode]:
    """The nodes whose ``rdfs:label`` is ``label`` (any case, any language); exact-case matches win."""
    q = (
        "SELECT DISTINCT ?node ?label ?name WHERE { ?node <http://www.w3.org/2000/01/rdf-schema#label> ?label "
        "FILTER(LCASE(STR(?label)) = LCASE(?name)) }"
    )
    solutions = graph.store.query(
        q, use_default_graph_as_union=True, substitutions={ox.Variable("name"): ox.Literal(label)}
    )
    assert isinstance(solutions, ox.QuerySolutions)  # a SELECT query
    rows = [(s["node"], s["label"].value) for s in solutions]
    exact = {n for n, lab in rows if lab == label}
    nodes = exact or {n for n, _ in rows}
    return sorted(nodes, key=lambda n: n.value)


def _show(graph: LoadedGraph, node: ox.NamedNode) -> str:
    return QueryResult((), [], graph.prefixes).show(node)
