"""The object finders ``cues.yaml`` frames name (``obj: [dobj, prep:with, ...]``), and
:class:`ObjectFinder`, which tries a frame's finders in order and reads what they found as actors.

Each finder is registered by name with :func:`~graphkit.nlp.relations.registry.object_finder`; a new
place to look is a new function here and its name in a frame.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from ...resources import CueFrame, Cues
from ...types import Mention
from ..syntax import blocked, condition_subjects, conjuncts, pobjs
from . import cessation, deadlines, parties, retold  # noqa: F401  (register these finders)
from .acts import patient_of
from .arguments import STATEMENTS, phrase_doers, whom
from .coordinated import coordinated, infinitive_subjects, marked_subjects, shifted_object
from .registry import Bound, Found, Recalled, Site, bind, object_finder

__all__ = ["ObjectFinder"]

#: prepositions that say where an attack happened
_PLACE_PREPS = ("in", "near", "on", "at", "across", "inside", "outside", "around", "over")
#: prepositions that mark an argument of an infinitive ("break relations with X"), not a reason ("over ...")
_ARGUMENT_PREPS = ("to", "with", "against", "on", "into", "from", "at", "in", "toward", "towards", "by")


def _children(tok: Token, dep: str) -> list[Token]:
    """The children of ``tok`` with the dependency ``dep``, and what is coordinated with them."""
    return [t for c in tok.children if c.dep_ == dep for t in conjuncts(c)]


@object_finder("dobj")  # the direct object: "X accused Y"
def direct_object(site: Site, _: str) -> Found:
    return _children(site.tok, "dobj") or shifted_object(site.tok)  # or "denounced as a crime X's act"


@object_finder("labeled")  # "branded X a failure", "designated X a terrorist group": X, not the label
def labeled_object(site: Site, _: str) -> Found:
    objects = sorted((c for c in site.tok.children if c.dep_ in ("dative", "dobj")), key=lambda c: c.i)
    return conjuncts(objects[0]) if objects else []


@object_finder("dative")  # the indirect object: "X gave Y weapons"
def indirect_object(site: Site, _: str) -> Found:
    return _children(site.tok, "dative")


@object_finder("nsubjpass")  # the subject of a passive: "Y was accused by X"; "Y, backed by X, ..."
def passive_subject(site: Site, _: str) -> Found:
    tok = site.tok
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children):
        return conjuncts(tok.head)  # a reduced passive relative: the noun it modifies is the passive subject
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    return _children(tok, "nsubjpass")


@object_finder(
    "nsubjpass-by"
)  # a passive's subject when the passive names its agent: "Y was met by X" (not "met with applause")
def agentive_passive_subject(site: Site, _: str) -> Found:
    return passive_subject(site, _) if any(c.dep_ == "agent" for c in site.tok.children) else []


@object_finder("prep", word=True)  # the object of a preposition (or particle): "X sided with Y", "X turned on Y"
def prepositional_object(site: Site, word: str) -> Found:
    found = [t for p in site.tok.children if p.dep_ in ("prep", "dative", "prt") and p.lower_ == word for t in pobjs(p)]
    return found or marked_subjects(site.tok, word)  # "called for X to withdraw": a for-to clause's subject


@object_finder("marked", word=True)  # only the subject of a clause marked by the word: "called for X to withdraw"
def marked_subject(site: Site, word: str) -> Found:
    return marked_subjects(site.tok, word)


@object_finder("dobj-prep", word=True)  # a preposition on the direct object: "X fired rockets at Y"
def object_prepositional_object(site: Site, word: str) -> Found:
    return [
        t
        for h in site.tok.children
        if h.dep_ == "dobj"
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == word
        for t in pobjs(p)
    ]


@object_finder("poss-of-dobj")  # the owner of the (passive) object: "X welcomed Y's statement"
def object_owner(site: Site, _: str) -> Found:
    return [c for d in site.tok.children if d.dep_ in ("dobj", "nsubjpass") for c in d.children if c.dep_ == "poss"]


@object_finder("agent-of-dobj")  # who did the act judged: "condemned X's decision", "the strikes by X"
def object_agent(site: Site, _: str) -> Found:
    """The owner of the (passive) object, the object of its "by", or of its "of" unless the object is a
    harm or an act on somebody, whose "of" is the victim ("condemned the decision of X", not "condemned the
    killing of X", "criticised the arrest of X")."""
    tok, out = site.tok, list[Token]()

    def proposer(c: Token) -> bool:  # "rejected the Trump lawsuit", "turned down an EU offer": a named proposer
        return c.dep_ == "compound" and site.frame.predicate == "rejects" and c.i in site.actors.by_token

    for d in _children(tok, "dobj") + _children(tok, "nsubjpass"):
        harm = d.lemma_.lower() in site.cues.harm_nouns or d.lower_ in site.cues.harm_nouns or patient_of(d, site.cues)
        out += phrase_doers(d, of=not harm, owner=True, also=proposer)  # "a suit filed by X", "X's decision"
    if not out and any(c.dep_ == "dobj" for c in tok.children):  # an active verb's "by" is its object's
        out = [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for t in pobjs(c)]
    return out


@object_finder("co-subject")  # "X and Y met": the other participants of a coordinated subject
def co_subject(site: Site, _: str) -> Found:
    """The conjuncts after the first of the verb's subject, when the verb names no other party
    ("X and Y spoke on the phone"; not "X and Y spoke to reporters")."""
    tok, own = site.tok, site.frame.requires_prep  # "X and Y agreed to a truce": its own "to" names no party
    if any(
        c.dep_ == "dobj" or c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with") and c.lower_ not in own
        for c in tok.children
    ):
        return []
    firsts = [c for c in tok.children if c.dep_ == "nsubj"]
    others = [t for c in firsts for t in conjuncts(c)[1:]]
    # "X and Turkish President Y spoke": a name the parser hung on the first subject after the second
    # conjunct is the second conjunct's; "X and his counterparts, Y, Z and W, met": each of the names
    late = [
        t
        for f in firsts
        for a in f.children
        if a.dep_ == "appos" and others and a.i > others[0].i
        for t in conjuncts(a)
    ]
    named = late + [t for o in others for a in o.children if a.dep_ == "appos" for t in conjuncts(a)]
    if not others:  # "A, B and C met", parsed as A with the apposition "B and C": a list of names
        named = [t for f in firsts for a in f.children if _listed(a) for t in conjuncts(a)]
    # the common noun the names stand in apposition to ("his counterparts") is not one more party
    return [o for o in others if not (named and o.pos_ == "NOUN")] + named


def _listed(appos: Token) -> bool:
    """An apposition of coordinated names ("A, B and C": B and C), which is the rest of a list."""
    return appos.dep_ == "appos" and appos.pos_ == "PROPN" and len(conjuncts(appos)) > 1


@object_finder("ccomp-nsubj")  # the subject of the complement clause: "X demanded that Y withdraw"
def clause_subject(site: Site, _: str) -> Found:
    return [
        t
        for h in site.tok.children
        if h.dep_ == "ccomp"
        for c in h.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for t in conjuncts(c)
    ]


@object_finder("condition")  # whom an if/unless clause is on: "X threatened to strike unless Y ..."
def condition_subject(site: Site, _: str) -> Found:
    return [t for s in condition_subjects(site.tok) for t in conjuncts(s)]


@object_finder("xcomp-any")  # an object of the infinitive: "threatened to break relations with Y"
def infinitive_object(site: Site, _: str) -> Found:
    """The objects of the verbs an infinitive chain hangs from the cue, in text order ("refused to lift
    the curfew on Y")."""
    out: list[Token] = []
    heads = [c for c in site.tok.children if c.dep_ == "xcomp"]
    while heads:
        h = heads.pop(0)
        for c in h.children:
            if c.dep_ in ("dobj", "dative", "nsubjpass"):
                out += conjuncts(c)
            elif c.dep_ in ("prep", "agent") and c.lower_ in _ARGUMENT_PREPS:
                out += pobjs(c)
            elif c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB":
                heads.append(c)
            else:  # "refused to allow X to land": the subject of an infinitive complement is the party
                out += infinitive_subjects(c)
    return out


@object_finder("xcomp-harm")  # whom a committed act harms: "vowed to punish Y", "announced its intent to arrest Y"
def committed_harm_object(site: Site, _: str) -> Found:
    """FrameNet Commitment with a harm as the act committed to: the objects of a to-infinitive whose verb is
    a threatened act (``stated_acts.threat_verbs``), hung from the cue ("vowed to crush Y") or from its
    object noun ("announced a plan to expel Y"), or the object of a harm noun ("vowed revenge against Y");
    "vowed to rebuild the town" threatens no one."""
    tok = site.tok
    heads = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and _infinitive(c)]
    heads += [a for d in tok.children if d.dep_ == "dobj" for a in d.children if a.dep_ == "acl" and _infinitive(a)]
    heads += [d for d in tok.children if d.dep_ == "dobj" and d.pos_ == "NOUN"]  # "vowed revenge against Y"
    out: list[Token] = []
    for h in heads:
        for v in [h, *(c for c in h.children if c.dep_ == "conj" and c.pos_ == "VERB")]:
            if v.lemma_.lower() in site.cues.threat_verbs:
                out += [t for c in v.children if c.dep_ == "dobj" for t in conjuncts(c)]
                out += [
                    t for c in v.children if c.dep_ == "prep" and c.lower_ in site.cues.threat_preps for t in pobjs(c)
                ]
    return out


