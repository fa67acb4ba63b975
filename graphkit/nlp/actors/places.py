"""Countries in the text: the country a word names ("Russian", "Ukraine's"), the country a town or
region is in ("Herat" → Afghanistan), and the country the modifiers of a name or a noun name
("Zimbabwean Prime Minister Robert Mugabe", "Russia's defence ministry")."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

from ..gazetteer import Lookup, norm_name
from .base import Index

__all__ = ["country_id", "country_near", "entity_text", "in_country_name", "modifier_country", "place_country"]


def entity_text(tok: Token) -> str:
    """The whole entity a token is part of ("Sierra Leonean"), or the token's text."""
    if not tok.ent_type_:
        return tok.text
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return tok.doc[start:end].text


def country_id(gaz: Lookup, text: str) -> str | None:
    """The country a demonym, name or possessive names ("Russian", "Russia's"), or None."""
    cid = gaz.by_adjective.get(norm_name(text))
    return cid if cid and gaz.entries[cid].type == "Country" else None


def in_country_name(gaz: Lookup, tok: Token) -> bool:
    """Whether a token is part of a country's name or demonym of up to three words, "Korean" of "South
    Korean", "Leonean" of "Sierra Leonean" (a description that starts with the demonym must not repeat it)."""
    doc = tok.doc
    for start in range(max(tok.i - 2, 0), tok.i + 1):
        for end in range(tok.i + 1, min(start + 3, len(doc)) + 1):
            if country_id(gaz, doc[start:end].text) is not None:
                return True
    return False


def place_country(gaz: Lookup, ent: Span) -> str | None:
    """The country of the town or region an entity names, or None."""
    cid = gaz.places.get(norm_name(ent.text))
    if cid is None and ent.root.tag_ == "NNP":  # "the western province of Herat": just the name
        cid = gaz.places.get(norm_name(ent.root.text))
    return cid


def country_near(gaz: Lookup, span: Span, ent_at: Mapping[int, Span]) -> str | None:
    """A country named inside a span or in the modifiers before it (demonym, possessive); ``ent_at`` maps
    the first token index of each entity of the Doc to the entity."""
    start = min(span.root.left_edge.i, span.start)
    if span.root.dep_ in ("appos", "compound") and span.root.head.i < span.start:  # "Niger's ambassador X"
        start = min(start, span.root.head.left_edge.i)
    for ent in (ent_at[i] for i in range(start, span.end) if i in ent_at):  # (Span.ents scans all)
        if ent.label_ in ("GPE", "NORP") and (ent.start < span.start or ent.label_ == "NORP"):
            cid = country_id(gaz, ent.text)
            if cid:
                return cid
    for tok in span.doc[start : span.end]:
        cid = country_id(gaz, tok.text)
        if cid:
            return cid
    return None


def modifier_country(index: Index, tok: Token, depth: int = 1) -> str | None:
    """The country a noun's modifiers name: "Russian forces", "Ukraine's army", "Panamanian army
    officers" (through a compound), "Vietnamese-led forces"."""
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < tok.i:
            if depth and (child.dep_ == "compound" or child.lower_ in index.cues.affiliation_words):
                cid = modifier_country(index, child, depth - 1) or _led_by(index.gaz, child)
                if cid:
                    return cid
            cid = _named_by(index, child)
            if cid:
                return cid
    return None


def _led_by(gaz: Lookup, modifier: Token) -> str | None:
    """ "Vietnamese-led": the country of the adverbial noun before an affiliation word."""
    return next(
        (c for c in (country_id(gaz, entity_text(g)) for g in modifier.children if g.dep_ == "npadvmod") if c), None
    )


def _named_by(index: Index, modifier: Token) -> str | None:
    """The country a modifier names: a demonym or country name, or a country the article's actors include."""
    cid = country_id(index.gaz, entity_text(modifier))
    if cid is None and modifier.i in index.by_token:
        m = index.by_token[modifier.i]
        cid = m.kb_id if m.type == "Country" else None
    return cid
