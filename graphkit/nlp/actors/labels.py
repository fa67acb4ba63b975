"""The label of an actor a noun describes, as an analyst reads it: "Russia's defence ministry" is the
"Russian Defence Ministry", "security forces in Guinea" are "Guinean security forces", an unnamed official
stays "U.S. official"; the modifiers kept are nouns and adjectives, no country word (``descriptions.py``
decides which actor the noun is)."""

from __future__ import annotations

from spacy.tokens import Token

from .base import Index
from .places import in_country_name
from .sources import NOT_LABEL, PARTITIVES
from .speakers import state_word, whole_word

__all__ = ["description", "label_words", "with_of_phrase"]


def description(index: Index, tok: Token, country: str) -> str:
    """ "Russia's defence ministry" → "Russian Defence Ministry"; "Ukrainian forces" stays."""
    if tok.lower_ in index.cues.person_nouns:  # an unnamed person, as the text names them: "U.S. official"
        i = tok.i  # the modifiers right before the noun, up to a determiner or punctuation
        while i > tok.left_edge.i and not (
            tok.doc[i - 1].is_punct or tok.doc[i - 1].is_space or tok.doc[i - 1].dep_ == "det"
        ):
            i -= 1
        name = tok.doc[i : tok.i + 1].text
        if any(in_country_name(index.gaz, t) for t in tok.doc[i : tok.i + 1]):
            return name
        return f"{_adjective(index, country)} {name}"  # "the President of Gabon": "Gabonese President"
    words = label_words(index, tok)
    adj = _adjective(index, country)
    if any(w.i in index.places for w in words):  # "Basra militants": the town says whose, no demonym added
        adj = ""
    if tok.lower_ in index.cues.group_nouns or tok.pos_ == "NOUN" and tok.lower_ in PARTITIVES:  # "Guinean forces"
        return f"{adj} ".lstrip() + " ".join(_cased(w) for w in [*words, tok])
    return f"{adj} ".lstrip() + " ".join(whole_word(w)[:1].upper() + whole_word(w)[1:] for w in [*words, tok])


def label_words(index: Index, tok: Token) -> list[Token]:
    """The modifiers of a body's noun that its label keeps: nouns and adjectives, no country word."""
    return [
        c
        for c in tok.lefts
        if c.dep_ in ("compound", "amod")
        and not in_country_name(index.gaz, c)
        and (c.pos_ in ("NOUN", "PROPN", "ADJ") or state_word(c))
        and c.lower_ not in NOT_LABEL
    ]


def _cased(word: Token) -> str:
    """A word of a group's label as written when it is a name or a proper adjective ("Kurdish"), else in
    lower case ("Security forces in Guinea": "security", capitalised only as the sentence's first word)."""
    if word.pos_ == "PROPN" or (word.is_title and not word.is_sent_start):
        return word.text
    return word.lower_


def _adjective(index: Index, country: str) -> str:
    """The demonym of a country ("Gabonese"), else its name."""
    e = index.gaz.entries[country]
    return e.adjectives[0] if e.adjectives else e.label


def with_of_phrase(tok: Token) -> str | None:
    """An unnamed body as written, when an "of" phrase says whose it is (short and verbless)."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    start = next((t.i + 1 for t in tok.lefts if t.dep_ in ("det", "poss")), tok.left_edge.i)
    words = tok.doc[start : of.right_edge.i + 1]
    if len(words) > 10 or any(t.pos_ in ("VERB", "AUX") for t in words if t.dep_ != "amod"):
        return None
    return words.text
