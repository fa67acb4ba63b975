"""Small dependency-tree helpers shared by the relation components."""

from __future__ import annotations

from spacy.attrs import ORTH, TAG
from spacy.tokens import Doc, Token

from ..resources import Cues
from .modality import conditional_clause, load_hedges

__all__ = [
    "blocked",
    "clause_roots",
    "condition_subjects",
    "conjuncts",
    "negated",
    "pobjs",
    "reported_future",
    "retag_participles",
]

_FINITE = ("VBD", "VBZ", "VBP")


def conjuncts(tok: Token) -> list[Token]:
    """A token and the tokens coordinated after it: "Kyiv and Washington"."""
    return [tok, *[c for c in tok.conjuncts if c.i > tok.i]]


def pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition, with those coordinated after them: "with Kyiv and Warsaw"."""
    return [t for c in prep.children if c.dep_ == "pobj" for t in conjuncts(c)]


def negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def blocked(tok: Token, cues: Cues, *, announced: bool = False) -> bool:
    """Negated, hedged, conditional or not (yet) done: "did not accuse", "may accuse", "if X accuses",
    "refused to accuse", "threatened to attack". With ``announced``, for an act whose announcing is itself the
    relation ("said it would open an inquiry into Y"), the reported future is no hedge (:func:`reported_future`);
    without it "said it would attack Y" stays a threat, no attack."""
    return _negated_or_hedged(tok, cues, announced) or _irrealis_above(tok, cues) or _blocked_above(tok, cues)


# Each token's attributes are read once in the helpers below: a Token and its strings are made anew on every read.


def _negated_or_hedged(tok: Token, cues: Cues, announced: bool) -> bool:
    if tok.dep_ == "conj" and any(
        c.lower_ in ("neither", "nor") for c in tok.head.children if c.dep_ in ("cc", "preconj")
    ):
        return True  # "neither confirmed nor denied": each conjunct negated
    negations, hedges = cues.negations, cues.hedges
    for c in tok.children:
        dep = c.dep_
        if dep == "neg":
            return True
        lower = c.lower_
        if lower in negations and dep in ("advmod", "det", "preconj"):
            return True
        if dep in ("aux", "mark", "advmod") and lower in hedges and not _evidential(c, tok, cues):
            if announced and dep == "aux" and reported_future(tok, c, cues):
                continue
            return True
    return False


def reported_future(verb: Token, aux: Token, cues: Cues) -> bool:
    """Whether the modal ``aux`` of ``verb`` is the future of a reported "will" (the sequence of tenses, Quirk
    et al. 1985, 14.31): "would" in the complement clause of a past-tense verb of saying or announcing ("X
    announced that she would launch an inquiry", "said it would impose sanctions"). Not a conditional ("would
    ... if", "would have"), nor speculation ("Y would probably ...": no reporting verb above it)."""
    h = load_hedges()
    if aux.lower_ not in h.conditional_modals or verb.dep_ != "ccomp" or verb.head.tag_ != "VBD":
        return False
    if not cues.is_cue(verb.head.lemma_.lower(), "claims"):
        return False
    if any(
        c.dep_ == "aux" and c.lower_ in ("have", "'ve") or c.dep_ == "advmod" and c.lower_ in h.adverbs
        for c in verb.children
    ):
        return False  # "would have launched", "would probably launch"
    # "would launch an inquiry if ...", "said, if Y refused, it would ...": a condition on either verb
    return not any(c.dep_ == "advcl" and conditional_clause(c, h) for c in (*verb.children, *verb.head.children))


def _irrealis_above(tok: Token, cues: Cues) -> bool:
    """ "threatened to shell X", "urged X to support Y", "demanded that X withdraw": not done."""
    up = tok
    for _ in range(6):
        dep = up.dep_
        if dep not in ("xcomp", "ccomp", "conj"):
            break
        head = up.head
        if head.i == up.i:
            break
        if dep != "conj" and head.lemma_.lower() in cues.irrealis:
            return True
        if dep == "conj" and up.tag_ in _FINITE and up.tag_ != head.tag_:
            break
        up = head
    return False


def _blocked_above(tok: Token, cues: Cues) -> bool:
    """A negation or a hedge on the verb an infinitive or a conjunct hangs from: "did not try to accuse"."""
    head = tok
    while head.dep_ in ("xcomp", "conj"):
        up = head.head
        if up.i == head.i:
            break
        if head.dep_ == "conj" and head.tag_ in _FINITE and head.tag_ != up.tag_:
            break  # "did not condemn X, but said ...": the second verb has its own tense
        head = up
        for c in head.children:
            dep = c.dep_
            if (
                dep == "neg"
                or dep in ("aux", "mark")
                and c.lower_ in cues.hedges
                and not reported_future(head, c, cues)
            ):
                return True
    return False


def _evidential(adverb: Token, verb: Token, cues: Cues) -> bool:
    """An evidential adverb on a reporting verb ("reportedly said"): the author's source, not a hedge on
    the claim."""
    return adverb.lower_ in cues.evidentials and cues.is_cue(verb.lemma_.lower(), "claims")


def condition_subjects(verb: Token) -> list[Token]:
    """Who a condition is on: "..., unless Israel rescinded it", "if the US goes ahead, ..." (also on the
    infinitive the verb governs: "threatened to strike unless X ...")."""
    heads = [verb, *[c for c in verb.children if c.dep_ == "xcomp"]]
    return [
        s
        for h in heads
        for c in h.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for s in c.children
        if s.dep_ in ("nsubj", "nsubjpass")
    ]


def clause_roots(content: list[Token]) -> list[Token]:
    """The verbs a stretch of text is about: its roots within the stretch and their conjuncts."""
    inside = {t.i for t in content}
    roots = [t for t in content for h in [t.head.i] if h not in inside or h == t.i]  # the head made once
    return [v for r in roots for v in conjuncts(r)]


def retag_participles(doc: Doc, cues: Cues) -> None:
    """Tag as present participles the "-ing" words of statement verbs the tagger took for nouns where only a
    participle fits: set off by a comma after a clause and opening a reported clause or a quotation (", writing,
    "..."", ", writing that ..."). A participle hung on a noun ("affirmed her willingness, writing ...") goes
    to the verb that noun depends on, as a free adjunct of that clause."""
    for i in _noun_after_comma(doc):
        tok = doc[i]
        lemma = _statement_lemma(tok, cues)
        if lemma is None or tok.i == 0 or doc[tok.i - 1].text != "," or not _reports_on(tok):
            continue
        tok.tag_, tok.pos_, tok.lemma_ = "VBG", "VERB", lemma
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if tok.head.pos_ in ("NOUN", "PROPN") and verb is not None:
            tok.head, tok.dep_ = verb, "advcl"


def _noun_after_comma(doc: Doc) -> list[int]:
    """The indices of the tokens tagged NN right after a comma: the only ones :func:`retag_participles` may
    retag, found in the Doc's arrays (making a Token of every word costs more than the pass's own work)."""
    strings = doc.vocab.strings
    if "NN" not in strings or "," not in strings:
        return []
    nn, comma = strings["NN"], strings[","]
    arr = doc.to_array([TAG, ORTH])
    if len(arr) < 2:
        return []
    hits = (arr[1:, 0] == nn) & (arr[:-1, 1] == comma)
    return [int(i) + 1 for i in hits.nonzero()[0]]


def _statement_lemma(tok: Token, cues: Cues) -> str | None:
    """The statement verb an "-ing" word tagged as a noun is a form of ("writing" → "write"), if any."""
    word = tok.lower_
    if tok.tag_ != "NN" or not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    for lemma in (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else ""):
        if any(f.predicate == "claims" and f.content for f in cues.verbs.get(lemma, ())):
            return lemma
    return None


def _reports_on(tok: Token) -> bool:
    """Whether a word opens what is reported: a clause of its own, or a quotation after it (", writing, "...")."""
    if any(c.dep_ == "ccomp" for c in tok.children):
        return True
    after = [t for t in tok.doc[tok.i + 1 : tok.i + 3] if not t.is_space]
    while after and after[0].text in (",", ":"):
        after = after[1:]
    return bool(after) and after[0].is_quote and after[0].is_left_punct
