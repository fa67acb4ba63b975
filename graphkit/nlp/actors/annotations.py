"""What ``gk_actors`` leaves on a Doc: plain annotations, no object that refers back to the Doc.

- ``doc.spans["gk_actors"]``: every span that names or refers to an actor (a named entity, or the head
  noun of a description: "ministry" in "Russia's defence ministry"); its ``Span._.gk_mention`` is the
  :class:`~graphkit.types.Mention` (a frozen record of plain values), and ``Span._.gk_described`` the
  words of a description that introduced a person named right after it;
- ``doc.spans["gk_places"]``: the towns and regions the gazetteer places in a country, whose id is
  their ``Span._.gk_country``.

Span groups keep only a weak reference to their Doc and the extension values live in ``doc.user_data``,
so a Doc that goes out of use is freed at once, by reference counting.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span

from ...errors import GraphkitError
from ...types import Mention

__all__ = [
    "ACTORS_KEY",
    "PLACES_KEY",
    "ActorSpan",
    "PlaceSpan",
    "read_actors",
    "read_places",
    "register_extensions",
    "write",
]

ACTORS_KEY = "gk_actors"
PLACES_KEY = "gk_places"
_EXTENSIONS = ("gk_mention", "gk_described", "gk_country")

#: a span that names or refers to an actor, its mention, and the words of the description that introduced it
ActorSpan = tuple[Span, Mention, frozenset[str] | None]
#: a span that names a town or region, and the id of its country
PlaceSpan = tuple[Span, str]


def register_extensions() -> None:
    """Register graphkit's ``Span._`` attributes, once."""
    for name in _EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def write(doc: Doc, actors: Iterable[ActorSpan], places: Iterable[PlaceSpan]) -> None:
    """Set ``doc``'s actor and place span groups, in text order."""
    spans = []
    for span, m, described in sorted(actors, key=lambda a: a[0].start):
        ext = span._
        ext.gk_mention, ext.gk_described = m, described
        spans.append(span)
    doc.spans[ACTORS_KEY] = spans
    found = []
    for span, cid in places:
        span._.gk_country = cid
        found.append(span)
    doc.spans[PLACES_KEY] = found


def read_actors(doc: Doc) -> Iterator[ActorSpan]:
    """The actor spans of ``doc``, each with its mention and description words, as :func:`write` set them."""
    for span in _group(doc, ACTORS_KEY):
        ext = span._
        yield span, ext.gk_mention, ext.gk_described


def read_places(doc: Doc) -> Iterator[PlaceSpan]:
    """The place spans of ``doc``, each with its country id."""
    for span in _group(doc, PLACES_KEY):
        yield span, span._.gk_country


def _group(doc: Doc, key: str) -> Iterable[Span]:
    if key not in doc.spans:
        raise GraphkitError("E150", key=key)
    return doc.spans[key]
