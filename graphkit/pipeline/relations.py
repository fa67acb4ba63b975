"""The ``gk_relations`` component: cue words and dependency patterns → relations.

It assigns ``Doc._.gk_relations``, a list of :class:`RawRelation` (token-level: the cue, the
subject and object actors, the content span). Patterns, in linguistic terms:

- a cue verb's subject (``nsubj``; the ``by``-agent of a passive) is the source or actor;
- its object is found where the cue's frame in ``cues.yaml`` says (direct object, a preposition's
  object, the subject of a passive "X was accused by Y");
- a reported proposition is the clausal complement (``ccomp``: "X said (that) Y", "Y, X said"),
  the clause a post-posed cue hangs from ("Y – wrote X"), the next sentence after "X said:",
  the clause an "according to X" phrase modifies, or what follows the object ("accused X of Y");
- cues that are negated, hedged, conditional or in a question give nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..resources import Cues, load_cues
from ..types import Mention
from .actors import ActorIndex

__all__ = ["RawRelation"]

_CLOSE_QUOTES = {"\u201d", "\u00bb", '"', "''"}

#: A quotation: “…”, «…», "…" (straight quotes paired within a paragraph).
_QUOTES = re.compile(r"\u201c[^\u201d\n]+\u201d|\u00ab[^\u00bb\n]+\u00bb|\"[^\"\n]+\"")


@dataclass(frozen=True)
class RawRelation:
    predicate: str
    subject: Mention
    object: Mention | None
    sentence: Span
    cue: str
    content: str | None = None
    content_start: int = -1  # character offset of the content in the Doc, for claims


def _conjuncts(tok: Token) -> list[Token]:
    return [tok, *[c for c in tok.conjuncts if c.i > tok.i]]


def _trim(toks: list[Token]) -> list[Token]:
    """A token run without leading "that", quotes, spaces and edge punctuation."""
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].lower_ in ("that",) and toks[0].dep_ == "mark"
                    or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    return toks


def _span_text(doc: Doc, toks: list[Token] | None) -> str | None:
    """Text of a contiguous token run, trimmed; None for less than two words."""
    toks = _trim(toks or [])
    if not toks:
        return None
    text = doc[toks[0].i:toks[-1].i + 1].text.strip().strip("\"'\u201c\u201d\u2018\u2019 ")
    return text if len(text.split()) >= 2 else None


class RelationFinder:
    def __init__(self, cues: Cues) -> None:
        self.cues = cues
        self.phrases = [p.split() for p in cues.source_phrases]

    def __call__(self, doc: Doc) -> list[RawRelation]:
        actors: ActorIndex = doc._.gk_actors
        out: list[RawRelation] = []
        sents = list(doc.sents)
        recent: list[Mention] = []  # sources of claims and accusations so far, for "denied the allegations"
        for n, sent in enumerate(sents):
            if sent.text.rstrip().endswith("?"):
                continue
            nxt = sents[n + 1] if n + 1 < len(sents) else None
            for tok in sent:
                frames = self.cues.verbs.get(tok.lemma_.lower())
                if frames and tok.pos_ in ("VERB", "AUX") and not self._blocked(tok):
                    for frame in frames:
                        found = self._apply(tok, frame, sent, nxt, actors, recent)
                        out.extend(found)
                        recent += [r.subject for r in found if r.predicate in ("claims", "accuses")]
            out.extend(self._source_phrases(sent, actors))
        return out + self._quoted_sentences(doc, out)

    def _quoted_sentences(self, doc: Doc, found: list[RawRelation]) -> list[RawRelation]:
        """A claim whose content lies in a quotation claims every sentence of that quotation."""
        quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(doc.text)]
        if not quotes:
            return []
        have = {(r.subject, r.content) for r in found if r.predicate == "claims"}
        extra: list[RawRelation] = []
        for r in found:
            if r.predicate != "claims" or r.content_start < 0:
                continue
            for q0, q1 in quotes:
                if not q0 <= r.content_start < q1:
                    continue
                for sent in doc.char_span(q0, q1, alignment_mode="expand").sents:
                    toks = [t for t in sent if q0 < t.idx < q1 - 1 or (t.idx == q0 and not t.is_punct)]
                    text = _span_text(doc, toks)
                    if text and (r.subject, text) not in have and not any(text in c for _, c in have if c):
                        have.add((r.subject, text))
                        extra.append(replace(r, content=text, content_start=toks[0].idx))
        return extra

    # -- one cue ----------------------------------------------------------------------------------
    def _blocked(self, tok: Token) -> bool:
        """Negated, hedged or conditional: "did not accuse", "may accuse", "if X accuses"."""
        for c in tok.children:
            if c.dep_ == "neg" or c.lower_ in self.cues.negations and c.dep_ in ("neg", "advmod", "det"):
                return True
            if c.dep_ in ("aux", "mark", "advmod") and c.lower_ in self.cues.hedges:
                return True
        head = tok
        while head.dep_ in ("xcomp", "conj") and head.head.i != head.i:  # "refused to accuse", "and blamed"
            head = head.head
            if any(c.dep_ == "neg" or c.dep_ in ("aux", "mark") and c.lower_ in self.cues.hedges
                   for c in head.children):
                return True
        return False

    @staticmethod
    def _inverted(tok: Token) -> bool:
        """A cue right after a closing quote, with its subject after it: «…», - reported X; "…," said X."""
        if any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
            return False
        before = [t for t in tok.doc[max(tok.i - 4, tok.sent.start):tok.i]]
        return any(t.text in _CLOSE_QUOTES for t in before) and all(t.is_punct for t in before[-2:])

    def _subjects(self, tok: Token, actors: ActorIndex) -> list[Mention]:
        if self._inverted(tok):
            cands = [t for c in tok.children if c.dep_ in ("nsubj", "dobj", "attr") and c.i > tok.i
                     for t in _conjuncts(c)]
            return [m for m in (actors.resolve(t) for t in cands) if m is not None]
        cands: list[Token] = []
        for c in tok.children:
            if c.dep_ == "nsubj":
                cands = _conjuncts(c)
            elif c.dep_ == "agent":
                cands = [t for p in c.children if p.dep_ == "pobj" for t in _conjuncts(p)]
        if not cands and tok.dep_ == "conj":  # "X said ... and added that ..."
            return self._subjects(tok.head, actors)
        if not cands and tok.dep_ == "relcl":  # "Ukraine, which accused Russia, ..."
            cands = [tok.head]
        if not cands and tok.dep_ in ("xcomp", "advcl") and tok.head.pos_ in ("VERB", "AUX"):
            return self._subjects(tok.head, actors)
        return [m for m in (actors.resolve(t) for t in cands) if m is not None]

    def _objects(self, tok: Token, frame: dict[str, Any], actors: ActorIndex, recent: list[Mention],
                 subjects: list[Mention]) -> list[Mention]:
        for where in frame.get("obj") or ["dobj"]:
            toks: list[Token] = []
            if where.startswith("prep:"):
                word = where.split(":", 1)[1]
                for p in tok.children:
                    if p.dep_ in ("prep", "dative", "prt") and p.lower_ == word:
                        toks += [t for c in p.children if c.dep_ == "pobj" for t in _conjuncts(c)]
            elif where.startswith(("dobj-prep:", "xcomp-prep:")):  # "launched an attack on X"
                head_dep, word = where.split("-prep:")
                for h in tok.children:
                    if h.dep_ == head_dep:
                        toks += [t for p in h.children if p.dep_ == "prep" and p.lower_ == word
                                 for c in p.children if c.dep_ == "pobj" for t in _conjuncts(c)]
            elif where == "xcomp-dobj":  # "threatened to sanction X"
                toks = [t for h in tok.children if h.dep_ == "xcomp" for c in h.children if c.dep_ == "dobj"
                        for t in _conjuncts(c)]
            elif where == "previous-source":  # "Kyiv denied the allegations": whoever made them
                if any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in self.cues.claim_nouns and
                       not any(g.dep_ == "poss" for g in c.children) for c in tok.children):
                    return [m for m in reversed(recent) if m not in subjects][:1]
            elif where == "poss-of-dobj":
                for d in tok.children:
                    if d.dep_ in ("dobj", "nsubjpass"):
                        toks += [c for c in d.children if c.dep_ == "poss"]
            elif where == "nsubjpass":
                if any(c.dep_ == "auxpass" for c in tok.children):
                    toks = [t for c in tok.children if c.dep_ == "nsubjpass" for t in _conjuncts(c)]
            else:
                toks = [t for c in tok.children if c.dep_ == where for t in _conjuncts(c)]
            found = [m for m in (actors.resolve(t) for t in toks) if m is not None]
            if found:
                return found
        return []

    def _content(self, tok: Token, frame: dict[str, Any], nxt: Span | None) -> list[Token] | None:
        doc = tok.doc
        comps = [c for c in tok.children if c.dep_ in ("ccomp",)]
        if comps:
            return list(comps[0].subtree)
        if frame.get("xcomp") or frame["predicate"] == "accuses":
            # "called that account fake", "described X as Y", "accused X of Y": what follows the verb
            rights = [c for c in tok.rights if c.dep_ in ("dobj", "oprd", "xcomp", "acomp", "ccomp", "prep")
                      and not (c.dep_ == "prep" and c.lower_ not in ("as", "of", "for", "over"))]
            has_complement = any(c.dep_ in ("oprd", "xcomp", "acomp") or c.dep_ == "prep" for c in rights)
            if rights and has_complement:
                toks = [t for c in rights for t in c.subtree]
                return list(doc[min(t.i for t in toks):max(t.i for t in toks) + 1])
            return None
        if tok.head.i < tok.i and (tok.dep_ in ("parataxis", "ccomp") or self._inverted(tok)):  # "Y – wrote X"
            own = {t.i for t in tok.subtree}
            return [t for t in tok.head.subtree if t.i not in own and t.i < tok.i]
        after = [t for t in tok.sent if t.i > tok.i and not t.is_space]
        colon = next((t for t in after if t.text == ":"), None)
        if colon is not None and all(t.head.i == tok.i or t.i > colon.i or tok.i in [a.i for a in t.ancestors]
                                     for t in after if t.i < colon.i):
            rest = [t for t in after if t.i > colon.i]  # "X said: Y" / "X said:" + the next sentence
            return rest if _span_text(doc, rest) else (list(nxt) if nxt is not None else None)
        return None

    def _apply(self, tok: Token, frame: dict[str, Any], sent: Span, nxt: Span | None,
               actors: ActorIndex, recent: list[Mention]) -> list[RawRelation]:
        if frame.get("particle") and not any(c.dep_ == "prt" and c.lower_ == frame["particle"]
                                             for c in tok.children):
            return []
        words = frame.get("requires_word")
        if words and not any(t.lower_ in words for t in tok.subtree):
            return []
        preps = frame.get("requires_prep")
        if preps:
            preps = [preps] if isinstance(preps, str) else preps
            if not any(c.dep_ == "prep" and c.lower_ in preps for c in tok.children):
                return []
        if frame.get("requires_xcomp") and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
            return []
        if frame.get("requires_claim_noun") or frame.get("forbids_claim_noun"):
            has = any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in self.cues.claim_nouns for c in tok.children)
            if has != bool(frame.get("requires_claim_noun")):
                return []
        subjects = self._subjects(tok, actors)
        if not subjects:
            return []
        pred = frame["predicate"]
        out: list[RawRelation] = []
        if pred == "claims" or frame.get("claim"):
            toks = self._content(tok, frame, nxt) if frame.get("content") else None
            content = _span_text(tok.doc, toks)
            if content and toks:
                start = _trim(toks)[0].idx
                out += [RawRelation("claims", s, None, sent, tok.text, content, start) for s in subjects]
                if pred == "claims":
                    out += [RawRelation("accuses", s, o, sent, tok.text) for s in subjects
                            for o in self._blamed(tok, toks, actors) if o != s]
            if pred == "claims":
                return out
        objects = self._objects(tok, frame, actors, recent, subjects)
        types = frame.get("requires_object_type")
        for s in subjects:
            for o in objects:
                if o == s or (types and o.type not in types):
                    continue
                out.append(RawRelation(pred, s, o, sent, tok.text))
        return out

    def _blamed(self, cue: Token, content: list[Token], actors: ActorIndex) -> list[Mention]:
        """Actors a claim states outright to be to blame: "X is responsible", "described X as complicit"."""
        inside = {t.i for t in content}
        found: list[Mention] = []
        for b in content:
            if b.lower_ not in self.cues.blame_words or self._blocked(b.head) or \
                    any(c.dep_ == "neg" for c in b.children):
                continue
            head = b if any(c.dep_ in ("nsubj", "nsubjpass") for c in b.children) else b.head  # "X was involved"
            while head.dep_ in ("prep", "pobj", "pcomp") and head.head.i != head.i:  # "described X as complicit"
                head = head.head
            at_cue = head.i == cue.i
            deps = ("dobj", "nsubjpass") if at_cue else ("nsubj", "nsubjpass")
            for c in head.children:
                if c.dep_ in deps and (c.i in inside or at_cue):
                    found += [m for m in (actors.resolve(t) for t in _conjuncts(c)) if m is not None]
        return found

    # -- "according to X, Y" ----------------------------------------------------------------------
    def _source_phrases(self, sent: Span, actors: ActorIndex) -> list[RawRelation]:
        out = []
        words = [t.lower_ for t in sent]
        for phrase in self.phrases:
            k = len(phrase)
            for i in range(len(words) - k + 1):
                if words[i:i + k] != phrase:
                    continue
                first, last = sent[i], sent[i + k - 1]
                pobjs = [c for c in last.children if c.dep_ == "pobj"] or \
                    [t for t in sent[i + k:] if t.head.i == last.i or t.dep_ == "pobj"][:1]
                sources = [m for p in pobjs for m in (actors.resolve(t) for t in _conjuncts(p)) if m is not None]
                if not sources:
                    continue
                own = {t.i for t in first.subtree} | {t.i for t in sent[i:i + k]}
                clause = first.head if first.head.i != first.i else sent.root
                rest = [t for t in clause.subtree if t.i not in own]
                content = _span_text(sent.doc, rest)
                if content:
                    out += [RawRelation("claims", s, None, sent, " ".join(phrase), content) for s in sources]
        return out


@Language.factory("gk_relations", requires=["doc._.gk_actors", "token.dep", "token.lemma"],
                  assigns=["doc._.gk_relations"], default_config={"cues": None})
def make_relations(nlp: Language, name: str, cues: str | None) -> RelationsComponent:
    return RelationsComponent(Path(cues) if cues else None)


class RelationsComponent:
    def __init__(self, cues: Path | None) -> None:
        if not Doc.has_extension("gk_relations"):
            Doc.set_extension("gk_relations", default=None)
        self.find = RelationFinder(load_cues(cues))

    def __call__(self, doc: Doc) -> Doc:
        doc._.gk_relations = self.find(doc)
        return doc
