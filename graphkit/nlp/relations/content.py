"""What a claim says: the proposition a cue verb reports, found in one of several shapes.

Each shape is a named pattern of dependency and word order (the model is textacy's
``extract.triples``), tried in this order; the first that applies decides:

- ``previous-sentence``: a passive cue with a demonstrative subject, "This was written by X": the
  sentence before;
- ``opening-quotation``: a cue right before a quotation (or its own modifiers between them): '..., saying,
  "Y"', 'X stated: "Y"', 'X said on Twitter, "Y"', 'X told reporters: "Y"': the quotation, as far as it
  goes in the sentence (the words quoted are the content, whatever clause of it the parser made the
  cue's complement: '..., saying, "Whenever we tried, it failed"'); and a quotation the cue interrupts, both
  its pieces ('"Y1," X said, "Y2"');
- ``complement-clause``: the clausal complement, "X said (that) Y", "X told reporters Y" (not across a
  semicolon; a subjectless finite complement right after the cue's object takes it as subject);
- ``noun-clause``: the "that" clause of a statement or stance noun the cue takes as object, "X denied reports
  that Y", "X expressed the view that Y";
- ``gerund``: the "-ing" clause of a verb that affirms or denies, "X denied ordering the raid";
- ``infinitive``: the to-infinitive of a commitment or a claimed state, "X promised to hold elections", "X
  claimed (them) to be Y" (``content_verbs`` of cues.yaml);
- ``intention``: a noun of intention and its to-infinitive, "X announced its intention to Y" (cues.yaml);
- ``object-clause``: a that-less clause the parser split into the cue's object and a verb conjoined to
  the cue, "X maintained [an inquiry] [is under way]": the object and that verb's clause;
- ``as-clause``: a cue in an adverbial clause marked "as", "As X noted, Y", "Y, as X said": the
  clause it modifies;
- ``parenthetical``: a cue set off by punctuation inside the clause it reports, "Y1, X said, Y2":
  that clause without the cue;
- ``what-follows``: for frames that take it, "called that account fake", "accused X of Y"; a passive "as"
  predicate with its agent, the clause without the agent ("Y was described as Z by X");
- ``before-the-cue``: a post-posed cue, "Y – wrote X", "Y, X said": the clause it hangs from; after a
  quotation, with its subject after it ('"Whenever we try," wrote X'): the quotation, whatever its parse;
- ``after-colon``: "X said: Y" and "X said;", or "X said:" and the next sentence.

Where a reported clause ends, and how it is cut into propositions: :mod:`.propositions`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ...resources import CueFrame
from .clauses import (
    adjective_phrase_end,
    adverbial,
    after_punct,
    before_punct,
    inserted,
    intention_object,
    interrupted_quotation,
    inverted_condition,
    last_word,
    post_posed,
    quotation_before,
    relative_pronoun,
    self_designation,
    semicolon_between,
    statement_after,
    statement_clause,
    takes_object_before,
    that_mark,
    to_infinitive,
    verbs,
    wh_clause,
    with_subject,
    without,
)
from .propositions import PropositionReader
from .subjects import CLOSE_QUOTES, OPEN_QUOTES, inverted, quoting_participle

__all__ = ["SHAPES", "ContentReader", "span_text", "trim"]

#: what may stand between a cue and the quotation it opens: 'said on Twitter, "Y"', 'told reporters: "Y"'
_CUE_MODIFIERS = ("prep", "npadvmod", "advmod", "dative", "dobj")

#: the sentences before and after the cue's
Around = tuple[Span | None, Span | None]
#: a shape of content: (reader, cue, frame, around) → the content's tokens, or None when the shape
#: does not apply (an empty list: it applies, and finds nothing)
Shape = Callable[["ContentReader", Token, CueFrame, Around], list[Token] | None]
#: the shapes by name, in the order they are tried
SHAPES: dict[str, Shape] = {}


def _shape(name: str) -> Callable[[Shape], Shape]:
    def register(func: Shape) -> Shape:
        SHAPES[name] = func
        return func

    return register


def trim(toks: list[Token]) -> list[Token]:
    """A token run without leading "that", quotes, spaces and edge punctuation (not the "[" of an editor's
    insertion, "[The] union"), nor the relative pronoun of a relative clause ("the strike, which the army said
    killed ten" reports "killed ten")."""
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[0].is_punct and not inserted(toks) or toks[0].is_space or that_mark(toks[0])):
        toks = toks[1:]
    if toks and relative_pronoun(toks[0]):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    return toks


