"""What a claim's content states beyond the proposition itself (see ``ANNOTATION.md``).

- blame stated outright: "X is responsible", "described X as complicit" → the claimant accuses X;
- wrongdoing attributed: "X's crimes", "Putin was escalating terror", "Apple abused its position",
  "the imposition of tariffs by the US amounts to bullying", and an attack by another side
  ("the Russians have hit the Cabinet building") → accuses X;
- a demand: "X must withdraw" → demands X; a threat: "Israel would be punished", "we will strike X";
- a denial: a negated statement about the accused side ("Russia does not strike civilian targets"),
  or a statement called false ("Ukraine's statements were untrue") → denies the accuser.
The word lists are in ``ontologies/cues.yaml`` (``blame_words``, ``stated_acts``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..resources import Cues
from ..types import Mention
from .actors import ActorIndex
from .syntax import blocked, clause_roots, condition_subjects, conjuncts, negated

__all__ = ["StatedReader", "side"]

_OWNER_PREPS = ("of", "by")


class StatedReader:
    def __init__(self, cues: Cues) -> None:
        self.cues = cues
        self.attack_verbs = frozenset(lemma for lemma, frames in cues.verbs.items()
                                      if any(f["predicate"] == "attacks" for f in frames))

    def read(self, cue: Token, content: list[Token], speaker: Mention, actors: ActorIndex,
             accuser: Mention | None) -> list[tuple[str, Mention]]:
        """(predicate, object) pairs the claim ``content`` of ``speaker`` states; ``accuser`` is
        whoever last accused the speaker's side, the object of a denial."""
        out = [("accuses", m) for m in self.blamed(cue, content, actors)]
        out += [("accuses", m) for m in self.wrongdoers(content, speaker, actors)]
        out += list(self.acts(content, actors))
        refused = self.refusal(content, speaker, actors)
        out += [("rejects", accuser)] if refused and accuser is not None else []
        out += [("denies", m) for m in ([] if refused else self.denied(content, speaker, actors, accuser))]
        seen: set[tuple[str, Mention]] = set()
        return [x for x in out if x[1] != speaker and not (x in seen or seen.add(x))]

    # -- blame ------------------------------------------------------------------------------------
    def blamed(self, cue: Token, content: list[Token], actors: ActorIndex) -> list[Mention]:
        """Actors a claim states outright to be to blame: "X is responsible", "described X as complicit"."""
        inside = {t.i for t in content}
        found: list[Mention] = []
        for b in content:
            if b.lower_ not in self.cues.blame_words or negated(b):
                continue
            # "the Kremlin criminals", "Russian terrorists": the blame word names the actor's people
            found += [m for c in b.children if c.dep_ in ("compound", "amod", "poss")
                      for m in [actors.anchor(c, places=False, depth=0)] if m]
            if blocked(b.head, self.cues):
                continue
            head = b if any(c.dep_ in ("nsubj", "nsubjpass") for c in b.children) else b.head  # "X was involved"
            while head.dep_ in ("prep", "pobj", "pcomp", "oprd", "attr") and head.head.i != head.i:
                head = head.head  # "described X as complicit", "declared themselves an outlaw nation"
            at_cue = head.i == cue.i
            deps = ("dobj", "nsubjpass") if at_cue else ("nsubj", "nsubjpass", "dobj") if any(
                c.dep_ == "oprd" for c in head.children) else ("nsubj", "nsubjpass")
            for c in head.children:
                if c.dep_ in deps and (c.i in inside or at_cue):
                    found += [m for m in (actors.resolve(t) for t in conjuncts(c)) if m is not None]
        return found

    def wrongdoers(self, content: list[Token], speaker: Mention, actors: ActorIndex) -> Iterator[Mention]:
        """Actors the content says did wrong: owners or agents of wrongdoing nouns and verbs, and
        attackers from another side than the speaker's."""
        words = self.cues.wrong_nouns
        for w in content:
            lemma = w.lemma_.lower()
            wrong_noun = lemma in words or w.lower_ in words or any(  # "the provocative statements made by X"
                c.dep_ in ("amod", "compound") and c.lower_ in self.cues.wrong_adjectives for c in w.children)
            if w.dep_ == "compound" and w.head.pos_ == "NOUN":
                continue  # "its blackmailing nature": the noun it modifies stands for it
            if w.pos_ == "NOUN" and wrong_noun and not any(
                    c.lower_ in self.cues.negations for c in w.children):  # "had no involvement"
                owner = self._owner(w, actors)
                yield from ([owner] if owner else self._agents(self._governing_verb(w), actors))
            elif w.pos_ == "VERB" and not blocked(w, self.cues):
                if lemma in self.cues.wrong_verbs:
                    yield from self._agents(w, actors)
                elif lemma in self.attack_verbs and speaker.country:
                    yield from (m for m in self._agents(w, actors)
                                if (m.country or m.kb_id) and (m.country or m.kb_id) != speaker.country)

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
        subjects = [p for t in subjects for p in ([t] if t.dep_ != "agent" else
                                                  [c for c in t.children if c.dep_ == "pobj"])]
        return [m for t in subjects for m in [actors.anchor(t, places=False, preps=_OWNER_PREPS, depth=1)] if m]

    # -- demands and threats ---------------------------------------------------------------------
    def acts(self, content: list[Token], actors: ActorIndex) -> Iterator[tuple[str, Mention]]:
        """Demands and threats a claim makes: "X must withdraw" (demands X), "X will be punished"."""
        for verb in clause_roots(content):
            if verb.pos_ not in ("VERB", "AUX") or negated(verb):
                continue
            modals = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            if verb.dep_ == "conj":  # "Israel would respond and strike": the modal of the first verb
                modals |= {c.lower_ for c in verb.head.children if c.dep_ == "aux"}
            if modals & self.cues.demand_modals:
                yield from (("demands", m) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                            for m in (actors.anchor(t, places=False, depth=0) for t in conjuncts(c)) if m)
            if modals & self.cues.threat_modals and verb.lemma_.lower() in self.cues.threat_verbs:
                passive = any(a.dep_ == "auxpass" for a in verb.children)
                targets = [c for c in verb.children if c.dep_ == "dobj" or passive and c.dep_ == "nsubjpass"]
                targets += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in self.cues.threat_preps
                            for p in c.children if p.dep_ == "pobj"]
                yield from (("threatens", m) for t in targets for m in [actors.anchor(t)] if m)
            if modals & self.cues.threat_modals:  # "we will withdraw unless X ...", "if X goes on, we will ..."
                yield from (("threatens", m) for t in condition_subjects(verb)
                            for m in [actors.anchor(t, places=False, depth=0)] if m)

    # -- refusals and denials -------------------------------------------------------------------
    def refusal(self, content: list[Token], speaker: Mention, actors: ActorIndex) -> bool:
        """"China would never accept it": the speaker's side will not do or accept something."""
        for verb in clause_roots(content):
            modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
            if negated(verb) and modals & self.cues.threat_modals and any(
                    c.dep_ == "nsubj" and (m := actors.anchor(c, places=False, depth=0)) is not None
                    and side(m) == side(speaker) for c in verb.children):
                return True
        return False

    def denied(self, content: list[Token], speaker: Mention, actors: ActorIndex,
               accuser: Mention | None) -> list[Mention]:
        """Whom a claim denies: the owner of a statement it calls false, or the speaker's accuser
        when it negates what was said of the speaker's side (or of the accuser's own evidence)."""
        called_false = any(t.lower_ in self.cues.denial_words for t in content) or any(
            v.lemma_.lower() in self.cues.denial_verbs and not negated(v) for v in clause_roots(content))
        if called_false:
            for t in content:
                if t.lower_ in self.cues.claim_nouns:
                    owner = self._owner(t, actors)
                    if owner is not None and owner != speaker:
                        return [owner]
        if accuser is None:
            return []
        if called_false:
            return [accuser]
        for verb in clause_roots(content):
            said_nothing = any(c.dep_ in ("dobj", "attr") and (c.lower_ in ("nothing", "none") or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children)
            if not (negated(verb) or said_nothing):
                continue
            for c in verb.children:
                m = actors.anchor(c, places=False, depth=0) if c.dep_ in ("nsubj", "nsubjpass") else None
                if m is None:
                    continue
                # "Russia does not strike civilians", "had nothing to do with it": of the speaker's side;
                # "India had not presented any evidence": of the accuser's
                if side(m) == side(speaker) or side(m) == side(accuser) and any(
                        t.lower_ in self.cues.evidence_nouns for t in verb.subtree):
                    return [accuser]
        return []


def side(m: Mention) -> str:
    """The side an actor is on, for "who accused whom": its country, else itself."""
    return m.country or m.kb_id or m.name
