"""Bodies of a place the gazetteer does not know, named by that place.

"The Hong Kong authorities", "Hong Kong police", "the Kowloon government": a government or force noun
(``cues.yaml`` ``government_nouns``, ``force_nouns``: CAMEO GOV, MIL, COP) whose compound modifier is a place
the recogniser tagged (GPE) and no country or known town is an actor of its own, labelled as written ("Hong
Kong authorities"), with no country (the words do not say whose the place is). A known town or region gives
its country instead (``places.modifier_country``: "Basra police").
"""

from __future__ import annotations

from spacy.tokens import Token

from ...types import Mention
from .base import Index
from .places import country_id

__all__ = ["local_body", "place_body"]


def local_body(index: Index, tok: Token, country: str) -> Mention | None:
    """ "The Dublin City Council", "the Lagos State House of Assembly"... a body whose compounds say it is a
    town's or county's ("City Council", "County Board") is that place's body, named as written with the
    place before it, of the place's country: not the country's ("Irish City Council")."""
    words = [c for c in tok.lefts if c.dep_ == "compound"]
    if not words or not any(w.lower_ in index.cues.local_government_words for w in words):
        return None
    name = tok.doc[words[0].left_edge.i : tok.i + 1].text
    return Mention(name=name, type="Organization", country=country, text=name)


def place_body(index: Index, tok: Token, kind: str) -> Mention | None:
    """The body ``tok`` names after an unknown place's name ("the Hong Kong authorities"), or None."""
    cues = index.cues
    low = tok.lower_
    if kind == "Person" or tok.pos_ != "NOUN" or low not in cues.government_nouns and low not in cues.force_nouns:
        return None  # a state's body (CAMEO GOV, MIL, COP), not any group of the place ("Baloch separatists")
    place = [c for c in tok.lefts if c.dep_ == "compound" and c.ent_type_ == "GPE"]
    if not place:
        return None
    ent = next((e for e in tok.doc.ents if e.start <= place[-1].i < e.end), None)
    if ent is None or ent.end > tok.i or ent.label_ != "GPE":
        return None
    words = tok.doc[ent.start : tok.i + 1]
    if any(t.i in index.by_token or t.i in index.places for t in words):
        return None  # a country, a known town, or an actor of the article: whose it is is known
    if any(t.pos_ not in ("PROPN", "NOUN", "ADJ") for t in words) or country_id(index.gaz, ent.text) is not None:
        return None
    name = " ".join(t.text if t.ent_type_ == "GPE" else t.lower_ for t in words)
    return Mention(name=name, type=kind, country=None, text=name)