def span_text(doc: Doc, toks: list[Token] | None, *, words: int = 2) -> str | None:
    """Text of a contiguous token run, trimmed; None for less than ``words`` words (a claim's content is a
    proposition; a deed claimed, "claimed responsibility", may be one word)."""
    toks = trim(toks or [])
    if not toks:
        return None
    text = " ".join(doc[a:b].text.strip(" ,") for a, b in _runs(toks))  # "Y1, X said, Y2": Y1 Y2
    text = text.strip().strip("\"'\u201c\u201d\u2018\u2019 ")
    for mark in ('"', "\u201c", "\u201d"):  # a quotation mark left alone by the cut: 'the talks "a failure'
        if text.count(mark) == 1 and text.count("\u201c") + text.count("\u201d") + text.count('"') == 1:
            text = text.replace(mark, "").replace("  ", " ")
    return text if len(text.split()) >= words else None


def _runs(toks: list[Token]) -> list[tuple[int, int]]:
    """The contiguous stretches of a sorted token list, as (start, end) offsets; a gap of punctuation
    and spaces only does not break a stretch."""
    runs: list[tuple[int, int]] = []
    for t in toks:
        doc = t.doc
        if runs and all(doc[j].is_punct or doc[j].is_space for j in range(runs[-1][1], t.i)):
            runs[-1] = (runs[-1][0], t.i + 1)
        else:
            runs.append((t.i, t.i + 1))
    return runs


class ContentReader(PropositionReader):
    """The content of a cue verb's claim (see the module's docstring); its propositions are cut by
    :class:`~graphkit.nlp.relations.propositions.PropositionReader`."""

    def __call__(self, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
        return self.read(tok, frame, around)[1]

    def read(self, tok: Token, frame: CueFrame, around: Around) -> tuple[str | None, list[Token] | None]:
        """The name of the shape that applies, and the content it finds (None, None: no shape)."""
        for name, read in SHAPES.items():
            toks = read(self, tok, frame, around)
            if toks is not None:
                return name, [] if frame.xcomp and self_designation(toks) else toks
        return None, None


@_shape("claimed-object")  # "claimed responsibility for the attack": the thing claimed, the frame's word
def _claimed_object(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    if not frame.requires_word or frame.predicate != "claims":
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in frame.requires_word), None)
    return [] if obj is None else list(obj.subtree)


