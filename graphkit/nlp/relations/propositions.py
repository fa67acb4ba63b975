"""The propositions of a reported clause: where it ends, and where it holds more than one.

A reported clause keeps neither a leading date, nor a conjoined cue with its own content, nor a participle
of a cue after a comma ("X said Y, adding that Z": Z is a claim of its own), nor a clause that holds a report of
its own ("Y, because he says Z", "Y, which they described as Z", "Y, some of whom, he says, are Z"); two coordinated
"that" clauses are two propositions, and so are clauses joined by a semicolon, and independent clauses, each with its
subject, coordinated after a comma ("We call on X, and we urge Y").
"""

from __future__ import annotations

from spacy.tokens import Token

from ...resources import Cues
from .clauses import semicolon_parts, verb_of_the_source
from .subjects import CLOSE_QUOTES, OPEN_QUOTES, quoting_participle, reporting_ancestor

__all__ = ["PropositionReader", "elliptical", "stands_alone"]

#: verbs that may stand for a verb phrase left out ("I could have.", "But I didn't."): the auxiliaries
_AUXILIARIES = frozenset("be have do can could will would shall should may might must".split())
#: what an auxiliary left alone may have around it
_BARE = frozenset(("nsubj", "nsubjpass", "expl", "aux", "neg", "cc", "advmod", "punct", "intj"))

#: the dependencies of a clause that may be a report of its own inside a reported clause (see ``_nested_report``)
_NESTED = frozenset(("advcl", "relcl", "conj"))

#: how many words each of two coordinated clauses has, at least, to be a statement of its own ("We call on
#: the parties to stop the violations, and we urge the government to investigate"); shorter clauses joined
#: by "and" make one statement ("Two guards were hurt, and the gate is shut")
_STATEMENT_WORDS = 8


class PropositionReader:
    """Cuts a reported clause into the propositions it states (see the module's docstring)."""

    def __init__(self, cues: Cues) -> None:
        self.cues = cues

    def propositions(self, toks: list[Token]) -> list[list[Token]]:
        """A content cut into its clauses: at a semicolon between two clauses ("Y; Z" → Y, Z; not a clause
        that is somebody else's report, "Y; B reported Z"), and into coordinated "that" clauses ("that Y and
        that Z" → Y, Z)."""
        return [
            q
            for part in semicolon_parts(toks, self.cues)
            for c in _pieces(part)
            for p in self._that_clauses(c)
            for q in _coordinated(p)
        ]

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
        ands = {max((g.i for g in c.head.children if g.dep_ == "cc" and g.i < c.i), default=-1) for c in parts}
        return _split(toks, parts, ands)

    def _own_statement(self, verb: Token) -> bool:
        """A conjoined cue with its own content: "... and insisted that ...", "... but denied that ..." (not
        a second "that" clause of the same cue: "said that Y and that many regard X as Z")."""
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in verb.children):
            return False
        if reporting_ancestor(verb, self.cues) is not None and any(
            g.dep_ in ("ccomp", "dobj", "oprd") for g in verb.children
        ):  # "... and called the order swift": its object and predicate parsed as one ("oprd")
            return True
        return self.cues.is_cue(verb.lemma_.lower(), "denies") and any(g.dep_ == "ccomp" for g in verb.children)

    def _nested_report(self, clause: Token) -> bool:
        """A clause inside a reported clause that is a report of its own, with its own subject: an adverbial or
        relative clause of a statement verb ("because he says Z", "which they described as Z"; not "who said
        Z", whose subject is the relative pronoun), or a clause with a statement verb set off inside it ("some
        of whom, he says, are Z")."""
        if clause.dep_ in ("advcl", "relcl") and self._says(clause):
            return True
        return clause.dep_ in ("conj", "relcl") and any(
            g.dep_ == "parataxis" and self._says(g) for g in clause.children
        )

    def _says(self, verb: Token) -> bool:
        """A statement verb with a subject of its own that is no relative pronoun."""
        return self.cues.is_cue(verb.lemma_.lower(), "claims") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in verb.children
        )

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
            elif c.i != root.i and c.dep_ in _NESTED and self._nested_report(c):  # "Y, because he says Z": Z apart
                cut |= {t.i for t in c.subtree}
                cut |= {c.left_edge.i - 1} if c.doc[c.left_edge.i - 1].text == "," else set()
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
        and cues.is_cue(tok.lemma_.lower(), "claims")
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


