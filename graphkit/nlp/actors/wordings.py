"""Bodies of a country named in words the gazetteer does not hold as written.

- a country's body the gazetteer knows, named in other words: "United States military forces",
  "American military forces" and "US forces" are one actor. A description whose words are no gazetteer
  name as written is looked up again with its country named by each of its names and demonyms ("United
  States", "US", "American"), and without the adjectives between the country and the head noun
  ("military" of "American military forces"), which qualify the body without naming another; compound
  nouns stay ("air defence forces" are not the forces: they name a body of their own);
- a country's institution named as a proper noun no entity covers ("the United States House of
  Representatives", "the Mexican Chamber of Deputies"): a capitalised head with a capitalised "of" phrase
  and the country's name or demonym before it is a body of that country, named as written (a place or a
  date the recogniser tagged is not, nor a place's name, "the Golan Heights"; a body's noun, "the United
  States Embassy", is a description: :mod:`.descriptions`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...types import Mention
from ..gazetteer import Lookup, norm_name
from .base import Index, known
from .places import country_id, entity_text

__all__ = ["institution", "known_wording", "proper_body"]


def known_wording(gaz: Lookup, country: str, words: list[Token], head: Token) -> str | None:
    """The gazetteer id of an actor of ``country`` that ``words`` (the modifiers kept before ``head``,
    no country word among them) and ``head`` name, under any of the country's names or demonyms, or
    None."""
    e = gaz.entries[country]
    prefixes = [*e.adjectives, e.label, *(a for a in e.aliases if len(a.split()) <= 2)]
    kept = [w for w in words if not (w.dep_ == "amod" and w.pos_ == "ADJ")]
    tails = [" ".join(w.text for w in [*words, head])]
    if len(kept) < len(words):
        tails.append(" ".join(w.text for w in [*kept, head]))
    for tail in tails:
        for prefix in prefixes:
            kb = gaz.by_name.get(norm_name(f"{prefix} {tail}"))
            if kb and kb != country and gaz.country_of(kb) == country:
                return kb
    return None


def institution(index: Index, tok: Token) -> Mention | None:
    """The body of a country a proper noun names ("the United States House of Representatives"), or None."""
    if tok.pos_ != "PROPN" or not tok.is_title or tok.ent_type_ or tok.i in index.places:
        return None
    if tok.lower_ in index.cues.org_nouns:
        return None  # "the United States Embassy": a description of a country's body (descriptions)
    country = next(
        (
            cid
            for c in tok.children
            if c.dep_ in ("compound", "amod") and c.i < tok.i
            for cid in [_country_of(index, c)]
            if cid is not None
        ),
        None,
    )
    if country is None:
        return None
    start = tok.left_edge.i
    while start < tok.i and (tok.doc[start].dep_ == "det" or tok.doc[start].is_punct):
        start += 1
    end = tok.i
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    if of is None or not all(t.is_title for t in tok.doc[of.i + 1 : of.right_edge.i + 1]):
        return None  # an institution's name says whose it is: "House of Representatives"; "Golan Heights" not
    end = of.right_edge.i
    name = tok.doc[start : end + 1].text
    kb = index.gaz.by_name.get(norm_name(name))
    if kb:
        return known(index.gaz, kb, name)
    return Mention(name=name, type="Organization", country=country, text=name)


def proper_body(index: Index, tok: Token, country: str) -> Mention | None:
    """ "The United States Commission on Civil Rights": a capitalised body noun (a
    description's head) whose capitalised "of"/"on"/"for" phrase follows it is the body's proper name, an
    actor of ``country`` named as written (up to a bracket or comma), not "the American commission"."""
    if tok.pos_ != "PROPN" or not tok.is_title or tok.is_sent_start:
        return None
    prep = next(
        (c for c in tok.children if c.dep_ == "prep" and c.lower_ in index.cues.name_prepositions and c.i == tok.i + 1),
        None,
    )
    if prep is None:
        return None
    end = prep.i + 1
    while end <= prep.right_edge.i and not tok.doc[end].is_punct:
        end += 1
    words = tok.doc[prep.i + 1 : end]
    if not words or not words[-1].is_title or not all(t.is_title or t.pos_ in ("ADP", "DET", "CCONJ") for t in words):
        return None  # "the Ministry of defence and trade": no name; "the Committee on Monday": a date
    if any(t.ent_type_ in ("DATE", "TIME") or t.i in index.by_token for t in words):
        return None
    start = tok.left_edge.i
    while start < tok.i and tok.doc[start].dep_ in ("det", "poss", "case"):
        start += 1
    name = tok.doc[start:end].text
    kb = index.gaz.by_name.get(norm_name(name))
    if kb:
        return known(index.gaz, kb, name)
    return Mention(name=name, type="Organization", country=country, text=name)


def _country_of(index: Index, modifier: Token) -> str | None:
    """The country a modifier names: a demonym or a name ("Iraqi", "United States"), not a capital."""
    text = entity_text(modifier)
    cid = country_id(index.gaz, text)
    if cid is None or norm_name(text) in {norm_name(n) for n in index.gaz.entries[cid].metonyms}:
        return None  # a capital is a place here: "the Dublin Council" is the city's
    return cid
