"""Quotations a claim extends over: a claim whose content lies in a quotation claims every sentence of
that quotation, and of a quotation right after it that no one else is named around (the speaker goes
on: '"...," Ali said. "They have declared ..."'; not past a sentence whose subject is someone else); so
does a quotation that opens the sentence right after a claim, with no cue and no one named around it
('Ali said the talks failed. "They lied ..."').

Each sentence is cut into the propositions it states (:mod:`.propositions`), and a sentence without a verb ("Dear
friends.", a salutation) states none.

A quotation that opens a sentence after one whose main verb is a statement verb with an actor subject (no claim of
its own: "X announced his win. "The count puts us ahead ...""), or issues a statement, is that subject's.

A quotation right after a claim's content and a semicolon or a colon goes on with it ('X said Y; "Z ..."').

A claim whose content ends in a quotation that goes on past its sentence ('X said the talks must "go on
[...] Z."') claims the quotation's later sentences too.

A quotation a clause introduces with a colon is its subject's words even when the verb is no cue
("X praised the envoy: "..."", "X shared the view: "...""): the colon announces what X says.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...resources import Cues
from ...types import Mention
from ..actors import ActorIndex
from .claims import ClaimMaker
from .content import span_text
from .propositions import PropositionReader, stands_alone
from .quotes import Quotations
from .records import RawRelation
from .subjects import CLOSE_QUOTES, OPEN_QUOTES

__all__ = ["quoted_sentences"]

#: how far (in characters) a quotation may follow the one a claim's content lies in, to go on with it
_GOES_ON = 200


def _sentences(sents: list[Span], q0: int, q1: int) -> list[Span]:
    """The sentences a quotation (from ``q0`` to ``q1``) overlaps."""
    return [s for s in sents if s.end_char > q0 and s.start_char < q1]


def _after_a_stop(sent: Span) -> bool:
    """Whether a sentence follows a full stop, "?", "!" or an ellipsis (not a parser's cut inside a
    sentence: 'should suspend him [Z] and ...')."""
    doc, j = sent.doc, sent.start - 1
    while j >= 0 and (doc[j].is_space or doc[j].text in ("]", ")")):
        j -= 1
    return j >= 0 and doc[j].text in (".", "?", "!", "...", "\u2026")


def _alone(around: list[Span], q0: int, q1: int) -> bool:
    """Whether a quotation names no one else around it: the narrator's words outside it, if any, have no
    noun ('"...," one said', '"...," he added'; not '"...," the statement added')."""
    return not any(t.pos_ in ("NOUN", "PROPN") for s in around for t in s if not q0 <= t.idx < q1)


def _named_between(sents: list[Span], actors: ActorIndex, a: int, b: int, speaker: Mention) -> bool:
    """Whether an actor other than ``speaker``, or a name the actors missed, is the subject of a clause between two
    character offsets (who may speak next; not an actor named in passing, 'wrote X on Twitter')."""
    for s in _sentences(sents, a, b):
        for t in s:
            if a <= t.idx < b and t.dep_ in ("nsubj", "nsubjpass") and _someone_else(t, actors, speaker):
                return True
    return False


def _someone_else(subject: Token, actors: ActorIndex, speaker: Mention) -> bool:
    """Whether a subject names an actor other than ``speaker`` (by any word of its name: "Sombat Boonngam-anong"),
    or is a proper noun that is no word of the speaker's name."""
    words = [subject, *(c for c in subject.children if c.dep_ == "compound")]
    found = [actors.by_token[w.i] for w in words if w.i in actors.by_token]
    if found:
        return all(m.name != speaker.name for m in found)
    return subject.pos_ == "PROPN" and subject.text not in speaker.name


