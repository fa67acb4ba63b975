"""Criticism told as a noun around the criticised clause, the critic in its "from"/"by" phrase:

- ``accuses:drew-criticism``: a verb of undergoing a reaction with a noun of criticism or of outrage as its
  object, whose subject is the criticised actor or act ("the decision has drawn criticism from X", "Y faced
  condemnation by X", "the move sparked outrage among X");
- ``accuses:despite-criticism``: a clause that goes on "despite/amid criticism by X" ("Y closed the
  border despite criticism from X");
- ``accuses:under-fire``: "Y came under fire from X";
- ``accuses:criticism-of-act``: "X's condemnation of the move", the act's doer;
- ``accuses:target-of``: "Y has been the target of criticism from X", "Y is the subject of X's sanctions".

The criticised subject may be an act: its doer is found as for a judging verb's object
(:func:`~graphkit.nlp.relations.acts.doers`). The word lists are ``judged_acts`` of
``ontologies/cues.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...resources import Cues
from ...types import Mention
from ..actors import ActorIndex
from ..syntax import blocked, conjuncts
from .acts import Acts, act_lexicon, doers, subjects_of
from .arguments import whom
from .records import RawRelation

__all__ = ["criticisms"]

#: prepositions that name the critic: "criticism from X", "condemnation by X", "outrage among X"
_CRITIC_PREPS = ("from", "by", "among")


def _shape(tok: Token, acts: Acts, cues: Cues) -> tuple[str, Token] | None:
    """The shape a noun of criticism stands in, and the clause it is about."""
    lemma, head = tok.lemma_.lower(), tok.head
    if tok.pos_ != "NOUN" or any(c.lower_ in cues.negations for c in tok.children):
        return None  # "drew no criticism"
    target = head.head if tok.dep_ == "pobj" and head.lower_ == "of" else None
    if target is not None and target.lemma_.lower() in acts.target_nouns and target.dep_ == "attr":
        judging = lemma in acts.criticism_nouns or lemma in acts.targeted_nouns
        return ("target-of", target.head) if judging and not blocked(target.head, cues) else None
    reaction = lemma in acts.criticism_nouns or lemma in acts.outrage_nouns  # "drew anger from X"
    if reaction and tok.dep_ == "dobj" and head.lemma_.lower() in acts.drawing_verbs:
        return None if blocked(head, cues) else ("drew-criticism", head)
    if lemma in acts.criticism_nouns and any(c.dep_ == "poss" for c in tok.children):
        return "criticism-of-act", tok  # "X's condemnation of the move"
    if tok.dep_ != "pobj" or head.head.pos_ not in ("VERB", "AUX"):
        return None
    if lemma in acts.criticism_nouns and head.lower_ in acts.concessive_preps:
        return "despite-criticism", head.head
    if lemma in acts.under_nouns and head.lower_ == "under":
        return "under-fire", head.head
    return None


def _acts_judged(noun: Token, actors: ActorIndex, cues: Cues) -> list[Mention]:
    """ "X's condemnation of the move": the doer of the act in the noun's "of" phrase, when the phrase names
    no actor itself (then the noun cue's own frame has it: "X's criticism of Y's decision")."""
    acts = act_lexicon(cues)
    toks = [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.children if t.dep_ == "pobj"]
    return [
        m
        for t in toks
        if acts.is_act(t) and whom(t, actors, "accuses", cues) is None
        for d in doers(t, noun, actors, cues)
        for m in [whom(d, actors, "accuses", cues)]
        if m is not None
    ]


def _critics(tok: Token, clause: Token, shape: str) -> list[Token]:
    """Who criticises: the noun's (or the drawing or "under" verb's) "from"/"by" phrase, else the noun's "of" phrase
    ("drew the criticism of X") or its owner ("despite X's criticism")."""
    if shape == "criticism-of-act":
        return [c for c in tok.children if c.dep_ == "poss"]
    holders = (tok,) if shape == "despite-criticism" else (tok, clause)  # "came under fire from X": on the verb
    preps = [c for h in holders for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ in _CRITIC_PREPS]
    preps = preps or [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and shape != "under-fire"]
    found = [t for p in preps for c in p.children if c.dep_ == "pobj" for t in conjuncts(c)]
    owners = ("poss", "compound", "amod") if shape == "target-of" else ("poss",)  # "the target of US sanctions"
    return found or [c for c in tok.children if c.dep_ in owners]


def _criticised(clause: Token, actors: ActorIndex, cues: Cues) -> list[Mention]:
    """The criticised: the clause's subject when it is an actor, else the doer of the act it names."""
    toks = subjects_of(clause) or [t for c in clause.children if c.dep_ == "nsubjpass" for t in conjuncts(c)]
    out: list[Mention] = []
    for t in toks:
        m = actors.resolve(t)
        named = [m] if m is not None else [whom(d, actors, "accuses", cues) for d in doers(t, clause, actors, cues)]
        out += [x for x in named if x is not None]
    return out


def criticisms(sent: Span, actors: ActorIndex, cues: Cues) -> list[RawRelation]:
    """The accusations nouns of criticism state in ``sent``: critic → the criticised actor or doer."""
    acts = act_lexicon(cues)
    out: list[RawRelation] = []
    nouns, lemmas = acts.judging_nouns, actors.lemmas
    for i in range(sent.start, sent.end):
        if lemmas[i] not in nouns:  # cheap: most words are no noun of criticism
            continue
        tok = actors.tokens[i]
        shaped = _shape(tok, acts, cues)
        if shaped is None:
            continue
        shape, clause = shaped
        critics = [m for t in _critics(tok, clause, shape) for m in [actors.resolve(t)] if m is not None]
        if not critics:
            continue
        judged = _acts_judged(tok, actors, cues) if shape == "criticism-of-act" else _criticised(clause, actors, cues)
        out += [
            RawRelation.at(sent, "accuses", c, t, tok.text, cue_start=tok.idx, pattern=f"accuses:{shape}")
            for c in critics
            for t in judged
            if t != c
        ]
    return out
