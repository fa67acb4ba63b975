"""How the text puts a relation: asserted, hedged, conditional, or reported inside somebody's claim.

An analyst tells "Russia attacked the port" from "Russia may have attacked the port", "Russia will attack if
..." and "Kyiv said Russia attacked the port". The words that hedge or set a condition are data,
``ontologies/hedges.yaml`` (from the CoNLL-2010 hedge-cue inventory); this module reads the cue's clause:

- ``reported``: the relation sits inside a claim (it has a claimant, ``attributed_to``);
- ``conditional``: the cue is inside an adverbial clause marked "if"/"unless" (``advcl`` with a ``mark``), or its
  clause is headed by "would" with such a clause beside it;
- ``hedged``: the cue, or the verb it depends on, has a modal of possibility ("may", "might", "could"), an
  epistemic adverb ("reportedly", "allegedly"), an epistemic adjective on a noun cue ("the alleged attack"),
  or the cue is the complement of an epistemic verb ("appears to", "is believed to");
- ``asserted``: anything else.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..resources import ONTOLOGIES, word_lists

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .relations.records import RawRelation

__all__ = ["Hedges", "conditional_clause", "load_hedges", "modality"]

#: the dependencies that lead from the cue to the verb whose clause it is part of: an infinitive complement
#: ("to attack" of "may try to attack"), a noun cue as the object of a light verb ("made an accusation")
_INSIDE = frozenset({"xcomp", "dobj", "attr", "acomp"})


@dataclass(frozen=True)
class Hedges:
    """The words of ``hedges.yaml``, lower-case: each list a set."""

    modals: frozenset[str]
    adverbs: frozenset[str]
    adjectives: frozenset[str]
    verbs: frozenset[str]
    conditions: frozenset[str]
    conditional_modals: frozenset[str]


@lru_cache(maxsize=4)
def load_hedges(path: Path | None = None) -> Hedges:
    """The hedge and condition words of ``path`` (default ``ontologies/hedges.yaml``); E030 for a bad file."""
    return Hedges(**word_lists(path or ONTOLOGIES / "hedges.yaml", tuple(Hedges.__dataclass_fields__), complete=True))


def modality(doc: Doc, rel: RawRelation, hedges: Hedges | None = None) -> str:
    """The modality of ``rel``, a relation found in ``doc`` (see the module docstring)."""
    if rel.attributed_to is not None:
        return "reported"
    cue = _cue_token(doc, rel)
    if cue is None:
        return "asserted"
    h = hedges or load_hedges()
    if _conditional(cue, h):
        return "conditional"
    if _hedged(cue, h):
        return "hedged"
    return "asserted"


def _cue_token(doc: Doc, rel: RawRelation) -> Token | None:
    """The cue's token: the one at ``cue_start`` when the finder knows it, else the first token of the
    relation's sentence spelt like the cue's first word."""
    sent = doc.char_span(rel.sentence_start, rel.sentence_end, alignment_mode="expand")
    if sent is None:
        return None
    first = rel.cue.split()[0].lower() if rel.cue.split() else ""
    fallback = None
    for tok in sent:
        if rel.cue_start >= 0 and tok.idx == rel.cue_start:
            return tok
        if fallback is None and tok.lower_ == first:
            fallback = tok
    return fallback


def _path_up(cue: Token) -> Iterator[Token]:
    """The cue and the words above it up to the head of its clause (through complements)."""
    tok = cue
    yield tok
    while tok.dep_ in _INSIDE and tok.head is not tok:
        tok = tok.head
        yield tok


def _conditional(cue: Token, h: Hedges) -> bool:
    for tok in cue.ancestors if cue.dep_ != "ROOT" else ():
        if tok.dep_ == "advcl" and conditional_clause(tok, h):
            return True
    if conditional_clause(cue, h) and cue.dep_ == "advcl":
        return True
    for tok in _path_up(cue):
        has_would = any(c.dep_ == "aux" and c.lower_ in h.conditional_modals for c in tok.children)
        if has_would and any(c.dep_ == "advcl" and conditional_clause(c, h) for c in tok.children):
            return True
    return False


def conditional_clause(clause: Token, h: Hedges) -> bool:
    """Whether ``clause`` opens with a condition word ("if", "unless")."""
    return any(c.dep_ == "mark" and c.lower_ in h.conditions for c in clause.children)


def _hedged(cue: Token, h: Hedges) -> bool:
    for tok in _path_up(cue):
        for c in tok.children:
            if c.dep_ == "aux" and c.lower_ in h.modals:
                return True
            if c.dep_ == "advmod" and c.lower_ in h.adverbs:
                return True
            if c.dep_ == "amod" and tok.pos_ in ("NOUN", "PROPN") and c.lower_ in h.adjectives:
                return True
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in h.verbs:
            return True
    return False
