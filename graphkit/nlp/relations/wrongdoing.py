"""Wrongdoing a claim states of an actor: the claimant accuses whoever the claim says does or did wrong.

"X said Y rigged the vote", "'Y is hiding the figures,' X said", "X claimed Y won only through fraud",
"X said the group fired on the protesters", "X tweeted that Y is a state illegally occupying Z": the
content's main clause has an actor as its subject (or as the agent of a passive) and a predicate that
denotes wrongdoing. The predicate is one of these shapes, each named in linguistic terms:

- ``wrong-verb``: a verb whose doing is a wrong (FrameNet Theft, Fraud, Killing, Abusing, ... : "looted",
  "rigged"), or, with an object, a verb of concealing ("hid the figures");
- ``harm-to-protected``: a verb of attack or killing whose victim is a protected person or place
  ("fired on the protesters", "shelled a hospital");
- ``wrong-manner``: an adverb of illegality ("illegally occupying"), or a noun of wrongdoing reached
  through a preposition of means or cause ("won through fraud");
- ``wrong-attribute``: a copula with an adjective of illegality or guilt ("the regime is corrupt") or a
  noun so qualified ("is a criminal organisation"), or with a noun of a wrong doing it ("a state
  illegally occupying Z").

Nothing is stated when the clause is negated, hedged, conditional or not yet done (:func:`blocked`), nor
in a question; never against the claimant itself or its own state. The word lists are in
``ontologies/wrongdoing.yaml`` (with the ``stated_acts`` lists of ``cues.yaml``).

>>> lex = load_wrongdoing()
>>> "rig" in lex.verbs and "illegally" in lex.adverbs
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ...errors import GraphkitError
from ...resources import ONTOLOGIES, Cues, load_yaml
from ...types import Mention
from ..actors import ActorIndex
from ..syntax import blocked, clause_roots, conjuncts

__all__ = ["WRONG_SHAPES", "Wrongdoing", "WrongdoingReader", "load_wrongdoing"]

#: the shapes of a wrongdoing predicate, each a pattern name (``accuses:SHAPE``)
WRONG_SHAPES = ("wrong-verb", "harm-to-protected", "wrong-manner", "wrong-attribute")
_KEYS = ("verbs", "object_verbs", "harm_verbs", "victims", "adverbs", "adjectives", "nouns", "means_preps")
#: where a harm verb's victim is: its object, the subject of its passive, "fired on/at X"
_VICTIM_PREPS = ("on", "at", "upon", "against", "into")


@dataclass(frozen=True)
class Wrongdoing:
    """The wrongdoing lexicon (``ontologies/wrongdoing.yaml``; each list's source is named there)."""

    verbs: frozenset[str]
    object_verbs: frozenset[str]
    harm_verbs: frozenset[str]
    victims: frozenset[str]
    adverbs: frozenset[str]
    adjectives: frozenset[str]
    nouns: frozenset[str]
    means_preps: frozenset[str]


@lru_cache(maxsize=4)
def load_wrongdoing(path: Path | None = None) -> Wrongdoing:
    """The wrongdoing lexicon, validated: each key a list of words (E030 naming the file otherwise)."""
    path = path or ONTOLOGIES / "wrongdoing.yaml"
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise GraphkitError("E030", path=path, msg="expected a mapping of word lists")
    unknown = sorted(set(data) - set(_KEYS))
    if unknown:
        raise GraphkitError("E030", path=path, msg=f"unknown key {unknown[0]!r} (expected {', '.join(_KEYS)})")
    lists: dict[str, frozenset[str]] = {}
    for key in _KEYS:
        words = data.get(key) or []
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise GraphkitError("E030", path=path, msg=f"{key}: expected a list of words (quote on/no/off/yes)")
        lists[key] = frozenset(w.lower() for w in words)
    return Wrongdoing(**lists)


def _own(m: Mention, speaker: Mention) -> bool:
    """Whether ``m`` is the speaker, or the state that speaks or whose organ speaks: "Russia said Russian
    forces ..." states no accusation; a person or a group may well accuse their own government or
    compatriots ("the senator said the president hid the figures", "an MP said the government hid them")."""
    if m == speaker or m.kb_id is not None and m.kb_id == speaker.kb_id:
        return True
    if speaker.type not in ("Person", "Group") and m.kb_id is not None and m.kb_id == speaker.country:
        return True
    return speaker.kb_id is not None and speaker.kb_id == m.country


class WrongdoingReader:
    """Whom a claim's content says did wrong (see the module's docstring)."""

    def __init__(self, cues: Cues, lexicon: Wrongdoing | None = None) -> None:
        self.cues = cues
        self.lex = lexicon or load_wrongdoing()
        self.adjectives = self.lex.adjectives | cues.wrong_adjectives
        self.nouns = self.lex.nouns | cues.wrong_nouns

    def accused(self, content: list[Token], speaker: Mention, actors: ActorIndex) -> list[tuple[Mention, str]]:
        """The actors the claim ``content`` of ``speaker`` says did wrong, each once, with the shape that
        says so."""
        if not content or any(t.text == "?" for t in content):  # a question states nothing
            return []
        found: dict[Mention, str] = {}
        for verb in clause_roots(content):
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            for clause in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):  # "chose to hide X"
                shape = self.wrong(clause)
                if shape is None:
                    continue
                for m in self._doers(verb, actors):
                    if not _own(m, speaker):
                        found.setdefault(m, shape)
        return list(found.items())

    def wrong(self, verb: Token) -> str | None:
        """The shape by which ``verb``'s clause denotes wrongdoing, or None (also when it is blocked)."""
        if blocked(verb, self.cues):
            return None
        lemma = verb.lemma_.lower()
        if lemma in self.lex.verbs or lemma in self.lex.object_verbs and self._has_object(verb):
            return "wrong-verb"
        if lemma in self.lex.harm_verbs and self._harms_protected(verb):
            return "harm-to-protected"
        if any(c.dep_ == "advmod" and c.lower_ in self.lex.adverbs for c in verb.children) or self._by_wrong_means(
            verb
        ):
            return "wrong-manner"
        if lemma == "be" and self._wrong_attribute(verb):
            return "wrong-attribute"
        return None

    @staticmethod
    def _has_object(verb: Token) -> bool:
        """ "hid the figures", "covered up the killings", "the figures were hidden"."""
        return any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)

    def _harms_protected(self, verb: Token) -> bool:
        """ "fired on the protesters", "shelled a hospital", "civilians were killed"."""
        victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        victims += [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in _VICTIM_PREPS
            for p in c.children
            if p.dep_ == "pobj"
        ]
        return any(
            v.lemma_.lower() in self.lex.victims or v.lower_ in self.lex.victims for t in victims for v in conjuncts(t)
        )

    def _by_wrong_means(self, verb: Token) -> bool:
        """ "won only through fraud", "came to power by fraud", "won due to voter fraud"."""
        for prep in verb.children:
            if prep.dep_ not in ("prep", "agent") or prep.lower_ not in self.lex.means_preps:
                continue
            for p in prep.subtree:
                if p.dep_ == "pobj" and (p.lemma_.lower() in self.nouns or p.lower_ in self.nouns):
                    return True
        return False

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

    @staticmethod
    def _doers(verb: Token, actors: ActorIndex) -> list[Mention]:
        """Who does what ``verb`` says: its subject, or the agent of its passive ("were fired on by X")."""
        heads = [t for c in verb.children if c.dep_ == "nsubj" for t in conjuncts(c)]
        heads += [
            p for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" for p in conjuncts(g)
        ]
        return [m for t in heads for m in [actors.anchor(t, places=False, depth=0)] if m is not None]
