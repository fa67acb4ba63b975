"""Score ``relations.jsonl`` records against a gold set, with the numbers of the team's reference scorer.

A gold set (the annotation guide, ANNOTATION.md) is a folder holding ``entities.yaml``, every actor
once, and ``gold/<article>.yaml``, the relations of one article. Only articles with a gold file are
scored::

    from graphkit.eval.score import load_gold, score
    scores = score(records, load_gold("tests/data/dev"))   # records: graphkit.graph.records.relation_records(...)
    scores.buckets["claims"].f1                             # the Scores of graphkit.eval.results

The buckets:

- ``claims``: a claim matches a gold claim of the same source when it holds at least 60% of the
  gold claim's key words;
- ``accuses``, ``other``: (predicate, subject, object) per article, actors as in ``entities.yaml``;
- ``accuses_country``, ``relations_country``: the same with each actor rolled up to its country;
  a node that maps to no gold actor is rolled up through its own ``country`` field;
- ``attribution``: of the predicted relations that match a gold relation, those whose ``attributed_to``
  agrees with the gold's ``via`` (see :class:`~graphkit.eval.results.Attribution`);
- ``entities``: fragmentation, the distinct node ids per gold actor (1.0 is ideal), and the
  conflated nodes, node ids that stand for more than one gold actor.

A relation marked ``core: false`` in the gold is optional: finding it neither helps nor hurts.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from ..graph.records import ActorRecord, RelationRecord
from .gold import GoldEntity, GoldRelation, GoldSet, load_gold
from .results import BUCKETS, PRF, Attribution, EntityScores, Mismatch, Scores, Unit

__all__ = ["BUCKETS", "CLAIM_OVERLAP", "PRF", "EntityScores", "Mismatch", "Scores", "load_gold", "score"]

#: The share of a gold claim's key words that a predicted claim must hold to match it.
CLAIM_OVERLAP = 0.6
_STOP = frozenset(
    "a an the of to in on at by for from with and or but that this these those is are was were be been "
    "its it his her their our as than".split()
)


def score(records: Iterable[RelationRecord], gold: GoldSet | str | Path) -> Scores:
    """Score relation records (the lines of ``relations.jsonl``) against a gold set or its folder."""
    gold = gold if isinstance(gold, GoldSet) else load_gold(gold)
    index = _ActorIndex(gold.entities)
    preds: dict[str, list[RelationRecord]] = defaultdict(list)
    for rec in records:
        if rec.get("article") in gold.articles:
            preds[rec["article"]].append(rec)
    buckets = dict.fromkeys(BUCKETS, PRF())
    attribution = Attribution()
    errors: list[Mismatch] = []
    node_ids: dict[str, set[str]] = defaultdict(set)
    for article, relations in gold.articles.items():
        prefer = {r.subj for r in relations} | {r.obj for r in relations if r.obj}
        _collect_node_ids(preds[article], index, prefer, node_ids)
        claims, claim_errors = _score_claims(article, preds[article], relations, index, prefer)
        attributed, attribution_errors = _score_attribution(article, preds[article], relations, index, prefer)
        others, other_errors = _score_relations(article, preds[article], relations, index, prefer)
        for bucket, counts in [("claims", claims), *others]:
            buckets[bucket] += counts
        attribution += attributed
        errors += claim_errors + attribution_errors + other_errors
    return Scores(
        buckets=buckets,
        entities=_entity_scores(node_ids),
        articles=len(gold.articles),
        articles_with_output=sum(1 for a in gold.articles if preds[a]),
        errors=tuple(errors),
        attribution=attribution,
    )


class _ActorIndex:
    """Map a record's node to a gold actor: by its Wikidata id, else by its normalised label (an
    ambiguous label is narrowed to the actors of the article's gold)."""

    def __init__(self, entities: Mapping[str, GoldEntity]) -> None:
        self.entities = entities
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.by_qid: dict[str, str] = {}
        for e in entities.values():
            for name in (e.label, *e.aliases):
                self.by_name[_norm(name)].add(e.id)
            if e.wikidata:
                self.by_qid[e.wikidata] = e.id

    def map(self, node: ActorRecord | None, prefer: set[str]) -> str | None:
        """The gold id of a record's actor: by its Wikidata id, else by its label (see :meth:`named`)."""
        if not node:
            return None
        qid = node.get("wikidata")
        if qid and qid in self.by_qid:
            return self.by_qid[qid]
        return self.named(node.get("label"), prefer)

    def named(self, label: str | None, prefer: set[str]) -> str | None:
        """The gold id of the one actor with this normalised label or alias (of those in ``prefer`` when
        several have it), or None."""
        candidates = self.by_name.get(_norm(label), set())
        if len(candidates) > 1:
            candidates = candidates & prefer
        return next(iter(candidates)) if len(candidates) == 1 else None

    def country(self, eid: str | None) -> str | None:
        """The gold id of the actor's country (a country is its own), or None."""
        if eid is None:
            return None
        e = self.entities[eid]
        return eid if e.type == "Country" else e.country


