"""What the ``actors`` and ``countries`` views need of relation records, gathered one record at a time.

A build's views read ``relations.jsonl`` once, as a stream (:class:`Summary`): what they keep grows with the
distinct actors and edges, not with the records (per edge a count and its first :data:`MAX_SENTENCES`
evidence sentences, as :class:`Said` lines). The tooltips of every view are made here (:func:`tooltip`).

>>> a = {"id": "x:a", "label": "A", "type": "Country", "country": "A", "wikidata": None}
>>> b = {"id": "x:b", "label": "B", "type": "Country", "country": "B", "wikidata": None}
>>> rec = {"article": "a1", "predicate": "accuses", "sentence": "A accused B.", "subject": a, "object": b}
>>> nodes, edges = Summary.of([rec, rec]).countries_view({"a1": "The article"})
>>> [n.id for n in nodes], [(e.source, e.predicate, e.target, e.weight) for e in edges]
(['country:A', 'country:B'], [('country:A', 'accuses', 'country:B', 2)])
>>> print(edges[0].tooltip)
A → B, The article: A accused B.
<BLANKLINE>
A → B, The article: A accused B.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from typing import TypedDict

from ..graph.records import ActorRecord, RelationRecord
from .html import MAX_EVIDENCE, ViewEdge, ViewNode

__all__ = ["MAX_SENTENCES", "EdgeKey", "Said", "Summary", "actor_node", "said", "titled", "tooltip"]

#: Evidence sentences per tooltip (and per edge, and claims per actor, in the page); the rest are counted.
MAX_SENTENCES = MAX_EVIDENCE

EdgeKey = tuple[str, str, str]  # (source id, predicate, target id)


class Said(TypedDict):
    """What a view keeps of a record, for its tooltip line and the explorer's panel, filters and export: its
    article and sentence, the labels of its actors, and where and when it was said."""

    article: str
    sentence: str
    subject: str
    object: str | None
    by: str | None  # the claimant of a reported relation
    content: str | None
    cue: str | None
    title: str | None
    date: str | None
    source: str | None  # the outlet
    url: str | None
    confidence: float | None
    modality: str | None


def _text(m: Mapping[str, object], key: str) -> str | None:
    value = m.get(key)
    return value if isinstance(value, str) else None


def said(r: RelationRecord) -> Said:
    """What a view keeps of a record (the keys a record may lack are None)."""
    obj, by = r.get("object"), r.get("attributed_to")
    m: Mapping[str, object] = r  # the keys other stages may add, read with .get()
    confidence = m.get("confidence")
    article = r.get("article", "")
    return {
        "article": article,
        "sentence": r.get("sentence", ""),
        "subject": r["subject"]["label"],
        "object": obj["label"] if obj else None,
        "by": by["label"] if by else None,
        "content": _text(m, "content"),
        "cue": _text(m, "cue"),
        "title": _text(m, "title"),
        "date": _text(m, "date"),
        "source": _text(m, "source"),
        "url": _text(m, "url"),
        "confidence": confidence if isinstance(confidence, (int, float)) else None,
        "modality": _text(m, "modality"),
    }


def tooltip(
    lines: Sequence[Said], total: int, titles: Mapping[str, str], prefix: Callable[[Said], str] | None = None
) -> str:
    """The tooltip of ``total`` records of which ``lines`` are the first: at most :data:`MAX_SENTENCES` sentences,
    each after its article's title, then how many more there are."""
    text = [
        (prefix(s) if prefix else "")
        + (f"according to {s['by']}, " if s.get("by") else "")
        + f"{titles.get(s['article'], s['article'])}: {s['sentence']}"
        for s in lines[:MAX_SENTENCES]
    ]
    if total > MAX_SENTENCES:
        text.append(f"… and {total - MAX_SENTENCES} more")
    return "\n\n".join(text)


def titled(lines: Iterable[Said], titles: Mapping[str, str]) -> tuple[Said, ...]:
    """``lines`` with the title of their article from ``titles`` where the record had none."""
    return tuple(s if s["title"] or s["article"] not in titles else {**s, "title": titles[s["article"]]} for s in lines)


def actor_node(a: ActorRecord, text: str, claims: int = 0, evidence: Sequence[Said] = ()) -> ViewNode:
    """An actor's node, ``text`` its tooltip, which ends with its Wikidata id; ``claims``: how many it made,
    ``evidence`` the first of them."""
    extra = f"\nWikidata: {a['wikidata']}" if a.get("wikidata") else ""
    return ViewNode(
        id=a["id"],
        label=a["label"],
        type=a["type"],
        country=a.get("country"),
        tooltip=text + extra,
        wikidata=a.get("wikidata"),
        iso3=_text(a, "iso3"),
        claims=claims,
        evidence=tuple(evidence),
    )


