"""What the modules that resolve a token to an actor see of an :class:`~graphkit.nlp.actors.index.ActorIndex`.

They take the index as the :class:`Index` protocol, so that they need not import the index that calls them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from ...resources import Cues
from ...types import Mention
from ..gazetteer import Lookup
from .quotations import Quotations

__all__ = ["Index", "Reference", "known"]

#: an actor in the article's reference order: (index of its head token, its mention, the head's dependency)
Reference = tuple[int, Mention, str]


class Index(Protocol):
    """The actors of one Doc, as the resolution functions read them."""

    doc: Doc
    gaz: Lookup
    cues: Cues
    by_token: dict[int, Mention]  # token index → the actor it names or refers to
    order: list[Reference]  # every actor of the article, in text order
    places: dict[int, str]  # token index → country id of the town or region it names
    described: dict[int, frozenset[str]]  # token index → words of a description that named a person
    version: int  # how many times an actor or a place was added: what was computed from an older one is stale
    #: (version, token positions, the country leading up to each) of ``states.article_country``
    country_leads: tuple[int, list[int], list[str | None]]

    @property
    def sents(self) -> list[Span]: ...

    @property
    def sent_of(self) -> list[int]: ...

    @property
    def tokens(self) -> list[Token]: ...

    @property
    def lowers(self) -> list[str]: ...

    @property
    def quotes(self) -> Quotations: ...

    def add(self, span: Span, mention: Mention, described: frozenset[str] | None = None) -> None: ...

    def resolve(self, tok: Token) -> Mention | None: ...


@lru_cache(maxsize=1 << 12)
def known(gaz: Lookup, kb: str, text: str) -> Mention:
    """The mention of a gazetteer actor, as ``text`` names it (cached: a frozen record, and the same
    actors recur under the same names)."""
    e = gaz.entries[kb]
    return Mention(name=e.label, type=e.type, kb_id=kb, country=gaz.country_of(kb), text=text)
