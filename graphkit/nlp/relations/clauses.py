"""Clause boundaries of a claim's content, where the parse of a news sentence blurs them.

- a semicolon joins two independent clauses, and so does an omission mark in a quotation ("Y [...] Z"):
  "Y; Z" are two propositions, and "A said Y; B reported Z"
  gives A only Y (Z is B's claim, read at B's own cue);
- a clause marked as adverbial ("declared an emergency so he could ...") is no reported clause, even
  when the parser makes it the cue's complement;
- a quotation that closes right before a cue ends where it opened, whatever clause the parser made of it;
- a statement noun's "that" clause is the proposition of a cue whose object it is ("denied reports that Y",
  "confirmed the claim that Y": FrameNet Statement nouns, ``claim_nouns`` of cues.yaml);
- a quotation that opens with a question and goes on with a statement reports that statement;
- a that-less complement clause is often parsed as the cue's object followed by a subjectless verb,
  "X maintained [an inquiry] [is under way]": the object is that verb's subject.
- a small clause ("found the strike justified") has no tense: a finite verb coordinated with its predicate
  ("... and called Y Z") goes with the cue, and a small clause about the source itself ("declared himself
  the winner") is a self-designation, no claim.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...resources import Cues
from .subjects import CLOSE_QUOTES, OPEN_QUOTES, inverted

__all__ = [
    "adjective_phrase_end",
    "adverbial",
    "after_punct",
    "before_punct",
    "inserted",
    "intention_object",
    "interrupted_quotation",
    "inverted_condition",
    "last_word",
    "post_posed",
    "quotation_before",
    "relative_pronoun",
    "self_designation",
    "semicolon_between",
    "semicolon_parts",
    "statement_after",
    "statement_clause",
    "takes_object_before",
    "that_mark",
    "to_infinitive",
    "verb_of_the_source",
    "verbs",
    "wh_clause",
    "with_subject",
    "without",
]

#: the dependencies of a clause's subject, and the tags of a finite verb or auxiliary
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_FINITE = ("VBD", "VBZ", "VBP", "MD")
#: the dashes that close a parenthesis inside a clause ("the battle for X — called Y — is ...")
_DASHES = ("\u2014", "\u2013", "-", "--")
#: the auxiliaries that open a condition when they stand before its subject ("had Y known", "were Y to go")
_INVERTING = ("have", "be", "should")
#: the reflexive pronouns that make a small clause a self-designation
_REFLEXIVES = ("himself", "herself", "itself", "themselves", "myself", "ourselves")
#: subordinators of adverbial clauses (purpose, reason, time, concession, condition)
_ADVERBIAL_MARKS = (
    "so",
    "because",
    "since",
    "although",
    "though",
    "while",
    "when",
    "before",
    "after",
    "until",
    "unless",
)


def adverbial(clause: Token) -> bool:
    """A clause marked as adverbial ("so he could ...", "because ...") that the parser made a complement:
    a reported clause is marked by "that" or by nothing."""
    return any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in clause.children)


def semicolon_parts(toks: list[Token], cues: Cues) -> list[list[Token]]:
    """A content cut at its semicolons and bracketed omissions ("Y [...] Z") when they join clauses (each
    part has a verb); a part that is somebody else's report ("B reported Z": a claim cue with its own
    subject) is left out."""
    toks = sorted(toks, key=lambda t: t.i)
    texts = [t.text for t in toks]  # once: a Token makes its string anew on every read
    if ";" not in texts and "..." not in texts and "\u2026" not in texts:
        return [toks]  # cheap: nothing to cut at, one part
    parts: list[list[Token]] = [[]]
    for t, text in zip(toks, texts, strict=True):
        if text == ";" or text in ("...", "\u2026") and _omission(t):
            parts.append([])
        elif text not in ("[", "]") or not _omission(t.nbor(1 if t.text == "[" else -1)):
            parts[-1].append(t)
    clauses = [p for p in parts if any(t.pos_ in ("VERB", "AUX") for t in p)]
    if len(clauses) < 2:
        return [toks]
    return [p for p in clauses if not any(_reports(t, cues) for t in _roots(p))]


def _omission(tok: Token) -> bool:
    """An omission mark in brackets, "[...]": the quotation goes on with another of its sentences."""
    doc = tok.doc
    return (
        tok.text in ("...", "\u2026")
        and 0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].text == "["
        and doc[tok.i + 1].text == "]"
    )


def _roots(part: list[Token]) -> list[Token]:
    """The words of a token run whose head lies outside it (or is themselves)."""
    inside = {t.i for t in part}
    return [t for t in part for h in [t.head.i] if h == t.i or h not in inside]  # the head made once


def _reports(verb: Token, cues: Cues) -> bool:
    """A cue of a claim with its own subject: "B reported Z" is B's claim."""
    return cues.is_cue(verb.lemma_.lower(), "claims") and any(c.dep_ == "nsubj" for c in verb.children)


