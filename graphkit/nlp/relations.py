"""The ``gk_relations`` component: cue words and dependency patterns → relations.

It assigns ``Doc._.gk_relations``, a list of :class:`RawRelation` (token-level: the cue, the
subject and object actors, the content span). Patterns, in linguistic terms:

- a cue verb's subject (``nsubj``; the ``by``-agent of a passive; the controller of "urged X to
  ...") is the source or actor; a statement verb parsed into a reported clause ("X said Y were
  ... and insisted that ...") still belongs to the reporter;
- its object is found where the cue's frame in ``cues.yaml`` says (direct object, a preposition's
  object, the subject of a passive "X was accused by Y", an infinitive's object "threatened to cut
  ties with X", the subject of "demanded that X ..."); an event's arguments may be places, things
  marked by a country, or owned things (see :meth:`ActorIndex.anchor`);
- event nouns carried by a light verb or owned by an actor: "launched an attack on X", "X's
  invasion of Y", "held talks with X";
- a reported proposition is the clausal complement (``ccomp``: "X said (that) Y", "Y, X said"),
  the clause a post-posed cue hangs from ("Y – wrote X"), the next sentence after "X said:" or
  "X said;", the clause an "according to X" phrase modifies, what follows the object ("accused X
  of Y"), every sentence of its quotation, and an unattributed quotation right after;
- what a claim states beyond itself (blame, demands, threats, denials) is read by
  :class:`~graphkit.nlp.stated.StatedReader`;
- cues that are negated, hedged, conditional, in a question, only threatened or urged ("threatened
  to shell X"), or inside a quotation give nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..resources import CueFrame, Cues, load_cues
from ..types import Mention
from .actors import ActorIndex, actor_index
from .gazetteer import Lookup, lookup
from .quotes import Quotations
from .stated import Accusation, StatedReader, side
from .syntax import blocked, condition_subjects, conjuncts

__all__ = ["RawRelation"]

#: predicates about statements: their arguments are actors proper, never places or things
_STATEMENTS = ("claims", "accuses", "denies")
_SUBJECT_PREPS = ("of", "from", "in")
_FINITE_TAGS = ("VBD", "VBZ", "VBP")
#: predicates that asking or offering itself expresses ("called for sanctions against X")
_ASKING = ("accuses", "demands", "threatens")
#: prepositions that say where an attack happened
_PLACE_PREPS = ("in", "near", "on", "at", "across", "inside", "outside", "around", "over")
#: prepositions that mark an argument of an infinitive ("break relations with X"), not a reason ("over ...")
_ARGUMENT_PREPS = ("to", "with", "against", "on", "into", "from", "at", "in", "toward", "towards", "by")

_CLOSE_QUOTES = {"\u201d", "\u00bb", '"', "''"}


@dataclass(frozen=True)
class RawRelation:
    predicate: str
    subject: Mention
    object: Mention | None
    sentence: Span
    cue: str
    content: str | None = None
    content_start: int = -1  # character offset of the content in the Doc, for claims


@dataclass
class Memory:
    """What an article has said so far: who made claims, who accused whom (for denials)."""

    sources: list[Mention] = field(default_factory=list)
    accusations: list[tuple[int, Mention, Mention, frozenset[str]]] = field(default_factory=list)
    sentence: int = 0  # the number of the sentence being read
    named: dict[int, Mention] = field(default_factory=dict)  # the article's actors by token (ActorIndex.by_token)

    #: how many sentences back a denial may answer an accusation
    REACH = 8

    def record(self, found: list[RawRelation]) -> None:
        self.sources += [r.subject for r in found if r.predicate in ("claims", "accuses")]
        for r in found:
            if r.predicate == "accuses" and r.object is not None:
                words = frozenset(
                    t.lemma_.lower() for t in r.sentence if t.pos_ in ("NOUN", "VERB") and t.i not in self.named
                ) - {r.cue.lower()}
                self.accusations.append((self.sentence, r.subject, r.object, words))

    def accusation_against(self, accused: list[Mention]) -> Accusation | None:
        """The latest recent accusation of one of ``accused`` (or its side), from another side."""
        sides = {side(m) for m in accused}
        for n, accuser, target, words in reversed(self.accusations):
            if self.sentence - n > self.REACH:
                break
            if side(target) in sides and side(accuser) not in sides:
                return Accusation(accuser, words)
        return None

    def previous_source(self, subjects: list[Mention]) -> Mention | None:
        """Whose statement "the allegations" are: the last accuser of the subjects' side, else the last source."""
        accusation = self.accusation_against(subjects)
        if accusation is not None:
            return accusation.accuser
        return next((m for m in reversed(self.sources) if m not in subjects), None)


