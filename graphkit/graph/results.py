"""A query's answer in the standard formats: W3C SPARQL 1.1 Query Results JSON for SELECT and ASK, an RDF syntax
for the triples of CONSTRUCT and DESCRIBE. rdflib's serialisers write both; graphkit only hands them the terms.

>>> print(sparql_json(("n",), [(ox.Literal("7", datatype=ox.NamedNode(str(XSD.integer))),)]))
{"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "7", \
"datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Identifier

#: a cell of a result (as :data:`graphkit.graph.query.Term`, which this module, used by that one, cannot import)
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Rows = Sequence[Sequence[Term | None]]

__all__ = ["RDF_SYNTAXES", "rdf_text", "sparql_json"]

#: ``--format`` name → rdflib's serialiser, for the triples of a CONSTRUCT or DESCRIBE query
RDF_SYNTAXES = {"turtle": "turtle", "nt": "nt", "json-ld": "json-ld"}


def _term(t: Term) -> Identifier:
    """An Oxigraph term as rdflib's (a quoted triple, which rdflib cannot hold, as its text)."""
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        dt = t.datatype.value  # the lexical form as the store gives it, not rdflib's
        return Literal(t.value) if dt == str(XSD.string) else Literal(t.value, datatype=URIRef(dt), normalize=False)
    return Literal(str(t))


def sparql_json(variables: Sequence[str], rows: Rows, kind: str = "SELECT") -> str:
    """A result (its variables and rows of terms) as W3C SPARQL 1.1 Query Results JSON: ``{"head": {"vars":
    [...]}, "results": {"bindings": [...]}}`` with typed terms, or ``{"head": {}, "boolean": ...}`` for ASK."""
    if kind == "ASK":
        res = Result("ASK")
        answer = rows[0][0] if rows else None
        res.askAnswer = isinstance(answer, ox.Literal) and answer.value == "true"
    else:
        res = Result("SELECT")
        res.vars = [Variable(v) for v in variables]
        res.bindings = [
            {Variable(v): _term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows
        ]
    data = json.loads(res.serialize(format="json") or b"{}")
    ordered = {"head": data["head"], **{k: v for k, v in data.items() if k != "head"}}  # the head first, as the spec
    return json.dumps(ordered, ensure_ascii=False)


def rdf_text(rows: Rows, prefixes: Mapping[str, str], syntax: str = "turtle") -> str:
    """The triples (rows of subject, predicate, object) of a CONSTRUCT or DESCRIBE result in ``syntax`` (see
    :data:`RDF_SYNTAXES`), with ``prefixes``."""
    g = Graph()
    for prefix, ns in prefixes.items():
        g.bind(prefix, ns)
    for row in rows:
        s, p, o = (_term(t) for t in row if t is not None)
        g.add((s, p, o))
    return g.serialize(format=RDF_SYNTAXES[syntax])