def _claimed_quotations(
    quotes: Quotations, sents: list[Span], found: list[RawRelation], actors: ActorIndex
) -> dict[int, RawRelation]:
    """The quotation number → the (first) claim whose content starts in it, or in the one before."""
    by_quote: dict[int, RawRelation] = {}
    for r in found:
        if r.predicate != "claims" or r.content_start < 0:
            continue
        n = quotes.index(r.content_start)
        if n is None and r.content_end > 0:  # 'X said the talks must "go on [...] Z"': the quotation goes on
            n = quotes.index(r.content_end - 1)
        if n is not None:
            by_quote.setdefault(n, r)
    busy = {r.sentence_start for r in found}  # sentences with relations of their own
    said = {r.sentence_start: r for r in found if r.predicate == "claims"}  # a sentence's (last) claim
    before = {s.start_char: sents[k - 1].start_char for k, s in enumerate(sents) if k}
    for n in range(len(quotes)):
        q0, q1 = quotes.spans[n]
        around = _sentences(sents, q0, q1)
        if n in by_quote or not around:
            continue
        toks = actors.tokens
        named = any(t.i in actors.by_token for s in around for t in toks[s.start : s.end] if not q0 <= t.idx < q1)
        if named or any(s.start_char in busy for s in around):
            continue
        if n and n - 1 in by_quote and q0 - quotes.spans[n - 1][1] < _GOES_ON:
            last = by_quote[n - 1]  # '"...," X said. Y did Z. "..."': Y may speak next, not X
            if not _named_between(sents, actors, quotes.spans[n - 1][1], q0, last.subject):
                by_quote[n] = last
        elif _alone(around, q0, q1) and before.get(around[0].start_char) in said:
            by_quote[n] = said[before[around[0].start_char]]  # 'X said Y. "..."': X goes on
    return by_quote


def _going_on(quotes: Quotations, found: list[RawRelation], actors: ActorIndex) -> dict[int, RawRelation]:
    """The quotation number → the claim whose content a semicolon or a colon right before the quotation ends
    ('X said Y; "Z ..."': X goes on with the quotation)."""
    text = actors.text  # once per Doc: ``Doc.text`` joins every token anew
    ends = {r.content_end: r for r in found if r.predicate == "claims" and r.content_end > 0}
    out: dict[int, RawRelation] = {}
    for n, (q0, _) in enumerate(quotes.spans):
        r = next((r for end, r in ends.items() if end <= q0 and text[end:q0].strip() in (";", ":")), None)
        if r is not None:
            out[n] = r
    return out


def _introduced(
    claims: ClaimMaker, quotes: Quotations, sents: list[Span], found: list[RawRelation], actors: ActorIndex
) -> list[RawRelation]:
    """The claims of the quotations a clause with an actor subject introduces with a colon, that no claim
    found so far lies in."""
    claimed = _claimed_numbers(quotes, found)
    out: list[RawRelation] = []
    for n, (q0, q1) in enumerate(quotes.spans):
        sent = next((x for x in sents if x.start_char <= q0 < x.end_char), None)
        if n in claimed or sent is None:
            continue
        toks = [t for t in actors.tokens[sent.start : sent.end] if t.idx < q0 and not t.is_space]
        if len(toks) < 3 or toks[-1].text != ":":
            continue
        verb = toks[-2]  # the verb of the clause before the colon (the parser may hang it on the quotation's)
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subjects = [m for c in verb.children if c.dep_ == "nsubj" for m in [actors.resolve(c)] if m is not None]
        subjects = subjects if verb.i < toks[-1].i else []
        for said in _sentences(sents, q0, q1):  # the first with a verb: not a salutation, 'wrote: "Dear X. ..."'
            inner = [t for t in actors.tokens[said.start : said.end] if q0 < t.idx < q1 - 1]
            if subjects and any(t.pos_ in ("VERB", "AUX") for t in inner):
                out += claims(subjects, inner, said, verb.text, actors, how="colon-quotation")
                break
    return out


def _claimed_numbers(quotes: Quotations, found: list[RawRelation]) -> set[int | None]:
    """The quotations (by number) a claim of ``found`` has its content in."""
    return {quotes.index(r.content_start) for r in found if r.predicate == "claims" and r.content_start >= 0}


