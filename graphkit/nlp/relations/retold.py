"""A demand told again by its document: "The subpoena was issued by X and Y", "The order was signed by X",
"the ultimatum was sent by X" after the article has said whom the subpoena, order or ultimatum is for → X
(and Y) demand of that addressee (FrameNet Request's nouns, cues.yaml ``nouns: demands`` and
``demanding_threats``; the definite noun points back, as an anaphoric noun phrase does, to the same
document told before).

The object finder ``demand-retold`` reads the demand noun that is the object (or passive subject) of a verb
of issuing (in the passive: "X issued the order" is the noun's own frame, cues.yaml ``light_verbs``), with
no addressee of its own ("a subpoena to X" is the noun's own frame), and looks back up to
``_REACH`` sentences for the same noun, or its verb ("subpoenaed X"), with an addressee: its "to", "for" or
"on" ("a subpoena for documents from X": X), or the verb's direct object.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...resources import Cues
from ...types import Mention
from ..actors import ActorIndex
from ..syntax import pobjs
from .memory import Memory
from .registry import Found, Recalled, Site, object_finder

__all__ = ["retold_noun"]

#: how many sentences back the document may have been told (a definite noun points back far)
_REACH = Memory.REACH  # as far back as a denial answers an accusation, an act noun its telling
#: where a demand noun names its addressee: "a subpoena to X", "an order for X", "a demand on X"
_ADDRESSEE_PREPS = ("to", "for", "on")
#: determiners that point back to a thing already told
_DEFINITE = ("the", "this", "that")


def retold_noun(verb: Token, cues: Cues) -> Token | None:
    """The definite demand noun a verb of issuing takes, with no addressee of its own: "the subpoena was
    issued by X", "X signed the order" (not "X issued a subpoena to Y", "X signed an order")."""
    for c in verb.children:
        if (
            c.dep_ in ("dobj", "nsubjpass")
            and _demand_noun(c.lemma_.lower(), cues)
            and any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in c.children)
            and not any(p.dep_ == "prep" and p.lower_ in _ADDRESSEE_PREPS for p in c.children)
        ):
            return c
    return None


def _demand_noun(lemma: str, cues: Cues) -> bool:
    """A noun of demanding ("subpoena", "order": cues.yaml ``nouns: demands``) or a demanding threat ("ultimatum")."""
    return (f := cues.nouns.get(lemma)) is not None and f.predicate == "demands" or lemma in cues.demanding_threats


def _addressees(tok: Token, actors: ActorIndex) -> list[Mention]:
    """Whom a demand noun or verb told before is for."""
    if tok.pos_ == "VERB":
        heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        heads = [t for p in tok.children if p.dep_ == "prep" and p.lower_ in _ADDRESSEE_PREPS for t in pobjs(p)]
        if tok.dep_ == "dobj":  # "issued a subpoena to X": the parser may hang the "to" on the verb
            heads += [
                t for p in tok.head.children if p.dep_ in ("dative", "prep") and p.lower_ == "to" for t in pobjs(p)
            ]
    found = [actors.anchor(h, places=False, preps=("from", "of"), depth=1) for h in heads]
    return [m for m in found if m is not None]


@object_finder("demand-retold")  # "the subpoena was issued by X": whom the subpoena told before is for
def demand_retold(site: Site, _: str) -> Found:
    noun = retold_noun(site.tok, site.cues)
    if noun is None:
        return []
    actors = site.actors
    begin = actors.sents[max(0, actors.sent_of[noun.i] - _REACH)].start
    lemma = noun.lemma_.lower()
    for i in range(noun.i - 1, begin - 1, -1):
        if actors.lemmas[i] == lemma:
            found = _addressees(actors.tokens[i], actors)
            if found:
                return Recalled(found)
    return []