def _coordinated(toks: list[Token]) -> list[list[Token]]:
    """A clause and the independent clauses coordinated with it after a comma, each with a subject of its own
    ("We call on X, and we urge Y" → two propositions; not "X was killed and Y wounded", nor "We met and
    agreed")."""
    if len(toks) < 2 * _STATEMENT_WORDS or not [t for t in toks if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")]:
        return [toks]  # cheap: two statements need a conjoined verb and their words, before any head is read
    inside = {t.i for t in toks}
    tops = _tops(toks, inside)
    if len(tops) != 1 or not _subject_of(tops[0]):
        return [toks]
    parts = [c for c in tops[0].children if c.dep_ == "conj" and c.i in inside and _subject_of(c) and _after_comma(c)]
    links = {g.i for c in parts for g in c.head.children if g.dep_ == "cc" and g.i < c.i}
    if not parts or any(tops[0].doc[j].lower_ != "and" for j in links):
        return [toks]  # "Y, but Z": a contrast is one statement
    pieces = _split(toks, parts, links)
    if any(sum(not (t.is_punct or t.is_space) for t in p) < _STATEMENT_WORDS for p in pieces):
        return [toks]  # "Two guards were hurt, and the gate is shut": one statement
    return pieces


def _split(toks: list[Token], parts: list[Token], links: set[int]) -> list[list[Token]]:
    """A clause cut at the clauses ``parts`` coordinated in it: what is left of it without the conjunctions
    ``links``, then each part's subtree."""
    own = [{t.i for t in c.subtree} for c in parts]
    first = [t for t in toks if t.i not in links and not any(t.i in o for o in own)]
    return [first, *([t for t in toks if t.i in o] for o in own)]


def _tops(toks: list[Token], inside: set[int]) -> list[Token]:
    """The roots of a clause (``inside``: its words' indices): its words headed from outside it or by themselves,
    punctuation and spaces aside."""
    return [t for t in toks if (t.head.i not in inside or t.head.i == t.i) and not (t.is_punct or t.is_space)]


def elliptical(toks: list[Token]) -> bool:
    """Whether a clause is an auxiliary whose verb phrase is left out ("I could have.", "But I didn't."), the last
    word of its clause: it states a proposition only with the sentence before it, so it is none of its own."""
    words = [t for t in toks if not (t.is_punct or t.is_space)]
    last = max((t.i for t in words if t.dep_ != "neg"), default=-1)
    if not any(t.i >= last and t.lemma_.lower() in _AUXILIARIES for t in words):
        return False  # cheap: the auxiliary is the last word but a negation, before any head is read
    tops = _tops(toks, {t.i for t in toks})
    return (
        len(tops) == 1
        and tops[0].lemma_.lower() in _AUXILIARIES
        and all(c.dep_ in _BARE for c in tops[0].children)
        and not any(t.pos_ == "VERB" and t.i != tops[0].i for t in toks)
        and not any(t.i > tops[0].i and t.dep_ != "neg" and not (t.is_punct or t.is_space) for t in toks)
    )  # the auxiliary ends its clause ("The truce is over" is no ellipsis)


def stands_alone(part: list[Token]) -> bool:
    """Whether a piece of a content is a clause of its own: a verb whose subject lies in the piece heads it (not
    "is my son", cut from "the one person who can [...] is my son")."""
    inside = {t.i for t in part}
    return any(
        (t.head.i not in inside or t.head.i == t.i)
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i in inside for c in t.children)
        for t in part
    )


def _subject_of(verb: Token) -> bool:
    """Whether a verb has a subject of its own."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _after_comma(conj: Token) -> bool:
    """Whether a comma (or a semicolon), maybe closed by a quotation mark, comes right before a conjoined
    clause or its conjunction: 'Y, and Z', 'Y," and Z'."""
    doc = conj.doc
    j = min([conj.left_edge.i, *(g.i for g in conj.head.children if g.dep_ == "cc" and g.i < conj.i)]) - 1
    while j > 0 and (doc[j].text in CLOSE_QUOTES or doc[j].is_space):
        j -= 1
    return j >= 0 and doc[j].text in (",", ";")


def _words_between(a: Token, b: Token) -> bool:
    """Whether words (not punctuation or spaces) stand between two tokens."""
    return b.i > a.i + 1 and any(not (t.is_punct or t.is_space) for t in a.doc[a.i + 1 : b.i])  # neighbours: none


def _clause(piece: list[Token]) -> bool:
    """Whether a piece holds a subject and the verb it is the subject of."""
    inside = {t.i for t in piece}
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i in inside for t in piece)