def _announced(
    claims: ClaimMaker,
    cues: Cues,
    quotes: Quotations,
    sents: list[Span],
    found: list[RawRelation],
    actors: ActorIndex,
) -> list[RawRelation]:
    """The claims of the quotations that open a sentence, no one named around them, right after a sentence whose
    main verb is a statement verb, or issues a statement noun, with an actor subject and no claim of its own ("X
    announced his win on the radio. "The count puts us ahead ...""): the announcer's words."""
    claimed = _claimed_numbers(quotes, found)
    said = {r.sentence_start for r in found if r.predicate == "claims"}
    out: list[RawRelation] = []
    for n, (q0, q1) in enumerate(quotes.spans):
        k = next((k for k, s in enumerate(sents) if s.start_char <= q0 < s.end_char), 0)
        sent, prev = sents[k], sents[k - 1]
        if n in claimed or k == 0 or sent.start_char != q0 or prev.start_char in said or not _alone([sent], q0, q1):
            continue
        verb = prev.root
        says = cues.is_cue(verb.lemma_.lower(), "claims")
        issues = any(c.dep_ == "dobj" and c.lemma_.lower() in cues.statement_nouns for c in verb.children)
        subjects = [m for c in verb.children if c.dep_ == "nsubj" for m in [actors.resolve(c)] if m is not None]
        inner = [t for t in actors.tokens[sent.start : sent.end] if q0 < t.idx < q1 - 1]
        if (says or issues) and subjects and not _quotes_in(prev) and any(t.pos_ in ("VERB", "AUX") for t in inner):
            out += claims(subjects, inner, sent, verb.text, actors, how="announced-quotation")
    return out


def _quotes_in(sent: Span) -> bool:
    """Whether a sentence holds a quotation mark (its speaker's words are its own)."""
    return any(t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES for t in sent)


def quoted_sentences(
    claims: ClaimMaker,
    reader: PropositionReader,
    quotes: Quotations,
    sents: list[Span],
    found: list[RawRelation],
    actors: ActorIndex,
) -> list[RawRelation]:
    """The claims of the quotations the claims ``found`` lie in (see the module's docstring); ``reader`` cuts
    a quoted sentence into the propositions it states."""
    if not len(quotes):
        return []
    extra = _introduced(claims, quotes, sents, found, actors)
    extra += _announced(claims, reader.cues, quotes, sents, found + extra, actors)
    found = found + extra
    have = {(r.subject, r.content) for r in found if r.predicate == "claims"}
    claimed = _claimed_quotations(quotes, sents, found, actors)
    going_on = {n: r for n, r in _going_on(quotes, found, actors).items() if n not in claimed}
    for n, r in {**claimed, **going_on}.items():
        q0, q1 = quotes.spans[n]
        how = "quotation-goes-on" if n in going_on else "quotation"
        for sent in _sentences(sents, q0, q1):
            if n in going_on and sent.end_char <= q0:
                continue
            if (
                n not in going_on
                and r.content_start < q0
                and (sent.start_char == r.sentence_start or not _after_a_stop(sent))
            ):
                continue  # the claim's own sentence, where the quotation ends its content, or a piece of it
            toks = [
                t
                for t in actors.tokens[sent.start : sent.end]
                if q0 < t.idx < q1 - 1 or (t.idx == q0 and not t.is_punct)
            ]
            if any(t.text == "?" for t in toks[-2:]):
                continue  # a question asks, it claims nothing
            parts = reader.propositions(toks)  # "Y; Z", "Y, and we urge Z": a claim each, when each is a clause
            for part in parts if all(stands_alone(p) for p in parts) else [toks]:
                said = span_text(sent.doc, part) if any(t.pos_ in ("VERB", "AUX") for t in part) else None
                if said and (r.subject, said) not in have and not any(said in c for _, c in have if c):
                    have.add((r.subject, said))
                    extra += claims([r.subject], part, sent, r.cue, actors, how=how)
    return extra