@_shape("previous-sentence")  # "This was written by X": the sentence before
def _previous_sentence(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    prev = around[0]
    if (
        prev is not None
        and any(c.dep_ == "agent" for c in tok.children)
        and any(c.dep_ == "nsubjpass" and c.lower_ in ("this", "that", "it") for c in tok.children)
    ):
        return list(prev)
    return None


@_shape("opening-quotation")  # '..., saying, "Y"': the quotation the cue opens
def _opening_quotation(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    after = [t for t in tok.doc[tok.i + 1 : tok.sent.end] if not t.is_space]
    skipped = []
    while after:  # the cue's own modifiers: 'said on Twitter, "Y"', 'told NBC News "Y"'
        mod = next((c for c in tok.rights if c.left_edge.i == after[0].i and c.dep_ in _CUE_MODIFIERS), None)
        if mod is None:
            break
        skipped.append(mod.dep_)
        after = [t for t in after if t.i > mod.right_edge.i]
    while after and after[0].text in (",", ":"):
        after = after[1:]
    before = any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children)  # '"Y," X said, "Z"': Y first
    if not after or after[0].text not in OPEN_QUOTES or not frame.content:
        return None
    inner = after[1:]
    end = next((k for k, t in enumerate(inner) if t.text in CLOSE_QUOTES), len(inner))
    quoted = inner[:end]
    first = interrupted_quotation(tok)  # '"Y," X said, "Z."': the quotation the cue interrupts, both its pieces
    if first and quoted and quoted[-1].text != "?":
        return first + quoted
    if post_posed(tok) or before:
        return None  # '"Y," X said': before-the-cue
    if quoted and quoted[-1].text == "?":  # a question claims nothing; the quotation may go on with a statement
        return statement_after(around[1]) if end == len(inner) else []
    if "dobj" in skipped and not any(t.pos_ in ("VERB", "AUX") for t in quoted):
        return None  # 'declared itself "an outlaw nation"': the quotation completes the object
    return quoted or None


@_shape("complement-clause")  # the clausal complement: "X said (that) Y"
def _complement_clause(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    # not a clause across a semicolon: "A said Y; B reported Z" (the parser may hang "A said Y" on "reported")
    comps = [
        c
        for c in tok.children
        if c.dep_ == "ccomp" and not semicolon_between(c, tok) and not adverbial(c) and not wh_clause(c, tok)
    ]
    if comps and quoting_participle(comps[0], reader.cues):  # "noted his doubts saying, "..."": the
        return []  # participle's quotation is its own claim, and the cue's object ("his doubts") is none
    return with_subject(tok, comps[0], reader.proposition(comps[0]) + inverted_condition(comps)) if comps else None


@_shape("noun-clause")  # "denied reports that Y", "confirmed claims that Y": the "that" clause of a statement noun
def _noun_clause(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    lemma, cues = tok.lemma_.lower(), reader.cues
    expressing = lemma in verbs(cues, "expressing")
    if not expressing and lemma not in verbs(cues, "affirm"):
        return None  # "expressed the view that Y" (a stance noun), "denied reports that Y" (a statement noun)
    clause = statement_clause(tok, cues.claim_nouns | (cues.stance_nouns if expressing else frozenset()))
    return None if clause is None else with_subject(tok, clause, reader.proposition(clause))


@_shape("gerund")  # "denied ordering the raid", "admitted misleading the court": the act affirmed or denied
def _gerund(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    if tok.lemma_.lower() not in verbs(reader.cues, "affirm"):
        return None
    act = next((c for c in tok.rights if c.dep_ in ("xcomp", "dobj", "ccomp", "pcomp") and c.tag_ == "VBG"), None)
    return None if act is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children) else list(act.subtree)


@_shape("infinitive")  # "promised to hold elections", "claimed to represent X", "claimed them to be Y"
def _infinitive(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    lemma, cues = tok.lemma_.lower(), reader.cues
    raising = lemma in verbs(cues, "raising")
    if frame.xcomp or frame.predicate != "claims" or not (raising or lemma in verbs(cues, "commissive")):
        return None
    inf = to_infinitive(tok)
    if inf is None:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.right_edge.i + 1 == inf.left_edge.i), None)
    if obj is not None and raising:
        return [*obj.subtree, *inf.subtree]  # "claimed them to be mercenaries"
    return list(inf.subtree)


@_shape("intention")  # "announced its intention to disarm X", "affirmed her willingness to serve": the intention
def _intention(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    if frame.xcomp or frame.predicate != "claims":
        return None
    obj = intention_object(tok, verbs(reader.cues, "intention"))
    return None if obj is None else list(obj.subtree)


@_shape("object-clause")  # "X maintained [the inquiry] [is under way]": a that-less clause parsed as object + verb
def _object_clause(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    if frame.xcomp or frame.predicate != "claims":
        return None
    verb = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(c.dep_ == "cc" and c.i < verb.i for c in tok.children):
        return None  # "said the plan and left": a coordinated verb of the source's own
    own = reader.proposition(verb)
    toks = with_subject(tok, verb, own)
    return toks if len(toks) > len(own) else None  # only with the object as the clause's subject


@_shape("as-clause")  # "As X noted, Y", "Y, as X said": the clause the "as" clause modifies
def _as_clause(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    if (
        tok.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        and not any(c.dep_ in ("dobj", "ccomp") for c in tok.children)  # "As X announced the plan, ...": time
    ):
        return without(tok.head, tok)
    return None


@_shape("parenthetical")  # "The talks, X said, had failed": the clause around the cue, without it
def _parenthetical(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    clause = tok.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:  # "The plan, X said, is dead"
        clause = clause.head  # hung from the subject noun: the clause of that noun
    if tok.dep_ == "parataxis" and clause.i > tok.i and after_punct(tok) and before_punct(tok):
        toks = without(clause, tok)
        stops = [t.i for t in toks if t.i < tok.i and t.text in (";", ":")]  # "A suggested B; C, they say, D"
        return [t for t in toks if not stops or t.i > stops[-1]]
    return None


@_shape("what-follows")  # "called that account fake", "described X as Y", "accused X of Y": what follows the verb
def _what_follows(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    if not (frame.xcomp or frame.predicate == "accuses"):
        return None
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if any(c.dep_ == "nsubjpass" for c in tok.children):  # "in what was called a surge": by nobody the text says
        if agent is None:
            return []
        if any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):  # "Y was viewed as Z by X"
            return [t for t in tok.subtree if not agent.left_edge.i <= t.i <= agent.right_edge.i]
    rights = [
        c
        for c in tok.rights
        if c.dep_ in ("dobj", "oprd", "xcomp", "acomp", "ccomp", "prep")
        and not (c.dep_ == "prep" and c.lower_ not in ("as", "of", "for", "over"))
    ]
    has_complement = any(c.dep_ in ("oprd", "xcomp", "acomp") or c.dep_ == "prep" for c in rights) or any(
        c.dep_ == "dobj"
        and (
            last_word(c).pos_ == "ADJ"  # "called X's claims unacceptable"
            or any(g.pos_ == "ADJ" and g.i > c.i and g.dep_ in ("amod", "acl") for g in c.children)  # "... X unlawful
            # in form": an adjective after its noun is a predicate, whatever phrase it takes
            or any(g.dep_ == "prep" and g.lower_ == "as" for g in c.children)
        )
        for c in rights
    )  # "characterized the sanctions as warfare", "as" parsed under the object
    # "called the strike a grave escalation": the small clause parsed as two direct objects
    has_complement = has_complement or sum(c.dep_ == "dobj" for c in rights) >= 2
    if not rights:
        return None  # nothing follows: another shape ('"...," declared X')
    if not has_complement:
        return []  # this shape, and nothing in it
    toks = [t for c in rights for t in c.subtree]
    return list(tok.doc[min(t.i for t in toks) : adjective_phrase_end(tok, max(t.i for t in toks)) + 1])


@_shape("before-the-cue")  # a post-posed cue: "Y – wrote X", "Y, X said": the clause it hangs from, before it
def _before_the_cue(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    if post_posed(tok):
        own = {t.i for t in tok.subtree}
        return [t for t in tok.head.subtree if t.i not in own and t.i < tok.i]
    if inverted(tok) and frame.content:  # '"Whenever we try," wrote X': the quotation, whatever its parse
        return quotation_before(tok)
    return None


@_shape("after-colon")  # "X said: Y" and "X said;", or "X said:" and the next sentence
def _after_colon(reader: ContentReader, tok: Token, frame: CueFrame, around: Around) -> list[Token] | None:
    after = [t for t in tok.doc[tok.i + 1 : tok.sent.end] if not t.is_space]
    colon = next((t for t in after if t.text in (":", ";")), None)
    if colon is None or colon.text == ";" and takes_object_before(tok, colon):
        return None  # "X said Y, and Z; B reported W": a semicolon after the cue's own object ends its clause
    if not all(
        t.head.i == tok.i or t.i > colon.i or tok.i in [a.i for a in t.ancestors] for t in after if t.i < colon.i
    ):
        return None
    rest = [t for t in after if t.i > colon.i]
    nxt = around[1]
    return rest if span_text(tok.doc, rest) else (list(nxt) if nxt is not None else None)
