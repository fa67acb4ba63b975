"""The gazetteer actor a description of a country's body names in other words than the gazetteer's.

"United States military forces", "American military forces" and "US forces" are one actor: a
description whose words are not a gazetteer name as written is looked up again with the country named by
each of its names and demonyms ("United States", "US", "American"), and without the adjectives between
the country and the head noun ("military" of "American military forces"), which qualify the body
without naming another. Compound nouns stay ("air defence forces" are not the forces): they name a
body of their own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..gazetteer import Lookup, norm_name

__all__ = ["known_wording"]


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
