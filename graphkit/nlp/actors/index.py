"""The read side of the actors: an :class:`ActorIndex` rebuilt from a Doc's annotations, which maps a token
(the head of a noun phrase, a pronoun, a description) to the actor it names or refers to."""

from __future__ import annotations

import bisect
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ...resources import Cues
from ...types import Mention
from ..gazetteer import Lookup
from .anchors import OBJECT_PREPS, anchor
from .annotations import read_actors, read_places
from .base import Reference
from .descriptions import described_actor
from .quotations import Quotations
from .references import parties, pronoun

__all__ = ["ActorIndex", "actor_index"]


def actor_index(doc: Doc, gaz: Lookup, cues: Cues) -> ActorIndex:
    """The actors of ``doc`` as ``gk_actors`` annotated them, for the components after it."""
    index = ActorIndex(doc, gaz, cues)
    for span, m, described in read_actors(doc):
        index.add(span, m, described)
    for span, cid in read_places(doc):
        index.add_place(span, cid)
    return index


class ActorIndex:
    """Token → Mention for one Doc, with reference resolution; built by ``gk_actors``, rebuilt from its
    annotations by :func:`actor_index`. It holds the Doc: keep it no longer than the Doc's processing."""

    def __init__(self, doc: Doc, gaz: Lookup, cues: Cues) -> None:
        self.doc, self.gaz, self.cues = doc, gaz, cues
        self.by_token: dict[int, Mention] = {}  # token index → the actor it names or refers to
        self.order: list[Reference] = []  # (token index, mention, dep of its root), in text order
        self.places: dict[int, str] = {}  # token index → country id of the town or region it names
        self.described: dict[int, frozenset[str]] = {}  # token index → words of a description that named a person
        self.version = 0  # bumped by each add: a cache of what was computed from the index checks it
        self.country_leads: tuple[int, list[int], list[str | None]] = (-1, [], [])  # states.article_country

    @cached_property
    def sents(self) -> list[Span]:
        """The Doc's sentences (once: ``Token.sent`` walks the Doc's sentences on every call)."""
        return list(self.doc.sents)

    @cached_property
    def tokens(self) -> list[Token]:
        """The Doc's tokens as a list (once: iterating a Span indexes the Doc anew for every token), to slice
        a sentence from: ``tokens[sent.start : sent.end]``."""
        return list(self.doc)

    @cached_property
    def lemmas(self) -> list[str]:
        """Each token's lemma, lowercased, by token index (once: ``tok.lemma_.lower()`` makes two strings on
        every call), for the passes that look every word of a sentence up in a word set."""
        return [t.lemma_.lower() for t in self.tokens]

    @cached_property
    def lowers(self) -> list[str]:
        """Each token's lowercase form, by token index (once, as :attr:`lemmas`)."""
        return [t.lower_ for t in self.tokens]

    @cached_property
    def text(self) -> str:
        """The Doc's text (once: ``Doc.text`` joins every token's text anew on each call)."""
        return self.doc.text

    @cached_property
    def quotes(self) -> Quotations:
        """The Doc's quotations (once per Doc)."""
        return Quotations(self.text)

    @cached_property
    def sent_of(self) -> list[int]:
        """Token index → index of its sentence in :attr:`sents`."""
        out = [0] * len(self.doc)
        for n, sent in enumerate(self.sents):
            out[sent.start : sent.end] = [n] * len(sent)
        return out

    def add(self, span: Span, mention: Mention, described: frozenset[str] | None = None) -> None:
        """Record that every token of ``span`` names ``mention`` (an actor the article refers to by it)."""
        root = span.root
        for i in range(span.start, span.end):
            self.by_token[i] = mention
        ref = (root.i, mention, root.dep_)
        if self.order and self.order[-1][0] > root.i:  # gk_actors adds the named actors first, then the described
            bisect.insort(self.order, ref, key=lambda r: r[0])
        else:
            self.order.append(ref)
        if described is not None:
            self.described[root.i] = described
        self.version += 1

    def add_place(self, span: Span, country: str) -> None:
        """Record that ``span`` names a town or region of ``country``."""
        for i in range(span.start, span.end):
            self.places[i] = country
        self.version += 1

    def resolve(self, tok: Token) -> Mention | None:
        """The actor a noun-phrase head, pronoun or description refers to, or None."""
        if tok.i in self.by_token:
            return self.by_token[tok.i]
        for child in tok.children:  # "the state news agency TASS", "spokesman Igor Konashenkov"
            if child.dep_ in ("appos", "compound") and child.i in self.by_token:
                m = self.by_token[child.i]
                if child.dep_ == "appos" or m.type == "Person":
                    return m
        if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":  # "X, who said ...": X
            return self.resolve(tok.head.head)
        if tok.pos_ == "PRON":
            return pronoun(self, tok)
        return described_actor(self, tok)

    def anchor(
        self, tok: Token, *, places: bool = True, preps: tuple[str, ...] = OBJECT_PREPS, depth: int = 2
    ) -> Mention | None:
        """What an event's argument stands for, when it is no actor itself.

        A place stands for its country ("arrived in Amman" → Jordan); a thing or people marked
        with a country stand for it ("Israeli tanks", "an Indian proposal", "Iraqi towns"); a thing
        owned stands for its owner ("North Korea's demand"); otherwise look through a preposition
        ("an attack on a village in Herat", "calls by Belarus's rulers"), at most ``depth`` deep.
        """
        return anchor(self, tok, places=places, preps=preps, depth=depth)

    def parties(self, tok: Token) -> list[Mention]:
        """ "Both sides", "the two countries": the two countries the article has named most so far."""
        return parties(self, tok)
