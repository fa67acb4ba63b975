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
from ..syntax import blocked, retag_participles
from . import verbal  # noqa: F401  (registers the verbal-attack guard that admits reads)
from .according import SourcePhrases
from .arguments import STATEMENTS
from .attribution import SPEECH_ACTS, attribute
from .charges import charged
from .claims import ClaimMaker
from .conjoined import reporter_subjects
from .content import Around, ContentReader
from .criticism import criticisms
from .frames import admits, fits
from .memory import Memory
from .nouns import NounCues
from .objects import ObjectFinder
from .outrage import outrages
from .performatives import as_performed, performed
from .quoted import quoted_sentences
from .quotes import Quotations
from .records import RawRelation
from .refusals import Refusals
from .registry import Site
from .subjects import SubjectFinder

__all__ = ["RelationFinder", "first_person", "speakers"]

_FIRST_PERSON = ("i", "we")


def _reciprocal(tok: Token) -> bool:
    """ "accused each other", "blamed one another"."""
    return any(
        c.dep_ in ("dobj", "pobj")
        and c.lower_ in ("other", "another")
        and any(d.lower_ in ("each", "one") for d in c.children)
        for c in tok.children
    )


def first_person(tok: Token) -> bool:
    """ "We condemn ...", "I urge ...": the cue's subject is the speaker; also an infinitive's whose verb
    shares its subject ("We continue to urge ...": subject control, no object between)."""
    if any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in tok.children):
        return True
    head = tok.head  # an xcomp is never the root: its head is another token
    return tok.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in head.children) and first_person(head)


