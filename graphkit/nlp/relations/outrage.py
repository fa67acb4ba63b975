"""Outrage at an act: "X was appalled by Y's decision", "X said it was outraged at the move". A verb of
FrameNet Experiencer_obj whose emotion is moral outrage (``judged_acts: outrage_verbs`` of
``ontologies/cues.yaml``), passive or adjectival, judges the act that is its stimulus (its "by"/"at"/"over"
phrase): the experiencer accuses the doer of the act (``accuses:outraged``), found as for a judging verb's
object (:func:`~graphkit.nlp.relations.acts.doers`: "Y's decision", "the Y ban", the act narrated before).

The nouns of the same emotions (``judged_acts: outrage_nouns``) judge so when expressed ("X expressed outrage
at Y's decision", "X voiced dismay over the move") or owned ("X's anger at the ban").

Only an act is judged so: "X was outraged by Y" names no act and is left alone. A pronoun experiencer
of a reported clause is the reporter ("X said they were appalled by ..."), as a speaker speaks of itself,
whatever the sentences before name.
Negated or hedged outrage ("was not appalled", "may be outraged") is none.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...resources import Cues
from ...types import Mention
from ..actors import ActorIndex
from ..syntax import blocked, conjuncts
from .acts import act_lexicon, doers, subjects_of
from .arguments import whom
from .records import RawRelation

__all__ = ["outrages"]

#: prepositions that name what the outrage is at: "appalled by", "outraged at", "angered over"
_STIMULUS_PREPS = ("by", "at", "over")
#: pronouns that, as the experiencer of a reported clause, stand for the reporter
_SELF = ("it", "they", "he", "she")


def _experiencers(verb: Token, actors: ActorIndex, cues: Cues) -> list[Mention]:
    """Who feels the outrage: the verb's (passive) subject, or for a pronoun in a reported clause the reporter."""
    subjects = [t for c in verb.children if c.dep_ in ("nsubjpass", "nsubj") for t in conjuncts(c)]
    out: list[Mention] = []
    for s in subjects:
        if s.lower_ in _SELF and verb.dep_ == "ccomp" and _reports(verb.head, cues):
            out += [r for t in subjects_of(verb.head) for r in [actors.resolve(t)] if r is not None]
        else:
            out += [m for m in [actors.resolve(s)] if m is not None]
    return out


def _reports(verb: Token, cues: Cues) -> bool:
    """Whether a verb is a statement verb ("said", "stated")."""
    return cues.is_cue(verb.lemma_.lower(), "claims")


def _stimuli(verb: Token) -> list[Token]:
    """The nouns the outrage is at: the objects of the verb's "by"/"at"/"over" phrases."""
    preps = [c for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in _STIMULUS_PREPS]
    return [t for p in preps for c in p.children if c.dep_ == "pobj" for t in conjuncts(c)]


def _outraged(verb: Token, cues: Cues) -> bool:
    """A verb of outrage told of its experiencer: passive or adjectival ("was appalled", "is angered")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" and verb.dep_ == "acomp"
    return passive and not blocked(verb, cues)


def _expressed(noun: Token, cues: Cues) -> Token | None:
    """The verb that expresses a noun of outrage ("X expressed outrage at ..."; also the noun owned: "X's
    outrage"), or None when the noun is no expression of its subject's, or the verb is negated or hedged."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in act_lexicon(cues).outrage_expressing or blocked(verb, cues):
        return None
    return verb


def _noun_outrage(noun: Token, actors: ActorIndex, cues: Cues) -> tuple[list[Mention], list[Token], Token]:
    """Who expresses the outrage a noun names, the nouns it is at, and the clause that tells it ("X expressed
    outrage at Y's move": the verb; "X's anger at the ban": the noun)."""
    owners = [m for c in noun.children if c.dep_ == "poss" for m in [actors.resolve(c)] if m is not None]
    verb = _expressed(noun, cues)
    if verb is None:
        return (owners, _stimuli(noun), noun) if owners and not blocked(noun.head, cues) else ([], [], noun)
    judges = [m for t in subjects_of(verb) for m in [actors.resolve(t)] if m is not None]
    return judges, _stimuli(noun) + _stimuli(verb), verb


def outrages(sent: Span, actors: ActorIndex, cues: Cues) -> list[RawRelation]:
    """The accusations verbs and nouns of outrage state in ``sent``: the outraged → the doer of the act."""
    acts = act_lexicon(cues)
    verbs, nouns = acts.outrage_verbs, acts.outrage_nouns
    out: list[RawRelation] = []
    lemmas = actors.lemmas
    for i in range(sent.start, sent.end):
        lemma = lemmas[i]
        if lemma not in verbs and lemma not in nouns:  # cheap: most words are no word of outrage
            continue
        tok = actors.tokens[i]
        if lemma in verbs and tok.pos_ in ("VERB", "ADJ") and _outraged(tok, cues):
            judges, stimuli, clause = _experiencers(tok, actors, cues), _stimuli(tok), tok
        elif lemma in nouns and tok.pos_ == "NOUN":
            judges, stimuli, clause = _noun_outrage(tok, actors, cues)
        else:
            continue
        accused = [
            m
            for n in stimuli
            if acts.is_act(n)
            for d in doers(n, clause, actors, cues)
            for m in [whom(d, actors, "accuses", cues)]
            if m is not None
        ]
        out += [
            RawRelation.at(sent, "accuses", j, a, tok.text, cue_start=tok.idx, pattern="accuses:outraged")
            for j in judges
            for a in accused
            if a != j
        ]
    return out
