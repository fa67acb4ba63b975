"""A country's body the article names by its own name alone ("the House of Representatives", "the Senate")
is the gazetteer's body of that name with the article's country before it ("US House of Representatives").

News style names a national institution in full ("the United States House of Representatives") where its
country is not plain, and by its bare name in a story about that country; without this, the two wordings
are two actors. Only a body with neither a gazetteer id nor a country of its own is read so, and only for
the one country the article's named actors and places name most often, twice at least (none when
two tie)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from ...types import Mention
from ..gazetteer import Lookup, norm_name
from .annotations import PlaceSpan
from .base import known

__all__ = ["national_bodies"]


def national_bodies(
    gaz: Lookup, named: list[tuple[Span, Mention]], places: list[PlaceSpan]
) -> list[tuple[Span, Mention]]:
    """``named`` with each countryless unknown body that the gazetteer knows as the leading country's
    body of that name replaced by it."""
    if not any(m.type == "Organization" and m.kb_id is None and m.country is None for _, m in named):
        return named
    country = _leading_country(named, places)
    if country is None:
        return named
    return [(span, _national(gaz, m, country) or m) for span, m in named]


def _leading_country(named: list[tuple[Span, Mention]], places: list[PlaceSpan]) -> str | None:
    """The country the article's named actors (a country, or an actor of one) and places name most
    often, when they name it twice or more and it leads all others."""
    counts = Counter(m.country for _, m in named if m.country)
    counts.update(cid for _, cid in places)
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or len(top) == 2 and top[0][1] == top[1][1]:
        return None  # one person's nationality is no article's country ("the Senate questioned X")
    return top[0][0]


def _national(gaz: Lookup, m: Mention, country: str) -> Mention | None:
    """The gazetteer body of ``country`` named by one of the country's names or demonyms and ``m``'s name
    ("US" + "Senate"), or None."""
    if m.type != "Organization" or m.kb_id is not None or m.country is not None:
        return None
    e = gaz.entries[country]
    for prefix in (e.label, *e.aliases, *e.adjectives):
        kb = gaz.by_name.get(norm_name(f"{prefix} {m.name}"))
        if kb is not None and gaz.entries[kb].type == "Organization" and gaz.entries[kb].country == country:
            return known(gaz, kb, m.text)
    return None