def _infinitive(verb: Token) -> bool:
    """A to-infinitive: "to punish"."""
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


@object_finder("previous-accuser")  # "the Kremlin denied any involvement": who recently accused it
def previous_accuser(site: Site, _: str) -> Found:
    if not any(c.dep_ == "dobj" and site.actors.resolve(c) is None for c in site.tok.children):
        return []
    accusation = site.memory.accusation_against(site.subjects)
    return Recalled([accusation.accuser] if accusation is not None else [])


@object_finder("previous-source")  # "Kyiv denied the allegations", "Kyiv and Washington deny it": whose they are
def previous_source(site: Site, _: str) -> Found:
    said = [c for c in site.tok.children if c.dep_ in ("dobj", "nsubjpass") and not _unattributed(c, site.cues)]
    if site.tok.dep_ == "acl":  # "a claim rejected by Kyiv"
        said.append(site.tok.head)
    if not any(
        not any(g.dep_ == "poss" for g in c.children)
        and (c.lower_ in site.cues.claim_nouns or c.lower_ in ("it", "this", "that", "them"))
        for c in said
    ):
        return []
    source = site.memory.previous_source(site.subjects)
    return Recalled([source] if source is not None else [])


def _unattributed(noun: Token, cues: Cues) -> bool:
    """ "denied reports that Y": a bare plural of what the press reports is nobody's statement told before ("the
    reports", "these rumours", "rejected claims of a build-up" point back; cues.yaml ``press_report_nouns``)."""
    return noun.lower_ in cues.press_report_nouns and not any(d.dep_ == "det" for d in noun.children)


