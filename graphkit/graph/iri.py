"""The one place where graphkit mints IRIs.

IRIs are deterministic (the same input gives the same IRI), readable, percent-safe for any id or
name (quotes, spaces, non-Latin scripts, ``../``, ``#``, ``?``, ``%``) and never shared by two keys:

- an actor key in the gazetteer's spelling (lower-case words joined by ``_``: every gazetteer id,
  and the key :mod:`graphkit.resolve.resolver` gives an unknown name) reads as its words joined by ``-``:
  ``royal_thai_army`` → ``…/actor/royal-thai-army``, ``vladimir_putin`` → ``…/actor/vladimir-putin``;
- an article id made of ASCII letters, digits, ``.``, ``_`` and ``-`` (a file name) is kept as it is:
  ``…/article/dev01_russia_defence_ministry_himars``;
- anything else is ``~`` and the text percent-encoded (``~Jay%20Tarriela``): lossless, so two keys
  never meet, and never a ``.``/``..`` path segment. The readable forms hold no ``~``.

>>> iris = IRIs("https://example.org/kg")
>>> str(iris.actor("royal_thai_army"))
'https://example.org/kg/actor/royal-thai-army'
>>> str(iris.article("../etc/passwd"))
'https://example.org/kg/article/~..%2Fetc%2Fpasswd'

The graph files name the two kinds of node a reader looks up, actors and articles, with prefixes
(:meth:`IRIs.namespaces`), from which the base can be read back (:func:`base_of`):

>>> iris.namespaces()
{'actor': 'https://example.org/kg/actor/', 'article': 'https://example.org/kg/article/'}
>>> base_of(iris.namespaces())
'https://example.org/kg/'
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload
from urllib.parse import quote, urlsplit

from ..errors import GraphkitError
from ..types import Relation

if TYPE_CHECKING:
    from rdflib import URIRef

__all__ = ["DEFAULT_BASE", "IRIs", "article_segment", "base_of", "check_base", "key_segment"]

DEFAULT_BASE = "https://w3id.org/graphkit/id/"

#: The node type IRIs are made as: rdflib's ``URIRef`` by default, ``pyoxigraph.NamedNode`` for the writers.
Node = TypeVar("Node")

_KEY = re.compile(r"[^\W_]+(?:_[^\W_]+)*")  # lower-case words joined by "_": the gazetteer's spelling
_FILE_ID = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]*")  # a file-name-like id, never "." or ".."
_ACTOR, _ARTICLE = "actor/", "article/"  # the paths of actors and articles under the base
#: the characters rdflib's ``URIRef`` refuses in an IRI (``rdflib.term._is_valid_uri``), tested here without rdflib
_NOT_IN_IRI = re.compile(r'[<>" {}|\\^`]')


def _escaped(text: str) -> str:
    return "~" + quote(text, safe="", errors="surrogatepass")


def key_segment(part: str) -> str:
    """One ``/``-free part of an actor key as a path segment: ``royal_thai_army`` → ``royal-thai-army``."""
    if _KEY.fullmatch(part) and part == part.lower():
        return quote(part.replace("_", "-"), safe="-")  # reversible: the key has no "-"
    return _escaped(part)


def article_segment(article_id: str) -> str:
    """An article id as a path segment: a file-name-like id as it is, anything else escaped."""
    return article_id if _FILE_ID.fullmatch(article_id) else _escaped(article_id)


def check_base(base: str) -> str:
    """``base`` as a graph's IRIs are minted under it: ``/`` added unless it ends in ``/`` or ``#``; E042 for a
    base that is not an absolute IRI (rdflib is not imported: a build checks its options before any work).

    >>> check_base("https://example.org/kg"), check_base("https://example.org/kg#")
    ('https://example.org/kg/', 'https://example.org/kg#')
    """
    if not urlsplit(base).scheme or _NOT_IN_IRI.search(base) or urlsplit(base).query:
        raise GraphkitError("E042", base=base)
    return base if base.endswith(("/", "#")) else base + "/"


class IRIs(Generic[Node]):
    """Mint the IRIs of one graph under ``base`` (an absolute IRI; ``/`` is added unless it ends in ``/`` or
    ``#``). Raises :class:`GraphkitError` (E042) for a base that is not an absolute IRI.

    ``term`` makes the node from the IRI's text: rdflib's :class:`~rdflib.URIRef` by default, or
    ``pyoxigraph.NamedNode`` for the streaming writers of :mod:`graphkit.graph.quads`. An actor's node is made
    once per key and kept."""

    @overload
    def __init__(self: IRIs[URIRef], base: str = DEFAULT_BASE) -> None: ...
    @overload
    def __init__(self, base: str, term: Callable[[str], Node]) -> None: ...
    def __init__(self, base: str = DEFAULT_BASE, term: Callable[[str], Any] | None = None) -> None:
        self.base = check_base(base)
        if term is None:
            from rdflib import URIRef  # rdflib loads with the first IRIs that mint its terms, not with this module

            term = cast("Callable[[str], Any]", URIRef)
        self.term: Callable[[str], Node] = term
        self._actors: dict[str, Node] = {}

    def namespaces(self) -> dict[str, str]:
        """The prefixes of the nodes a reader looks up: ``actor`` and ``article``, as the graph files declare them."""
        return {"actor": self.base + _ACTOR, "article": self.base + _ARTICLE}

    def prefixes(self) -> dict[str, str]:
        """Every prefix of the graph: the vocabularies' (:data:`~graphkit.graph.namespaces.PREFIXES`), then
        :meth:`namespaces`. What the graph files declare and what queries know."""
        from .namespaces import PREFIXES  # the vocabularies are rdflib namespaces: loaded on first use

        return {**PREFIXES, **self.namespaces()}

    def actor(self, key: str) -> Node:
        """``vladimir_putin`` → ``…/actor/vladimir-putin``; an anonymous actor's ``article/name`` key
        gives two segments."""
        node = self._actors.get(key)
        if node is None:
            node = self.term(f"{self.base}{_ACTOR}{'/'.join(key_segment(p) for p in key.split('/'))}")
            if len(self._actors) < 1_000_000:  # bounded: a corpus of millions of names mints on
                self._actors[key] = node
        return node

    def actor_at(self, path: str) -> Node:
        """The actor whose IRI ends in ``path`` as it is (what the end of an actor's IRI reads,
        ``vladimir-putin``), for a reader who names an actor that way."""
        return self.term(f"{self.base}{_ACTOR}{path}")

    def article(self, article_id: str) -> Node:
        """The article, which also names the TriG graph of what graphkit read from it."""
        return self.term(f"{self.base}{_ARTICLE}{article_segment(article_id)}")

    def _digest(self, rel: Relation) -> str:
        s, o = rel.subject, rel.object
        parts = [
            rel.evidence.article,
            rel.predicate,
            getattr(s, "key", ""),
            getattr(o, "key", "") if o else "",
            str(rel.evidence.start),
            rel.content or "",
        ]
        by = getattr(rel, "attributed_to", None)
        if by is not None:  # a reported relation and the same one narrated are two statements
            parts.append(by.key)
        return hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def claim(self, rel: Relation) -> Node:
        """The claim a ``claims`` relation makes, a resource of its own (its content)."""
        return self.term(f"{self.base}claim/{article_segment(rel.evidence.article)}/{self._digest(rel)}")

    def statement(self, rel: Relation) -> Node:
        """The relation as an ``rdf:Statement`` (with its evidence, cue, confidence and polarity)."""
        return self.term(f"{self.base}statement/{article_segment(rel.evidence.article)}/{self._digest(rel)}")

    def _evidence(self, rel: Relation) -> str:
        ev = rel.evidence
        return f"{self.base}evidence/{article_segment(ev.article)}/{ev.start}-{ev.end}"

    def evidence(self, rel: Relation) -> Node:
        """The text span ``start``–``end`` of the article (shared by the relations read from it)."""
        return self.term(self._evidence(rel))

    def selectors(self, rel: Relation) -> tuple[Node, Node]:
        """The evidence's Web Annotation selectors: its character positions and its exact text."""
        ev = self._evidence(rel)
        return self.term(f"{ev}/position"), self.term(f"{ev}/quote")


def base_of(prefixes: Mapping[str, str]) -> str | None:
    """The base IRI under which the ``actor:`` prefix of ``prefixes`` (a graph file's, or a query's) was minted,
    or None when there is no such prefix."""
    ns = prefixes.get("actor", "")
    base = ns.removesuffix(_ACTOR)
    return base if ns.endswith(_ACTOR) and base.endswith(("/", "#")) else None