def with_subject(cue: Token, verb: Token, toks: list[Token]) -> list[Token]:
    """``toks`` (the clause of ``verb``) with the cue's object in front when the clause is finite, has no
    subject of its own and starts right after that object: "submitted [the evidence] [did not prove Y]"."""
    finite = verb.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in verb.children)
    if not finite or any(c.dep_ in _SUBJECTS for c in verb.children):
        return toks
    doc = cue.doc
    obj = next(
        (
            c
            for c in cue.children
            if c.dep_ == "dobj"
            and c.right_edge.i < verb.left_edge.i
            and all(doc[j].text in _DASHES for j in range(c.right_edge.i + 1, verb.left_edge.i))
        ),
        None,
    )  # right before it, or set off by a dash: "says [the battle for X — called Y —] [is only the first]"
    return toks if obj is None else [*obj.subtree, *toks]


def inverted_condition(comps: list[Token]) -> list[Token]:
    """A condition with its auxiliary before its subject, right after the reported clause, that the parser made
    a second complement of the cue ("said X would not have fought had Y not armed them", "... were Y to leave",
    "... should Y refuse"): the reported clause's own condition, so part of it; else nothing."""
    if len(comps) < 2:
        return []
    first, nxt = comps[0], comps[1]
    inverted = nxt.lemma_.lower() in _INVERTING and nxt.left_edge.i == nxt.i == first.right_edge.i + 1
    subject_after = any(c.dep_ in _SUBJECTS and c.i > nxt.i for c in nxt.subtree)
    return list(nxt.subtree) if inverted and subject_after else []


def semicolon_between(a: Token, b: Token) -> bool:
    """Whether a semicolon outside ``a``'s clause lies between ``a`` and ``b`` ("A said Y; B reported Z":
    "A said Y" is not the complement of "reported")."""
    lo, hi = (a, b) if a.i < b.i else (b, a)
    semicolons = [t.i for t in a.doc[lo.i : hi.i] if t.text == ";"]
    if not semicolons:
        return False  # cheap: most stretches hold none, the clause's subtree left unread
    own = {t.i for t in a.subtree}
    return any(i not in own for i in semicolons)


def quotation_before(tok: Token) -> list[Token] | None:
    """The words of the quotation that closes right before the cue, within its sentence."""
    before = [t for t in tok.sent if t.i < tok.i]
    close = next((k for k in range(len(before) - 1, -1, -1) if before[k].text in CLOSE_QUOTES), None)
    if close is None:
        return None
    opening = next((k for k in range(close - 1, -1, -1) if before[k].text in OPEN_QUOTES), -1)
    return before[opening + 1 : close] or None


def verb_of_the_source(conj: Token) -> bool:
    """A finite verb coordinated with a small clause's predicate ("found [the strike] justified and called
    ..."): a predicate without tense or auxiliary cannot share one, so the verb goes with the cue."""
    root = conj.head
    return (
        conj.dep_ == "conj"
        and conj.tag_ in ("VBD", "VBZ", "VBP")
        and root.tag_ in ("VBN", "JJ")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in conj.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in root.children)
    )


def self_designation(toks: list[Token]) -> bool:
    """A small clause about the source itself ("declared himself the winner", "declared itself independent"):
    a self-designation, which performs a status rather than reporting a proposition."""
    return bool(toks) and toks[0].lower_ in _REFLEXIVES


def after_punct(tok: Token) -> bool:
    """A clause set off from what comes before it: "Y, X said", "Y – wrote X" (not "X said Y confirmed Z")."""
    first = next((t.i for t in tok.subtree if not (t.is_punct or t.is_space)), tok.i)
    return first > 0 and (tok.doc[first - 1].is_punct or tok.doc[first - 1].text in CLOSE_QUOTES)


def before_punct(tok: Token) -> bool:
    """A clause set off from what follows it: "Y1, X said, Y2"."""
    last = max(t.i for t in tok.subtree if not (t.is_punct or t.is_space) or t.i == tok.i)
    return last + 1 < len(tok.doc) and tok.doc[last + 1].is_punct


def without(clause: Token, cue: Token) -> list[Token]:
    """The clause ``clause`` without the cue's own words."""
    own = {t.i for t in cue.subtree}
    return [t for t in clause.subtree if t.i not in own]


def relative_pronoun(tok: Token) -> bool:
    """Whether a word is the pronoun that opens a relative clause ("which", "who", "that")."""
    return tok.tag_ in ("WDT", "WP") and any(a.dep_ == "relcl" for a in [tok.head, *tok.head.ancestors][:2])


def statement_after(nxt: Span | None) -> list[Token]:
    """The statement a quotation goes on with after its opening question ('X wrote, "Why now? The plan is
    late."'): the next sentence, up to where the quotation closes; nothing when that is a question too."""
    toks = []
    for t in nxt or ():
        if t.text in CLOSE_QUOTES:
            break
        toks.append(t)
    words = [t for t in toks if not (t.is_punct or t.is_space)]
    return [] if not words or toks[-1].text == "?" or toks[0].text in OPEN_QUOTES else toks