def speakers(quotes: Quotations, at: int, found: list[RawRelation]) -> list[Mention]:
    """Who said the quotation the character offset ``at`` lies in: the sources of claims whose content
    starts in it."""
    n = quotes.index(at)
    out: dict[Mention, None] = {}
    for r in found:
        if r.predicate == "claims" and r.content_start >= 0 and quotes.index(r.content_start) == n:
            out.setdefault(r.subject)
    return list(out)


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
        self.refusals = Refusals(cues, self.subjects)  # "did not accede to X's demands"

    def __call__(self, doc: Doc) -> list[RawRelation]:
        retag_participles(doc, self.cues)  # ", writing, "..."": a participle the tagger took for a noun
        actors = actor_index(doc, self.gaz, self.cues)
        out: list[RawRelation] = []
        sents = actors.sents  # computed once per Doc, by gk_actors
        memory = Memory(named=actors.by_token)
        spoken: list[tuple[Token, Span]] = []  # first-person cues in quotations
        quotes = actors.quotes  # a cue inside one is the quoted speaker's words, not attribution
        verbs, lemmas = self.cues.verbs, actors.lemmas
        for n, sent in enumerate(sents):
            memory.sentence = n
            said = actors.text[sent.start_char : sent.end_char].rstrip()  # ``sent.text``, unjoined
            if said.endswith("?") and not quotes.inside(sent.start_char + len(said) - 1):  # a question, not
                continue  # one a quotation opens with ('X wrote, "Why now? ..."')
            around = (sents[n - 1] if n else None, sents[n + 1] if n + 1 < len(sents) else None)
            for i in range(sent.start, sent.end):
                frames = verbs.get(lemmas[i])
                if not frames:  # cheap: most words are no cue verb
                    continue
                tok = actors.tokens[i]
                if tok.pos_ in ("VERB", "AUX") and not blocked(tok, self.cues):
                    quoted = quotes.inside(tok.idx)
                    if quoted:
                        if first_person(tok):  # '"We condemn X," Y said': Y's own act, once Y is known
                            spoken.append((tok, sent))
                            continue
                        frames = performed(tok, frames, actors)  # '"The council urges X to ...," it said'
                    for frame in frames:
                        found = self._apply(tok, frame, sent, around, actors, memory)
                        found = as_performed(found) if quoted else found
                        out.extend(found)
                        memory.record(found, sent)
            for found in (
                self.source_phrases(sent, actors, memory),
                criticisms(sent, actors, self.cues),  # before event nouns: "faced condemnation" is criticism's
                self.refusals(sent, actors),
                outrages(sent, actors, self.cues),  # "X was appalled by Y's decision"
                charged(sent, actors, self.cues),  # "X arrested Y for spying"
                self.nouns.events(sent, actors),
                self.nouns.stances(sent, actors, memory),
            ):
                out.extend(found)
                memory.record(found, sent)
        out += quoted_sentences(self.claims, self.content, quotes, sents, out, actors)
        out += self.refusals.spoken(sents, actors, lambda at: speakers(quotes, at, out) if quotes.inside(at) else [])
        return attribute(out + self._spoken(spoken, quotes, out, actors, memory), doc, actors.text)

    def _spoken(
        self,
        spoken: list[tuple[Token, Span]],
        quotes: Quotations,
        found: list[RawRelation],
        actors: ActorIndex,
        memory: Memory,
    ) -> list[RawRelation]:
        """The speech acts of first-person cues in quotations, made by whoever said each quotation."""
        return [
            r
            for tok, sent in spoken
            for speaker in speakers(quotes, tok.idx, found)
            for frame in self.cues.verbs[tok.lemma_.lower()]
            if frame.predicate in SPEECH_ACTS
            for r in self._apply(tok, frame, sent, (None, None), actors, memory, speaker=speaker)
        ]

    def _apply(
        self,
        tok: Token,
        frame: CueFrame,
        sent: Span,
        around: Around,
        actors: ActorIndex,
        memory: Memory,
        speaker: Mention | None = None,
    ) -> list[RawRelation]:
        """The relations one frame of the cue verb ``tok`` gives; ``speaker``: the quoted speaker a
        first-person cue stands for (its speech act only: the quotation is already the speaker's claim)."""
        if not admits(tok, frame, self.cues):
            return []
        pred = frame.predicate
        if speaker is not None:
            return self._relations(tok, frame, sent, actors, memory, [speaker], via="first-person:")
        if pred != "claims" and _reciprocal(tok):  # "The two camps accused each other of breaking the truce"
            sides = self.subjects(tok, actors, pred not in STATEMENTS) or actors.parties(tok)
            return [
                RawRelation.at(sent, pred, a, b, tok.text, cue_start=tok.idx, pattern=f"{pred}:reciprocal")
                for a in sides
                for b in sides
                if a != b
            ]
        # a speech act a statement's participle reports is made by the statement's author, an actor
        # proper: "X issued a statement urging Y to ..."
        event = pred not in STATEMENTS and not (pred in SPEECH_ACTS and tok.dep_ == "acl")
        subjects = self.subjects(tok, actors, event, frame.passive_subject)
        if not subjects and pred in SPEECH_ACTS:  # "X said that ... and urged Y to ...", parsed into X's content
            subjects = reporter_subjects(self.subjects, tok, actors)
        if not subjects:
            return []
        out: list[RawRelation] = []
        if pred == "claims" or frame.claim:
            out += self._claims(tok, frame, sent, around, actors, memory, subjects)
            if pred == "claims":
                return out
        return out + self._relations(tok, frame, sent, actors, memory, subjects)

    def _relations(
        self,
        tok: Token,
        frame: CueFrame,
        sent: Span,
        actors: ActorIndex,
        memory: Memory,
        subjects: list[Mention],
        via: str = "",
    ) -> list[RawRelation]:
        """The relations of ``subjects`` with the objects the frame finds around the cue ``tok``; ``via`` prefixes
        the object finder's name in the pattern ("first-person:" for a quoted speaker's own act)."""
        how, objects = self.objects.find(Site(tok, frame, subjects, actors, memory, self.cues))
        pattern = f"{frame.predicate}:{via}{how}"
        if how == "co-subject":  # "X and Y met": the first conjunct meets the others, not each of them
            subjects = subjects[:1]
        return [
            RawRelation.at(sent, frame.predicate, s, o, tok.text, cue_start=tok.idx, pattern=pattern)
            for s in subjects
            for o in objects
            if fits(frame, s, o)
        ]

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
        verbless = shape != "opening-quotation"  # the words a cue quotes are said, with a verb or none
        if verbless and not frame.xcomp and pred == "claims" and not any(t.pos_ in ("VERB", "AUX") for t in toks):
            toks = []  # a proposition has a verb: "declared itself an outlaw nation" is no claim
        memory_or_none = memory if pred == "claims" else None
        return [
            r
            for part in self.content.propositions(toks)  # "said that Y and that Z": two claims
            for r in self.claims(
                subjects, part, sent, tok.text, actors, memory_or_none, stated=pred == "claims", cue=tok, how=shape
            )
        ]