def _after_punct(tok: Token) -> bool:
    """A clause set off from what comes before it: "Y, X said", "Y – wrote X" (not "X said Y confirmed Z")."""
    first = next((t.i for t in tok.subtree if not (t.is_punct or t.is_space)), tok.i)
    return first > 0 and (tok.doc[first - 1].is_punct or tok.doc[first - 1].text in _CLOSE_QUOTES)


def _own_country(subject: Mention, obj: Mention) -> bool:
    """ "Zelensky arrived in Kyiv", "the army shelled Khartoum": an actor and its own country."""
    return (
        obj.type == "Country" and obj.kb_id is not None and obj.kb_id == subject.country and subject.type != "Country"
    )


def _reciprocal(tok: Token) -> bool:
    """ "accused each other", "blamed one another"."""
    return any(
        c.dep_ in ("dobj", "pobj")
        and c.lower_ in ("other", "another")
        and any(d.lower_ in ("each", "one") for d in c.children)
        for c in tok.children
    )


def _last_word(tok: Token) -> Token:
    words = [t for t in tok.subtree if not t.is_punct]
    return words[-1] if words else tok


def _trim(toks: list[Token]) -> list[Token]:
    """A token run without leading "that", quotes, spaces and edge punctuation."""
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].lower_ in ("that",) and toks[0].dep_ == "mark" or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    return toks


def _span_text(doc: Doc, toks: list[Token] | None) -> str | None:
    """Text of a contiguous token run, trimmed; None for less than two words."""
    toks = _trim(toks or [])
    if not toks:
        return None
    text = doc[toks[0].i : toks[-1].i + 1].text.strip().strip("\"'\u201c\u201d\u2018\u2019 ")
    return text if len(text.split()) >= 2 else None


