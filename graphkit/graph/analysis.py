"""Network analytics over the graph with networkx: who accuses whom, who is central, who groups with whom.

The graph is a :class:`networkx.MultiDiGraph` made from a build (:func:`from_build`) or from an RDF file
(:func:`from_rdf`); both give the same graph. Its node keys are the actors' IRIs, exactly as in the RDF
graph (minted by :class:`graphkit.graph.iri.IRIs`), so each can be rebuilt from the other:

- node attributes: ``label``, ``type`` (``Person``, ``Organization``, ``Country``, ``Group``), ``country``
  (the IRI of the actor's country, or ``None``) and ``claims`` (how many claims the actor made);
- one edge per relation the text asserts between two actors (claims are counted on the claimant, not
  drawn), keyed by the relation's ``rdf:Statement`` IRI, with ``predicate`` (``accuses``...), ``article``
  (the article's IRI) and ``sentence`` (the evidence).

Every function below takes that graph, a :class:`~graphkit.api.BuildResult` or the path of a graph file,
and returns plain Python values or a :class:`pandas.DataFrame`. :func:`by_country` rolls the graph up to
countries, and the same functions apply to it.

>>> g = from_rdf("out/corpus/graph.ttl")                                        # doctest: +SKIP
>>> most_accused(g, n=3)[["label", "accusations"]].values.tolist()             # doctest: +SKIP
[['Russia', 9], ['Ukraine', 5], ['United States', 4]]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

import networkx as nx

from ..types import ACTOR_TYPES, Graphed
from .iri import DEFAULT_BASE, IRIs, base_of
from .namespaces import PREDICATE_TERMS, TYPE_TERMS

if TYPE_CHECKING:
    import pandas as pd

#: What the functions below read: the graph itself, a build, or the path of a graph file.
GraphLike: TypeAlias = "nx.MultiDiGraph | Graphed | str | Path"

__all__ = [
    "accusation_matrix",
    "by_country",
    "centrality",
    "claims_per_actor",
    "communities",
    "from_build",
    "from_rdf",
    "most_accused",
    "reciprocity",
    "to_networkx",
    "top_accusers",
]

_ACTORS = f"""
SELECT ?actor ?type ?label ?country WHERE {{
  ?actor a ?type ; rdfs:label ?label .
  VALUES ?type {{ {" ".join(f"gk:{t}" for t in ACTOR_TYPES)} }}
  OPTIONAL {{ ?actor gk:country ?country }}
}}"""
_STATEMENTS = """
SELECT ?st ?s ?p ?o ?article ?sentence ?by WHERE {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; gk:polarity gk:Positive ;
      prov:wasDerivedFrom ?article ; gk:evidence ?ev .
  ?ev oa:hasSelector ?quote . ?quote a oa:TextQuoteSelector ; oa:exact ?sentence .
  OPTIONAL { ?st gk:reportedBy ?by }
}"""


def from_build(result: Graphed, *, base: str | None = None, reported: bool = False) -> nx.MultiDiGraph:
    """The graph of a build, with IRIs minted under ``base`` (default: the build's own base): the asserted
    edges; with ``reported``, also the relations reported in somebody's claim (edge ``attributed_to``)."""
    iris = IRIs(base or result.base)
    g = nx.MultiDiGraph(base=iris.base)
    for a in result.actors.values():
        g.add_node(
            str(iris.actor(a.key)),
            label=a.label,
            type=a.type,
            claims=0,
            country=str(iris.actor(a.country_key)) if a.country_key else None,
        )
    for rel in result.relations:
        if rel.polarity != "positive" or rel.attributed_to is not None and not reported:
            continue  # as the RDF graph's direct triples: only what the text asserts
        subj = str(iris.actor(rel.subject.key))
        if rel.predicate == "claims":
            g.nodes[subj]["claims"] += 1
        elif rel.object is not None:
            g.add_edge(
                subj,
                str(iris.actor(rel.object.key)),
                key=str(iris.statement(rel)),
                predicate=rel.predicate,
                article=str(iris.article(rel.evidence.article)),
                sentence=rel.evidence.sentence,
                **({"attributed_to": str(iris.actor(rel.attributed_to.key))} if rel.attributed_to else {}),
            )
    return g


#: Kept for the symmetry with ``BuildResult.to_networkx``.
to_networkx = from_build


def from_rdf(path: str | Path, *, reported: bool = False) -> nx.MultiDiGraph:
    """The graph of an RDF graph file (``graph.ttl``, ``.trig``...) or an Oxigraph store: the same graph
    :func:`from_build` gives for the build that wrote it."""
    from .query import load_graph, run

    loaded = load_graph(path)
    types = {str(v): k for k, v in TYPE_TERMS.items()}
    predicates = {str(v): k for k, v in PREDICATE_TERMS.items()}
    g = nx.MultiDiGraph(base=base_of(loaded.prefixes) or DEFAULT_BASE)
    for r in sorted(run(loaded, _ACTORS).records(), key=lambda r: r["actor"]):
        g.add_node(r["actor"], label=r["label"], type=types[r["type"]], country=r["country"], claims=0)
    for r in sorted(run(loaded, _STATEMENTS).records(), key=lambda r: r["st"]):
        pred = predicates.get(r["p"])
        if pred == "claims":
            g.nodes[r["s"]]["claims"] += 1
        elif pred is not None and r["o"] in g and (reported or r["by"] is None):
            by = {"attributed_to": r["by"]} if r["by"] else {}
            g.add_edge(r["s"], r["o"], key=r["st"], predicate=pred, article=r["article"], sentence=r["sentence"], **by)
    return g


def _graph(source: GraphLike) -> nx.MultiDiGraph:
    if isinstance(source, nx.MultiDiGraph):
        return source
    if isinstance(source, str | Path):
        return from_rdf(source)
    return from_build(source)


def _counts(g: nx.MultiDiGraph, predicate: str) -> Counter[tuple[Hashable, Hashable]]:
    return Counter((u, v) for u, v, p in g.edges(data="predicate") if p == predicate)


def accusation_matrix(source: GraphLike, *, predicate: str = "accuses") -> pd.DataFrame:
    """Subject (rows) × object (columns) counts of ``predicate`` edges, labelled by the actors' labels;
    only actors with such an edge appear, most active first."""
    import pandas as pd

    g = _graph(source)
    counts = _counts(g, predicate)
    rows = sorted({u for u, _ in counts}, key=lambda n: (-sum(c for (u, _), c in counts.items() if u == n), n))
    cols = sorted({v for _, v in counts}, key=lambda n: (-sum(c for (_, v), c in counts.items() if v == n), n))
    data = [[counts.get((u, v), 0) for v in cols] for u in rows]
    frame = pd.DataFrame(
        data, index=[g.nodes[u]["label"] for u in rows], columns=[g.nodes[v]["label"] for v in cols], dtype="int64"
    )
    frame.index.name, frame.columns.name = "subject", "object"
    return frame


def reciprocity(source: GraphLike, *, predicate: str = "accuses") -> pd.DataFrame:
    """The pairs of actors that each ``predicate`` the other: ``a``, ``b`` (labels), ``a_to_b``, ``b_to_a``
    (edge counts) and the IRIs ``a_iri``, ``b_iri``; the busiest pairs first."""
    import pandas as pd

    g = _graph(source)
    counts = _counts(g, predicate)
    pairs = [(a, b) for a, b in counts if a != b and (b, a) in counts and str(a) < str(b)]
    rows = [
        {
            "a": g.nodes[a]["label"],
            "b": g.nodes[b]["label"],
            "a_to_b": counts[(a, b)],
            "b_to_a": counts[(b, a)],
            "a_iri": a,
            "b_iri": b,
        }
        for a, b in pairs
    ]
    rows.sort(key=lambda r: (-(r["a_to_b"] + r["b_to_a"]), r["a"], r["b"]))
    return pd.DataFrame(rows, columns=["a", "b", "a_to_b", "b_to_a", "a_iri", "b_iri"])


def _ranking(g: nx.MultiDiGraph, counts: Counter[Any], column: str, n: int | None) -> pd.DataFrame:
    import pandas as pd

    rows = [{"label": g.nodes[node]["label"], column: c, "iri": node} for node, c in counts.items() if c]
    rows.sort(key=lambda r: (-r[column], r["label"], r["iri"]))
    return pd.DataFrame(rows[:n] if n is not None else rows, columns=["label", column, "iri"])


def top_accusers(source: GraphLike, *, n: int | None = 10, predicate: str = "accuses") -> pd.DataFrame:
    """The actors that ``predicate`` most (``label``, ``accusations``: edge count, ``iri``)."""
    g = _graph(source)
    return _ranking(g, Counter(u for u, _, p in g.edges(data="predicate") if p == predicate), "accusations", n)


def most_accused(source: GraphLike, *, n: int | None = 10, predicate: str = "accuses") -> pd.DataFrame:
    """The actors that are ``predicate``-ed most (``label``, ``accusations``: edge count, ``iri``)."""
    g = _graph(source)
    return _ranking(g, Counter(v for _, v, p in g.edges(data="predicate") if p == predicate), "accusations", n)


def claims_per_actor(source: GraphLike, *, n: int | None = None) -> pd.DataFrame:
    """The actors that made claims (``label``, ``claims``, ``iri``), most first."""
    g = _graph(source)
    return _ranking(g, Counter(dict(g.nodes(data="claims"))), "claims", n)


def centrality(source: GraphLike) -> pd.DataFrame:
    """Per actor with at least one edge: ``label``, ``type``, ``in_degree``, ``out_degree`` (edge counts),
    ``degree`` (networkx's normalised degree centrality of the simple undirected graph) and ``pagerank``
    (of the directed graph, parallel edges as weight); by PageRank, highest first, indexed by IRI."""
    import pandas as pd

    g = _graph(source)
    simple = _weighted(g)
    pagerank = nx.pagerank(simple, weight="weight") if simple.number_of_nodes() else {}
    degree = nx.degree_centrality(simple.to_undirected()) if simple.number_of_nodes() > 1 else {}
    rows = [
        {
            "iri": node,
            "label": g.nodes[node]["label"],
            "type": g.nodes[node]["type"],
            "in_degree": int(g.in_degree(node)),
            "out_degree": int(g.out_degree(node)),
            "degree": float(degree.get(node, 0.0)),
            "pagerank": float(pagerank[node]),
        }
        for node in simple
    ]
    rows.sort(key=lambda r: (-r["pagerank"], r["label"]))
    columns = ["iri", "label", "type", "in_degree", "out_degree", "degree", "pagerank"]
    return pd.DataFrame(rows, columns=columns).set_index("iri")


def _weighted(g: nx.MultiDiGraph) -> nx.DiGraph:
    """The actors with edges, one weighted edge per (subject, object) pair; self-loops left out."""
    simple = nx.DiGraph()
    for u, v in g.edges():
        if u != v:
            w = simple.get_edge_data(u, v, {"weight": 0})["weight"]
            simple.add_edge(u, v, weight=w + 1)
    return simple


def communities(source: GraphLike, *, seed: int = 0) -> list[list[str]]:
    """Groups of actors more linked to each other than to the rest (Louvain on the undirected, weighted
    graph of actors with edges, with a fixed ``seed``): lists of IRIs, the largest group first."""
    g = _graph(source)
    undirected = _weighted(g).to_undirected()  # to_undirected keeps one direction's weight: sum both
    for u, v, data in undirected.edges(data=True):
        data["weight"] = sum(g.number_of_edges(a, b) for a, b in ((u, v), (v, u)))
    groups = nx.community.louvain_communities(undirected, weight="weight", seed=seed) if len(undirected) else []
    return sorted((sorted(str(n) for n in c) for c in groups), key=lambda c: (-len(c), c))


def by_country(source: GraphLike, *, self_loops: bool = False) -> nx.MultiDiGraph:
    """The graph rolled up to countries: each actor counts for its country (a country for itself) and actors
    without a country are left out. Edges and claims are kept, with their attributes; edges within one
    country are dropped unless ``self_loops``."""
    g = _graph(source)
    country = {n: n if d["type"] == "Country" else d["country"] for n, d in g.nodes(data=True)}
    c = nx.MultiDiGraph(**g.graph)
    for node, data in g.nodes(data=True):
        key = country[node]
        if key is None:
            continue
        if key not in c:
            attrs = g.nodes[key] if key in g else {"label": key.rstrip("/").rsplit("/", 1)[-1], "type": "Country"}
            c.add_node(key, label=attrs["label"], type="Country", country=None, claims=0)
        c.nodes[key]["claims"] += data["claims"]
    for u, v, k, data in g.edges(keys=True, data=True):
        cu, cv = country[u], country[v]
        if cu is not None and cv is not None and (self_loops or cu != cv):
            c.add_edge(cu, cv, key=k, **data)
    return c
