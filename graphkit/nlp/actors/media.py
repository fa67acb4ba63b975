"""A news organisation referred back to by the kind of outlet it is.

"The network", "the channel", "the broadcaster" after a news organisation was named is that organisation,
when the article has named exactly one of that kind before: one whose name has a media word ("X News
Channel") or that the article describes with one ("X is the largest television broadcasting company",
"broadcaster X"). With none or several, the phrase is nobody: the nearest organisation is not taken on
trust (it may be the regulator that closed the network). The media words are ``cues.yaml``'s
``media_nouns`` (``Cues.media_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...types import Mention
from .base import Index
from .references import same_head

__all__ = ["is_media_reference", "media_referent"]


def is_media_reference(index: Index, tok: Token) -> bool:
    """Whether ``tok`` is a lower-case media noun after "the" whose modifiers are media words too ("the
    network", "the news channel"; not "the police station", "the English Channel")."""
    media = index.cues.media_nouns
    if tok.lower_ not in media or not tok.is_lower or tok.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    return all(c.lower_ in media for c in tok.children if c.dep_ in ("compound", "amod", "nmod"))


def media_referent(index: Index, tok: Token) -> Mention | None:
    """The news organisation a media reference ``tok`` stands for: the last actor named before with that noun
    in its name ("the channel": X News Channel), else the one news organisation named before; None when
    ``tok`` is no media reference or there is none or several."""
    if not is_media_reference(index, tok):
        return None
    named = same_head(index, tok, tok.lower_)
    if named is not None:
        return named
    found: dict[str, Mention] = {}
    for i, m, _ in index.order:
        if i >= tok.i:
            break
        if m.type == "Organization" and not m.anonymous and m.name not in found and _is_media(index, m):
            found[m.name] = m
    return next(iter(found.values())) if len(found) == 1 else None


def _is_media(index: Index, m: Mention) -> bool:
    """Whether the name of ``m`` or a description of it in the article has a media word."""
    media = index.cues.media_nouns
    if any(w in media for w in (*m.name.lower().split(), *m.text.lower().split())):
        return True
    named = sorted(i for i, n in index.by_token.items() if n is m)  # its words, in text order
    return any(_described_as_media(index.tokens[i], media) for i in named)


def _described_as_media(tok: Token, media: frozenset[str]) -> bool:
    """ "broadcaster X", "X, a television network", "X is the largest radio broadcasting company": a noun
    put beside the name, or said of it, with a media word among it and its modifiers."""
    beside = [c for c in tok.children if c.dep_ in ("compound", "appos")]
    if tok.dep_ == "appos":
        beside.append(tok.head)
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        beside += [c for c in tok.head.children if c.dep_ == "attr"]
    for noun in beside:
        if noun.i in range(tok.left_edge.i, tok.i + 1) and noun.dep_ == "compound" and noun.pos_ == "PROPN":
            continue  # a word of the name itself
        words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod", "conj", "nmod"))]
        words += [g for c in noun.children if c.dep_ in ("compound", "amod") for g in c.children if g.dep_ == "conj"]
        if any(w.lower_ in media for w in words):
            return True
    return False
