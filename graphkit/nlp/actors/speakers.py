"""Unnamed speakers a description gives neither a name nor, at first sight, a country.

- a collective noun without an "of" phrase, as the speaker of a statement, is a group in its own right
  ("armed groups from X said"; FrameNet Aggregate), where "a group of diplomats" is the diplomats; a
  definite one refers back ("Hamas said ... the group warned": Hamas);
- a body the state runs ("state media", "state-run media") is that of the state the article is about;
- a proper noun the recogniser left untagged that is written as an acronym or with digits ("KCNA
  said", "TVN24 reported"), as the speaker of a statement, is an organisation (a news outlet or agency
  most often), not a person;
- a bare plural speaker ("officials said", with no modifier at all) is the group the article gives a
  country at another mention of the same noun ("German officials"): one group, not two.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...types import Mention
from .base import Index
from .places import modifier_country
from .references import same_head
from .sources import is_speaker

__all__ = [
    "collective_speaker",
    "definite",
    "given_elsewhere",
    "referred_collective",
    "untagged_body",
    "of_state",
    "state_word",
    "whole_word",
]

#: the partitives that also name a collective on their own (FrameNet Aggregate): "armed groups said"
_COLLECTIVES = frozenset({"group", "groups", "team"})
#: modifiers that make a body the state's ("state media", "state-run television", "state-owned media")
_OF_STATE = frozenset({"state", "state-run", "state-owned", "government-run", "government-owned"})
#: entity types of the recogniser that are no organisation
_NOT_BODY = frozenset(
    {"GPE", "LOC", "FAC", "NORP", "PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
)
#: determiners of a noun that refers back: "the group", "this group"
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: the modifiers a bare plural has none of
_MODIFIERS = ("det", "poss", "amod", "compound", "nmod", "nummod", "prep")


def collective_speaker(index: Index, tok: Token) -> bool:
    """Whether a collective noun with no "of" phrase is the speaker of a statement ("armed groups said")."""
    return tok.lower_ in _COLLECTIVES and is_speaker(index, tok)


def untagged_body(index: Index, tok: Token) -> Mention | None:
    """An untagged acronym or alphanumeric name as the speaker of a statement: an organisation."""
    text = tok.text
    if tok.pos_ != "PROPN" or tok.ent_type_ in _NOT_BODY or len(text) < 2 or not is_speaker(index, tok):
        return None
    if not (text.isupper() or any(ch.isdigit() for ch in text) and any(ch.isupper() for ch in text)):
        return None
    return Mention(name=text, type="Organization", text=text)


def definite(tok: Token) -> bool:
    """A noun with a definite determiner, "the group", "this group": one the text has named before."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)


def referred_collective(index: Index, tok: Token) -> Mention | None:
    """ "The group said": the body or group the article last named with that noun, else the nearest
    organisation or group that was a subject ("Hamas said ... the group warned": Hamas)."""
    return same_head(index, tok, tok.lower_, ("Organization", "Group"))


def of_state(tok: Token) -> bool:
    """Whether a body noun is modified as the state's: "state media", "state-run media"."""
    return any(c.dep_ in ("compound", "amod") and state_word(c) for c in tok.children)


def state_word(word: Token) -> bool:
    """Whether a modifier says a body is the state's: "state", "state-run", "government-owned"."""
    return whole_word(word).lower() in _OF_STATE


def given_elsewhere(index: Index, tok: Token) -> str | None:
    """The country of a bare plural speaker that the article gives it at another mention of the same noun:
    the nearest before, else the first after; None for a modified noun or a noun given no country."""
    if not is_speaker(index, tok) or any(c.dep_ in _MODIFIERS for c in tok.children):
        return None
    word = tok.lower_
    found = [
        (i, cid)
        for i, low in enumerate(index.lowers)
        if low == word and i != tok.i
        for cid in [modifier_country(index, index.tokens[i])]
        if cid is not None
    ]
    before = [cid for i, cid in found if i < tok.i]
    return before[-1] if before else found[0][1] if found else None


def whole_word(word: Token) -> str:
    """A modifier as written, with the hyphened words before it ("state-run": the parser splits it in
    three), or the word alone."""
    return word.doc[word.left_edge.i : word.i + 1].text if any(t.text == "-" for t in word.lefts) else word.text
