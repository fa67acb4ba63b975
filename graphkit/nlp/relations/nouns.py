"""Noun cues: event nouns ("launched an attack on X", "X's invasion of Y", "held talks with X") and
stance nouns ("X's position that Y")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...resources import CueFrame, Cues
from ...types import Mention
from ..actors import ActorIndex
from ..syntax import blocked, conjuncts, negated, pobjs
from .addressed import addressees
from .allies import allies, relational
from .arguments import STATEMENTS, whom
from .assisted import assisted
from .backed import backed
from .claims import ClaimMaker
from .conduct import conduct_doers
from .content import ContentReader
from .coordinated import elliptical, extraposed
from .impact import impacted
from .marked import marked_doers, realised
from .memory import Memory
from .participants import apposed, between, joint, within
from .received import received
from .records import RawRelation
from .subjects import SubjectFinder

__all__ = ["NounCues"]

#: predicates that asking or offering itself expresses ("called for sanctions against X")
_ASKING = ("accuses", "demands", "threatens")


#: prepositions of time and cause: "imposed a ban after the attack on X" is no attack of the subject's
_CIRCUMSTANCE = ("after", "before", "since", "despite", "following", "amid", "until", "because")
#: predicates of acts done to somebody, whose event noun's "by" names the doer ("an attack by X on Y")
_DONE = ("attacks", "supports", "meets")
#: light verbs of an exchange: the event goes both ways ("X exchanged fire with Y", "X and Y traded fire")
_MUTUAL = ("exchange", "trade")


class NounCues:
    """The relations event nouns and stance nouns state in a sentence."""

    def __init__(self, cues: Cues, subjects: SubjectFinder, content: ContentReader, claims: ClaimMaker) -> None:
        self.cues, self.subjects, self.content, self.claims = cues, subjects, content, claims

    def events(self, sent: Span, actors: ActorIndex) -> list[RawRelation]:
        """ "an attack on X", "held talks with X": an event noun, its owner or light verb's subject, and
        the object its frame's prepositions mark."""
        out: list[RawRelation] = []
        nouns, lemmas = self.cues.nouns, actors.lemmas
        for i in range(sent.start, sent.end):
            frame = nouns.get(lemmas[i])
            if frame is None:  # cheap: most words are no event noun
                continue
            tok = actors.tokens[i]
            if tok.pos_ != "NOUN" or any(c.lower_ in self.cues.negations for c in tok.children):
                continue  # "made no threat against X"
            head = tok.head if tok.dep_ == "compound" else tok  # "a mediation effort"
            shaped = self._shaped(sent, tok, head, frame, actors)
            if shaped is not None:
                out += shaped
                continue
            subjects, verb, name = self._doers(head, frame, actors)
            if not subjects:
                continue
            if verb is not None and verb.lemma_.lower() in _MUTUAL:
                out += self._mutual(sent, tok, frame, verb, subjects, actors)
                continue
            objects = self._objects(frame, head, verb, actors) or impacted(head, frame, actors, self.cues)
            if not objects and verb is not None and within(head, frame):  # "In a call, X told Y ...": X meets Y
                objects, name = addressees(verb, actors, self.cues), "within-call"
            if not objects and verb is not None and frame.predicate == "meets" and len(subjects) > 1:
                if joint(head, frame):  # "X and Y held talks", "X and Y signed an agreement"
                    out += [
                        RawRelation.at(sent, "meets", subjects[0], o, tok.text, pattern="meets:co-subject-noun")
                        for o in subjects[1:]
                        if o != subjects[0]
                    ]
                continue
            out += [
                RawRelation.at(sent, pred, s, o, tok.text, pattern=f"{pred}:{how}")
                for pred, how in self._meanings(tok, frame, name)
                for s in subjects
                for o in objects
                if o != s
            ]
        return out + backed(sent, actors, self.cues)  # "the Iranian-backed militia": a noun phrase states it too

    def _shaped(
        self, sent: Span, tok: Token, head: Token, frame: CueFrame, actors: ActorIndex
    ) -> list[RawRelation] | None:
        """The relations of an event noun in a shape of its own, or None: "X's ally Y" (Y supports X), "faced
        attacks from X" (X attacks who faced them), "with the support of X, Y ..." (X supports Y), "a
        meeting between X and Y" (X meets Y)."""
        if relational(frame):
            return allies(sent, tok, frame, actors, self.cues)
        found = received(sent, head, frame, actors, self.cues, self.subjects)
        if found is None:
            found = assisted(sent, head, frame, actors, self.cues, self.subjects)
        if found is not None:
            return found
        parties = between(head, frame, actors)
        if not parties or not realised(head, self.cues):  # "tried to arrange a meeting between X and Y": none held
            return [] if parties else None
        pattern = f"{frame.predicate}:between"
        return [RawRelation.at(sent, frame.predicate, parties[0], o, tok.text, pattern=pattern) for o in parties[1:]]

    def _doers(self, head: Token, frame: CueFrame, actors: ActorIndex) -> tuple[list[Mention], Token | None, str]:
        """Who does what an event noun names, and its light verb (None when the noun phrase itself names
        the doer): the owner ("X's attack"), the actor a gerund in apposition tells about, the agent of
        "by" ("an attack by X on Y"), else the subject of the light verb ("X launched an attack"); with the
        rule's name."""
        announced = frame.predicate == "accuses"  # "said it would open an inquiry into Y": announcing it accuses
        owners = [m for c in head.children if c.dep_ == "poss" for m in [actors.resolve(c)] if m]
        if owners:  # "X's attack on Y"; "X expressed its solidarity with Y", the object on the light verb
            owner_verb = head.head
            if (
                head.dep_ == "dobj"
                and blocked(owner_verb, self.cues, announced=announced)
                and not self._pledged(owner_verb, frame)
            ):
                return [], None, ""  # "did not express its support for Y"
            return owners, self._light_verb(head, frame, announced), "event-noun"
        for found, name in (
            (apposed(head, actors), "gerund"),
            (self._agents(head, frame, actors), "by-agent"),
        ):
            if found:
                return found, None, name
        verb = self._light_verb(head, frame, announced)
        if verb is None:  # "the Russian invasion of X": the doer a modifier names
            marked = marked_doers(head, frame, actors, self.cues)
            return marked, None, "marked-noun" if marked else ""
        subjects = self.subjects(verb, actors, frame.predicate not in STATEMENTS) or actors.parties(
            verb.head if verb.dep_ == "xcomp" else verb  # "the two nations pledged to boost aid to X"
        )
        split = [m for c in verb.children if c.dep_ == "nsubj" for m in elliptical(c, actors)]
        return split or subjects, verb, "event-noun"  # "North and South Korea traded fire": both

    def _agents(self, head: Token, frame: CueFrame, actors: ActorIndex) -> list[Mention]:
        """The objects of an event noun's "by" ("the airstrikes by X on Y"), for an act done to somebody
        (attacks, supports, meets; an allegation by X is X's claim first), unless a modifier makes the
        event one not done or not established ("a possible attack by X")."""
        if frame.predicate not in _DONE or any(
            c.dep_ == "amod" and c.lower_ in self.cues.unrealised for c in head.children
        ):
            return []
        return [
            m
            for p in head.children
            if p.dep_ == "prep" and p.lower_ == "by"
            for t in pobjs(p)
            for m in [actors.resolve(t)]
            if m is not None
        ]

    def _meanings(self, tok: Token, frame: CueFrame, name: str) -> list[tuple[str, str]]:
        """The predicates an event noun states, with the rule's name: its frame's, and for a threat that
        is also a demand ("an ultimatum to X") the demand too."""
        if frame.predicate == "threatens" and tok.lemma_.lower() in self.cues.demanding_threats:
            return [(frame.predicate, name), ("demands", "demanding-threat")]
        return [(frame.predicate, name)]

    def _mutual(
        self, sent: Span, tok: Token, frame: CueFrame, verb: Token, subjects: list[Mention], actors: ActorIndex
    ) -> list[RawRelation]:
        """ "X exchanged fire with Y", "X and Y traded fire": each party does it to the other."""
        others = [
            m
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for t in pobjs(p)
            for m in [whom(t, actors, frame.predicate, self.cues)]
            if m is not None
        ]
        parties = list(dict.fromkeys(subjects + others))
        if not others and len(parties) < 2:
            return []
        pairs = [(s, o) for s in subjects for o in others] if others else [(s, o) for s in parties for o in parties]
        return [
            RawRelation.at(sent, frame.predicate, a, b, tok.text, pattern=f"{frame.predicate}:exchange")
            for s, o in pairs
            if s != o
            for a, b in ((s, o), (o, s))
        ]

    def _light_verb(self, head: Token, frame: CueFrame, announced: bool) -> Token | None:
        """The light verb that carries an event noun: "launched an attack", "held talks", "took part in
        talks"; not negated or hedged (but for ``announced``, see :func:`~graphkit.nlp.syntax.blocked`), and not
        only sought ("sought a meeting with X")."""
        reduced = [  # "a lawsuit filed by X against Y": a passive participle names the doer in its "by"
            c
            for c in head.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children)
        ]
        verb = (
            reduced[0]
            if reduced
            else head.head
            if head.dep_ in ("dobj", "nsubjpass")
            else head.head.head
            if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ not in _CIRCUMSTANCE
            else None
        )
        if (
            verb is None
            or verb.pos_ != "VERB"
            or blocked(verb, self.cues, announced=announced)
            and not self._pledged(verb, frame)
        ):
            if verb is None or not within(head, frame) or negated(verb):  # "In a call, X may have urged Y"
                return None
        lemma = verb.lemma_.lower()
        if lemma not in self.cues.light_verbs and not within(head, frame):
            return None
        if (
            lemma in self.cues.irrealis
            and not within(head, frame)
            and frame.predicate not in _ASKING
            and not self._says_it(lemma, frame)
        ):
            return None  # "sought a meeting with X", "offered talks with X": not held
        if frame.predicate == "attacks" and lemma in self.cues.unfired_verbs:
            return None  # "held fire": no shot fired; "approved the attacks": permitted, not carried out
        return verb

    def _pledged(self, verb: Token, frame: CueFrame) -> bool:
        """ "pledged to boost aid to X": an infinitive under a verb that is itself a cue of the noun's
        predicate (a pledge of support is support, as "pledged aid to X" is), neither of them negated or
        hedged; "threatened to launch an attack" stays unfulfilled."""
        head = verb.head
        return (
            verb.dep_ == "xcomp"
            and self._says_it(head.lemma_.lower(), frame)
            and not any(c.dep_ == "neg" for c in verb.children)
            and not blocked(head, self.cues)
        )

    def _says_it(self, lemma: str, frame: CueFrame) -> bool:
        """Whether the light verb is itself a cue of the noun's predicate: "pledged support to X" backs X
        as "pledged $1bn to X" does (``pledge`` is a supports verb)."""
        return self.cues.is_cue(lemma, frame.predicate)

    def _objects(self, frame: CueFrame, head: Token, verb: Token | None, actors: ActorIndex) -> list[Mention]:
        """The object of an event noun: a preposition's object on the noun, else on its light verb
        ("an attack on X", "held talks with X"); "that": the subject of the noun's clause ("its demand
        that Israel ease restrictions")."""
        objects: list[Mention] = []
        for holder in (head, verb, self._wider(head, frame)):
            for p in holder.children if holder is not None else ():
                if p.dep_ in ("prep", "dative") and p.lower_ in frame.obj:
                    args = pobjs(p)
                elif p.dep_ in ("acl", "ccomp") and "that" in frame.obj and holder is head:
                    args = [t for c in p.children if c.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(c)]
                else:
                    continue
                if frame.predicate == "accuses":  # "an inquiry into the conduct of Y": Y (conduct.py)
                    args += [d for t in args if actors.resolve(t) is None for d in conduct_doers(t, self.cues)]
                objects += [m for t in args for m in [whom(t, actors, frame.predicate, self.cues)] if m]
            if objects:
                break
        if not objects and "that" in frame.obj:  # "reiterated its demand today that X ...": extraposed
            args = [t for c in extraposed(head) for t in conjuncts(c)]
            objects = [m for t in args for m in [whom(t, actors, frame.predicate, self.cues)] if m]
        return objects

    def _wider(self, head: Token, frame: CueFrame) -> Token | None:
        """The war or campaign an attack is one of, which may carry the attack's object: "the largest
        attack of the war on X", "the first strike of the offensive against X"."""
        if frame.predicate != "attacks":
            return None
        return next(
            (
                c
                for p in head.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for c in p.children
                if c.dep_ == "pobj" and (c.lower_ in self.cues.harm_nouns or c.lemma_.lower() in self.cues.harm_nouns)
            ),
            None,
        )

    def stances(self, sent: Span, actors: ActorIndex, memory: Memory) -> list[RawRelation]:
        """ "X's position that Y": the owner of a stance noun claims its clause."""
        out: list[RawRelation] = []
        stance, lowers = self.cues.stance_nouns, actors.lowers
        for i in range(sent.start, sent.end):
            if lowers[i] not in stance:  # cheap: most words are no stance noun
                continue
            tok = actors.tokens[i]
            if tok.pos_ != "NOUN":
                continue
            owners = [m for c in tok.children if c.dep_ == "poss" for m in [actors.resolve(c)] if m]
            clause = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                ),
                None,
            )
            if not owners or clause is None:
                continue
            out += self.claims(
                owners, self.content.proposition(clause), sent, tok.text, actors, memory, how="stance-noun"
            )
        return out