class _EdgeGroups:
    """Edges keyed (source, predicate, target) as records stream by: how many records each has, and the first
    :data:`MAX_SENTENCES` of them (their evidence, in input order), so memory grows with edges, not records.
    ``reported``: the edges of relations reported in somebody's claim (drawn dashed)."""

    def __init__(self, reported: bool = False) -> None:
        self.reported = reported
        self.count: Counter[EdgeKey] = Counter()
        self.evidence: dict[EdgeKey, list[Said]] = {}

    def add(self, key: EdgeKey, r: RelationRecord) -> None:
        self.count[key] += 1
        kept = self.evidence.setdefault(key, [])
        if len(kept) < MAX_SENTENCES:
            kept.append(said(r))

    def edges(
        self,
        titles: Mapping[str, str],
        prefix: Callable[[Said], str] | None = None,
        keep: Container[str] | None = None,
    ) -> list[ViewEdge]:
        """The edges, sorted by key; ``keep``: only those between these node ids (None: all)."""
        return [
            ViewEdge(
                s,
                o,
                p,
                tooltip(self.evidence[(s, p, o)], n, titles, prefix),
                n,
                self.reported,
                evidence=titled(self.evidence[(s, p, o)], titles),
            )
            for (s, p, o), n in sorted(self.count.items())
            if keep is None or (s in keep and o in keep)
        ]


def _country(a: ActorRecord | None) -> str | None:
    """The label of the actor's country (a country's own label), or None."""
    if not a:
        return None
    return a.get("country") or (a["label"] if a.get("type") == "Country" else None)


def _between(s: Said) -> str:
    return f"{s['subject']} → {s['object']}, "


class Summary:
    """What the ``actors`` and ``countries`` views need of records, gathered one record at a time (:meth:`add`):
    per actor its first record and its claims, per country its members' labels, and the edges of both views;
    and how many records mention each actor and each country, to pick the most-mentioned when a view has too
    many nodes (:func:`graphkit.views.records.render_views`). Nothing in it grows with records that repeat
    actors and edges."""

    def __init__(self) -> None:
        self.actors: dict[str, ActorRecord] = {}
        self.claims: Counter[str] = Counter()  # per actor: how many claims; per country node, apart
        self.country_claims: Counter[str] = Counter()
        self.claim_rows: dict[str, list[Said]] = {}  # per actor and per country node: the first claims
        # asserted and reported edges apart: a fact and somebody's claim of it are two edges
        self.actor_edges, self.reported_actor_edges = _EdgeGroups(), _EdgeGroups(reported=True)
        self.members: dict[str, set[str]] = defaultdict(set)
        self.country_edges, self.reported_country_edges = _EdgeGroups(), _EdgeGroups(reported=True)
        self.mentions: dict[str, Counter[str]] = {"actors": Counter(), "countries": Counter()}

    @classmethod
    def of(cls, records: Iterable[RelationRecord]) -> Summary:
        """The summary of ``records``, read once."""
        summary = cls()
        for r in records:
            summary.add(r)
        return summary

    def add(self, r: RelationRecord) -> None:
        subj, obj, pred = r["subject"], r.get("object"), r["predicate"]
        # an actor's first record stands for it; keys share its id (one string per actor, not per record)
        sid = self.actors.setdefault(subj["id"], subj)["id"]
        oid = self.actors.setdefault(obj["id"], obj)["id"] if obj else None
        self.mentions["actors"].update({k for k in (sid, oid) if k is not None})
        cs, co = _country(subj), _country(obj)
        for c, a in ((cs, subj), (co, obj)):
            if c and a:
                self.members[c].add(a["label"])
        self.mentions["countries"].update({f"country:{c}" for c in (cs, co) if c})
        if pred == "claims":
            self._claim(sid, self.claims, r)
            if cs:
                self._claim(f"country:{cs}", self.country_claims, r)
            return
        reported = bool(r.get("attributed_to"))
        if oid is not None:
            (self.reported_actor_edges if reported else self.actor_edges).add((sid, pred, oid), r)
        if cs and co and cs != co:
            groups = self.reported_country_edges if reported else self.country_edges
            groups.add((f"country:{cs}", pred, f"country:{co}"), r)

    def _claim(self, key: str, counter: Counter[str], r: RelationRecord) -> None:
        counter[key] += 1
        kept = self.claim_rows.setdefault(key, [])
        if len(kept) < MAX_SENTENCES:
            kept.append(said(r))

    def actors_view(
        self, titles: Mapping[str, str], keep: Container[str] | None = None
    ) -> tuple[list[ViewNode], list[ViewEdge]]:
        """The ``actors`` view; ``keep``: only these actors (None: all)."""
        nodes = [
            actor_node(a, f"{self.claims[k]} claim(s)", self.claims[k], titled(self.claim_rows.get(k, ()), titles))
            for k, a in sorted(self.actors.items())
            if keep is None or k in keep
        ]
        return nodes, self.actor_edges.edges(titles, keep=keep) + self.reported_actor_edges.edges(titles, keep=keep)

    def countries_view(
        self, titles: Mapping[str, str], keep: Container[str] | None = None
    ) -> tuple[list[ViewNode], list[ViewEdge]]:
        """The ``countries`` view; ``keep``: only these country nodes (None: all)."""
        nodes = [
            ViewNode(
                id=f"country:{c}",
                label=c,
                type="Country",
                country=c,
                tooltip=f"{len(m)} actor(s): " + ", ".join(sorted(m)[:30]) + (" …" if len(m) > 30 else ""),
                claims=self.country_claims[f"country:{c}"],
                evidence=titled(self.claim_rows.get(f"country:{c}", ()), titles),
            )
            for c, m in sorted(self.members.items())
            if keep is None or f"country:{c}" in keep
        ]
        edges = self.country_edges.edges(titles, _between, keep=keep)
        return nodes, edges + self.reported_country_edges.edges(titles, _between, keep=keep)
