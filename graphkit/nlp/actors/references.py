"""What a pronoun or a definite description refers back to: the nearest fitting actor named before it
("he", "its", "the ministry"), and the two sides of "both sides"."""

from __future__ import annotations

from spacy.tokens import Token

from ...types import Mention
from .base import Index

__all__ = ["parties", "pronoun", "same_head"]

_SUBJECTS = ("nsubj", "nsubjpass")
#: the plural personal pronouns: "they" may refer to people named together
_PLURAL = frozenset({"they", "them", "their"})


#: the gender of third-person pronouns: "he" is not the person the article called "she"
_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
#: how many sentences back the pronouns of the other gender are read
_GENDER_WINDOW = 8


def pronoun(index: Index, tok: Token) -> Mention | None:
    """The actor a personal or possessive pronoun refers to, or None."""
    want = index.cues.pronouns.get(tok.lower_)
    if not want:
        return None
    return _pronoun(index, tok, want, _other_gender(index, tok))


def _pronoun(index: Index, tok: Token, want: tuple[str, ...], skip: set[Mention]) -> Mention | None:
    if tok.lower_ in _PLURAL and tok.dep_ in _SUBJECTS:
        blocked, gathering = _people(index, tok, want)
        if blocked:
            return gathering
        group = _recent_group(index, tok, want)
        if group is not None:
            return group
    if tok.dep_ in ("dobj", "dative", "pobj"):  # "Trump ... ordered him": not Trump himself
        return _antecedent(index, tok, want, exclude=_clause_subjects(index, tok) | skip)
    if tok.dep_ == "poss":  # "exposed its blackmailing nature": the nearest fitting actor first
        return _antecedent(index, tok, want, exclude=skip)
    found = _reporter(index, tok, want)
    if found is not None and found not in skip:
        return found
    return _antecedent(index, tok, want, skip=skip, unquoted=_speaker(index, tok))


def _people(index: Index, tok: Token, want: tuple[str, ...]) -> tuple[bool, Mention | None]:
    """ "X and his counterparts met in Cairo ... They concluded": people named together as a subject, nearer
    than any fitting subject, are whom "they" refers to, not an actor named before them; they stand for the
    gathering they form when one was named before them ("an assembly of ministers ... X and Y met ...
    They said"), else for no actor. Returns whether such people come first, and that gathering."""
    for i, m, dep in reversed(index.order):
        if i >= tok.i or dep not in _SUBJECTS:
            continue
        if m.type in want:
            return False, None
        if m.type == "Person" and _together(index.doc[i]):
            return True, _gathering_before(index, i)
    return False, None


def _recent_group(index: Index, tok: Token, want: tuple[str, ...]) -> Mention | None:
    """ "The case drew supporters of X in Turkey. They claim ...": a plural group named in the sentence
    before "they" (or in its own, before it) whose sentence has no fitting actor for a subject is what
    "they" refers to, rather than a subject named further back."""
    first = index.sents[max(index.sent_of[tok.i] - 1, 0)].start
    found = None
    for i, m, dep in reversed(index.order):
        if i >= tok.i:
            continue
        if i < first:
            break
        if m.type in want and dep in _SUBJECTS:
            return None
        if found is None and m.type == "Group" and "Group" in want and not _inside(index, i, m):
            found = m
    return found


def _together(tok: Token) -> bool:
    """Whether a subject names people together: coordinated ("X and Y"), or its apposed names are ("the
    minister X and his counterpart Y")."""
    named = [tok, *(c for c in tok.children if c.dep_ == "appos")]
    return any(c.dep_ in ("conj", "cc") for t in named for c in t.children)


def _gathering_before(index: Index, i: int) -> Mention | None:
    """The last gathering (a Group named by an assembly noun: :mod:`.assemblies`) named before token ``i``."""
    nouns = index.cues.assembly_nouns
    for j, m, _ in reversed(index.order):
        if j < i and m.type == "Group" and m.kb_id is None and nouns & set(m.name.lower().split()):
            return m
    return None


