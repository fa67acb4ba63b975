"""Whether each predicted record is right, by the rules :func:`graphkit.eval.score.score` counts with.

:func:`score` counts per bucket (a claim and each (predicate, subject, object) once per article); this
judges every record on its own, so that the records of one extraction pattern can be counted
(:mod:`graphkit.eval.calibrate`):

- ``True``: it matches a core gold relation (a claim: the same source and 60% of the key words; another
  relation: the same predicate, subject and object, actors as in ``entities.yaml``);
- ``False``: it matches no gold relation of its article (a false positive);
- ``None``: it is not judged: its article has no gold, it matches only an optional gold relation, or it is
  a claim and the gold set annotates no claims (PLOVER's records annotate events only).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..graph.records import RelationRecord
from .gold import GoldRelation, GoldSet
from .results import Unit
from .score import _ActorIndex, _matching_claim, _side, _words

__all__ = ["judge"]


@dataclass(frozen=True)
class _Article:
    """What one article's gold says, in the forms a record is compared with."""

    prefer: set[str]
    claims: list[GoldRelation]
    keys: list[set[str]]  # each gold claim's key words
    core: set[Unit]
    optional: set[Unit]


def _article(relations: tuple[GoldRelation, ...]) -> _Article:
    units = [(g, (g.rel, g.subj, g.obj or "")) for g in relations if g.rel != "claims" and g.obj]
    return _Article(
        prefer={r.subj for r in relations} | {r.obj for r in relations if r.obj},
        claims=[g for g in relations if g.rel == "claims"],
        keys=[_words(g.key) for g in relations if g.rel == "claims"],
        core={u for g, u in units if g.core},
        optional={u for g, u in units if not g.core},
    )


def judge(records: Iterable[RelationRecord], gold: GoldSet) -> list[bool | None]:
    """For each record, in order: right (True), wrong (False) or not judged (None); see the module."""
    index = _ActorIndex(gold.entities)
    articles = {a: _article(rels) for a, rels in gold.articles.items()}
    has_claims = any(art.claims for art in articles.values())
    out: list[bool | None] = []
    for rec in records:
        art = articles.get(rec.get("article", ""))
        if art is None:
            out.append(None)
        elif rec.get("predicate") == "claims":
            out.append(_claim(rec, art, index) if has_claims else None)
        else:
            s, o = _side(rec.get("subject"), index, art.prefer)[0], _side(rec.get("object"), index, art.prefer)[0]
            unit = (rec.get("predicate", ""), s, o)
            out.append(True if unit in art.core else None if unit in art.optional else False)
    return out


def _claim(rec: RelationRecord, art: _Article, index: _ActorIndex) -> bool | None:
    """A claim is right when it holds 60% of the key words of a core gold claim of the same source (the scorer's
    match: a core claim wins over an optional one), not judged when it matches only optional ones."""
    source = index.map(rec.get("subject"), art.prefer)
    hit = _matching_claim(source, _words(rec.get("content") or rec.get("sentence")), art.claims, art.keys, set())
    return None if hit is not None and not art.claims[hit].core else hit is not None
