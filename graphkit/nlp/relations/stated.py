"""What a claim's content states beyond the proposition itself (see ``ANNOTATION.md``).

- blame stated outright: "X is responsible for the strike", "described X as complicit", "the
  Kremlin criminals" → the claimant accuses X;
- wrongdoing attributed: "X's crimes", "Putin was escalating terror", "Apple abused its position",
  "the imposition of tariffs by the US amounts to bullying", and an attack on the claimant's side
  ("the invaders have struck our main railway station") → accuses X;
- a demand: "X must withdraw" → demands X; a threat: "Israel would be punished", "we will strike X",
  "we will withdraw unless X ..." → threatens X;
- a refusal: "China would never accept it" → rejects whoever last accused, threatened or asked the
  speaker's side (``directives.refused``);
- a denial: a statement called false ("Ukraine's statements were untrue"), or, soon after an
  accusation and on its subject, a negated statement about the accused side ("Russia does not strike
  civilian targets") → denies the accuser.
Nothing is stated against the claimant's own side. The word lists are in ``ontologies/cues.yaml``
(``blame_words``, ``harm_nouns``, ``stated_acts``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from ...resources import Cues
from ...types import Mention
from ..actors import ActorIndex
from ..syntax import blocked, clause_roots, condition_subjects, conjuncts, negated
from .arguments import side
from .coordinated import coordinated
from .directives import obliged, refused, refused_owner

__all__ = ["Accusation", "StatedReader", "side"]

_OWNER_PREPS = ("of", "by")
#: blame words that take a complement: only a harm makes them blame ("responsible for the strike")
_BLAME_WITH_COMPLEMENT = frozenset({"behind", "involved", "responsible", "accountable", "liable", "culpable"})


@dataclass(frozen=True)
class Accusation:
    """An accusation a denial may answer: who accused, and the words of its sentence."""

    accuser: Mention
    words: frozenset[str]


class StatedReader:
    def __init__(self, cues: Cues) -> None:
        self.cues = cues

    def read(
        self,
        content: list[Token],
        speaker: Mention,
        actors: ActorIndex,
        accusation: Accusation | None = None,
        cue: Token | None = None,
        *,
        asked: Accusation | None = None,
    ) -> list[tuple[str, Mention]]:
        """(predicate, object) pairs the claim ``content`` of ``speaker`` states; ``accusation`` is
        the latest one against the speaker's side, what a denial answers; ``asked`` the latest accusation,
        threat or demand against it, what a refusal answers (``accusation`` when not given)."""
        roots = [v for v in clause_roots(content) if v.pos_ in ("VERB", "AUX")]
        out = [("accuses", m) for m in self.blamed(content, actors, cue)]
        out += [("accuses", m) for m in self.wrongdoers(content, speaker, actors)]
        out += list(self.acts(roots, actors, speaker))
        asked = asked or accusation
        refusal = refused(roots, speaker, actors, self.cues)
        owner = refused_owner(refusal, speaker, actors) if refusal is not None else None
        owner = owner or (asked.accuser if refusal is not None and asked is not None else None)
        if owner is not None:  # "X's demand ..., China would never accept it": X; else whoever asked last
            out.append(("rejects", owner))
        else:
            out += [("denies", m) for m in self.denied(content, roots, speaker, actors, accusation)]
        own = side(speaker)
        found: dict[tuple[str, Mention], None] = {}
        for pred, m in out:  # nothing against the speaker's own side ("Zelensky said Ukraine must win") but
            # what a person is asked to do by a compatriot ("the senator said the president should resign")
            if m != speaker and (side(m) != own or pred == "demands" and m.type == "Person"):
                found.setdefault((pred, m))
        return list(found)

    # -- blame ------------------------------------------------------------------------------------
    def blamed(self, content: list[Token], actors: ActorIndex, cue: Token | None) -> list[Mention]:
        """Actors a claim states outright to be to blame: "X is responsible for the strike",
        "described X as complicit", "the Kremlin criminals"."""
        inside = {t.i for t in content}
        found: list[Mention] = []
        for b in content:
            if b.lower_ not in self.cues.blame_words or negated(b):
                continue
            # "the Kremlin criminals", "Russian terrorists": the blame word names the actor's people
            found += [
                m
                for c in b.children
                if c.dep_ in ("compound", "amod", "poss")
                for m in [actors.anchor(c, places=False, depth=0)]
                if m
            ]
            if blocked(b.head, self.cues) or not self._blame_fits(b) or b.dep_ == "dobj":
                continue  # a verb's object is what its subject acts on ("Y extradited criminals"), not what Y is
            head = b if any(c.dep_ in ("nsubj", "nsubjpass") for c in b.children) else b.head  # "X was involved"
            while head.dep_ in ("prep", "pobj", "pcomp", "oprd", "attr") and head.head.i != head.i:
                head = head.head  # "described X as complicit", "declared themselves an outlaw nation"
            at_cue = cue is not None and head.i == cue.i
            deps = (
                ("dobj", "nsubjpass")
                if at_cue
                else ("nsubj", "nsubjpass", "dobj")
                if any(c.dep_ == "oprd" for c in head.children)
                else ("nsubj", "nsubjpass")
            )
            for c in head.children:
                if c.dep_ in deps and (c.i in inside or at_cue):
                    found += [m for m in (actors.resolve(t) for t in conjuncts(c)) if m is not None]
        return found

    def _blame_fits(self, word: Token) -> bool:
        """ "behind the attack", "responsible for the strike" blame; "behind Ukraine", "behind schedule",
        "responsible for the safety of diplomats" do not: the complement must be a harm."""
        if word.lower_ not in _BLAME_WITH_COMPLEMENT:
            return True
        objects = [c for c in word.children if c.dep_ == "pobj"]  # "behind X"
        objects += [g for c in word.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        if word.lower_ == "behind" and not objects:
            return False
        return not objects or any(
            t.lower_ in self.cues.harm_nouns or t.lemma_.lower() in self.cues.harm_nouns
            for o in objects
            for t in o.subtree
        )

    def wrongdoers(self, content: list[Token], speaker: Mention, actors: ActorIndex) -> Iterator[Mention]:
        """Actors the content says did wrong: owners or agents of wrongdoing nouns and verbs, and
        whoever attacked the speaker's side."""
        words = self.cues.wrong_nouns
        for w in content:
            lemma = w.lemma_.lower()
            if w.pos_ == "NOUN":
                wrong = (
                    lemma in words
                    or w.lower_ in words
                    or any(  # "the provocative statements made by X"
                        c.dep_ in ("amod", "compound") and c.lower_ in self.cues.wrong_adjectives for c in w.children
                    )
                )
                if (
                    not wrong
                    or w.dep_ == "compound"
                    and w.head.pos_ == "NOUN"
                    or self._countered(w)
                    or any(c.lower_ in self.cues.negations for c in w.children)
                ):  # "had no involvement"
                    continue  # "its blackmailing nature": the noun it modifies stands for it
                owner = self._owner(w, actors)
                yield from ([owner] if owner else self._agents(self._governing_verb(w), actors))
            elif w.pos_ == "VERB" and (lemma in self.cues.wrong_verbs or self.cues.is_cue(lemma, "attacks")):
                if blocked(w, self.cues):  # after the lemma: most verbs are neither wrong nor attacks
                    continue
                if lemma in self.cues.wrong_verbs:
                    yield from self._agents(w, actors)
                elif self.cues.is_cue(lemma, "attacks") and self._attacks_side(w, speaker, actors):
                    yield from self._agents(w, actors)

    def _attacks_side(self, verb: Token, speaker: Mention, actors: ActorIndex) -> bool:
        """An attack the speaker reports against their own side (or against what has no side):
        "the invaders have struck our main railway station" said by Kyiv; not "Ukraine hit targets in Russia"
        said by Washington."""
        if not speaker.country:
            return False
        targets = [actors.anchor(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        targets += [actors.anchor(p) for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        known = [t for t in targets if t is not None and (t.country or t.kb_id)]
        return not known or any(side(t) == speaker.country for t in known)

    def _countered(self, noun: Token) -> bool:
        """ "investigating the crimes", "fighting terrorism", "welcomed Turkey's involvement": the
        wrongdoing is somebody else's, or no wrongdoing at all."""
        for head in noun.ancestors:
            if head.pos_ in ("VERB", "AUX"):
                return head.lemma_.lower() in self.cues.countering_verbs
            if head.pos_ == "NOUN" and head.lemma_.lower() in self.cues.countering_verbs:  # "an investigation into"
                return True
        return False

    def _owner(self, noun: Token, actors: ActorIndex) -> Mention | None:
        """Whose a wrongdoing is: "its crimes", "Russia's aggression", "crimes of X", "bullying by X"."""
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "amod") and c.i < noun.i:
                m = actors.anchor(c, places=False, depth=0)
                if m is not None:
                    return m
            if c.dep_ in ("prep", "agent") and c.lower_ in _OWNER_PREPS:
                for p in c.children:
                    m = actors.resolve(p) if p.dep_ == "pobj" else None
                    if m is not None:
                        return m
            if c.dep_ == "acl":  # "crimes committed by Croat forces"
                for p in (g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"):
                    m = actors.anchor(p, places=False, depth=0)
                    if m is not None:
                        return m
        return None

    @staticmethod
    def _governing_verb(noun: Token) -> Token | None:
        """The verb a wrongdoing noun is predicated of: "X was escalating terror", "X is carrying out
        ethnic cleansing", "the imposition by X amounts to bullying" (not "an investigation into crimes")."""
        while noun.dep_ == "conj":
            noun = noun.head
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        elif noun.dep_ not in ("dobj", "attr", "oprd"):
            return None
        return head if head.pos_ in ("VERB", "AUX") else None

    def _agents(self, verb: Token | None, actors: ActorIndex) -> list[Mention]:
        if verb is None or blocked(verb, self.cues):
            return []
        subjects = [t for c in verb.children if c.dep_ in ("nsubj", "agent") for t in conjuncts(c)]
        subjects = [
            p for t in subjects for p in ([t] if t.dep_ != "agent" else [c for c in t.children if c.dep_ == "pobj"])
        ]
        return [m for t in subjects for m in [actors.anchor(t, places=False, preps=_OWNER_PREPS, depth=1)] if m]

    # -- demands and threats ---------------------------------------------------------------------
    def acts(self, roots: list[Token], actors: ActorIndex, speaker: Mention) -> Iterator[tuple[str, Mention]]:
        """Demands and threats a claim makes: "X must withdraw" (demands X), "X will be punished",
        "we will withdraw unless X ..." (threatens X); a condition is a threat only when what follows
        from it is not a third actor's doing ("the council will set a precedent if X ..." threatens no one)."""
        for verb in roots:
            if negated(verb):
                continue
            modals = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            if verb.dep_ == "conj":  # "Israel would respond and strike": the modal of the first verb
                modals |= {c.lower_ for c in verb.head.children if c.dep_ == "aux"}
            if modals & self.cues.demand_modals:
                yield from (
                    ("demands", m)
                    for c in verb.children
                    if c.dep_ in ("nsubj", "nsubjpass")
                    for m in (actors.anchor(t, places=False, depth=0) for t in conjuncts(c))
                    if m
                )
            else:  # "X should accept the result", "X needs to stand by us" (directives.py)
                yield from (("demands", m) for m in obliged(verb, actors))
            if not modals & self.cues.threat_modals or self._third_party(verb, speaker, actors):
                continue  # "officials said Russia will attack X" is their forecast, no threat of theirs
            # the act threatened is the verb ("we will strike X") or its object ("will impose sanctions on X")
            threat = verb.lemma_.lower() in self.cues.light_verbs and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.cues.threat_verbs for c in verb.children
            )
            if threat or verb.lemma_.lower() in self.cues.threat_verbs:
                passive = any(a.dep_ == "auxpass" for a in verb.children)
                targets = [c for c in verb.children if c.dep_ == "dobj" or passive and c.dep_ == "nsubjpass"]
                targets += [
                    t
                    for c in verb.children
                    if c.dep_ == "prep" and c.lower_ in self.cues.threat_preps
                    for p in c.children
                    if p.dep_ == "pobj"
                    for t in conjuncts(p)
                ]
                found = [(t, m) for t in targets for m in [actors.anchor(t)] if m]
                yield from (("threatens", m) for t, m in found)
                yield from (("threatens", c) for t, m in found for c in coordinated(t, m, actors))  # "on X and Y"
            yield from (
                ("threatens", m)
                for t in condition_subjects(verb)
                if t.lower_ != "it"  # "if it persists": a situation, not an actor
                for m in [actors.anchor(t, places=False, depth=0)]
                if m
            )

    @staticmethod
    def _third_party(verb: Token, speaker: Mention, actors: ActorIndex) -> bool:
        """Whether the subject of ``verb`` is an actor not on the speaker's side."""
        subjects = (actors.anchor(c, places=False, depth=0) for c in verb.children if c.dep_ == "nsubj")
        return any(m is not None and side(m) != side(speaker) for m in subjects)

    # -- refusals and denials -------------------------------------------------------------------
    def denied(
        self,
        content: list[Token],
        roots: list[Token],
        speaker: Mention,
        actors: ActorIndex,
        accusation: Accusation | None,
    ) -> list[Mention]:
        """Whom a claim denies: the owner of a statement it calls false (or unacceptable); else, when
        it answers an accusation against the speaker's side on the same subject, the accuser."""
        falsity = any(t.lower_ in self.cues.falsity_words for t in content)
        if falsity or any(t.lower_ in self.cues.rejection_words for t in content):
            for t in content:
                if t.lower_ in self.cues.claim_nouns:
                    owner = self._owner(t, actors)
                    if owner is not None and owner != speaker:
                        return [owner]
        if accusation is None:
            return []
        if falsity or any(v.lemma_.lower() in self.cues.denial_verbs and not negated(v) for v in roots):
            return [accusation.accuser]
        # "Russia has not decided on the grain deal" answers no accusation of war crimes: same subject only
        on_topic = bool({t.lemma_.lower() for t in content if t.pos_ in ("NOUN", "VERB")} & accusation.words)
        for verb in roots:
            said_nothing = any(
                c.dep_ in ("dobj", "attr")
                and (c.lower_ in ("nothing", "none") or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
                for c in verb.children
            )
            if not (negated(verb) or said_nothing) or any(
                c.dep_ == "aux" and c.lower_ in self.cues.threat_modals for c in verb.children
            ):
                continue
            for c in verb.children:
                m = actors.anchor(c, places=False, depth=0) if c.dep_ in ("nsubj", "nsubjpass") else None
                if m is None:
                    continue
                # "Russia does not strike civilians", "had nothing to do with it": of the speaker's side;
                # "India had not presented any evidence": of the accuser's
                if (
                    side(m) == side(speaker)
                    and on_topic
                    or side(m) == side(accusation.accuser)
                    and any(t.lower_ in self.cues.evidence_nouns for t in verb.subtree)
                ):
                    return [accusation.accuser]
        return []
