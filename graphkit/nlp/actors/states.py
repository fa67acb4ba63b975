"""Whose country a description is, when no modifier before its noun says so.

- a state body named by a bare noun ("the government", "the military", "police said"; ``cues.yaml``:
  ``government_nouns``, and the ``force_nouns`` that are organisations) is the same body named before
  ("the Iraqi government ... the government"), else the body of the country the article is about: the
  country it has named most often so far, when one leads (CAMEO/PLOVER actor types GOV, MIL, COP: a
  text that fixes its country names its government, army and police by their noun alone);
- a person or group noun whose "of"/"from" phrase names a country ("the President of Gabon", "militant
  groups from Somalia"), or a force whose "in" phrase does ("security forces in Guinea"), belongs to it.
"""

from __future__ import annotations

import bisect
from collections import Counter

from spacy.tokens import Token

from ...types import Mention
from .base import Index
from .places import country_id

__all__ = ["article_country", "is_state_body", "phrase_country", "recent_body"]

#: prepositions whose object says whose people a noun names ("officials from Iraq", "the President of Gabon")
_WHOSE = frozenset({"of", "from"})
#: the determiner of a state body named by its noun alone: "the government"
_DEFINITE = frozenset({"the"})


def is_state_body(index: Index, tok: Token) -> bool:
    """Whether ``tok`` names a state body by its noun alone, definite: "the government", "the army" (not
    "a government", "its army", "Russia's army", "the Chad government", nor "police said", which in a
    report of an event is as often the police of the place as of the country)."""
    if tok.lower_ not in index.cues.state_body_nouns:
        return False
    the = False
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ not in _DEFINITE or c.dep_ in ("poss", "compound", "nummod"):
            return False
        if c.dep_ == "amod" and c.i < tok.i and (c.pos_ == "PROPN" or c.is_title and not c.is_sent_start):
            return False  # "the Comoran army": a demonym the gazetteer does not know is no bare noun
        the = the or c.dep_ == "det"
    return the


def article_country(index: Index, tok: Token) -> str | None:
    """The country the article has named most often before ``tok`` (a country or one of its towns), when
    it leads all others; None when none leads. The leads are counted once for the index as it stands (and
    again only after an actor or place is added to it), not on every call."""
    version, positions, leaders = index.country_leads
    if version != index.version:
        positions, leaders = _leads(index)
        index.country_leads = (index.version, positions, leaders)
    at = bisect.bisect_left(positions, tok.i)  # the positions before tok
    return leaders[at - 1] if at else None


def _leads(index: Index) -> tuple[list[int], list[str | None]]:
    """Each token position that names a country (a country, an actor of it as "Mauritanian refugees", a
    town of it) and the country that leads the count up to it: the only one named most often, or None."""
    named = sorted(
        [(i, m.country) for i, m, _ in index.order if m.country] + list(index.places.items()), key=lambda r: r[0]
    )
    counts: Counter[str] = Counter()
    most, top = 0, set[str]()
    positions: list[int] = []
    leaders: list[str | None] = []
    for i, country in named:
        counts[country] += 1
        if counts[country] > most:
            most, top = counts[country], {country}
        elif counts[country] == most:
            top.add(country)
        lead = next(iter(top)) if len(top) == 1 else None
        if positions and positions[-1] == i:
            leaders[-1] = lead  # several names at one token: counted together
        else:
            positions.append(i)
            leaders.append(lead)
    return positions, leaders


def phrase_country(index: Index, tok: Token) -> str | None:
    """The country an "of"/"from" phrase of a person or group noun names ("the President of Gabon"), or
    the "in" phrase of a force ("security forces in Guinea"): a country named, or an actor of the article
    that is a country."""
    if any(c.dep_ == "compound" and c.i in index.by_token for c in tok.children):
        return None  # "African Union forces from Sudan": the forces of the body its compound names
    preps = _WHOSE | {"in"} if tok.lower_ in index.cues.force_nouns else _WHOSE
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        m = index.by_token.get(obj.i)
        if m is not None:
            return m.kb_id if m.type == "Country" else None
        cid = country_id(index.gaz, obj.text)
        if cid is not None:
            return cid
    return None


def recent_body(index: Index, tok: Token) -> Mention | None:
    """The unnamed organisation (no gazetteer actor) that is the subject of the sentence of
    ``tok`` or of the one before it: the body the text is going on about; not the subject of the clause
    whose object ``tok`` is ("the commission accused the government": the government is somebody else)."""
    first = index.sents[max(index.sent_of[tok.i] - 1, 0)].start
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    own = verb.i if verb is not None and tok.dep_ not in ("nsubj", "nsubjpass") else -1  # its clause's verb
    for i, m, dep in reversed(index.order):
        if i >= tok.i:
            continue
        if i < first:
            return None
        if dep == "nsubj" and m.type == "Organization" and m.kb_id is None:
            # "X accused the government": a body is not what its own clause's subject acts on
            return None if index.doc[i].head.i == own else m
    return None
