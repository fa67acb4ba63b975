"""Support stated by a compound participle: "the Iranian-backed militia", "a US-funded group",
"Hezbollah, a Syrian-sponsored movement" (FrameNet Supporting / Funding: the participle's first half is
the supporter, the noun it modifies the one supported).

The participle is a verb of the ``supports`` lexicon (``cues.yaml``: back, fund, arm, train, ...) used
as a modifier: its supporter is the word joined to it by the hyphen, the noun it modifies is the
object, or what that noun stands in apposition to ("Hezbollah, an Iranian-backed militia").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...resources import Cues
from ...types import Mention
from ..actors import ActorIndex
from ..actors.base import known
from ..actors.places import country_id, entity_text
from .records import RawRelation

__all__ = ["backed"]

#: how the first half of "Iranian-backed" hangs on the participle
_PATTERN = "supports:hyphened-participle"
_FIRST_HALF = ("npadvmod", "compound", "nmod", "amod", "nsubj")


def _supporting(tok: Token, cues: Cues) -> bool:
    """A participle of a support verb that modifies a noun: "backed" in "Iranian-backed militia"."""
    return (
        tok.dep_ in ("amod", "compound") and tok.tag_ == "VBN" or tok.dep_ == "amod" and tok.lower_.endswith("ed")
    ) and cues.is_cue(tok.lemma_.lower(), "supports")


def _hyphened(tok: Token) -> list[Token]:
    """The first half of a hyphened compound participle: "Iranian" of "Iranian-backed"."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-":
        return []
    return [c for c in tok.children if c.dep_ in _FIRST_HALF and c.i == tok.i - 2] or (
        [doc[tok.i - 2]] if doc[tok.i - 2].head.i in (tok.i, tok.head.i) else []
    )


def _supported(noun: Token, supporter: Mention, actors: ActorIndex) -> Mention | None:
    """The actor a modified noun names, or the one it stands in apposition to; not an unnamed one of the
    supporter's own country ("Iranian-backed militia" reads as an Iranian militia: who it is, is unknown)."""
    found = [_preceding(noun, actors), actors.resolve(noun.head)] if noun.dep_ == "appos" else [actors.resolve(noun)]
    return next((m for m in found if m is not None and (m.kb_id is not None or m.country != supporter.kb_id)), None)


def _preceding(appos: Token, actors: ActorIndex) -> Mention | None:
    """The actor that ends just before an apposition's comma ("the commander of X (Y), a Z-backed militia":
    Y): an apposition stands next to the noun phrase it renames, wherever the parser hung it."""
    doc, i = appos.doc, appos.left_edge.i - 1
    if i < 1 or doc[i].text != ",":
        return None
    i -= 1
    while i > 0 and doc[i].text in (")", "]"):
        i -= 1
    return actors.resolve(doc[i])


def _supporter(half: Token, actors: ActorIndex) -> Mention | None:
    """The actor the first half names: "US" of "US-funded", or the country of "Iranian" in "Iranian-backed"."""
    m = actors.resolve(half)
    if m is not None:
        return m
    cid = country_id(actors.gaz, entity_text(half))
    return known(actors.gaz, cid, half.text) if cid else None


def backed(sent: Span, actors: ActorIndex, cues: Cues) -> list[RawRelation]:
    """ "X-backed Y": X supports Y, once for each such participle of the sentence."""
    out: list[RawRelation] = []
    verbs, lemmas = cues.verbs, actors.lemmas
    for i in range(sent.start, sent.end):
        if lemmas[i] not in verbs:  # cheap: most words are no cue verb, let alone a support verb
            continue
        tok = actors.tokens[i]
        if not _supporting(tok, cues):
            continue
        for half in _hyphened(tok):
            subject = _supporter(half, actors)
            obj = _supported(tok.head, subject, actors) if subject is not None else None
            if subject is not None and obj is not None and subject != obj:
                out.append(
                    RawRelation.at(
                        sent,
                        "supports",
                        subject,
                        obj,
                        tok.text,
                        cue_start=tok.idx,
                        pattern=_PATTERN,
                    )
                )
    return out