def _speaker(index: Index, tok: Token) -> bool:
    """The narrator's pronoun as the speaker of a statement verb ('"...," he said'): it refers to an actor
    the narrator named, not to one named inside a quotation (the quoted speaker's words)."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in index.cues.verbs and not index.quotes.inside(tok.idx)


def _other_gender(index: Index, tok: Token) -> set[Mention]:
    """The people the recent pronouns of the other gender refer to ("Sy says she ... He says": not Sy)."""
    gender = _GENDER.get(tok.lower_)
    if gender is None:
        return set()
    first = index.sents[max(index.sent_of[tok.i] - _GENDER_WINDOW, 0)].start
    out: set[Mention] = set()
    for t in index.tokens[first : tok.i]:  # the narrator's "she said", not "her" of a quotation
        if t.dep_ == "nsubj" and t.head.lemma_ in index.cues.verbs and _GENDER.get(t.lower_, gender) != gender:
            m = _pronoun(index, t, index.cues.pronouns.get(t.lower_, ()), set())
            if m is not None:
                out.add(m)
    return out


def same_head(index: Index, tok: Token, head: str, fallback: tuple[str, ...] | None = None) -> Mention | None:
    """ "the ministry": the last actor before ``tok`` with ``head`` among the words of its name or of the
    description that introduced it; else, with ``fallback`` types, the nearest such subject ("the company"
    → Apple)."""
    best_any = None
    for i, m, dep in reversed(index.order):
        if i >= tok.i:
            continue
        # the words of its name, of the description that introduced it, and a person's title it was called by
        # ("the US President said ... the President": the person the earlier "President" stood for)
        words = {*m.name.lower().split(), *m.text.lower().split(), *index.described.get(i, ())}
        if m.type == "Person":
            words.add(index.lowers[i])
        if head in words:
            return m
        if fallback is not None and m.type in fallback and dep in _SUBJECTS:
            best_any = best_any or m
    return best_any


def _antecedent(
    index: Index,
    tok: Token,
    want: tuple[str, ...],
    exclude: set[Mention] | None = None,
    skip: set[Mention] | frozenset[Mention] = frozenset(),
    unquoted: bool = False,
) -> Mention | None:
    """The nearest earlier actor of the wanted type, a subject first, none of ``exclude`` or ``skip``
    (with ``unquoted``, none named inside a quotation)."""
    best_any = None
    for i, m, dep in reversed(index.order):
        if i >= tok.i or m.type not in want or exclude and m in exclude or m in skip:
            continue
        if tok.dep_ in _SUBJECTS and _inside(index, i, m):  # "supporters of X in Turkey ... They": not Turkey
            continue
        if unquoted and index.quotes.inside(index.doc[i].idx):
            continue
        # subjects are what a text goes on about; an object pronoun ("urged him") takes the nearest
        # other actor of its own sentence first
        if _topic(index, i, dep) or exclude is not None and index.sent_of[i] == index.sent_of[tok.i]:
            if dep == "pobj" and exclude is None:  # a by-agent yields to its sentence's own subject
                return _surface_subject(index, i, want, skip, unquoted) or m
            return m
        best_any = best_any or m
    return best_any


def _inside(index: Index, i: int, m: Mention) -> bool:
    """Whether the actor at token ``i`` is only a word inside another actor's phrase ("supporters of X in
    Turkey", "Russia's defence ministry": not Turkey, not Russia): the phrase's actor is the referent."""
    tok = index.doc[i]
    if tok.dep_ in _SUBJECTS:
        return False
    for a in tok.ancestors:
        if a.pos_ not in ("NOUN", "PROPN", "ADP"):
            return False
        other = index.by_token.get(a.i)
        if other is not None and other != m:
            return True
    return False


def _surface_subject(
    index: Index, agent: int, want: tuple[str, ...], skip: set[Mention] | frozenset[Mention], unquoted: bool
) -> Mention | None:
    """The nearest actor of the wanted type that is a grammatical subject in the sentence of a passive's
    by-agent, before it: the subject, not the agent, is what the sentence is about ("X was pardoned by Y.
    He said ...": X; "X spoke after he was criticised by Y. He said ...": X)."""
    start = index.sents[index.sent_of[agent]].start
    for i, m, dep in reversed(index.order):
        if i < start:
            break
        if i >= agent or dep not in _SUBJECTS or m.type not in want or m in skip:
            continue
        if not (unquoted and index.quotes.inside(index.doc[i].idx)):
            return m
    return None


def _topic(index: Index, i: int, dep: str) -> bool:
    """A subject (or a name in apposition to one: "a Republican, X, has said"), the by-agent of a passive
    ("was criticised by X": the logical subject), the speaker after a statement verb (", reported X"), or
    a noun a "who" clause is about ("like X, who lives in the camp")."""
    if dep in _SUBJECTS:
        return True
    tok = index.doc[i]
    if dep == "appos" and tok.head.dep_ in _SUBJECTS:  # "a Republican, X, has said": X is the subject
        return True
    if dep == "pobj" and tok.head.dep_ == "agent":
        return True
    if dep in ("dobj", "attr") and _inverted_speaker(index, tok):
        return True
    return any(
        c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children) for c in tok.children
    )


def _inverted_speaker(index: Index, tok: Token) -> bool:
    """ "..., reported X": the speaker after a finite statement verb that follows a comma or quotation
    and has no subject before it ("..., accusing X" is no such verb)."""
    verb = tok.head
    return (
        verb.i < tok.i
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.lemma_ in index.cues.verbs
        and verb.i > 0
        and index.doc[verb.i - 1].is_punct
        and not any(c.dep_ == "nsubj" for c in verb.children)
    )


def _clause_subjects(index: Index, tok: Token) -> set[Mention]:
    """The actors that are subjects of the verbs above a token in its sentence."""
    out: set[Mention] = set()
    for verb in tok.ancestors:
        for c in verb.children:
            if c.dep_ in _SUBJECTS and c.i != tok.i:  # "He urged him": also a pronoun subject
                m = index.by_token.get(c.i) or (index.resolve(c) if c.pos_ == "PRON" else None)
                if m is not None:
                    out.add(m)
    return out


def _reporter(index: Index, tok: Token, want: tuple[str, ...]) -> Mention | None:
    """ "The ministry said it had struck ...": the subject of a clause reported by an actor is,
    when the types fit, that actor."""
    if tok.dep_ not in _SUBJECTS or tok.head.dep_ != "ccomp":
        return None
    for c in tok.head.head.children:
        if c.dep_ == "nsubj" and c.i < tok.i and c.pos_ != "PRON":
            m = index.resolve(c)
            if m is not None and m.type in want:
                return m
    return None


def parties(index: Index, tok: Token) -> list[Mention]:
    """ "Both sides", "the two countries" as the subject of ``tok``: the two countries the article has
    named most so far (none when it named fewer)."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or subject.lower_ not in index.cues.party_nouns
        or not any(c.lower_ in ("both", "two") for c in subject.subtree)
    ):
        return []
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for i, m, _ in index.order:
        if i < tok.i and m.type == "Country" and m.kb_id:
            counts[m.kb_id] = counts.get(m.kb_id, 0) + 1
            first.setdefault(m.kb_id, m)
    top = sorted(counts, key=lambda k: -counts[k])[:2]
    return [first[k] for k in top] if len(top) == 2 else []