class ObjectFinder:
    """The object actors of a cue verb: the first of its frame's finders that finds any."""

    def __init__(self, cues: Cues) -> None:
        self.bound: dict[CueFrame, tuple[Bound, ...]] = {
            frame: bind(frame, cues) for frames in cues.verbs.values() for frame in frames
        }

    def __call__(self, site: Site) -> list[Mention]:
        return self.find(site)[1]

    def find(self, site: Site) -> tuple[str, list[Mention]]:
        """The name of the finder that found the objects (``prep:with``; ``place`` for an attacked place,
        ``none`` when none did), and the objects."""
        name, actors = self._first(site)
        if name:
            return name, actors
        for verb in _sharing(site):  # "fired and landed a round on X": the coordinated verb's object
            name, actors = self._first(replace(site, tok=verb))
            if actors and "prep:" in name:  # the cue's own preposition; a direct object is the verb's
                return f"shared-{name}", actors
        return ("place", _attacked_places(site)) if site.frame.predicate == "attacks" else ("none", [])

    def _first(self, site: Site) -> tuple[str, list[Mention]]:
        """What the first of the frame's finders that finds anything found, with its name; ("", [])."""
        for find in self.bound[site.frame]:
            found = find(site)
            name = f"{find.name}:{find.word}" if find.word else find.name
            if isinstance(found, Recalled):
                return name, found.actors
            actors = _REFERENCE[site.frame.object_ref](found, site)
            if actors:
                return name, actors
        return "", []


