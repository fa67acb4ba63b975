"""The propositions of a reported clause: where it ends, and where it holds more than one.

A reported clause keeps neither a leading date, nor a conjoined cue with its own content, nor a participle
of a cue after a comma ("X said Y, adding that Z": Z is a claim of its own); two coordinated "that" clauses
are two propositions, and so are clauses joined by a semicolon.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...resources import Cues
from .clauses import semicolon_parts, verb_of_the_source
from .subjects import CLOSE_QUOTES, OPEN_QUOTES, quoting_participle, reporting_ancestor

__all__ = ["PropositionReader"]


class PropositionReader:
    """Cuts a reported clause into the propositions it states (see the module's docstring)."""

    def __init__(self, cues: Cues) -> None:
        self.cues = cues

    def propositions(self, toks: list[Token]) -> list[list[Token]]:
        """A content cut into its clauses: at a semicolon between two clauses ("Y; Z" → Y, Z; not a clause
        that is somebody else's report, "Y; B reported Z"), and into coordinated "that" clauses ("that Y and
        that Z" → Y, Z)."""
        return [p for part in semicolon_parts(toks, self.cues) for c in _pieces(part) for p in self._that_clauses(c)]

    def _that_clauses(self, toks: list[Token]) -> list[list[Token]]:
        inside = {t.i for t in toks}
        parts = [
            c
            for t in toks
            for c in t.children
            if c.dep_ == "conj" and c.i in inside and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ]
        if not parts:
            return [toks]
        own = [{t.i for t in c.subtree} for c in parts]
        ands = {max((g.i for g in c.head.children if g.dep_ == "cc" and g.i < c.i), default=-1) for c in parts}
        first = [t for t in toks if t.i not in ands and not any(t.i in o for o in own)]
        return [first, *([t for t in toks if t.i in o] for o in own)]

    def _own_statement(self, verb: Token) -> bool:
        """A conjoined cue with its own content: "... and insisted that ...", "... but denied that ..." (not
        a second "that" clause of the same cue: "said that Y and that many regard X as Z")."""
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in verb.children):
            return False
        if reporting_ancestor(verb, self.cues) is not None and any(
            g.dep_ in ("ccomp", "dobj", "oprd") for g in verb.children
        ):  # "... and called the order swift": its object and predicate parsed as one ("oprd")
            return True
        frames = self.cues.verbs.get(verb.lemma_.lower(), ())
        return any(f.predicate == "denies" for f in frames) and any(g.dep_ == "ccomp" for g in verb.children)

    def proposition(self, root: Token) -> list[Token]:
        """A reported clause without what is not part of it: a leading date ("said on Friday he had
        ...") and a conjoined cue with its own content ("... and insisted that ...")."""
        cut: set[int] = set()
        for c in root.subtree:
            if c.dep_ == "conj" and c.i not in cut and self._own_statement(c):
                cut |= {t.i for t in c.subtree}
                cut |= {g.i for g in c.head.children if g.dep_ == "cc" and g.i < c.i}  # and the "and"
            elif _reporting_participle(c, self.cues):  # "Y, adding that Z": Z is a claim of its own
                cut |= {t.i for t in c.subtree}
            elif c.i > root.i and quoting_participle(c, self.cues):  # 'Y saying, "Z"': from the participle on
                cut |= {t.i for t in c.subtree if t.i >= c.i}
            elif c.head.i == root.i and verb_of_the_source(c):  # "found X justified and called Y Z"
                cut |= {t.i for t in c.subtree} | {g.i for g in root.children if g.dep_ == "cc" and g.i < c.i}
        for c in root.children:
            if (
                c.dep_ == "prep"
                and c.i == root.left_edge.i
                and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
            ):
                cut |= {t.i for t in c.subtree}
        return [t for t in root.subtree if t.i not in cut]


def _reporting_participle(tok: Token, cues: Cues) -> bool:
    """A participle of a statement cue set off by a comma, with its own content: ", stressing that Y"."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and any(f.predicate == "claims" for f in cues.verbs.get(tok.lemma_.lower(), ()))
        and any(c.dep_ == "ccomp" for c in tok.children)
        and tok.left_edge.i > 0
        and tok.doc[tok.left_edge.i - 1].text in (",", ";", "\u2013", "\u2014", "-", *CLOSE_QUOTES)
    )


def _pieces(toks: list[Token]) -> list[list[Token]]:
    """A content in two pieces the source's words separate ('"We are ready," X said, "and the talks begin"'): two
    propositions when each piece is a clause with its own subject, else one ('"The talks," X said, "begin"')."""
    toks = sorted(toks, key=lambda t: t.i)
    gap = next((k for k in range(1, len(toks)) if _words_between(toks[k - 1], toks[k])), None)
    if gap is None:
        return [toks]
    pieces = [toks[:gap], toks[gap:]]
    doc = toks[0].doc
    between = doc[toks[gap - 1].i + 1 : toks[gap].i]
    quoted = between[0].text in CLOSE_QUOTES and between[-1].text in OPEN_QUOTES  # '"Y1," X said, "Y2"'
    if not quoted or not all(_clause(p) for p in pieces):
        return [toks]
    first, second = pieces
    while second and second[0].is_punct:
        second = second[1:]
    return [first, second] if second else [first]


def _words_between(a: Token, b: Token) -> bool:
    """Whether words (not punctuation or spaces) stand between two tokens."""
    return b.i > a.i + 1 and any(not (t.is_punct or t.is_space) for t in a.doc[a.i + 1 : b.i])  # neighbours: none


def _clause(piece: list[Token]) -> bool:
    """Whether a piece holds a subject and the verb it is the subject of."""
    inside = {t.i for t in piece}
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i in inside for t in piece)
