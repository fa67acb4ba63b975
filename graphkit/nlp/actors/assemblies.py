"""Gatherings that act as one: "the Cairo summit denounced the agreement", "the conference called on X".

A meeting of delegates (``cues.yaml`` ``assembly_nouns``: summit, conference, assembly, ...) is an actor of
its own, a Group of no country, when it does what an actor does: it is the subject or the agent of a cue
verb ("the summit condemned", "was denounced by the conference") or it owns a statement ("the conclusions
of the summit", "the summit's declaration"). It is named by what qualifies it, a place or a body before
it or a place after "in" ("the Cairo summit", "an assembly of ministers in Cairo", "the NATO summit"):
"Cairo summit". A gathering named again refers back to the one named before: by the same qualifier, or,
with "the" and no qualifier ("the summit"), the last one named. An unqualified gathering named for the
first time is nobody: nothing says which it is.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...types import Mention
from .base import Index

__all__ = ["assembly"]

#: the dependencies of a gathering that acts: the subject of a verb, the object of "by" in a passive
_ACTING = frozenset({"nsubj", "pobj", "poss"})


def assembly(index: Index, tok: Token) -> Mention | None:
    """The gathering ``tok`` names when it acts as one, or None."""
    if tok.lower_ not in index.cues.assembly_nouns or tok.pos_ != "NOUN" or not _acts(index, tok):
        return None
    qualifier = _qualifier(index, tok)
    earlier = _named_before(index, tok, qualifier)
    if earlier is not None:
        return earlier
    if qualifier is None:
        return None
    return Mention(name=qualifier, type="Group", text=qualifier)


def _acts(index: Index, tok: Token) -> bool:
    """Whether the gathering does what an actor does: it states, denounces, demands or owns a statement."""
    if tok.dep_ not in _ACTING:
        return False
    head, cues = tok.head, index.cues
    if tok.dep_ == "pobj":  # "denounced by the summit", "the conclusions of the summit"
        if head.lower_ == "by" and head.dep_ == "agent":
            return head.head.lemma_.lower() in cues.verbs
        if head.lower_ != "of":
            return False
        head = head.head
    elif tok.dep_ == "nsubj":
        return head.lemma_.lower() in cues.verbs
    return head.lemma_.lower() in cues.statement_nouns | cues.stance_nouns | cues.claim_nouns


def _qualifier(index: Index, tok: Token) -> str | None:
    """The gathering's name, as the text gives it: with a place or actor before it ("Cairo summit", "NATO
    summit"), else up to a place after "in" ("assembly of foreign ministers in Cairo"); None for neither."""
    before = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
    if before:
        return tok.doc[before[0].left_edge.i : tok.i + 1].text
    for t in tok.subtree:
        if t.i > tok.i and t.dep_ == "pobj" and t.head.lower_ == "in" and t.pos_ == "PROPN" and _placed(index, t):
            return tok.doc[tok.i : t.i + 1].text
    return None


def _placed(index: Index, tok: Token) -> bool:
    """Whether ``tok`` names a place: a town the gazetteer knows or a country or capital it names."""
    m = index.by_token.get(tok.i)
    return tok.i in index.places or m is not None and m.type == "Country" or tok.ent_type_ in ("GPE", "LOC")


def _named_before(index: Index, tok: Token, qualifier: str | None) -> Mention | None:
    """The gathering named before that ``tok`` names again: the one of the same qualifier, or with "the"
    and no qualifier the last one."""
    nouns = index.cues.assembly_nouns
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    for i, m, _ in reversed(index.order):
        if i >= tok.i or m.type != "Group" or m.kb_id or not _gathering(m.name, nouns):
            continue
        if qualifier is None and definite or qualifier is not None and _place_word(qualifier) == _place_word(m.name):
            return m
    return None


def _gathering(name: str, nouns: frozenset[str]) -> bool:
    """Whether an actor's name is a gathering's: "Cairo summit", "assembly of ministers in Cairo"."""
    words = name.split()
    return words[-1] in nouns or words[0] in nouns and "in" in words


def _place_word(name: str) -> str:
    """What places a gathering's name: the words before its noun ("Cairo" of "Cairo summit"), else those
    after its last "in" ("Cairo" of "assembly of ministers in Cairo")."""
    words = name.split()
    if "in" in words[1:]:
        return " ".join(words[len(words) - words[::-1].index("in") :])
    return " ".join(words[:-1])
