"""The per-Doc driver of ``gk_relations``: each sentence's cue verbs, noun cues and source phrases,
then the quotations the claims found extend over.

A cue verb applies each of its frames (``cues.yaml``): the frame's guards, then its subjects, then its
content (for a claim) or its objects. A cue that is negated, hedged, conditional, in a question, only
threatened or urged, or inside a quotation gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...resources import CueFrame, Cues
from ...types import Mention
from ..actors import ActorIndex, actor_index
from ..gazetteer import Lookup
from ..syntax import blocked
from .according import SourcePhrases
from .arguments import STATEMENTS
from .attribution import attribute
from .claims import ClaimMaker
from .content import Around, ContentReader
from .frames import admits, fits
from .memory import Memory
from .nouns import NounCues
from .objects import ObjectFinder
from .quoted import quoted_sentences
from .quotes import Quotations
from .records import RawRelation
from .registry import Site
from .subjects import SubjectFinder

__all__ = ["RelationFinder"]


def _reciprocal(tok: Token) -> bool:
    """ "accused each other", "blamed one another"."""
    return any(
        c.dep_ in ("dobj", "pobj")
        and c.lower_ in ("other", "another")
        and any(d.lower_ in ("each", "one") for d in c.children)
        for c in tok.children
    )


class RelationFinder:
    """The relations of a Doc (``gk_actors`` must have run on it)."""

    def __init__(self, cues: Cues, gaz: Lookup) -> None:
        self.cues, self.gaz = cues, gaz
        self.subjects = SubjectFinder(cues)
        self.objects = ObjectFinder(cues)  # binds every frame to its object finders: unknown names fail here
        self.content = ContentReader(cues)
        self.claims = ClaimMaker(cues)
        self.nouns = NounCues(cues, self.subjects, self.content, self.claims)
        self.source_phrases = SourcePhrases(cues, self.claims)

    def __call__(self, doc: Doc) -> list[RawRelation]:
        actors = actor_index(doc, self.gaz, self.cues)
        out: list[RawRelation] = []
        sents = actors.sents  # computed once per Doc, by gk_actors
        memory = Memory(named=actors.by_token)
        quotes = Quotations(doc.text)  # a cue inside one is the quoted speaker's words, not attribution
        for n, sent in enumerate(sents):
            memory.sentence = n
            if sent.text.rstrip().endswith("?"):
                continue
            around = (sents[n - 1] if n else None, sents[n + 1] if n + 1 < len(sents) else None)
            for tok in sent:
                frames = self.cues.verbs.get(tok.lemma_.lower())
                if (
                    frames
                    and tok.pos_ in ("VERB", "AUX")
                    and not quotes.inside(tok.idx)
                    and not blocked(tok, self.cues)
                ):
                    for frame in frames:
                        found = self._apply(tok, frame, sent, around, actors, memory)
                        out.extend(found)
                        memory.record(found, sent)
            for found in (
                self.source_phrases(sent, actors, memory),
                self.nouns.events(sent, actors),
                self.nouns.stances(sent, actors, memory),
            ):
                out.extend(found)
                memory.record(found, sent)
        return attribute(out + quoted_sentences(self.claims, quotes, sents, out, actors), doc)

    def _apply(
        self, tok: Token, frame: CueFrame, sent: Span, around: Around, actors: ActorIndex, memory: Memory
    ) -> list[RawRelation]:
        """The relations one frame of the cue verb ``tok`` gives."""
        if not admits(tok, frame, self.cues):
            return []
        pred = frame.predicate
        if pred != "claims" and _reciprocal(tok):  # "The two camps accused each other of breaking the truce"
            sides = self.subjects(tok, actors, pred not in STATEMENTS) or actors.parties(tok)
            return [
                RawRelation.at(sent, pred, a, b, tok.text, cue_start=tok.idx, pattern=f"{pred}:reciprocal")
                for a in sides
                for b in sides
                if a != b
            ]
        subjects = self.subjects(tok, actors, pred not in STATEMENTS, frame.passive_subject)
        if not subjects:
            return []
        out: list[RawRelation] = []
        if pred == "claims" or frame.claim:
            out += self._claims(tok, frame, sent, around, actors, memory, subjects)
            if pred == "claims":
                return out
        how, objects = self.objects.find(Site(tok, frame, subjects, actors, memory, self.cues))
        out += [
            RawRelation.at(sent, pred, s, o, tok.text, cue_start=tok.idx, pattern=f"{pred}:{how}")
            for s in subjects
            for o in objects
            if fits(frame, s, o)
        ]
        return out

    def _claims(
        self,
        tok: Token,
        frame: CueFrame,
        sent: Span,
        around: Around,
        actors: ActorIndex,
        memory: Memory,
        subjects: list[Mention],
    ) -> list[RawRelation]:
        """The claim a cue verb makes, and (for a ``claims`` cue) the blame, demands, threats and denials
        it states; "accused X of Y" claims Y and states nothing more."""
        pred = frame.predicate
        shape, toks = self.content.read(tok, frame, around) if frame.content else (None, None)
        toks = toks or []
        if not frame.xcomp and pred == "claims" and not any(t.pos_ in ("VERB", "AUX") for t in toks):
            toks = []  # a proposition has a verb: "declared itself an outlaw nation" is no claim
        memory_or_none = memory if pred == "claims" else None
        return [
            r
            for part in self.content.propositions(toks)  # "said that Y and that Z": two claims
            for r in self.claims(
                subjects, part, sent, tok.text, actors, memory_or_none, stated=pred == "claims", cue=tok, how=shape
            )
        ]