def statement_clause(cue: Token, nouns: frozenset[str]) -> Token | None:
    """The "that" clause of a statement noun the cue takes as its object ("denied reports that Y": Y; not a
    relative clause, "denied reports that appeared on Monday")."""
    for obj in cue.children:
        if obj.dep_ != "dobj" or obj.lower_ not in nouns:
            continue
        for c in obj.rights:
            if c.dep_ in ("acl", "ccomp", "appos") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                return c
    return None


def adjective_phrase_end(cue: Token, end: int) -> int:
    """Where a small clause that ends in its predicate adjective ends: with the phrase the parser hung on the
    cue right after it ("called the sanctions unlawful [in form]"; not a time, "unlawful [on Monday]")."""
    doc = cue.doc
    while doc[end].pos_ == "ADJ" and end + 1 < len(doc):
        nxt = next((c for c in cue.children if c.dep_ == "prep" and c.i == end + 1), None)
        if nxt is None or any(g.ent_type_ in ("DATE", "TIME") for g in nxt.subtree):
            break
        end = nxt.right_edge.i
    return end


def to_infinitive(cue: Token) -> Token | None:
    """The cue's to-infinitive with words of its own ("promised to hold elections"; not a bare "pledged to end",
    whose object a relative clause took away)."""
    for c in cue.rights:
        if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            own = [a for a in c.children if a.dep_ not in ("aux", "neg", "punct") and not relative_pronoun(a)]
            return c if own else None
    return None


def intention_object(cue: Token, nouns: frozenset[str]) -> Token | None:
    """The cue's object when it is a noun of intention with a to-infinitive of its own ("announced its intention
    to disarm the militias", "affirmed her willingness to serve"; not "announced its intention", "announced plans
    for an airport")."""
    for obj in cue.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in nouns:
            for c in obj.rights:
                if c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                    return obj
    return None


def that_mark(tok: Token) -> bool:
    """The "that" that marks a complement clause."""
    return tok.lower_ == "that" and tok.dep_ == "mark"


def last_word(tok: Token) -> Token:
    """The last word (not punctuation) of a token's phrase."""
    words = [t for t in tok.subtree if not t.is_punct]
    return words[-1] if words else tok


def inserted(toks: list[Token]) -> bool:
    """Whether a token run opens with an editor's insertion in brackets ("[The] union will ...")."""
    return toks[0].text == "[" and any(t.text == "]" for t in toks[1:6]) and not _omission(toks[1])


def interrupted_quotation(cue: Token) -> list[Token] | None:
    """The first piece of a quotation the cue interrupts ('"Y1," X said, "Y2"': Y1): a quotation that closes
    right before the cue and its subject (no verb between them), outside that subject."""
    before = [t for t in cue.sent if t.i < cue.i]
    close = next((k for k in range(len(before) - 1, -1, -1) if before[k].text in CLOSE_QUOTES), None)
    if close is None or any(t.pos_ in ("VERB", "AUX") for t in before[close + 1 :]) or len(before) - close > 8:
        return None
    gap = range(before[close].i + 1, cue.i)
    if not any(c.dep_ == "nsubj" and (c.i in gap or c.left_edge.i == cue.i + 1) for c in cue.children):
        return None  # the source stands between the pieces (or right after the cue: '"Y1," said X, "Y2"')
    words = quotation_before(cue) or []
    subject = {t.i for c in cue.children if c.dep_ in _SUBJECTS for t in c.subtree}
    return None if any(t.i in subject for t in words) else words  # not 'X, who called it "a farce", said'


def wh_clause(clause: Token, cue: Token) -> bool:
    """A clause with a wh-word subject under a cue that is no relative clause itself: a relative clause the parser
    made the cue's complement ("was countered by X, who sought Y") or an embedded question ("said who was
    responsible", "or what have you"): no reported proposition. (In "the strike, which the army said killed ten",
    the cue's own relative clause, "which" stands for the strike.)"""
    return cue.dep_ != "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in clause.children
    )


def verbs(cues: Cues, kind: str) -> frozenset[str]:
    """The words of one kind of ``content_verbs`` (cues.yaml): "affirm", "expressing", "commissive", "raising",
    "issuing", and the nouns "intention"."""
    return cues.content_verbs.get(kind, frozenset())


def takes_object_before(tok: Token, mark: Token) -> bool:
    """Whether the cue has an object or a conjoined verb before ``mark``: "X said [Y] ;" is no "X said;"."""
    return any(c.dep_ in ("dobj", "ccomp", "conj", "xcomp", "oprd") and tok.i < c.i < mark.i for c in tok.children)


def post_posed(tok: Token) -> bool:
    """A cue after what it reports: "Y – wrote X", "Y, X said", '"Y," said X'."""
    return tok.head.i < tok.i and (tok.dep_ in ("parataxis", "ccomp") and after_punct(tok) or inverted(tok))
