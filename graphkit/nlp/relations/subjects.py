"""Who a cue verb's subject is: the source of a claim, the actor of an event.

The subject is the verb's own (``nsubj``; the ``by``-agent of a passive), the one after it when the
cue follows a quotation ('"...," said X'), or else one it borrows by its dependency: a coordinated
verb its first conjunct's ("X said ... and added ..."), an infinitive its controller's ("urged X to
support Y"), a relative clause the noun it modifies. A statement verb parsed into a reported clause
("X said Y were ... and insisted that ...") still belongs to the reporter.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...resources import Cues
from ...types import Mention
from ..actors import ActorIndex
from ..syntax import blocked, conjuncts
from .arguments import who

__all__ = ["CLOSE_QUOTES", "OPEN_QUOTES", "SubjectFinder", "inverted", "quoting_participle", "reporting_ancestor"]

CLOSE_QUOTES = {"\u201d", "\u00bb", '"', "''"}
OPEN_QUOTES = {"\u201c", "\u00ab", '"', "``"}
_FINITE_TAGS = ("VBD", "VBZ", "VBP")
_VERBS = ("VERB", "AUX")
#: verbs whose passive subject said what "as saying" reports: "X was quoted as saying"
_QUOTING = ("quote", "cite")


def inverted(tok: Token) -> bool:
    """A cue right after a closing quote, with its subject after it: «…», - reported X; "…," said X (a subject
    the parser found inside the quotation is none: '"The only answer is Y," wrote X')."""
    doc = tok.doc
    if any(
        c.dep_ == "nsubj" and c.i < tok.i and not any(doc[k].text in CLOSE_QUOTES for k in range(c.i + 1, tok.i))
        for c in tok.children
    ):
        return False
    before: list[Token] = []  # up to four tokens before the cue, within its sentence
    j = tok.i
    while j > 0 and len(before) < 4 and not tok.doc[j].is_sent_start:
        j -= 1
        before.insert(0, tok.doc[j])
    return any(t.text in CLOSE_QUOTES for t in before) and all(t.is_punct for t in before[-2:])


def quoting_participle(tok: Token, cues: Cues) -> bool:
    """A participle of a statement verb that opens a quotation: '..., saying: "..."', '... stating "..."'.
    It reports for the subject of the clause it hangs from, whatever noun the parser hung it on ("linked
    the attack to the rebels saying, ..." is no statement of the rebels)."""
    if tok.tag_ != "VBG" or not cues.is_cue(tok.lemma_.lower(), "claims"):
        return False
    after = [t for t in tok.doc[tok.i + 1 : tok.i + 3] if not t.is_space]
    while after and after[0].text in (",", ":"):
        after = after[1:]
    return bool(after) and after[0].text in OPEN_QUOTES


def reporting_ancestor(tok: Token, cues: Cues) -> Token | None:
    """The statement verb whose reported clause a conjoined statement verb was parsed into ("X said Y ...,
    adding that Z"): a verb of saying or accusing, not any cue ('... saying, "Whenever we ..., they turned
    ..."': a verb of the quotation the parser made the head)."""
    if not _states(tok, cues):
        return None
    head = tok.head
    while head.head.i != head.i:
        reporter = head.head
        if head.dep_ == "ccomp" and _states(reporter, cues) and not _across_semicolon(head):
            return reporter
        head = head.head
    return None


def _states(tok: Token, cues: Cues) -> bool:
    """Whether a verb is a cue of a statement: a claim or an accusation."""
    return cues.is_cue(tok.lemma_.lower(), "claims", "accuses")


def _across_semicolon(clause: Token) -> bool:
    """Whether a semicolon outside a clause separates it from its head ("X appeared, saying Y; "they use
    ..."": the parser may hang the first clause on the second's verb)."""
    lo, hi = sorted((clause.i, clause.head.i))
    own = {t.i for t in clause.subtree}
    return any(t.text == ";" and t.i not in own for t in clause.doc[lo:hi])


#: a subject a verb without its own borrows, by the verb's dependency: (finder, verb, actors, event,
#: passive_subject) → the subject actors
Borrowing = Callable[["SubjectFinder", Token, ActorIndex, bool, bool], list[Mention]]
_BORROWED: dict[str, Borrowing] = {}


def _borrows(dep: str) -> Callable[[Borrowing], Borrowing]:
    def register(func: Borrowing) -> Borrowing:
        _BORROWED[dep] = func
        return func

    return register


class SubjectFinder:
    """The subject actors of a cue verb (see the module's docstring)."""

    def __init__(self, cues: Cues) -> None:
        self.cues = cues

    def __call__(
        self, tok: Token, actors: ActorIndex, event: bool = False, passive_subject: bool = False
    ) -> list[Mention]:
        if inverted(tok):  # '"...," said X': the subject after the cue
            cands = [
                t for c in tok.children if c.dep_ in ("nsubj", "dobj", "attr") and c.i > tok.i for t in conjuncts(c)
            ]
        else:
            # "X, who says ...": the relative pronoun stands for the noun the clause modifies (a statement
            # only: an event's relative clause is too often a misparse of a coordination)
            cands = [c for c in _own_subjects(tok, passive_subject) if event or c.tag_ not in ("WP", "WDT")]
            misparsed = tok.dep_ in ("acl", "ccomp") or tok.dep_ == "advcl" and cands  # "Y saying" as a clause
            # "X criticised Y for the toll saying, "..."": a participle the parser hung on a preposition with
            # the noun before it as its subject (no noun: the act judged, "criticised Y for saying, "...""
            # quotes Y; "accused Y of the toll saying" is Y's too)
            misparsed = misparsed or tok.dep_ in ("pcomp", "pobj") and bool(cands) and tok.head.lower_ != "of"
            if not event and misparsed and quoting_participle(tok, self.cues):
                return self._clause_subject(tok, actors)
            if not cands:
                borrow = _BORROWED.get(tok.dep_)
                return borrow(self, tok, actors, event, passive_subject) if borrow is not None else []
        return _actors(cands if event else [a for c in cands for a in self._authors(c, actors)], actors, event)

    def _authors(self, noun: Token, actors: ActorIndex) -> list[Token]:
        """Who a statement noun that is no actor stands for as a subject: its author ("a statement by X said", "the
        opinion of the court read", "X's report said"; the "by"/"from"/"of" object or the possessor), else itself."""
        lemma = noun.lemma_.lower()
        if noun.i in actors.by_token or lemma not in self.cues.statement_nouns and lemma not in self.cues.view_nouns:
            return [noun]
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")]
        found = [t for p in preps for c in p.children if c.dep_ == "pobj" for t in conjuncts(c)]
        return found + [t for c in noun.children if c.dep_ == "poss" for t in conjuncts(c)] or [noun]

    def _clause_subject(self, tok: Token, actors: ActorIndex) -> list[Mention]:
        """The subject of the verb above a quoting participle the parser hung on a noun or made a
        complement ("X noted his doubts saying, "..."", "X linked it to Y saying, "...""): X; the
        participle's own subject only when that verb has none (a participle has no subject of its own
        but in an absolute clause)."""
        reporter = reporting_ancestor(tok, self.cues)  # 'X said Y ... saying, "Z"': X goes on
        verb = tok.head if reporter is None else reporter
        while verb.pos_ not in _VERBS and verb.head.i != verb.i:
            verb = verb.head
        above = self(verb, actors) if verb.pos_ in _VERBS and verb.i != tok.i else []
        return above or _actors(_own_subjects(tok, False), actors, False)


def _actors(cands: list[Token], actors: ActorIndex, event: bool) -> list[Mention]:
    return [m for m in (_speaker_of(t, actors) if not event else who(t, actors, event) for t in cands) if m is not None]


def _speaker_of(tok: Token, actors: ActorIndex) -> Mention | None:
    """The actor who speaks as a statement's subject: a person in apposition to a body speaks for it ("the Bank
    president, X, said", "ORG president X said" parsed as the body with X in apposition, "the director of ORG, X,
    said" with X hung on ORG), else the subject's actor."""
    found = who(tok, actors, False)
    if found is not None and found.type == "Person":
        return found
    kids = [(c, c.dep_) for c in tok.children]  # read once: each read of ``children`` makes every Token anew
    owned = [o for p, dep in kids if dep == "prep" and p.lower_ == "of" for o in p.children]
    appositions = [c for c, dep in kids if dep == "appos"]
    appositions += [c for o in owned for c in o.children if c.dep_ == "appos"]  # "the director of X, Y, said"
    person = next((m for c in appositions for m in [who(c, actors, False)] if m and m.type == "Person"), None)
    return person or found


def _own_subjects(tok: Token, passive_subject: bool) -> list[Token]:
    """The verb's subject ("X said"), its passive's by-agent ("Y was accused by X"), or its passive
    subject where the frame says it is the actor ("X is opposed to Y")."""
    cands: list[Token] = []
    for c in tok.children:
        if c.dep_ == "nsubj" or passive_subject and c.dep_ == "nsubjpass":
            cands = conjuncts(c)
        elif c.dep_ == "agent":
            cands = [t for p in c.children if p.dep_ == "pobj" for t in conjuncts(p)]
    return cands


@_borrows("conj")  # "X said ... and added that ...": the first conjunct's subject
def _coordinated(find: SubjectFinder, tok: Token, actors: ActorIndex, event: bool, _: bool) -> list[Mention]:
    found = find(tok.head, actors, event)
    # a finite verb cannot be coordinated with a non-finite one: "X said Y was backtracking ... and
    # accused him", "... for Ottawa to answer in kind and announced that" belong to X
    stray = tok.tag_ in _FINITE_TAGS and tok.head.tag_ != tok.tag_
    reporter = None if event or found and not stray else reporting_ancestor(tok, find.cues)
    # "X said submarines were ... and insisted that ...": parsed as a conjunct inside X's content
    # ("X said Putin lied and accused Y" stays Putin's)
    return find(reporter, actors, event) if reporter is not None else found


@_borrows("ROOT")  # "after the storm, the Foreign Office (FO) advised ...": the subject hung elsewhere
def _named_before(find: SubjectFinder, tok: Token, actors: ActorIndex, event: bool, _: bool) -> list[Mention]:
    """A finite statement verb the parser left without a subject: the actor named right before it (a parenthesised
    acronym between them aside), which the parser hung on a noun before it; not an actor that is the object of
    a preposition or a possessor ("a close aide to X said": the aide speaks)."""
    doc, j = tok.doc, tok.i - 1
    if event or tok.tag_ not in _FINITE_TAGS:
        return []
    if j > 0 and doc[j].text == ")":
        j = next((k for k in range(j - 1, max(j - 6, -1), -1) if doc[k].text == "("), 0) - 1
    found = actors.by_token.get(j) if j >= 0 and not doc[j].is_punct else None
    if found is None:
        return []
    top = doc[j]
    while top.head.i != top.i and actors.by_token.get(top.head.i) == found:
        top = top.head
    return [] if top.dep_ in ("pobj", "poss") else [found]  # not "an aide to X said": X names the aide


@_borrows("acomp")  # "Israel is opposed to ...": the copula's subject
def _predicative(find: SubjectFinder, tok: Token, actors: ActorIndex, event: bool, passive: bool) -> list[Mention]:
    return find(tok.head, actors, event, passive)


@_borrows("relcl")  # "Ukraine, which accused Russia, ...": the noun the relative clause modifies
def _relative(find: SubjectFinder, tok: Token, actors: ActorIndex, event: bool, _: bool) -> list[Mention]:
    if not event and _issued(tok.head, find.cues):  # "X issued a statement which said ...": X
        return _statement(find, tok, actors, event, _)
    # "X and Y who adds ...": the conjunct nearest before the clause
    nearer = [c for c in tok.head.conjuncts if tok.head.i < c.i < tok.i]
    return _actors([nearer[-1] if nearer else tok.head], actors, event)


@_borrows("xcomp")  # "urged the EU to support X": the EU (object control); "X wants to ...": X
def _infinitive(find: SubjectFinder, tok: Token, actors: ActorIndex, event: bool, _: bool) -> list[Mention]:
    if any(c.dep_ == "dobj" for c in tok.head.children):
        return _actors([t for c in tok.head.children if c.dep_ == "dobj" for t in conjuncts(c)], actors, event)
    return _governing(find, tok, actors, event, False)


@_borrows("advcl")  # "X struck back, warning ...": the subject of the verb it modifies
def _governing(find: SubjectFinder, tok: Token, actors: ActorIndex, event: bool, _: bool) -> list[Mention]:
    # "X said Y was ..., adding that Z": a participle with its own clause is X's ("calling it a trap": Y's)
    if tok.tag_ == "VBG" and not event and any(c.dep_ == "ccomp" for c in tok.children):
        reporter = reporting_ancestor(tok, find.cues)
        if reporter is not None:
            return find(reporter, actors, event)
    return find(tok.head, actors, event) if tok.head.pos_ in _VERBS else []


@_borrows("pcomp")  # "..., before warning him": the subject of the verb the phrase modifies
def _after_preposition(find: SubjectFinder, tok: Token, actors: ActorIndex, event: bool, _: bool) -> list[Mention]:
    prep, verb = tok.head, tok.head.head
    if prep.lower_ in ("before", "after", "while", "by", "in", "on", "upon") and verb.pos_ in _VERBS:
        return find(verb, actors, event)
    if prep.lower_ == "as" and verb.lemma_.lower() in _QUOTING:  # "X was quoted as saying": X
        return find(verb, actors, event, True)
    return []  # "accused X of doing"


@_borrows("acl")  # "X issued a statement saying ...": who issued it; "a statement from X saying": X; "X's
# remarks calling ...": X; a participle on a speaker, "officials claiming ...", "with X saying ...": the speaker
def _statement(find: SubjectFinder, tok: Token, actors: ActorIndex, event: bool, _: bool) -> list[Mention]:
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in find.cues.statement_nouns:
        noun = noun.head.head  # "a message on Twitter blaming Y": the parser hangs it on the medium
    if event:  # "X, meeting with Y, said ...": a participle set off by a comma on a clause's subject is X's
        return _actors([noun], actors, event) if _set_off(tok) and noun.dep_ in ("nsubj", "nsubjpass") else []
    if noun.lemma_.lower() not in find.cues.statement_nouns:  # "officials claiming Y", "with X saying Y": X
        return _actors([noun], actors, event) if tok.tag_ == "VBG" and tok.i > noun.i and _speaker(noun) else []
    by = [t for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "by") for t in p.children]
    by += [c for c in noun.children if c.dep_ == "poss"]  # "X's remarks calling Y Z"
    if by:
        return _actors([t for p in by if p.dep_ in ("pobj", "poss") for t in conjuncts(p)], actors, event)
    return find(noun.head, actors, event) if noun.dep_ == "dobj" and noun.head.pos_ in _VERBS else []


def _issued(noun: Token, cues: Cues) -> bool:
    """A statement noun a verb of issuing takes as object ("released a statement", "filed a motion"; not
    "criticised the statement", "did not release a statement")."""
    verb, issuing = noun.head, cues.content_verbs.get("issuing", frozenset())
    issued = noun.dep_ == "dobj" and verb.lemma_.lower() in issuing and not blocked(verb, cues)
    return issued and noun.lemma_.lower() in cues.statement_nouns


def _set_off(tok: Token) -> bool:
    """A present participle that follows its noun after a comma: "X, meeting with Y, ..." (a free
    adjunct telling what X does, not a restrictive "the men meeting with Y")."""
    return tok.tag_ == "VBG" and tok.i > tok.head.i and tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _speaker(noun: Token) -> bool:
    """A noun a participle can speak for: a clause's subject ("officials claiming Y gathered") or the
    subject of an absolute "with" ("with officials saying Y"); not a place or medium ("a message on
    Twitter blaming Y" is the message's)."""
    return noun.dep_ in ("nsubj", "nsubjpass") or noun.dep_ == "pobj" and noun.head.lower_ == "with"