class RelationFinder:
    def __init__(self, cues: Cues, gaz: Lookup) -> None:
        self.cues, self.gaz = cues, gaz
        self.phrases = [p.split() for p in cues.source_phrases]
        self.stated = StatedReader(cues)

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
                        memory.record(found)
            for found in (
                self._source_phrases(sent, actors, memory),
                self._noun_cues(sent, actors),
                self._stance_nouns(sent, actors, memory),
            ):
                out.extend(found)
                memory.record(found)
        return out + self._quoted_sentences(quotes, sents, out, actors)

    def _quoted_sentences(
        self, quotes: Quotations, sents: list[Span], found: list[RawRelation], actors: ActorIndex
    ) -> list[RawRelation]:
        """A claim whose content lies in a quotation claims every sentence of that quotation, and a
        quotation right after it that no one else is named around (the speaker goes on)."""
        if not len(quotes):
            return []
        have = {(r.subject, r.content) for r in found if r.predicate == "claims"}
        by_quote: dict[int, RawRelation] = {}
        for r in found:
            n = quotes.index(r.content_start) if r.predicate == "claims" and r.content_start >= 0 else None
            if n is not None:
                by_quote.setdefault(n, r)

        def sentences(q0: int, q1: int) -> list[Span]:  # the sentences a quotation overlaps
            return [s for s in sents if s.end_char > q0 and s.start_char < q1]

        busy = {r.sentence.start for r in found}
        for n in range(1, len(quotes)):  # "“...,” Ali said. “They have declared ...”"
            (_, end0), (q0, q1) = quotes.spans[n - 1], quotes.spans[n]
            around = sentences(q0, q1)
            named = any(t.i in actors.by_token for s in around for t in s if not q0 <= t.idx < q1)
            if (
                n not in by_quote
                and n - 1 in by_quote
                and q0 - end0 < 200
                and not named
                and not any(s.start in busy for s in around)
            ):
                by_quote[n] = by_quote[n - 1]
        extra: list[RawRelation] = []
        for n, r in by_quote.items():
            q0, q1 = quotes.spans[n]
            for sent in sentences(q0, q1):
                toks = [t for t in sent if q0 < t.idx < q1 - 1 or (t.idx == q0 and not t.is_punct)]
                said = _span_text(sent.doc, toks)
                if said and (r.subject, said) not in have and not any(said in c for _, c in have if c):
                    have.add((r.subject, said))
                    extra += self._claims([r.subject], toks, sent, r.cue, actors)
        return extra

    # -- one cue ----------------------------------------------------------------------------------
    @staticmethod
    def _inverted(tok: Token) -> bool:
        """A cue right after a closing quote, with its subject after it: «…», - reported X; "…," said X."""
        if any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
            return False
        before: list[Token] = []  # up to four tokens before the cue, within its sentence
        j = tok.i
        while j > 0 and len(before) < 4 and not tok.doc[j].is_sent_start:
            j -= 1
            before.insert(0, tok.doc[j])
        return any(t.text in _CLOSE_QUOTES for t in before) and all(t.is_punct for t in before[-2:])

    @staticmethod
    def _who(tok: Token, actors: ActorIndex, event: bool) -> Mention | None:
        """The actor a subject token names; an event's subject may also be "Israeli tanks"."""
        # one preposition deep: "security forces in Guinea", not "families of hostages in Israel"
        return actors.anchor(tok, places=False, preps=_SUBJECT_PREPS, depth=1) if event else actors.resolve(tok)

    def _whom(self, tok: Token, actors: ActorIndex, pred: str) -> Mention | None:
        """The actor an object token names; an event's object may also be a place or a thing."""
        if pred in _STATEMENTS:  # "condemned the attack on Kyiv" blames the attacker, not Kyiv
            return actors.anchor(tok, places=False, depth=0)
        if tok.pos_ == "PRON" and tok.lower_ == "it":  # "seized it": a place or a thing, rarely an actor
            return None
        if pred == "supports" and tok.lemma_.lower() in self.cues.nouns:  # "a green light to the Damascus strike"
            return None
        return actors.anchor(tok)

    def _subjects(
        self, tok: Token, actors: ActorIndex, event: bool = False, passive_subject: bool = False
    ) -> list[Mention]:
        if self._inverted(tok):
            cands = [
                t for c in tok.children if c.dep_ in ("nsubj", "dobj", "attr") and c.i > tok.i for t in conjuncts(c)
            ]
            return [m for m in (self._who(t, actors, event) for t in cands) if m is not None]
        cands: list[Token] = []
        for c in tok.children:
            if c.dep_ == "nsubj" or passive_subject and c.dep_ == "nsubjpass":  # "X is opposed to Y"
                cands = conjuncts(c)
            elif c.dep_ == "agent":
                cands = [t for p in c.children if p.dep_ == "pobj" for t in conjuncts(p)]
        if not cands and tok.dep_ == "conj":  # "X said ... and added that ..."
            found = self._subjects(tok.head, actors, event)
            # a finite verb cannot be coordinated with a non-finite one: "X said Y was backtracking ... and
            # accused him", "... for China to retaliate and confirmed that" belong to X
            stray = tok.tag_ in _FINITE_TAGS and tok.head.tag_ != tok.tag_
            reporter = None if event or found and not stray else self._reporting_ancestor(tok)
            # "X said submarines were ... and insisted that ...": parsed as a conjunct inside X's content
            # ("X said Putin lied and accused Y" stays Putin's)
            return self._subjects(reporter, actors, event) if reporter is not None else found
        if not cands and tok.dep_ == "acomp":  # "Israel is opposed to ..."
            return self._subjects(tok.head, actors, event, passive_subject)
        if not cands and tok.dep_ == "relcl":  # "Ukraine, which accused Russia, ..."
            cands = [tok.head]
        if not cands and tok.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in tok.head.children):
            # object control: "urged the EU to support X": the EU supports
            cands = [t for c in tok.head.children if c.dep_ == "dobj" for t in conjuncts(c)]
        elif not cands and tok.dep_ in ("xcomp", "advcl") and tok.head.pos_ in ("VERB", "AUX"):
            return self._subjects(tok.head, actors, event)
        elif (
            not cands
            and tok.dep_ == "pcomp"
            and tok.head.lower_ in ("before", "after", "while", "by", "in")
            and tok.head.head.pos_ in ("VERB", "AUX")
        ):  # "..., before warning him" (not "accused X of doing")
            return self._subjects(tok.head.head, actors, event)
        return [m for m in (self._who(t, actors, event) for t in cands) if m is not None]

    def _objects(
        self, tok: Token, frame: CueFrame, actors: ActorIndex, memory: Memory, subjects: list[Mention]
    ) -> list[Mention]:
        pred = frame.predicate
        for where in frame.obj:
            toks: list[Token] = []
            if where.startswith("prep:"):
                word = where.split(":", 1)[1]
                for p in tok.children:
                    if p.dep_ in ("prep", "dative", "prt") and p.lower_ == word:
                        toks += [t for c in p.children if c.dep_ == "pobj" for t in conjuncts(c)]
            elif where.startswith("dobj-prep:"):  # "fired rockets at X"
                head_dep, word = where.split("-prep:")
                for h in tok.children:
                    if h.dep_ == head_dep:
                        toks += [
                            t
                            for p in h.children
                            if p.dep_ == "prep" and p.lower_ == word
                            for c in p.children
                            if c.dep_ == "pobj"
                            for t in conjuncts(c)
                        ]
            elif where == "condition":  # "threatened to strike unless X ...": whom the condition is on
                toks = [t for s in condition_subjects(tok) for t in conjuncts(s)]
            elif where == "xcomp-any":  # "threatened to break relations with X", "refused to lift the curfew on X"
                toks = self._complement_arguments(tok)
            elif where == "ccomp-nsubj":  # "demanded that X withdraw"
                toks = [
                    t
                    for h in tok.children
                    if h.dep_ == "ccomp"
                    for c in h.children
                    if c.dep_ in ("nsubj", "nsubjpass")
                    for t in conjuncts(c)
                ]
            elif where == "previous-accuser":  # "the Kremlin denied any involvement": what it was accused of
                if any(c.dep_ == "dobj" and actors.resolve(c) is None for c in tok.children):
                    accusation = memory.accusation_against(subjects)
                    return [accusation.accuser] if accusation is not None else []
            elif where == "previous-source":  # "Kyiv denied the allegations", "Kyiv and Washington deny it"
                said = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
                if tok.dep_ == "acl":  # "a claim rejected by Kyiv"
                    said.append(tok.head)
                if any(
                    not any(g.dep_ == "poss" for g in c.children)
                    and (c.lower_ in self.cues.claim_nouns or c.lower_ in ("it", "this", "that", "them"))
                    for c in said
                ):
                    source = memory.previous_source(subjects)
                    return [source] if source is not None else []
            elif where == "poss-of-dobj":
                for d in tok.children:
                    if d.dep_ in ("dobj", "nsubjpass"):
                        toks += [c for c in d.children if c.dep_ == "poss"]
            elif where == "nsubjpass":
                if any(c.dep_ == "auxpass" for c in tok.children):
                    toks = [t for c in tok.children if c.dep_ == "nsubjpass" for t in conjuncts(c)]
            else:
                toks = [t for c in tok.children if c.dep_ == where for t in conjuncts(c)]
            if frame.object_ref == "direct":  # "received X": X itself, not "X's statement"
                found = [m for m in (actors.resolve(t) for t in toks) if m is not None]
            elif frame.object_ref == "owned":  # "welcomed X's statement", never "welcomed X"
                found = [
                    m for t in toks if actors.resolve(t) is None for m in [self._whom(t, actors, pred)] if m is not None
                ]
            else:
                found = [m for m in (self._whom(t, actors, pred) for t in toks) if m is not None]
            if found:
                return found
        if pred == "attacks":  # "jets bombed positions near Kirkuk": the place attacked stands for its country
            return [
                m
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ in _PLACE_PREPS
                for c in p.children
                if c.dep_ == "pobj" and c.i in actors.places
                for m in [actors.anchor(c)]
                if m is not None
            ]
        return []

    @staticmethod
    def _complement_arguments(tok: Token) -> list[Token]:
        """The objects of the verbs an infinitive chain hangs from the cue, in text order."""
        out: list[Token] = []
        heads = [c for c in tok.children if c.dep_ == "xcomp"]
        while heads:
            h = heads.pop(0)
            for c in h.children:
                if c.dep_ in ("dobj", "dative", "nsubjpass"):
                    out += conjuncts(c)
                elif c.dep_ in ("prep", "agent") and c.lower_ in _ARGUMENT_PREPS:
                    out += [t for p in c.children if p.dep_ == "pobj" for t in conjuncts(p)]
                elif c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB":
                    heads.append(c)
        return out

    def _reporting_ancestor(self, tok: Token) -> Token | None:
        """The cue verb whose reported clause a conjoined statement verb was parsed into."""
        if tok.lemma_.lower() not in self.cues.verbs or not any(
            f.predicate in ("claims", "accuses") for f in self.cues.verbs[tok.lemma_.lower()]
        ):
            return None
        head = tok.head
        while head.head.i != head.i:
            if head.dep_ == "ccomp" and head.head.lemma_.lower() in self.cues.verbs:
                return head.head
            head = head.head
        return None

    def _proposition(self, root: Token) -> list[Token]:
        """A reported clause without what is not part of it: a leading date ("said on Friday he had
        ...") and a conjoined cue with its own content ("... and insisted that ...")."""
        cut: set[int] = set()
        for c in root.subtree:
            if (
                c.dep_ == "conj"
                and c.i not in cut
                and self._reporting_ancestor(c) is not None
                and any(g.dep_ in ("ccomp", "dobj") for g in c.children)
            ):
                cut |= {t.i for t in c.subtree}
                cut |= {g.i for g in c.head.children if g.dep_ == "cc" and g.i < c.i}  # and the "and"
        for c in root.children:
            if (
                c.dep_ == "prep"
                and c.i == root.left_edge.i
                and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
            ):
                cut |= {t.i for t in c.subtree}
        return [t for t in root.subtree if t.i not in cut]

    def _content(self, tok: Token, frame: CueFrame, around: tuple[Span | None, Span | None]) -> list[Token] | None:
        doc = tok.doc
        prev, nxt = around
        if (
            prev is not None
            and any(c.dep_ == "agent" for c in tok.children)
            and any(c.dep_ == "nsubjpass" and c.lower_ in ("this", "that", "it") for c in tok.children)
        ):
            return list(prev)  # "This was written by X": the sentence before
        comps = [c for c in tok.children if c.dep_ in ("ccomp",)]
        if comps:
            return self._proposition(comps[0])
        if frame.xcomp or frame.predicate == "accuses":
            # "called that account fake", "described X as Y", "accused X of Y": what follows the verb
            rights = [
                c
                for c in tok.rights
                if c.dep_ in ("dobj", "oprd", "xcomp", "acomp", "ccomp", "prep")
                and not (c.dep_ == "prep" and c.lower_ not in ("as", "of", "for", "over"))
            ]
            has_complement = any(c.dep_ in ("oprd", "xcomp", "acomp") or c.dep_ == "prep" for c in rights) or any(
                c.dep_ == "dobj"
                and (
                    _last_word(c).pos_ == "ADJ"  # "called X's claims unacceptable"
                    or any(g.dep_ == "prep" and g.lower_ == "as" for g in c.children)
                )
                for c in rights
            )  # "characterized the sanctions as warfare", "as" parsed under the object
            if rights and has_complement:
                toks = [t for c in rights for t in c.subtree]
                return list(doc[min(t.i for t in toks) : max(t.i for t in toks) + 1])
            return None
        if tok.head.i < tok.i and (
            tok.dep_ in ("parataxis", "ccomp") and _after_punct(tok) or self._inverted(tok)
        ):  # "Y – wrote X", "Y, X said"
            own = {t.i for t in tok.subtree}
            return [t for t in tok.head.subtree if t.i not in own and t.i < tok.i]
        after = [t for t in tok.sent if t.i > tok.i and not t.is_space]
        colon = next((t for t in after if t.text in (":", ";")), None)  # "X said:" and "X said;"
        if colon is not None and all(
            t.head.i == tok.i or t.i > colon.i or tok.i in [a.i for a in t.ancestors] for t in after if t.i < colon.i
        ):
            rest = [t for t in after if t.i > colon.i]  # "X said: Y" / "X said:" + the next sentence
            return rest if _span_text(doc, rest) else (list(nxt) if nxt is not None else None)
        return None

    def _apply(
        self,
        tok: Token,
        frame: CueFrame,
        sent: Span,
        around: tuple[Span | None, Span | None],
        actors: ActorIndex,
        memory: Memory,
    ) -> list[RawRelation]:
        if frame.particle and not any(c.dep_ == "prt" and c.lower_ == frame.particle for c in tok.children):
            return []
        words = frame.requires_word
        if words and not any(t.lower_ in words for t in tok.subtree):
            return []
        if any(c.lower_ in frame.forbids_word for c in tok.children):  # "hit back"
            return []
        preps = frame.requires_prep
        if preps and not any(c.dep_ == "prep" and c.lower_ in preps for c in tok.children):
            return []
        if any(c.dep_ in ("prep", "prt") and c.lower_ in frame.forbids_prep for c in tok.children):
            return []  # "called on X to ...", "called for talks" are no "X called Y Z"
        if frame.forces_only and not any(
            c.dep_ == "nsubj" and c.lemma_.lower() in self.cues.force_nouns for c in tok.children
        ):
            return []  # "troops crossed into X", not "refugees crossed into X"
        if frame.requires_xcomp and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
            return []
        avoid = frame.forbids_dobj
        if avoid and any(c.dep_ == "dobj" and c.lemma_.lower() in avoid for c in tok.children):
            return []  # "delivered an address to the nation" supplies nothing
        if frame.requires_claim_noun or frame.forbids_claim_noun:
            has = (
                any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in self.cues.claim_nouns for c in tok.children)
                or tok.dep_ == "acl"
                and tok.head.lower_ in self.cues.claim_nouns
            )
            if has != frame.requires_claim_noun:
                return []
        pred = frame.predicate
        dobjs = [c for c in tok.children if c.dep_ == "dobj"]
        if (
            pred != "claims"
            and tok.lemma_.lower() in self.cues.light_verbs
            and dobjs
            and dobjs[0].lemma_.lower() in self.cues.nouns
        ):
            return []  # "gave a warm welcome to X": the noun's frame, not the verb's
        if pred != "claims" and _reciprocal(tok):  # "Both sides accused each other of shelling the plant"
            sides = self._subjects(tok, actors, pred not in _STATEMENTS) or actors.parties(tok)
            return [RawRelation(pred, a, b, sent, tok.text) for a in sides for b in sides if a != b]
        subjects = self._subjects(tok, actors, pred not in _STATEMENTS, frame.passive_subject)
        if not subjects:
            return []
        out: list[RawRelation] = []
        if pred == "claims" or frame.claim:
            toks = (self._content(tok, frame, around) if frame.content else None) or []
            if not frame.xcomp and pred == "claims" and not any(t.pos_ in ("VERB", "AUX") for t in toks):
                toks = []  # a proposition has a verb: "declared itself an outlaw nation" is no claim
            # a claim, and the blame, demands, threats and denials it states (not for "accused X of Y")
            out += self._claims(
                subjects,
                toks,
                sent,
                tok.text,
                actors,
                memory if pred == "claims" else None,
                stated=pred == "claims",
                cue=tok,
            )
            if pred == "claims":
                return out
        objects = self._objects(tok, frame, actors, memory, subjects)
        want, avoid = frame.requires_object_type, frame.forbids_object_type
        subject_types = frame.requires_subject_type
        for s in subjects:
            if subject_types and s.type not in subject_types:
                continue
            for o in objects:
                if (
                    o == s
                    or (want and o.type not in want)
                    or o.type in avoid
                    or pred not in _STATEMENTS
                    and _own_country(s, o)
                ):  # "accused his own government" stays
                    continue
                out.append(RawRelation(pred, s, o, sent, tok.text))
        return out

    # -- "an attack on X", "held talks with X" ---------------------------------------------------
    def _noun_cues(self, sent: Span, actors: ActorIndex) -> list[RawRelation]:
        out: list[RawRelation] = []
        for tok in sent:
            frame = self.cues.nouns.get(tok.lemma_.lower())
            if frame is None or tok.pos_ != "NOUN" or any(c.lower_ in self.cues.negations for c in tok.children):
                continue  # "made no threat against X"
            head = tok.head if tok.dep_ == "compound" else tok  # "a mediation effort"
            subjects = [m for c in head.children if c.dep_ == "poss" for m in [actors.resolve(c)] if m]
            verb = None
            if not subjects:
                verb = (
                    head.head
                    if head.dep_ in ("dobj", "nsubjpass")
                    else head.head.head
                    if head.dep_ == "pobj" and head.head.dep_ == "prep"
                    else None
                )
                if (
                    verb is None
                    or verb.pos_ != "VERB"
                    or verb.lemma_.lower() not in self.cues.light_verbs
                    or blocked(verb, self.cues)
                ):
                    continue
                if verb.lemma_.lower() in self.cues.irrealis and frame.predicate not in _ASKING:
                    continue  # "sought a meeting with X", "offered talks with X": not held
                subjects = self._subjects(verb, actors, frame.predicate not in _STATEMENTS)
            if not subjects:
                continue
            objects: list[Mention] = []
            for holder in (head, verb):
                for p in holder.children if holder is not None else ():
                    if p.dep_ in ("prep", "dative") and p.lower_ in frame.obj:
                        args = [t for c in p.children if c.dep_ == "pobj" for t in conjuncts(c)]
                    elif p.dep_ in ("acl", "ccomp") and "that" in frame.obj and holder is head:
                        args = [t for c in p.children if c.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(c)]
                    else:
                        continue
                    objects += [m for t in args for m in [self._whom(t, actors, frame.predicate)] if m]
                if objects:
                    break
            out += [RawRelation(frame.predicate, s, o, sent, tok.text) for s in subjects for o in objects if o != s]
        return out

    # -- "X's position that Y" ---------------------------------------------------------------------
    def _stance_nouns(self, sent: Span, actors: ActorIndex, memory: Memory) -> list[RawRelation]:
        out: list[RawRelation] = []
        for tok in sent:
            if tok.pos_ != "NOUN" or tok.lower_ not in self.cues.stance_nouns:
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
            out += self._claims(owners, self._proposition(clause), sent, tok.text, actors, memory)
        return out

    # -- "according to X, Y" ----------------------------------------------------------------------
    def _source_phrases(self, sent: Span, actors: ActorIndex, memory: Memory) -> list[RawRelation]:
        out = []
        words = [t.lower_ for t in sent]
        for phrase in self.phrases:
            k = len(phrase)
            for i in range(len(words) - k + 1):
                if words[i : i + k] != phrase:
                    continue
                first, last = sent[i], sent[i + k - 1]
                pobjs = [c for c in last.children if c.dep_ == "pobj"] or [
                    t for t in sent[i + k :] if t.head.i == last.i or t.dep_ == "pobj"
                ][:1]
                sources = [m for p in pobjs for m in (actors.resolve(t) for t in conjuncts(p)) if m is not None]
                if not sources:
                    continue
                own = {t.i for t in first.subtree} | {t.i for t in sent[i : i + k]}
                comma = next((t for t in sent[i + k :] if t.text == ","), None)
                if i == 0 and comma is not None:  # "According to X, Y": just up to the comma
                    own = set(range(first.i, comma.i + 1))
                clause = first.head if first.head.i != first.i else sent.root
                rest = [t for t in clause.subtree if t.i not in own]
                out += self._claims(sources, rest, sent, " ".join(phrase), actors, memory)
        return out

    # -- a claim and what it states ---------------------------------------------------------------
    def _claims(
        self,
        sources: list[Mention],
        toks: list[Token],
        sent: Span,
        cue_text: str,
        actors: ActorIndex,
        memory: Memory | None = None,
        *,
        stated: bool = True,
        cue: Token | None = None,
    ) -> list[RawRelation]:
        """Each source claims the content ``toks``; with ``stated``, also what the claim states (blame,
        demands, threats, refusals, denials; a denial answers the latest accusation in ``memory``)."""
        content = _span_text(sent.doc, toks)
        if not content:
            return []
        start = _trim(toks)[0].idx
        out = [RawRelation("claims", s, None, sent, cue_text, content, start) for s in sources]
        if stated:
            out += [
                RawRelation(p, s, o, sent, cue_text)
                for s in sources
                for p, o in self.stated.read(toks, s, actors, memory.accusation_against([s]) if memory else None, cue)
            ]
        return out


@Language.factory(
    "gk_relations",
    requires=["doc._.gk_actors", "token.dep", "token.lemma"],
    assigns=["doc._.gk_relations"],
    default_config={"gazetteer": None, "cues": None},
)
def make_relations(nlp: Language, name: str, gazetteer: str | None, cues: str | None) -> RelationsComponent:
    return RelationsComponent(Path(gazetteer) if gazetteer else None, Path(cues) if cues else None)


class RelationsComponent:
    def __init__(self, gazetteer: Path | None, cues: Path | None) -> None:
        if not Doc.has_extension("gk_relations"):
            Doc.set_extension("gk_relations", default=None)
        self.find = RelationFinder(load_cues(cues), lookup(gazetteer))

    def __call__(self, doc: Doc) -> Doc:
        doc._.gk_relations = self.find(doc)
        return doc