def _sharing(site: Site) -> list[Token]:
    """The verbs coordinated after a cue verb that has no object of its own, with no subject of their own
    and neither negated nor hedged: they share the cue's subject and lend it their object (English
    coordination of verbs that share their arguments: "fired and landed a round on X", "shot and hit
    rubber bullets at X"), when it is the cue's own preposition that marks the object."""
    if any(c.dep_ in ("dobj", "dative") or f"{c.dep_}:{c.lower_}" in site.frame.obj for c in site.tok.children):
        return []  # "in May" is no object
    return [
        c
        for c in site.tok.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        and not blocked(c, site.cues)
    ]


def _itself(toks: list[Token], site: Site) -> list[Mention]:
    """ "received X": X itself, not "X's statement"."""
    return [m for m in (site.actors.resolve(t) for t in toks) if m is not None]


def _owned(toks: list[Token], site: Site) -> list[Mention]:
    """ "welcomed X's statement", never "welcomed X": a thing of the actor's only."""
    pred, actors = site.frame.predicate, site.actors
    return [m for t in toks if actors.resolve(t) is None for m in [whom(t, actors, pred, site.cues)] if m is not None]


def _anchored(toks: list[Token], site: Site) -> list[Mention]:
    """The actor a token names, or for an event the one a place, thing or people stands for, and for an
    event the actors coordinated inside it ("ties with X and Y", "X and Y refugees")."""
    pred, actors = site.frame.predicate, site.actors
    out: list[Mention] = []
    for t in toks:
        m = whom(t, actors, pred, site.cues)
        if m is not None:
            out += [m] if pred in STATEMENTS else [m, *coordinated(t, m, actors)]
        out += [e for x in _examples(t) for e in [actors.resolve(x)] if e is not None]
    return out


def _examples(noun: Token) -> list[Token]:
    """The members a plural noun names as examples: "allies such as X and Y", "donors, including X"."""
    return [
        t
        for p in noun.children
        if p.dep_ == "prep"
        and (p.lower_ == "including" or p.lower_ == "as" and any(c.lower_ == "such" for c in p.children))
        for t in pobjs(p)
    ]


#: how a frame's ``object_ref`` reads the tokens a finder found
_REFERENCE: dict[str | None, Callable[[list[Token], Site], list[Mention]]] = {
    "direct": _itself,
    "owned": _owned,
    None: _anchored,
}


def _attacked_places(site: Site) -> list[Mention]:
    """ "jets bombed positions near Kirkuk": the place attacked stands for its country."""
    return [
        m
        for p in site.tok.children
        if p.dep_ == "prep" and p.lower_ in _PLACE_PREPS
        for c in p.children
        if c.dep_ == "pobj" and c.i in site.actors.places
        for m in [site.actors.anchor(c)]
        if m is not None
    ]