def _norm(label: str | None) -> str:
    """A label without case, possessive, leading article, dots and punctuation."""
    if not label:
        return ""
    s = unicodedata.normalize("NFKC", label).lower().replace("\u2019", "'")
    s = re.sub(r"'s?$", "", s.strip())
    s = re.sub(r"^the\s+", "", s)
    s = s.replace(".", "")
    s = re.sub(r"[^\w\s-]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def _words(text: str | None) -> set[str]:
    """The content words of a text: lower-case alphanumeric tokens, stop words left out."""
    return {t for t in re.findall(r"[a-z0-9]+", (text or "").lower()) if t not in _STOP}


def _collect_node_ids(
    preds: Sequence[RelationRecord], index: _ActorIndex, prefer: set[str], node_ids: dict[str, set[str]]
) -> None:
    """Note which node ids (or, without one, normalised labels) stand for each gold actor."""
    for p in preds:
        for node in (p.get("subject"), p.get("object")):
            eid = index.map(node, prefer)
            if node and eid:
                node_ids[eid].add(str(node.get("id") or _norm(node.get("label"))))


def _score_claims(
    article: str, preds: Sequence[RelationRecord], gold: Sequence[GoldRelation], index: _ActorIndex, prefer: set[str]
) -> tuple[PRF, list[Mismatch]]:
    """Match each distinct predicted claim to a gold claim; core gold claims left unmatched are misses."""
    claims = [g for g in gold if g.rel == "claims"]
    keys = [_words(g.key) for g in claims]
    matched: set[int] = set()
    seen: set[tuple[str, str]] = set()
    tp = fp = 0
    errors: list[Mismatch] = []
    for p in preds:
        if p.get("predicate") != "claims":
            continue
        subject = p.get("subject")
        label = subject.get("label") if subject else None
        source = index.map(subject, prefer)
        text = p.get("content") or p.get("sentence")
        words = _words(text)
        dedupe = (source or _norm(label), " ".join(sorted(words)))
        if dedupe in seen:
            continue
        seen.add(dedupe)
        hit = _matching_claim(source, words, claims, keys, matched)
        if hit is None:
            fp += 1
            errors.append(Mismatch("FP claims", article, label, text))
        elif claims[hit].core and hit not in matched:
            matched.add(hit)
            tp += 1
    missed = [g for i, g in enumerate(claims) if g.core and i not in matched]
    errors += [Mismatch("FN claims", article, g.subj, g.key) for g in missed]
    return PRF(tp, fp, len(missed)), errors


def _matching_claim(
    source: str | None, words: set[str], claims: Sequence[GoldRelation], keys: Sequence[set[str]], matched: set[int]
) -> int | None:
    """The gold claim of the same source whose key words the prediction holds (60%): the last core
    claim not yet matched, else the first candidate (optional or already matched), else None."""
    hit = None
    for i, (g, key) in enumerate(zip(claims, keys, strict=True)):
        if source == g.subj and key and len(key & words) / len(key) >= CLAIM_OVERLAP:
            if hit is None or (g.core and i not in matched):
                hit = i
    return hit


def _score_attribution(
    article: str, preds: Sequence[RelationRecord], gold: Sequence[GoldRelation], index: _ActorIndex, prefer: set[str]
) -> tuple[Attribution, list[Mismatch]]:
    """Whose statement each predicted relation that matches a gold one is, against the gold's ``via``
    (a claimant's id, or None where the article narrates it); each (predicate, subject, object) once."""
    vias: dict[Unit, set[str | None]] = defaultdict(set)
    for g in gold:
        if g.rel != "claims" and g.obj:
            vias[g.rel, g.subj, g.obj].add(g.via)
    counts = Attribution()
    seen: set[Unit] = set()
    errors: list[Mismatch] = []
    for p in preds:
        if p.get("predicate") in (None, "claims"):
            continue
        unit = (p["predicate"], _side(p.get("subject"), index, prefer)[0], _side(p.get("object"), index, prefer)[0])
        if unit not in vias or unit in seen:
            continue
        seen.add(unit)
        by = p.get("attributed_to")  # whose claim the record says it is
        verdict, error = _attribution_verdict(by, vias[unit], index, prefer)
        counts += verdict
        errors += [Mismatch(error[0], article, unit, error[1])] if error else []
    return counts, errors


def _attribution_verdict(
    by: ActorRecord | None, vias: set[str | None], index: _ActorIndex, prefer: set[str]
) -> tuple[Attribution, tuple[str, str] | None]:
    """One matched relation's count, and its error (kind, what) unless its attribution is right."""
    claimant = index.map(by, prefer) if by else None
    claimants = sorted(v for v in vias if v)
    if (by is None and None in vias) or (claimant is not None and claimant in vias):
        return Attribution(matched=1, correct=1), None
    if by is None:
        return Attribution(matched=1, as_fact=1), ("AS FACT", f"gold: claimed by {claimants}")
    if vias == {None}:
        return Attribution(matched=1, as_reported=1), ("AS REPORTED", f"narrated, got {by.get('label')}")
    return Attribution(matched=1, wrong_claimant=1), ("WRONG CLAIMANT", f"gold {claimants}, got {by.get('label')}")


def _score_relations(
    article: str, preds: Sequence[RelationRecord], gold: Sequence[GoldRelation], index: _ActorIndex, prefer: set[str]
) -> tuple[list[tuple[str, PRF]], list[Mismatch]]:
    """Compare the actor-actor relations per actor and rolled up to countries (errors: per actor only)."""
    core = {(g.rel, g.subj, g.obj) for g in gold if g.rel != "claims" and g.obj and g.core}
    optional = {(g.rel, g.subj, g.obj) for g in gold if g.rel != "claims" and g.obj and not g.core}
    units: set[Unit] = set()
    country_units: set[Unit] = set()
    for p in preds:
        if p.get("predicate") in (None, "claims"):
            continue
        (s, cs), (o, co) = _side(p.get("subject"), index, prefer), _side(p.get("object"), index, prefer)
        units.add((p["predicate"], s, o))
        if cs != co:
            country_units.add((p["predicate"], cs, co))
    country_core = _roll_up(core, index)
    country_optional = _roll_up(optional, index) - country_core
    out: list[tuple[str, PRF]] = []
    errors: list[Mismatch] = []
    for bucket, sel in (("accuses", _is_accusation), ("other", _is_other)):
        counts, fps, fns = _compare(_only(units, sel), _only(core, sel), _only(optional, sel))
        errors += [Mismatch(f"FP {bucket}", article, u, "") for u in sorted(fps)]
        errors += [Mismatch(f"FN {bucket}", article, u, "") for u in sorted(fns)]
        out.append((bucket, counts))
    for bucket, sel in (("accuses_country", _is_accusation), ("relations_country", _any)):
        counts, _, _ = _compare(_only(country_units, sel), _only(country_core, sel), _only(country_optional, sel))
        out.append((bucket, counts))
    return out, errors


def _side(node: ActorRecord | None, index: _ActorIndex, prefer: set[str]) -> tuple[str, str]:
    """A relation's end as (actor, country): gold ids where the node maps to a gold actor; else
    ``?label`` and the country of the node's own ``country`` field (or ``?label`` again)."""
    eid = index.map(node, prefer)
    if eid:
        return eid, index.country(eid) or eid
    unknown = "?" + _norm(node.get("label") if node else None)
    home = node.get("country") if node else None
    country = index.named(home, prefer) if home else None
    if country and index.entities[country].type == "Country":
        return unknown, country
    return unknown, unknown


def _roll_up(units: set[Unit], index: _ActorIndex) -> set[Unit]:
    """Gold relations between the actors' countries; a relation within one country is dropped."""
    out = set()
    for rel, s, o in units:
        cs, co = index.country(s) or s, index.country(o) or o
        if cs != co:
            out.add((rel, cs, co))
    return out


def _compare(pred: set[Unit], core: set[Unit], optional: set[Unit]) -> tuple[PRF, set[Unit], set[Unit]]:
    """Counts, false positives and false negatives; an optional relation neither helps nor hurts."""
    fps, fns = pred - core - optional, core - pred
    return PRF(len(pred & core), len(fps), len(fns)), fps, fns


def _only(units: set[Unit], sel: Callable[[Unit], bool]) -> set[Unit]:
    return {u for u in units if sel(u)}


def _is_accusation(u: Unit) -> bool:
    return u[0] == "accuses"


def _is_other(u: Unit) -> bool:
    return u[0] != "accuses"


def _any(u: Unit) -> bool:
    return True


def _entity_scores(node_ids: Mapping[str, set[str]]) -> EntityScores:
    sizes = [len(ids) for ids in node_ids.values()]
    owners: dict[str, set[str]] = defaultdict(set)
    for eid, ids in node_ids.items():
        for i in ids:
            owners[i].add(eid)
    return EntityScores(
        gold_entities_found=len(sizes),
        fragmentation=round(sum(sizes) / len(sizes), 3) if sizes else None,
        conflated_nodes=tuple(sorted(i for i, es in owners.items() if len(es) > 1)),
    )
