"""Wrongdoing a claim states of an actor: the claimant accuses whoever the claim says does or did wrong.

"X said Y rigged the vote", "'Y is hiding the figures,' X said", "X claimed Y won only through fraud",
"X said the group fired on the protesters", "X tweeted that Y is a state illegally occupying Z": the
content's main clause has an actor as its subject (or as the agent of a passive) and a predicate that
denotes wrongdoing. The predicate is one of these shapes, each named in linguistic terms:

- ``wrong-verb``: a verb whose doing is a wrong (FrameNet Theft, Fraud, Killing, Abusing, ... : "looted",
  "rigged"), or, with an object, a verb of concealing ("hid the figures");
- ``harm-to-protected``: a verb of attack or killing whose victim is a protected person or place
  ("fired on the protesters", "shelled a hospital"), or of repression against what civil rights protect
  ("crushed the protests");
- ``failed-duty``: a duty left undone ("failed to protect the refugees", "neglected to investigate");
- ``wrong-manner``: an adverb of illegality ("illegally occupying"), or a noun of wrongdoing reached
  through a preposition of means or cause ("won through fraud", "in an unlawful way");
- ``resisted-wrong``: a noun of wrongdoing with its owner as the object of a verb of resisting ("Y's
  aggression must be stopped", "will help end Turkish aggression");
- ``labelled-wrong``: a verb of labelling that calls somebody's act a wrong ("called the American strike an
  aggression", "described India's decision as illegal"): the act's owner or agent;
- ``wrong-attribute``: a copula with an adjective of illegality or guilt ("the regime is corrupt") or a
  noun so qualified ("is a criminal organisation"), or with a noun of a wrong doing it ("a state
  illegally occupying Z").

The clauses looked at are the content's main clauses with their open complements ("chose to hide X"),
and the complements a factive presupposes ("cannot change the fact that Y hid X"). Nothing is stated
when the clause is negated, hedged, conditional or not yet done (:func:`blocked`), nor in a question;
never against the claimant itself, nor, for a state or an organisation, against its side; never against
a victim. The word lists are in ``ontologies/wrongdoing.yaml`` (with the ``stated_acts`` lists of
``cues.yaml``).

>>> lex = load_wrongdoing()
>>> "rig" in lex.verbs and "illegally" in lex.adverbs
True
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ...resources import ONTOLOGIES, Cues, word_lists
from ...types import Mention
from ..actors import ActorIndex
from ..syntax import blocked, clause_roots, conjuncts
from .stated import side

__all__ = ["WRONG_SHAPES", "Wrongdoing", "WrongdoingReader", "load_wrongdoing"]

#: the shapes of a wrongdoing predicate, each a pattern name (``accuses:SHAPE``)
WRONG_SHAPES = tuple(
    "wrong-verb harm-to-protected failed-duty wrong-manner wrong-attribute resisted-wrong labelled-wrong".split()
)
#: harm verbs whose victim is only after a preposition: "fired on the crowd" (not "fired two journalists")
_PREP_ONLY = frozenset({"fire"})
#: where a harm verb's victim is: its object, the subject of its passive, "fired on/at X"
_VICTIM_PREPS = ("on", "at", "upon", "against", "into")
#: prepositions of manner the parser may hang on the verb's object: "treats the law [with contempt]"
_MANNER_PREPS = ("with", "in")


@dataclass(frozen=True)
class Wrongdoing:
    """The wrongdoing lexicon (``ontologies/wrongdoing.yaml``; each list's source is named there)."""

    verbs: frozenset[str]
    object_verbs: frozenset[str]
    harm_verbs: frozenset[str]
    victims: frozenset[str]
    repression_verbs: frozenset[str]
    repressed: frozenset[str]
    failing_verbs: frozenset[str]
    duty_verbs: frozenset[str]
    resisting_verbs: frozenset[str]
    factive_verbs: frozenset[str]
    factive_nouns: frozenset[str]
    manner_nouns: frozenset[str]
    adverbs: frozenset[str]
    adjectives: frozenset[str]
    nouns: frozenset[str]
    disdain_nouns: frozenset[str]
    means_preps: frozenset[str]
    breaches: frozenset[str]  # "a breach of its obligations": a noun of breaking ...
    norms: frozenset[str]  # ... what binds


_KEYS = tuple(f.name for f in fields(Wrongdoing))


@lru_cache(maxsize=4)
def load_wrongdoing(path: Path | None = None) -> Wrongdoing:
    """The wrongdoing lexicon, validated: each key a list of words (E030 naming the file otherwise)."""
    return Wrongdoing(**word_lists(path or ONTOLOGIES / "wrongdoing.yaml", _KEYS))


def _own(m: Mention, speaker: Mention) -> bool:
    """Whether ``m`` is the speaker or on its side where the speaker is a state or an organisation ("Russia
    said Russian forces ...", "the ministry said the army ..." state no accusation); a person or a group may
    well accuse their own government or compatriots ("the senator said the president hid the figures")."""
    if m == speaker or m.kb_id is not None and m.kb_id == speaker.kb_id:
        return True
    return speaker.type not in ("Person", "Group") and side(m) == side(speaker)


def _that_clause(tok: Token) -> bool:
    """A finite clause: "the fact that Y ...", "forget that Y ..." (not "the fact to be noted")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


class WrongdoingReader:
    """Whom a claim's content says did wrong (see the module's docstring)."""

    def __init__(self, cues: Cues, lexicon: Wrongdoing | None = None) -> None:
        self.cues = cues
        self.lex = lexicon or load_wrongdoing()
        self.adjectives = self.lex.adjectives | cues.wrong_adjectives
        self.nouns = self.lex.nouns | cues.wrong_nouns

    def accused(
        self, content: list[Token], speaker: Mention, actors: ActorIndex, cue: Token | None = None
    ) -> list[tuple[Mention, str]]:
        """The actors the claim ``content`` of ``speaker`` (made with the verb ``cue``) says did wrong, each
        once, with the shape that says so."""
        if not content or any(t.text == "?" for t in content):  # a question states nothing
            return []
        found: dict[Mention, str] = dict.fromkeys(
            (m for m in self._labelled(cue, actors) if not _own(m, speaker)), "labelled-wrong"
        )
        for verb in self._clauses(content):
            for clause in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):  # "chose to hide X"
                shape = self.wrong(clause)
                if shape is None:
                    continue
                for m in self._doers(verb, actors):
                    if not _own(m, speaker):
                        found.setdefault(m, shape)
        for m in self._resisted(content, actors):  # "Y's aggression must be stopped"
            if not _own(m, speaker):
                found.setdefault(m, "resisted-wrong")
        return list(found.items())

    def _labelled(self, cue: Token | None, actors: ActorIndex) -> list[Mention]:
        """Whose act a verb of labelling calls a wrong: "called the American strike an aggression",
        "described India's decision as illegal", "characterized the raids by X as an act of aggression": the
        owner or agent of the thing so labelled (a pronoun object, "called it ...", is left alone)."""
        if (
            cue is None
            or not any(f.xcomp for f in self.cues.verbs.get(cue.lemma_.lower(), ()))
            or blocked(cue, self.cues)  # after the lexicon: most cues are no verb of labelling
        ):
            return []
        objects = [c for c in cue.children if c.dep_ == "dobj"]
        preds = [c for c in cue.children if c.dep_ in ("oprd", "xcomp", "acomp")]
        if len(objects) >= 2:  # "called the strike an aggression": the small clause parsed as two objects
            preds.append(objects.pop())
        for head in (cue, *objects):  # "described X as illegal", "as" parsed under the cue or the object
            preds += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
        if not any(self._wrong_word(p) for p in preds):
            return []
        return [
            m
            for o in objects
            if o.pos_ != "PRON"
            for m in [actors.anchor(o, places=False, preps=("of", "by"), depth=1)]
            if m is not None
        ]

    def _wrong_word(self, tok: Token) -> bool:
        """A word that names a wrong: "illegal", "an aggression", "a criminal act", "an act of aggression"."""
        lemma = tok.lemma_.lower()
        if tok.lower_ in self.adjectives or lemma in self.nouns or tok.lower_ in self.nouns:
            return True
        if any(c.dep_ == "amod" and c.lower_ in self.adjectives for c in tok.children):
            return True
        breach = lemma in self.lex.breaches  # "a breach of its obligations"; else "an act of aggression"
        return any(
            (breach and w in self.lex.norms)
            or (c.dep_ == "prep" and g.dep_ == "pobj" and (w in self.nouns or g.lower_ in self.nouns))
            for c in tok.children
            if c.lower_ == "of"
            for g in c.children
            for w in [g.lemma_.lower()]
        )

    def _resisted(self, content: list[Token], actors: ActorIndex) -> list[Mention]:
        """Whose wrong a claim calls to resist: the owner of a noun of wrongdoing that is the object of a
        verb of resisting ("must stop Y's aggression", "Y's aggression must be stopped", "would help end
        Turkish aggression"). The possessive presupposes the wrong, whatever the modal; a negated noun ("no
        aggression") or a statement called false presupposes nothing."""
        if any(t.lower_ in self.cues.falsity_words for t in content):
            return []
        found: list[Mention] = []
        for noun in content:
            if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass", "nsubj"):
                continue  # cheap: most words are no object or subject noun, their head left unread
            verb = noun.head
            if (
                verb.lemma_.lower() not in self.lex.resisting_verbs  # the rarest first
                or noun.dep_ == "nsubj"
                and any(c.dep_ == "dobj" for c in verb.children)  # "Y's aggression must end"
                or not self._wrong_noun(noun)
                or any(c.dep_ == "neg" for c in verb.children)
                or any(c.lower_ in self.cues.negations for c in noun.children)
            ):
                continue
            owner = actors.anchor(noun, places=False, depth=0)  # "Russia's", "Turkish", "the UN's"
            if owner is not None:
                found.append(owner)
        return found

    def _wrong_noun(self, noun: Token) -> bool:
        """A noun of wrongdoing, or one a wrong adjective qualifies ("Y's destabilising activities")."""
        wrong = noun.lemma_.lower() in self.nouns or noun.lower_ in self.nouns
        return wrong or any(c.dep_ in ("amod", "compound") and c.lower_ in self.adjectives for c in noun.children)

    def _clauses(self, content: list[Token]) -> list[Token]:
        """The verbs of the content's main clauses, and of what they presuppose: the complement of a factive
        ("cannot change the fact that Y ...", "people forget that Y ...") is stated even under a negation."""
        out: list[Token] = []
        todo = list(clause_roots(content))
        while todo:
            verb = todo.pop(0)
            if verb.pos_ not in ("VERB", "AUX") or verb in out:
                continue
            out.append(verb)
            for t in verb.subtree:
                pos = t.pos_  # the part of speech first: it rules out most words without their lemma
                if (pos == "VERB" and t.lemma_.lower() in self.lex.factive_verbs) or (
                    pos == "NOUN" and t.lemma_.lower() in self.lex.factive_nouns
                ):
                    todo += [c for c in t.children if c.dep_ in ("ccomp", "acl") and _that_clause(c)]
        return out

    def wrong(self, verb: Token) -> str | None:
        """The shape by which ``verb``'s clause denotes wrongdoing, or None (also when it is blocked)."""
        if blocked(verb, self.cues) or self._conditional(verb):
            return None
        lemma = verb.lemma_.lower()
        phrasal = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}  # "cover up"
        if (
            lemma in self.lex.verbs
            or (lemma in self.lex.object_verbs or phrasal & self.lex.object_verbs)
            and (self._has_object(verb))
        ):
            return "wrong-verb"
        if self._harms_protected(verb):
            return "harm-to-protected"
        if lemma in self.lex.failing_verbs and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in self.lex.duty_verbs for c in verb.children
        ):
            return "failed-duty"
        if any(c.dep_ == "advmod" and c.lower_ in self.lex.adverbs for c in verb.children) or self._by_wrong_means(
            verb
        ):
            return "wrong-manner"
        if lemma == "be" and self._wrong_attribute(verb):
            return "wrong-attribute"
        return None

    def _conditional(self, verb: Token) -> bool:
        """A clause with a condition: "Y rigs elections if it can", "unless Y is stopped, it will ..."."""
        return any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.cues.hedges for m in c.children)
            for c in verb.children
        )

    @staticmethod
    def _has_object(verb: Token) -> bool:
        """ "hid the figures", "covered up the killings", "the figures were hidden"."""
        return any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)

    def _harms_protected(self, verb: Token) -> bool:
        """ "fired on the protesters", "shelled a hospital", "civilians were killed", "crushed the protests"."""
        lemma = verb.lemma_.lower()
        protected = (
            self.lex.victims
            if lemma in self.lex.harm_verbs
            else self.lex.repressed
            if lemma in self.lex.repression_verbs
            else None
        )
        if protected is None:
            return False
        victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and lemma not in _PREP_ONLY]
        victims += [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in _VICTIM_PREPS
            for p in c.children
            if p.dep_ == "pobj"
        ]
        return any(v.lemma_.lower() in protected or v.lower_ in protected for t in victims for v in conjuncts(t))

    def _by_wrong_means(self, verb: Token) -> bool:
        """ "won only through fraud", "won due to voter fraud", "acted in violation of the law", "suppressed
        the protests in an unlawful way" (not "won in the fight against terrorism": the noun's own object).
        A noun of disdain is one too for a verb of doing ("acted with impunity"; not "the measures were in
        disregard of": a state of a thing), also in a phrase the parser hangs on the object ("treats the law
        [with contempt]": "with" or "in" only)."""
        kids = list(verb.children)  # read once: each read of ``children`` makes every Token anew
        if verb.lemma_.lower() != "be":
            manner = [c for o in kids if o.dep_ == "dobj" for c in o.children if c.lower_ in _MANNER_PREPS]
            if any(self._disdain(p) for p in [*kids, *manner]):
                return True
        for prep in kids:
            if prep.dep_ not in ("prep", "agent") or prep.lower_ not in self.lex.means_preps:
                continue
            objects = [p for p in prep.children if p.dep_ == "pobj"]
            objects += [p for g in prep.children if g.dep_ in ("prep", "pcomp") for p in g.children if p.dep_ == "pobj"]
            for p in objects:
                lemma = p.lemma_.lower()
                if lemma in self.nouns or p.lower_ in self.nouns:
                    return True
                if lemma in self.lex.manner_nouns and any(
                    a.dep_ == "amod" and a.lower_ in self.adjectives for a in p.children
                ):
                    return True
        return False

    def _disdain(self, prep: Token) -> bool:
        """ "with (utter) contempt", "in disregard of", "with impunity": a phrase of manner of a noun of disdain."""
        if prep.dep_ != "prep" or prep.lower_ not in _MANNER_PREPS:
            return False  # cheap: most children are no "with" or "in" phrase, their words left unread
        return any(p.dep_ == "pobj" and p.lemma_.lower() in self.lex.disdain_nouns for p in prep.children)

    def _wrong_attribute(self, copula: Token) -> bool:
        """ "the regime is corrupt", "X is a criminal organisation", "a state illegally occupying Z"."""
        for c in copula.children:
            if c.dep_ == "acomp" and c.lower_ in self.adjectives:
                return True
            if c.dep_ != "attr":
                continue
            if any(a.dep_ in ("amod", "compound") and a.lower_ in self.adjectives for a in c.children):
                return True
            if any(a.dep_ in ("acl", "relcl") and a.pos_ == "VERB" and self.wrong(a) for a in c.children):
                return True
        return False

    def _doers(self, verb: Token, actors: ActorIndex) -> list[Mention]:
        """Who does what ``verb`` says: its subject, or the agent of its passive ("were fired on by X"); never
        a victim ("civilians died in the aggression")."""
        heads = [t for c in verb.children if c.dep_ == "nsubj" for t in conjuncts(c)]
        heads += [
            p for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" for p in conjuncts(g)
        ]
        heads = [t for t in heads if t.lemma_.lower() not in self.lex.victims and t.lower_ not in self.lex.victims]
        return [m for t in heads for m in [actors.anchor(t, places=False, depth=0)] if m is not None]
