"""Source phrases: "according to X, Y", "in the view of X, Y", and their possessive form "in X's view,
Y" (a ``view_nouns`` noun, the object of "in", with a possessor): X claims the clause the phrase modifies.
When the phrase names a text rather than its author ("according to a statement by X", "according to a
memo posted online by X", "according to X's report"; a ``statement_nouns`` noun), the author claims it.
When a participle of relaying follows the phrase ("according to agency A, quoting B, Y"; "Y, according to A,
citing B"), B is the source and A, who passes the words on, claims them too (what a news agency relays
it publishes); the participle is no part of the content."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...resources import Cues
from ..actors import ActorIndex
from ..actors.sources import RELAY_VERBS
from ..syntax import conjuncts
from .claims import ClaimMaker
from .memory import Memory
from .records import RawRelation

__all__ = ["SourcePhrases"]

#: the prepositions that name a text's author: "a statement by X", "reports from X", "a tweet of X"
_BY = ("by", "from", "of")


class SourcePhrases:
    """The claims the source phrases of ``cues.yaml`` (``source_phrases``) attribute in a sentence."""

    def __init__(self, cues: Cues, claims: ClaimMaker) -> None:
        self.phrases = [p.split() for p in cues.source_phrases]
        self.views = cues.view_nouns
        self.texts = cues.statement_nouns
        self.claims = claims

    def __call__(self, sent: Span, actors: ActorIndex, memory: Memory) -> list[RawRelation]:
        out = []
        toks = actors.tokens[sent.start : sent.end]
        words = actors.lowers[sent.start : sent.end]
        starts: dict[str, list[int]] = {}  # word → where it stands: a phrase is looked for at its first word only
        for i, w in enumerate(words):
            starts.setdefault(w, []).append(i)
        for phrase in self.phrases:
            k = len(phrase)
            for i in starts.get(phrase[0], ()):
                if words[i : i + k] == phrase:
                    out += self._claims(sent, i, k, " ".join(phrase), actors, memory)
        for t, w in zip(toks, words, strict=True):
            if w in self.views and t.dep_ == "pobj" and t.head.lower_ == "in":
                out += self._possessive(sent, t, actors, memory)
        return out

    def _possessive(self, sent: Span, noun: Token, actors: ActorIndex, memory: Memory) -> list[RawRelation]:
        """ "In X's view, Y": X claims the clause the "in" phrase modifies."""
        owners = [t for c in noun.children if c.dep_ == "poss" for t in conjuncts(c)]
        sources = [m for m in (actors.resolve(t) for t in owners) if m is not None]
        prep = noun.head
        if not sources or prep.head.i == prep.i:
            return []
        own = {t.i for t in prep.subtree}
        rest = [t for t in prep.head.subtree if t.i not in own]
        return self.claims(sources, rest, sent, f"in {noun.lower_}", actors, memory, how="possessive-view")

    def _authors(self, noun: Token) -> list[Token]:
        """Who a source phrase's object stands for: itself, or the author of a text it names ("a statement
        by X", "reports from X", "a memo posted by X", "X's report"; the text's "by"/"from"/"of" object,
        also through a participle, or its possessor)."""
        if noun.lemma_.lower() not in self.texts and noun.lower_ not in self.texts:
            return [noun]
        heads = [noun, *(c for c in noun.children if c.dep_ == "acl")]  # "a memo posted online by X"
        preps = [c for h in heads for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ in _BY]
        found = [t for p in preps for c in p.children if c.dep_ == "pobj" for t in conjuncts(c)]
        found += [t for c in noun.children if c.dep_ == "poss" for t in conjuncts(c)]
        return found or [noun]

    def _claims(self, sent: Span, i: int, k: int, cue: str, actors: ActorIndex, memory: Memory) -> list[RawRelation]:
        """The claims of the phrase at ``sent[i : i + k]``: its object's actors claim the rest of the clause."""
        first, last = sent[i], sent[i + k - 1]
        # the object of "to" ("according to X"), or the first word after the phrase that hangs from it
        pobjs = [c for c in last.children if c.dep_ == "pobj"] or [
            t for t in sent[i + k :] if t.head.i == last.i or t.dep_ == "pobj"
        ][:1]
        named = [a for p in pobjs for t in conjuncts(p) for a in self._authors(t)]
        clause = first.head if first.head.i != first.i else sent.root
        while clause.dep_ == "conj" and first.i > clause.i:  # "A died and B were hurt, according to X": both
            clause = clause.head
        relay = _relay(clause, first, pobjs)
        cited = [t for c in relay.children if c.dep_ == "dobj" for t in conjuncts(c)] if relay is not None else []
        relayed = list(dict.fromkeys(m for m in (actors.resolve(t) for t in cited) if m is not None))
        sources = [m for m in dict.fromkeys(actors.resolve(t) for t in named) if m is not None and m not in relayed]
        if not sources and not relayed:
            return []
        own = {t.i for t in first.subtree} | {t.i for t in sent[i : i + k]}
        comma = next((t for t in sent[i + k :] if t.text == ","), None)
        if relay is not None:  # "according to A, quoting B, Y": up to the comma after the relay
            comma = next((t for t in sent[relay.right_edge.i + 1 - sent.start :] if t.text == ","), comma)
        if i == 0 and comma is not None:  # "According to X, Y": just up to the comma
            own = set(range(first.i, comma.i + 1))
        own |= {t.i for t in relay.subtree} if relay is not None else set()  # the relay is no content
        rest = [t for t in clause.subtree if t.i not in own]
        out = self.claims(relayed, rest, sent, cue, actors, memory, how="according-to-relayed") if relayed else []
        return out + (self.claims(sources, rest, sent, cue, actors, memory, how="according-to") if sources else [])


def _relay(clause: Token, phrase: Token, pobjs: list[Token]) -> Token | None:
    """The participle of relaying that follows a source phrase ("according to A, quoting B"): hung on the
    clause next to the phrase, or on the phrase's object; None when there is none."""
    near = [c for c in clause.children if c.dep_ == "advcl"] + [c for p in pobjs for c in p.children if c.dep_ == "acl"]
    for c in near:
        between = phrase.doc[phrase.right_edge.i + 1 : c.i]
        if c.tag_ == "VBG" and c.lemma_.lower() in RELAY_VERBS and c.i > phrase.i and all(t.is_punct for t in between):
            return c
    return None
