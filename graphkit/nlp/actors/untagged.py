"""A proper noun the entity recogniser did not tag, as the speaker of a statement, is a person ("Holloway
said"): a known actor of that name, the full name met earlier in the article when it is a surname (or a name
a reporter misspelt by a letter or two), else the name as written (ANNOTATION.md, "Unnamed and described
sources")."""

from __future__ import annotations

from difflib import SequenceMatcher

from spacy.tokens import Token

from ...types import Mention
from ..gazetteer import norm_name
from .base import Index, known
from .sources import is_speaker

__all__ = ["untagged_person"]

_NOT_PERSON = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})


def untagged_person(index: Index, tok: Token) -> Mention | None:
    """A proper noun the recogniser left untagged (or took for a work or a product), as the speaker of
    a statement: a known actor, the person of the article who bears that name, or a new person. A
    capitalised word the tagger took for a common noun ("Lage, who ..., said") is only the article's
    person of that name."""
    cues = index.cues
    if tok.ent_type_ in _NOT_PERSON or not tok.is_title or not (is_speaker(index, tok) or _who(tok)):
        return None
    low = tok.lower_
    if low in cues.title_words or low in cues.person_nouns or low in cues.group_nouns or low in cues.org_nouns:
        return None  # "The US President said": a description, not a name
    start = tok.i
    while (
        start > 0
        and tok.doc[start - 1].pos_ == "PROPN"
        and (tok.doc[start - 1].dep_ == "compound" or tok.doc[start].ent_iob_ == "I")
    ):  # the proper nouns the parser hangs on it, or that the recogniser put in one span with it
        start -= 1
    toks = [t for t in tok.doc[start : tok.i + 1] if t.lower_.rstrip(".") not in cues.title_words]
    if not toks:
        return None
    name = " ".join(t.text for t in toks)
    kb = index.gaz.by_name.get(norm_name(name)) if tok.pos_ == "PROPN" else None
    if kb:
        return known(index.gaz, kb, name)
    m = _in_article(index, tok, toks[-1].lower_)
    if m is not None and len(toks) > 1 and toks[0].lower_ not in m.name.lower().split():
        m = None  # "Said Bacar" is not the article's "Mohamed Bacar": a namesake, another person
    m = m or _spelt_alike(index, tok, [t.lower_ for t in toks])
    if m is not None or tok.pos_ != "PROPN" or norm_name(name) in index.gaz.places:
        return m
    return Mention(name=name, type="Person", text=name)


def _who(tok: Token) -> bool:
    """ "Yaraah Sow, who lives in the camp": a proper noun a "who" clause modifies names a person."""
    return tok.pos_ == "PROPN" and any(
        c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") and w.i > tok.i for w in c.children)
        for c in tok.children
    )


def _in_article(index: Index, tok: Token, word: str) -> Mention | None:
    """The person of the article one of whose names is ``word``: the nearest one before ``tok``,
    else the first one after it ("Munyaneza" → "Alphonse Munyaneza", "Ban" → "Ban Ki-moon")."""
    named = [(i, m) for i, m, _ in index.order if not m.anonymous and _bears(m, word)]
    before = [m for i, m in named if i < tok.i]
    if before or named:
        return before[-1] if before else named[0][1]
    # a full name the recogniser tagged that is no actor of the index (yet): the same name key
    full = next((e for e in tok.doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == word), None)
    return Mention(name=full.text, type="Person", text=full.text) if full is not None else None


def _spelt_alike(index: Index, tok: Token, words: list[str]) -> Mention | None:
    """The person of the article named before ``tok`` whose name the words spell with a letter or two
    different, as a reporter misspells a name ("Petraus" for "Petraeus", "Said Bacar" for "Said Bakar"):
    each word the same or alike (same first letter, five letters or more, mostly the same letters)."""
    for i, m, _ in reversed(index.order):
        names = m.name.lower().split()
        if i >= tok.i or m.type != "Person" or m.anonymous or len(words) > len(names):
            continue
        pairs = list(zip(words, names[len(names) - len(words) :], strict=True))
        if any(a != b for a, b in pairs) and all(a == b or _alike(a, b) for a, b in pairs):
            return m
    return None


def _alike(a: str, b: str) -> bool:
    return min(len(a), len(b)) >= 5 and a[0] == b[0] and SequenceMatcher(None, a, b).ratio() >= 0.8


def _bears(m: Mention, word: str) -> bool:
    """Whether ``word`` is one of a person's names, or the last name of an unknown full name the
    recogniser took for a body ("Alphonse Munyaneza" tagged ORG)."""
    names = m.name.lower().split()
    if m.type == "Person":
        return word in names
    return m.type == "Organization" and m.kb_id is None and len(names) > 1 and names[-1] == word
