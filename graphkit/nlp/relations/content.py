"""What a claim says: the proposition a cue verb reports, found in one of several shapes.

In order: the sentence before "This was written by X"; the clausal complement ("X said (that) Y");
for frames that take it, what follows the verb ("called that account fake", "accused X of Y"); the
clause a post-posed cue hangs from ("Y – wrote X", "Y, X said"); what follows "X said:" (or, when
nothing does, the next sentence). Each shape is a small named reader; the first that applies decides.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ...resources import CueFrame, Cues
from .subjects import CLOSE_QUOTES, inverted, reporting_ancestor

__all__ = ["ContentReader", "span_text", "trim"]

#: the sentences before and after the cue's
Around = tuple[Span | None, Span | None]
#: a shape of content: (reader, cue, frame, around) → the content's tokens, or None when the shape
#: does not apply (an empty list: it applies, and finds nothing)
Shape = Callable[["ContentReader", Token, CueFrame, Around], list[Token] | None]
_SHAPES: list[Shape] = []


def _shape(func: Shape) -> Shape:
    _SHAPES.append(func)
    return func


def trim(toks: list[Token]) -> list[Token]:
    """A token run without leading "that", quotes, spaces and edge punctuation."""
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].lower_ in ("that",) and toks[0].dep_ == "mark" or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    return toks


def span_text(doc: Doc, toks: list[Token] | None) -> str | None:
    """Text of a contiguous token run, trimmed; None for less than two words."""
    toks = trim(toks or [])
    if not toks:
        return None
    text = doc[toks[0].i : toks[-1].i + 1].text.strip().strip("\"'\u201c\u201d\u2018\u2019 ")
    return text if len(text.split()) >= 2 else None


class ContentReader:
    """The content of a cue verb's claim (see the module's docstring)."""

    def __init__(self, cues: Cues) -> None:
        self.cues = cues

    def __call__(self, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
        for read in _SHAPES:
            toks = read(self, tok, frame, around)
            if toks is not None:
                return toks
        return None

    def proposition(self, root: Token) -> list[Token]:
        """A reported clause without what is not part of it: a leading date ("said on Friday he had
        ...") and a conjoined cue with its own content ("... and insisted that ...")."""
        cut: set[int] = set()
        for c in root.subtree:
            if (
                c.dep_ == "conj"
                and c.i not in cut
                and reporting_ancestor(c, self.cues) is not None
                and any(g.dep_ in ("ccomp", "dobj") for g in c.children)
            ):
                cut |= {t.i for t in c.subtree}
                cut |= {g.i for g in c.head.children if g.dep_ == "cc" and g.i < c.i}  # and the "and"
        for c in root.children:
            if (
                c.dep_ == "prep"
                and c.i == root.left_edge.i
                and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
            ):
                cut |= {t.i for t in c.subtree}
        return [t for t in root.subtree if t.i not in cut]


@_shape  # "This was written by X": the sentence before
def _previous_sentence(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    prev = around[0]
    if (
        prev is not None
        and any(c.dep_ == "agent" for c in tok.children)
        and any(c.dep_ == "nsubjpass" and c.lower_ in ("this", "that", "it") for c in tok.children)
    ):
        return list(prev)
    return None


@_shape  # the clausal complement: "X said (that) Y"
def _complement_clause(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    comps = [c for c in tok.children if c.dep_ in ("ccomp",)]
    return reader.proposition(comps[0]) if comps else None


@_shape  # "called that account fake", "described X as Y", "accused X of Y": what follows the verb
def _what_follows(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    if not (frame.xcomp or frame.predicate == "accuses"):
        return None
    rights = [
        c
        for c in tok.rights
        if c.dep_ in ("dobj", "oprd", "xcomp", "acomp", "ccomp", "prep")
        and not (c.dep_ == "prep" and c.lower_ not in ("as", "of", "for", "over"))
    ]
    has_complement = any(c.dep_ in ("oprd", "xcomp", "acomp") or c.dep_ == "prep" for c in rights) or any(
        c.dep_ == "dobj"
        and (
            _last_word(c).pos_ == "ADJ"  # "called X's claims unacceptable"
            or any(g.dep_ == "prep" and g.lower_ == "as" for g in c.children)
        )
        for c in rights
    )  # "characterized the sanctions as warfare", "as" parsed under the object
    if not (rights and has_complement):
        return []  # this shape, and nothing in it
    toks = [t for c in rights for t in c.subtree]
    return list(tok.doc[min(t.i for t in toks) : max(t.i for t in toks) + 1])


@_shape  # a post-posed cue: "Y – wrote X", "Y, X said": the clause it hangs from, before it
def _before_the_cue(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    if tok.head.i < tok.i and (tok.dep_ in ("parataxis", "ccomp") and _after_punct(tok) or inverted(tok)):
        own = {t.i for t in tok.subtree}
        return [t for t in tok.head.subtree if t.i not in own and t.i < tok.i]
    return None


@_shape  # "X said: Y" and "X said;", or "X said:" and the next sentence
def _after_colon(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    after = [t for t in tok.sent if t.i > tok.i and not t.is_space]
    colon = next((t for t in after if t.text in (":", ";")), None)
    if colon is None or not all(
        t.head.i == tok.i or t.i > colon.i or tok.i in [a.i for a in t.ancestors] for t in after if t.i < colon.i
    ):
        return None
    rest = [t for t in after if t.i > colon.i]
    nxt = around[1]
    return rest if span_text(tok.doc, rest) else (list(nxt) if nxt is not None else None)


def _after_punct(tok: Token) -> bool:
    """A clause set off from what comes before it: "Y, X said", "Y – wrote X" (not "X said Y confirmed Z")."""
    first = next((t.i for t in tok.subtree if not (t.is_punct or t.is_space)), tok.i)
    return first > 0 and (tok.doc[first - 1].is_punct or tok.doc[first - 1].text in CLOSE_QUOTES)


def _last_word(tok: Token) -> Token:
    words = [t for t in tok.subtree if not t.is_punct]
    return words[-1] if words else tok
