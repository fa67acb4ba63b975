"""What a cue verb's context must hold for its frame to apply: small named guards, one per frame key,
and the check of each subject–object pair against the frame.

A guard reads the cue token, its frame and the lexicon, and says whether the frame may apply: "point
out" needs its particle, "called on X to ..." is no "X called Y Z", "gave a warm welcome to X" is the
noun's frame rather than the verb's. A frame applies when every guard admits it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...resources import CueFrame, Cues
from ...types import Mention
from .acts import act_lexicon
from .arguments import STATEMENTS, own_country

__all__ = ["GUARDS", "admits", "fits", "guard"]

#: a guard: (cue, frame, lexicon) → whether the frame may apply
Guard = Callable[[Token, CueFrame, Cues], bool]
GUARDS: list[Guard] = []


def guard(func: Guard) -> Guard:
    """Register a guard: every frame of every cue verb must pass it."""
    GUARDS.append(func)
    return func


def admits(tok: Token, frame: CueFrame, cues: Cues) -> bool:
    """Whether the context of the cue ``tok`` passes every guard of ``frame``."""
    for check in GUARDS:
        if not check(tok, frame, cues):
            return False
    return True


@guard  # a phrasal verb's particle: "point out", not "point"
def particle(tok: Token, frame: CueFrame, cues: Cues) -> bool:
    return not frame.particle or any(c.dep_ == "prt" and c.lower_ == frame.particle for c in tok.children)


@guard  # a word the cue's phrase must contain
def required_word(tok: Token, frame: CueFrame, cues: Cues) -> bool:
    return not frame.requires_word or any(t.lower_ in frame.requires_word for t in tok.subtree)


@guard  # a word the cue must not carry: "hit back"
def forbidden_word(tok: Token, frame: CueFrame, cues: Cues) -> bool:
    return not frame.forbids_word or not any(c.lower_ in frame.forbids_word for c in tok.children)


@guard  # a preposition the cue must govern
def required_prep(tok: Token, frame: CueFrame, cues: Cues) -> bool:
    return not frame.requires_prep or any(c.dep_ == "prep" and c.lower_ in frame.requires_prep for c in tok.children)


@guard  # "called on X to ...", "called for talks" are no "X called Y Z" ("called X on Y Z" is)
def forbidden_prep(tok: Token, frame: CueFrame, cues: Cues) -> bool:
    if not frame.forbids_prep:
        return True
    objects = [c.i for c in tok.children if c.dep_ == "dobj"]
    return not any(
        c.dep_ in ("prep", "prt") and c.lower_ in frame.forbids_prep and not any(i < c.i for i in objects)
        for c in tok.children
    )


@guard  # "troops crossed into X", not "refugees crossed into X"
def forces_as_subject(tok: Token, frame: CueFrame, cues: Cues) -> bool:
    return not frame.forces_only or any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in cues.force_nouns or c.lower_ in cues.force_nouns)
        for c in tok.children
    )


@guard  # a clause or infinitive the cue must govern: "threatened to ..."; a demand's is an infinitive
def required_complement(tok: Token, frame: CueFrame, cues: Cues) -> bool:
    deps = ("xcomp",) if frame.predicate == "demands" else ("xcomp", "ccomp")  # not "warned X that ..."
    return not frame.requires_xcomp or any(c.dep_ in deps or _object_infinitive(tok, c) for c in tok.children)


def _object_infinitive(tok: Token, clause: Token) -> bool:
    """An object-control infinitive the parser hung as an adverbial clause: "count on X to act", the "to"
    right after the object (not a purpose clause after other words: "sent troops to the border to ...")."""
    if clause.dep_ != "advcl" or clause.left_edge.lower_ != "to" or clause.left_edge.dep_ != "aux":
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.i < clause.i]
    objects = objects or [c for c in tok.children if c.dep_ == "prep" and c.i < clause.i]  # "count on X"
    return bool(objects) and max(c.right_edge.i for c in objects) + 1 == clause.left_edge.i


@guard  # a verb that reports speech only before or after a quotation: '"...," she continued', 'he went on, "..."'
def quoted_content(tok: Token, frame: CueFrame, cues: Cues) -> bool:
    return not frame.quotation or any(_in_quotes(c) for c in tok.children if c.dep_ == "ccomp")


def _in_quotes(clause: Token) -> bool:
    """Whether a clause stands between quotation marks: a mark just before its first word, and one just
    after its last (a comma or a full stop may come between; the parser may hang them on the clause)."""
    doc = clause.doc
    words = [t.i for t in clause.subtree if not t.is_punct]
    lo, hi = min(words), max(words)
    before = any(doc[j].is_quote for j in range(max(clause.left_edge.i - 1, 0), lo))
    after = any(doc[j].is_quote for j in range(hi + 1, min(max(hi, clause.right_edge.i) + 3, len(doc))))
    return before and after


@guard  # "denounced the ruling as a travesty": an object, then "as" (not "denounced as a crime X", "saw it as soon as")
def predicative_as(tok: Token, frame: CueFrame, cues: Cues) -> bool:
    if not frame.predicative:
        return True
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if any(c.dep_ == "nsubjpass" for c in tok.children) and any(c.dep_ == "agent" for c in tok.children):
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)  # "Y was viewed as Z by X"
    if not objects or any(g.dep_ == "prep" and g.lower_ == "of" for g in objects[0].children):
        return False  # "condemned the recognition of X as Y": the "as" may be the noun's own ("recognise X as Y")
    return any(c.dep_ == "prep" and c.lower_ == "as" and objects[0].i < c.i for c in tok.children)


@guard  # "delivered an address to the nation" supplies nothing
def forbidden_object(tok: Token, frame: CueFrame, cues: Cues) -> bool:
    return not frame.forbids_dobj or not any(
        c.dep_ == "dobj" and c.lemma_.lower() in frame.forbids_dobj for c in tok.children
    )


@guard  # a claim noun as the object, or none: "rejected the allegations", "a claim rejected by X"
def claim_noun(tok: Token, frame: CueFrame, cues: Cues) -> bool:
    if not (frame.requires_claim_noun or frame.forbids_claim_noun):
        return True
    has = (
        any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in cues.claim_nouns for c in tok.children)
        or tok.dep_ == "acl"
        and tok.head.lower_ in cues.claim_nouns
    )
    return has == frame.requires_claim_noun


@guard  # "gave a warm welcome to X": the noun's frame, not the light verb's
def not_a_light_verb(tok: Token, frame: CueFrame, cues: Cues) -> bool:
    if frame.predicate == "claims" or tok.lemma_.lower() not in cues.light_verbs:
        return True
    dobjs = [c for c in tok.children if c.dep_ == "dobj"]
    return not (dobjs and dobjs[0].lemma_.lower() in cues.nouns)


@guard  # "attacked the decision": an attack in words on an act (an accusation), not a military one
def not_an_act_attacked(tok: Token, frame: CueFrame, cues: Cues) -> bool:
    if frame.predicate != "attacks":
        return True
    acts = act_lexicon(cues)
    return not any(
        c.dep_ == "dobj" and acts.is_act(c) and c.lemma_.lower() not in cues.harm_nouns for c in tok.children
    )


def fits(frame: CueFrame, subject: Mention, obj: Mention) -> bool:
    """Whether a subject and an object make a relation of ``frame``: of the types it asks for, two
    actors, and not an actor and its own country ("the army shelled Khartoum"; "accused his own
    government" stays)."""
    return (
        obj != subject
        and (not frame.requires_subject_type or subject.type in frame.requires_subject_type)
        and (not frame.requires_object_type or obj.type in frame.requires_object_type)
        and obj.type not in frame.forbids_object_type
        and not (frame.predicate not in STATEMENTS and own_country(subject, obj))
    )
