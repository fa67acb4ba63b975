"""Quotations a claim extends over: a claim whose content lies in a quotation claims every sentence of
that quotation, and of a quotation right after it that no one else is named around (the speaker goes
on: '"...," Ali said. "They have declared ..."')."""

from __future__ import annotations

from spacy.tokens import Span

from ..actors import ActorIndex
from .claims import ClaimMaker
from .content import span_text
from .quotes import Quotations
from .records import RawRelation

__all__ = ["quoted_sentences"]

#: how far (in characters) a quotation may follow the one a claim's content lies in, to go on with it
_GOES_ON = 200


def _sentences(sents: list[Span], q0: int, q1: int) -> list[Span]:
    """The sentences a quotation (from ``q0`` to ``q1``) overlaps."""
    return [s for s in sents if s.end_char > q0 and s.start_char < q1]


def _claimed_quotations(
    quotes: Quotations, sents: list[Span], found: list[RawRelation], actors: ActorIndex
) -> dict[int, RawRelation]:
    """The quotation number → the (first) claim whose content starts in it, or in the one before."""
    by_quote: dict[int, RawRelation] = {}
    for r in found:
        n = quotes.index(r.content_start) if r.predicate == "claims" and r.content_start >= 0 else None
        if n is not None:
            by_quote.setdefault(n, r)
    busy = {r.sentence_start for r in found}  # sentences with relations of their own
    for n in range(1, len(quotes)):
        (_, end0), (q0, q1) = quotes.spans[n - 1], quotes.spans[n]
        around = _sentences(sents, q0, q1)
        named = any(t.i in actors.by_token for s in around for t in s if not q0 <= t.idx < q1)
        if (
            n not in by_quote
            and n - 1 in by_quote
            and q0 - end0 < _GOES_ON
            and not named
            and not any(s.start_char in busy for s in around)
        ):
            by_quote[n] = by_quote[n - 1]
    return by_quote


def quoted_sentences(
    claims: ClaimMaker, quotes: Quotations, sents: list[Span], found: list[RawRelation], actors: ActorIndex
) -> list[RawRelation]:
    """The claims of the quotations the claims ``found`` lie in (see the module's docstring)."""
    if not len(quotes):
        return []
    have = {(r.subject, r.content) for r in found if r.predicate == "claims"}
    extra: list[RawRelation] = []
    for n, r in _claimed_quotations(quotes, sents, found, actors).items():
        q0, q1 = quotes.spans[n]
        for sent in _sentences(sents, q0, q1):
            toks = [t for t in sent if q0 < t.idx < q1 - 1 or (t.idx == q0 and not t.is_punct)]
            said = span_text(sent.doc, toks)
            if said and (r.subject, said) not in have and not any(said in c for _, c in have if c):
                have.add((r.subject, said))
                extra += claims([r.subject], toks, sent, r.cue, actors, how="quotation")
    return extra
