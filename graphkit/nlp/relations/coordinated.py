"""The other actors coordinated inside one event argument, once the argument's first actor is known.

An event's object is often a thing that stands for an actor ("threatened to cut ties with X", "sanctions
against X", "refugees from X") or people marked by their country ("Somali migrants"). When the
argument coordinates several of them, the event is on each: "ties with Congo and Costa Rica", "Somali
and Ethiopian migrants" (English coordination of a preposition's objects, or of a noun's adjectival
modifiers; PLOVER codes one event per target country). The finders in
:mod:`~graphkit.nlp.relations.objects` already split a coordinated actor ("Kyiv and Warsaw"); this module
adds the coordinated actors inside a thing that is no actor itself, and the countries of coordinated
modifiers. It also reads one reordering of an argument: a noun's "that" clause moved past the rest of
its verb's phrase (extraposition: "renewed its demand on Monday that X withdraw"), and a heavy object
moved after the verb's "as" predicate ("denounced as a crime X's crackdown"), and the subject of an
infinitive complement, which is its verb's object ("refused to allow X to land", "called for X to
withdraw").
"""

from __future__ import annotations

from spacy.tokens import Token

from ...types import Mention
from ..actors import ActorIndex
from ..actors.anchors import OBJECT_PREPS
from ..actors.base import known
from ..actors.places import country_id, entity_text
from ..syntax import conjuncts

__all__ = ["coordinated", "elliptical", "extraposed", "infinitive_subjects", "marked_subjects", "shifted_object"]

#: modifiers that may name the country of the people or things they modify
_MODIFIERS = ("amod", "nmod", "compound")


def coordinated(tok: Token, first: Mention, actors: ActorIndex) -> list[Mention]:
    """The actors coordinated with ``first``, the actor the argument ``tok`` stands for: the later
    objects of the preposition it was reached through ("relations with X and Y" → Y), and the
    countries of the later coordinated modifiers ("X and Y refugees" → Y). Never ``first`` itself."""
    found = _through_preposition(tok, first, actors) + _modifier_countries(tok, actors)
    out: list[Mention] = []
    for m in found:
        if m != first and m not in out and (m.kb_id is None or m.kb_id != first.kb_id):
            out.append(m)
    return out


def _through_preposition(tok: Token, first: Mention, actors: ActorIndex) -> list[Mention]:
    """ "ties with Congo and Costa Rica": Costa Rica, when the thing is no actor and its preposition's
    first object is the actor found."""
    if actors.resolve(tok) is not None:
        return []
    out: list[Mention] = []
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ not in OBJECT_PREPS:
            continue
        for pobj in (c for c in p.children if c.dep_ == "pobj"):
            if actors.anchor(pobj, depth=0) != first:
                continue
            out += [m for c in conjuncts(pobj)[1:] for m in [actors.anchor(c, depth=0)] if m is not None]
    return out


def _modifier_countries(tok: Token, actors: ActorIndex) -> list[Mention]:
    """ "Somali and Ethiopian migrants": Ethiopia, the country of a modifier coordinated with one that
    names a country. Not for a possessed relational noun ("his Greek and French counterparts"): that
    names particular people, each of one country, not a group on behalf of each."""
    out: list[Mention] = []
    if any(c.dep_ == "poss" for c in tok.children):
        return out
    for mod in tok.children:
        if mod.dep_ not in _MODIFIERS or mod.i > tok.i or country_id(actors.gaz, entity_text(mod)) is None:
            continue
        for c in conjuncts(mod)[1:]:
            cid = country_id(actors.gaz, entity_text(c))
            if cid is not None:
                out.append(known(actors.gaz, cid, c.text))
    return out


def elliptical(tok: Token, actors: ActorIndex) -> list[Mention]:
    """The countries of a name whose coordinated first words share its last ("North and South Korea",
    "East and West Germany": English ellipsis of a shared head), each word read with the head; nothing
    unless at least two of them name a country."""
    out: list[Mention] = []
    for mod in tok.children:
        if mod.dep_ not in _MODIFIERS or mod.i > tok.i or len(conjuncts(mod)) < 2:
            continue
        for c in conjuncts(mod):
            name = f"{c.text} {tok.text}"
            cid = country_id(actors.gaz, name)
            if cid is not None:
                out.append(known(actors.gaz, cid, name))
    return out if len(set(out)) > 1 else []


def extraposed(noun: Token) -> list[Token]:
    """The subjects of a noun's "that" clause moved to the end of its verb's phrase (English
    extraposition of a noun complement: "renewed its demand on Monday that X withdraw", where the parser
    hangs the clause on the verb): X. Only for a noun that is its verb's direct object."""
    if noun.dep_ != "dobj":
        return []
    return [
        s
        for c in noun.head.children
        if c.dep_ == "ccomp" and c.i > noun.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for s in c.children
        if s.dep_ in ("nsubj", "nsubjpass")
    ]


def shifted_object(verb: Token) -> list[Token]:
    """A direct object moved after the verb's "as" predicate (English heavy-NP shift: "denounced as a
    crime X's crackdown on Y"), which the parser hangs on the predicate noun as an apposition; only when
    the verb has no direct object of its own."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    out: list[Token] = []
    for p in verb.children:
        for n in (c for c in p.children if c.dep_ == "pobj") if p.dep_ == "prep" and p.lower_ == "as" else ():
            out += [t for a in n.children if a.dep_ == "appos" and a.i > n.i for t in conjuncts(a)]
            if not out and _adjective_first(p, n):  # "as barbaric the attack": an adjective before a determiner
                out.append(n)
    return out


def _adjective_first(prep: Token, noun: Token) -> bool:
    """Whether "as" is followed by an adjective and then the determiner or possessor of ``noun`` ("as
    illegal X's arrest", "as barbaric the attack"): no adjective may precede a determiner inside one noun
    phrase, so the adjective is the predicate and the noun phrase after it the shifted object."""
    doc = prep.doc
    if prep.i + 1 >= len(doc) or doc[prep.i + 1].tag_ != "JJ":
        return False
    return any(c.dep_ in ("det", "poss") and c.i > prep.i + 1 for c in noun.children)


def infinitive_subjects(clause: Token) -> list[Token]:
    """The subject of a "to" infinitive complement with its own subject, which the parser makes a clause
    of the verb (English exceptional case marking: "allow X to land", "let X enter"): X. Nothing for
    any other child."""
    if clause.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return []
    return [t for c in clause.children if c.dep_ == "nsubj" for t in conjuncts(c)]


def marked_subjects(verb: Token, word: str) -> list[Token]:
    """The subject of a "for ... to" infinitive clause of the verb, which the parser marks with the
    preposition (English for-to complement: "called for X to withdraw", "pushed for X to back the plan"):
    X. Only for a clause whose mark is ``word``."""
    return [
        t
        for c in verb.children
        if c.dep_ in ("advcl", "ccomp", "xcomp") and any(m.dep_ == "mark" and m.lower_ == word for m in c.children)
        for s in c.children
        if s.dep_ == "nsubj"
        for t in conjuncts(s)
    ]
