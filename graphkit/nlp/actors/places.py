"""Countries in the text: the country a word names ("Russian", "Ukraine's"), the country a town or
region is in ("Herat" → Afghanistan), and the country the modifiers of a name or a noun name
("Zimbabwean Prime Minister Robert Mugabe", "Russia's defence ministry")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache

from spacy.tokens import Span, Token

from ..gazetteer import Lookup, norm_name
from .base import Index

__all__ = [
    "country_id",
    "country_near",
    "entity_text",
    "in_country_name",
    "misspelt_country",
    "modifier_country",
    "place_country",
    "surname_country",
]


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


@lru_cache(maxsize=8)
def _surnames(gaz: Lookup) -> dict[str, frozenset[str | None]]:
    """Surname → the countries of the gazetteer's persons whose name ends with it (once per gazetteer)."""
    out: dict[str, set[str | None]] = defaultdict(set)
    for e in gaz.entries.values():
        if e.type == "Person":
            out[norm_name(e.label.split()[-1])].add(e.country)
    return {k: frozenset(v) for k, v in out.items()}


def surname_country(gaz: Lookup, name: str) -> str | None:
    """The country of a person named by a surname alone that the gazetteer knows only under full names,
    when every known bearer of it is of one country: a family of leaders shares one ("President Bush",
    "Gandhi", "Castro" → their country; "Singh", "Hussein": bearers of several countries, none)."""
    countries = _surnames(gaz).get(norm_name(name), frozenset()) if " " not in name.strip() else frozenset()
    return next(iter(countries)) if len(countries) == 1 else None


#: the shortest country name a misspelling is read for: shorter names are a letter apart from other places
#: ("Iberia", "Liberia"; "Oman", "Omaha")
_SPELLING_MIN = 8


@lru_cache(maxsize=8)
def _country_names(gaz: Lookup) -> dict[str, str]:
    """The names of the gazetteer's countries (label and aliases, normalised) → country id."""
    return {
        norm_name(n): e.id
        for e in gaz.entries.values()
        if e.type == "Country"
        for n in (e.label, *e.aliases)
        if len(n) >= _SPELLING_MIN
    }


@lru_cache(maxsize=8)
def _country_names_by_length(gaz: Lookup) -> dict[int, list[tuple[str, str]]]:
    """:func:`_country_names` by the length of the name: a slip changes a name's length by one at most."""
    out: dict[int, list[tuple[str, str]]] = {}
    for name, cid in _country_names(gaz).items():
        out.setdefault(len(name), []).append((name, cid))
    return out


def _one_slip(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter dropped, doubled or added, or two neighbours swapped (the
    slips of typing; a letter replaced by another is left out: "Columbia" is a place of its own)."""
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(long_) - len(short) == 1 and any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def misspelt_country(gaz: Lookup, text: str) -> str | None:
    """The country a name the gazetteer does not know misspells by one slip ("Afganistan", "Phillipines"),
    for names of eight letters or more; None when no country or several are that close."""
    low = norm_name(text)
    if len(low) < _SPELLING_MIN or low in gaz.by_name or low in gaz.places:
        return None
    by_length, n = _country_names_by_length(gaz), len(low)
    hits = {cid for k in (n - 1, n, n + 1) for name, cid in by_length.get(k, ()) if _one_slip(low, name)}
    return next(iter(hits)) if len(hits) == 1 else None


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
    head = span.root.head
    if span.root.dep_ in ("appos", "compound") and head.i < span.start and head.ent_type_ != "PERSON":
        start = min(start, head.left_edge.i)  # "Niger's ambassador X"; not "Egyptian minister X ..., Y": X's
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
    """The country a modifier names: a demonym or country name, a town or region of it ("Basra policemen"),
    or a country the article's actors include."""
    cid = country_id(index.gaz, entity_text(modifier)) or index.places.get(modifier.i)  # "Basra policemen"
    if cid is None and modifier.i in index.by_token:
        m = index.by_token[modifier.i]
        cid = m.kb_id if m.type == "Country" else None
    return cid
