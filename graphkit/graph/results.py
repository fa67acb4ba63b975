"""A query's answer in the standard formats: W3C SPARQL 1.1 Query Results JSON for SELECT and ASK, an RDF syntax
for the triples of CONSTRUCT and DESCRIBE. rdflib's serialisers write both; graphkit only hands them the terms.

>>> from graphkit.graph.query import QueryResult
>>> import pyoxigraph as ox
>>> print(sparql_json(QueryResult(("n",), [(ox.Literal("7", datatype=ox.NamedNode(str(XSD.integer))),)])))
{"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "7", \
"datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Identifier

if TYPE_CHECKING:
    from .query import QueryResult, Term

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


def sparql_json(result: QueryResult) -> str:
    """The result as W3C SPARQL 1.1 Query Results JSON: ``{"head": {"vars": [...]}, "results": {"bindings":
    [...]}}`` with typed terms, or ``{"head": {}, "boolean": ...}`` for ASK."""
    if result.kind == "ASK":
        res = Result("ASK")
        answer = result.rows[0][0] if result.rows else None
        res.askAnswer = isinstance(answer, ox.Literal) and answer.value == "true"
    else:
        res = Result("SELECT")
        res.vars = [Variable(v) for v in result.variables]
        res.bindings = [
            {Variable(v): _term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
            for row in result.rows
        ]
    data = json.loads(res.serialize(format="json") or b"{}")
    ordered = {"head": data["head"], **{k: v for k, v in data.items() if k != "head"}}  # the head first, as the spec
    return json.dumps(ordered, ensure_ascii=False)


def rdf_text(result: QueryResult, syntax: str = "turtle") -> str:
    """The triples of a CONSTRUCT or DESCRIBE result in ``syntax`` (see :data:`RDF_SYNTAXES`), with the graph's
    prefixes."""
    g = Graph()
    for prefix, ns in result.prefixes.items():
        g.bind(prefix, ns)
    for row in result.rows:
        s, p, o = (_term(t) for t in row if t is not None)
        g.add((s, p, o))
    return g.serialize(format=RDF_SYNTAXES[syntax])
