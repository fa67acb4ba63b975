"""The doer of an act judged: "X criticised the arrests", "the move was condemned by X", "X denounced the
policy of Y". The accused is the actor who did the act (``ANNOTATION.md``: the target of ``accuses`` is
the actor blamed), found in this order, and only when it is an actor:

1. inside the act's phrase (object finder ``act-doer``): its owner ("Y's decision"), its "by" phrase
   ("the proclamation by Y"), its "of" phrase unless the act's "of" names what was acted on ("the
   policy of Y", not "the arrest of Y"), a country adjective or actor compound ("the Israeli raids"), or
   a relative clause whose subject is Y ("the policy Y adopted");
2. for a bare anaphoric act noun ("the move", "this decision", "the arrests"; object finder
   ``act-narrated``), the subject of the clause that narrated that act just before: the nearest verb,
   in the same sentence or the two before it, that the noun nominalises or that its frame shares
   ("Y arrested ..." → "the arrests"; "Y launched ..." → "the operation"), or the same noun as the
   object of a verb anywhere before: the earliest such telling, which introduced the act ("Y issued an
   ultimatum", also announced: "Y said it would open an inquiry"), before a mere owner ("their
   investigations"). The nearest verb's act decides: no actor there, no accusation. When no clause in
   reach tells an act at all, the act of the article's headline ("Y invades X") is the one meant.

The word lists are ``judged_acts`` of ``ontologies/cues.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from ...errors import GraphkitError
from ...resources import ONTOLOGIES, Cues, cues_data, word_list
from ..actors import ActorIndex
from ..syntax import blocked, conjuncts, pobjs
from .arguments import STATEMENTS, phrase_doers
from .coordinated import shifted_object
from .registry import Found, Site, object_finder

__all__ = [
    "Acts",
    "act_lexicon",
    "doers",
    "headline_doers",
    "inner_doers",
    "judged_nouns",
    "load_acts",
    "narrated_doers",
    "patient_of",
    "shifted_objects",
    "subjects_of",
]

#: determiners of a noun that refers back to an act already told ("the move", "these arrests")
_ANAPHORIC = ("the", "this", "that", "these", "those", "such")
#: how many sentences before the judging one the act may have been narrated in by a verb ("Y arrested ...")
_REACH = 2
#: clause heads a narrated act may be: a main clause, a coordinated or subordinate one (not a relative
#: clause, which describes a thing: "airstrikes, which killed ten")
_CLAUSES = ("ROOT", "conj", "ccomp", "advcl", "xcomp", "parataxis")
#: prepositions of time whose gerund tells an event of its own: "released after being detained by Y"
_TIME_PREPS = ("after", "before", "since", "upon", "following")
#: prepositions of a phrasal judging verb's object: "spoke out against the move", "lashed out at the decision"
_AIMED = ("against", "at")


@dataclass(frozen=True)
class Acts:
    """The ``judged_acts`` lists of the cue lexicon."""

    acts: dict[str, frozenset[str]]  # act noun → the verbs that narrate it
    any_act: frozenset[str]  # nouns that stand for any act narrated ("the move")
    patient_of: frozenset[str]  # acts whose "of" is what was acted on ("the arrest of X")
    criticism_nouns: frozenset[str]
    drawing_verbs: frozenset[str]
    concessive_preps: frozenset[str]
    under_nouns: frozenset[str]
    target_nouns: frozenset[str]
    targeted_nouns: frozenset[str]
    agreement_nouns: frozenset[str] = frozenset()  # "the agreement between Y and Z": its parties (parties.py)
    outrage_verbs: frozenset[str] = frozenset()  # "X was appalled by Y's decision" (outrage.py)
    outrage_nouns: frozenset[str] = frozenset()
    outrage_expressing: frozenset[str] = frozenset()  # "X expressed outrage at ..."
    conduct_nouns: frozenset[str] = frozenset()  # "an inquiry into the conduct of Y" (conduct.py)
    derogations: frozenset[str] = frozenset()  # "attacked the inquiry as a sham" (verbal.py)

    @cached_property
    def judging_nouns(self) -> frozenset[str]:
        """Every noun a criticism shape can stand on (criticism, outrage, "under", targeted): a cheap first test."""
        return self.criticism_nouns | self.outrage_nouns | self.under_nouns | self.targeted_nouns

    def is_act(self, tok: Token) -> bool:
        """Whether a noun names an act ("the decision", "the move")."""
        lemma = tok.lemma_.lower()
        return tok.pos_ == "NOUN" and (tok.lower_ in self.acts or lemma in self.acts or lemma in self.any_act)


def _words(data: dict[str, Any], key: str, path: Path) -> frozenset[str]:
    return frozenset(word_list(data.get(key), path, f"judged_acts: {key}"))


@lru_cache(maxsize=8)
def load_acts(path: Path) -> Acts:
    """The ``judged_acts`` key of a cue lexicon file, validated (E030 naming the file)."""
    data = cues_data(path)  # parsed once with load_cues's
    raw = data.get("judged_acts") if isinstance(data, dict) else None
    if raw is None:
        raw = {}
    if not isinstance(raw, dict) or not isinstance(raw.get("acts") or {}, dict):
        raise GraphkitError("E030", path=path, msg="judged_acts: expected a mapping with an 'acts' mapping")
    acts = {noun: _words({noun: verbs}, noun, path) for noun, verbs in (raw.get("acts") or {}).items()}
    return Acts(acts, **{f.name: _words(raw, f.name, path) for f in fields(Acts) if f.name != "acts"})


def act_lexicon(cues: Cues) -> Acts:
    """The act lists of the file ``cues`` was read from."""
    return load_acts(cues.path or ONTOLOGIES / "cues.yaml")


def judged_nouns(tok: Token) -> list[Token]:
    """The nouns a judging verb has as its object: its direct object, its "against"/"at" object, its passive
    subject, or the noun its relative clause or reduced passive modifies ("a policy X criticised", "the move,
    condemned by X, ...")."""
    out = [t for c in tok.children if c.dep_ == "dobj" for t in conjuncts(c)]
    out += [t for c in tok.children if c.dep_ == "prep" and c.lower_ in _AIMED for t in pobjs(c)]
    if any(c.dep_ == "auxpass" for c in tok.children):
        out += [t for c in tok.children if c.dep_ == "nsubjpass" for t in conjuncts(c)]
    reduced = tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)
    if _relative_object(tok) or reduced:
        out += _antecedents(tok.head)
    return [t for t in out if t.pos_ == "NOUN"]


def _relative_object(tok: Token) -> bool:
    """A relative clause whose pronoun is the verb's object ("a policy which X criticised"), also when the
    parser made the pronoun a second subject beside the real one ("a policy which, by all accounts, X
    criticised": two subjects, the first of them relative)."""
    if tok.dep_ != "relcl":
        return False
    wh = [c for c in tok.children if c.tag_ in ("WDT", "WP")]
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    return any(c.dep_ == "dobj" for c in wh) or len(subjects) > 1 and subjects[0] in wh


def _antecedents(noun: Token) -> list[Token]:
    """The nouns a relative clause may refer back to: the one it is attached to, and the act noun whose
    gerund phrase that noun ends ("a policy of turning away ships, which X criticised": the parser hangs the
    clause on the nearest noun; what is criticised may be the policy)."""
    gerund = noun.head
    if noun.dep_ in ("dobj", "pobj") and gerund.tag_ == "VBG" and gerund.dep_ == "pcomp" and gerund.head.lower_ == "of":
        return [noun, gerund.head.head] if gerund.head.head.pos_ == "NOUN" else [noun]
    return [noun]


def subjects_of(verb: Token) -> list[Token]:
    """Who did what a verb narrates: its subject, the agent of a passive, or the subject a coordinated or
    infinitive verb shares with its head ("Y met X and arrested ..."; "Y decided to close ..."), or a gerund
    after a preposition of time with the verb it modifies ("Y freed them after detaining them")."""
    for _ in range(4):
        if any(c.dep_ == "auxpass" for c in verb.children):
            return [t for c in verb.children if c.dep_ == "agent" for t in pobjs(c)]
        found = [t for c in verb.children if c.dep_ == "nsubj" for t in conjuncts(c)]
        if not found and verb.dep_ == "pcomp" and verb.head.lower_ in _TIME_PREPS:
            verb = verb.head.head  # "Y freed them after detaining them for a week": Y
            continue
        if found or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return found
        verb = verb.head
    return []


def patient_of(noun: Token, cues: Cues) -> bool:
    """Whether an act's "of" names what was acted on: "the arrest of X", "the closure of the border"."""
    acts = act_lexicon(cues)
    return noun.lower_ in acts.patient_of or noun.lemma_.lower() in acts.patient_of


def inner_doers(noun: Token, acts: Acts, cue: Token | None = None) -> list[Token]:
    """The doer inside an act's phrase: the noun itself for its owner or country adjective (read by
    :func:`~graphkit.nlp.relations.arguments.whom`), its "by" or agentive "of", a passive participle's
    agent ("the decision taken by Y"), a relative clause's subject ("the policy Y adopted"); never the
    judging clause ``cue`` itself."""
    patient = noun.lower_ in acts.patient_of or noun.lemma_.lower() in acts.patient_of
    return [noun, *phrase_doers(noun, of=not patient, relative=True, skip=cue)]


def _anaphoric(noun: Token) -> bool:
    """ "the move", "these arrests", "the decision to close the border": an act told before, not "a move"."""
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    return bool(dets) and all(d in _ANAPHORIC for d in dets)


def _describes(tok: Token) -> bool:
    """Whether a verb sits in a relative clause or has a relative pronoun for its subject ("raids, which
    they say killed ten"), or is an "as" clause: it describes a thing, it does not narrate an act."""
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return True  # "as quoted by X", "as expected": a clause of source or comparison, no act
    return any(a.dep_ in ("relcl", "acl") for a in (tok, *tok.ancestors)) or any(
        s.tag_ in ("WDT", "WP") for s in subjects_of(tok)
    )


def _narrates(tok: Token, noun: Token, acts: Acts, cues: Cues) -> bool:
    """Whether a verb tells the act ``noun`` refers to: a verb of the noun's list, or for "the move" any
    act but speaking and judging ("issued a statement" is speaking)."""
    clause = tok.dep_ in _CLAUSES or tok.dep_ == "pcomp" and tok.head.lower_ in _TIME_PREPS
    if tok.pos_ != "VERB" or not clause or blocked(tok, cues) or _describes(tok):
        return False
    lemma = tok.lemma_.lower()
    verbs = acts.acts.get(noun.lower_) or acts.acts.get(noun.lemma_.lower())
    if verbs is not None:
        return lemma in verbs
    said = any(
        c.dep_ == "dobj" and (c.lower_ in cues.statement_nouns or c.lower_ in cues.claim_nouns) for c in tok.children
    )
    return not cues.is_cue(lemma, *STATEMENTS) and lemma not in ("be", "have") and not said


def _retold(tok: Token) -> bool:
    """ "Y issued an ultimatum ... the ultimatum", "Y began an offensive ... the operation": a noun (whose
    lemma the caller has found to be the act noun's or one of its frame's), the object of a verb or owned."""
    return tok.pos_ == "NOUN" and (tok.dep_ in ("dobj", "nsubjpass") or any(c.dep_ == "poss" for c in tok.children))


def _does(verb: Token, cues: Cues) -> bool:
    """Whether a verb whose object is an act noun tells it done: not spoken of ("X maintained an inquiry is
    under way"), not negated or hedged ("Y would open an inquiry")."""
    said = cues.is_cue(verb.lemma_.lower(), *STATEMENTS)
    return verb.pos_ == "VERB" and not said and not blocked(verb, cues, announced=True)  # "said it would open"


def narrated_doers(noun: Token, cue: Token, actors: ActorIndex, acts: Acts, cues: Cues) -> list[Token]:
    """The doer of the act an anaphoric noun refers to: the subject of the nearest clause before the
    judging one that narrates that act, or the verb whose object the noun itself is ("Y maintained a
    policy which X criticised"); none when the nearest act has no subject."""
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.i != cue.i and not blocked(noun.head, cues):
        return subjects_of(noun.head)
    if not _anaphoric(noun):
        return []
    doc, sent_of, toks, lemmas = cue.doc, actors.sent_of, actors.tokens, actors.lemmas
    near = actors.sents[max(sent_of[cue.i] - _REACH, 0)].start
    owned: list[Token] = []  # "their investigations": an owner, when no verb tells who did the act
    introduced: list[Token] = []  # who did it in the earliest telling ("Y launched an inquiry")
    lemma = noun.lemma_.lower()  # the act noun's lemma and its frame's, looked up before any token is read
    same = {lemma, *acts.acts.get(noun.lower_, acts.acts.get(lemma, frozenset()))}
    for i in range(min(cue.left_edge.i, noun.i) - 1, -1, -1):  # however far back the article introduced it
        if not introduced and i >= near and _narrates(toks[i], noun, acts, cues):
            return subjects_of(toks[i])
        if lemmas[i] in same and _retold(toks[i]):
            tok = toks[i]
            found = subjects_of(tok.head) if _does(tok.head, cues) else []
            introduced = found if any(actors.resolve(t) is not None for t in found) else introduced
            owned = owned or [c for c in tok.children if c.dep_ == "poss" and actors.resolve(c) is not None]
    if introduced or owned:
        return introduced or owned
    # the words between the noun and the judging clause, unseen by the loop, may tell the act (with no doer)
    told = doc[max(near, min(cue.left_edge.i, noun.i)) : cue.left_edge.i]
    return [] if any(_narrates(t, noun, acts, cues) for t in told) else headline_doers(noun, actors, acts, cues)


def headline_doers(noun: Token, actors: ActorIndex, acts: Acts, cues: Cues) -> list[Token]:
    """The doer of the act the article is about, for an anaphoric act noun no nearer clause tells: the
    subject of its headline's verb when that verb narrates the act ("Y invades X" ... "the operation was
    condemned"). A headline is the first line, without a full stop, followed by a line break."""
    head = actors.sents[0]
    if actors.sent_of[noun.i] == 0 or not _is_headline(head):
        return []
    verbs = [t for t in head if t.dep_ in ("ROOT", "conj") and _narrates(t, noun, acts, cues)]
    if not verbs:
        return []
    # headlinese ("Turkey invades Syria") can leave the parser without a subject: the name before the verb
    before = [c for c in verbs[0].children if c.i < verbs[0].i and c.pos_ == "PROPN" and c.dep_ == "compound"]
    return subjects_of(verbs[0]) or before


def _is_headline(sent: Span) -> bool:
    """A first sentence that is a title: no closing full stop, a line break right after it."""
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text in (".", "!", "?"):
        return False
    end = words[-1].idx + len(words[-1].text)
    return sent.doc.text[end : end + 1] == "\n"


def doers(noun: Token, cue: Token, actors: ActorIndex, cues: Cues) -> list[Token]:
    """The tokens that name the doer of the act ``noun``: inside its phrase, else narrated before."""
    acts = act_lexicon(cues)
    if not acts.is_act(noun):
        return []
    inner = [t for t in inner_doers(noun, acts, cue) if t.i != noun.i or actors.anchor(t, places=False, depth=0)]
    return inner or narrated_doers(noun, cue, actors, acts, cues)


@object_finder("act-doer")  # the doer inside the act judged: "condemned the act of Y", "a policy Y adopted"
def act_doer(site: Site, _: str) -> Found:
    acts = act_lexicon(site.cues)
    nouns = [n for n in judged_nouns(site.tok) if acts.is_act(n)]
    # "decried the proclamation of X by Y": the parser may hang the act's "by" on the verb, or on the noun
    # of its "as" complement ("attacked the recognition of X as Z by Y")
    by = [t for p in _by_phrases(site.tok) for t in pobjs(p)] if nouns else []
    return [t for n in nouns for t in inner_doers(n, acts, site.tok)] + by


def _by_phrases(verb: Token) -> list[Token]:
    """The "by" phrases on a judging verb, or on the object of its "as" ("as Greek territory by Y")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    nouns = [t for p in preps if p.lower_ == "as" for t in pobjs(p)]
    return [p for p in preps if p.lower_ == "by"] + [
        c for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "by"
    ]


@object_finder("shifted-object")  # "denounced as a crime Y's treatment of X": the object after the "as" phrase
def shifted_objects(site: Site, _: str) -> Found:
    """A heavy object moved after the verb's "as" phrase ("condemned as a provocation Y's visit"): the shape
    is read by :func:`.coordinated.shifted_object` (the ``dobj`` finder's fallback too); here also a second
    object the parser gave the "as" phrase itself. Only when the verb has no direct object of its own."""
    if any(c.dep_ == "dobj" for c in site.tok.children):
        return []
    second = [
        t
        for p in site.tok.children
        if p.dep_ == "prep" and p.lower_ == "as"
        for t in [c for c in p.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")][1:]
    ]
    return shifted_object(site.tok) + second


@object_finder("act-narrated")  # the doer of the act told before: "Y arrested ... X criticised the arrests"
def act_narrated(site: Site, _: str) -> Found:
    acts = act_lexicon(site.cues)
    nouns = [n for n in judged_nouns(site.tok) if acts.is_act(n)]
    return narrated_doers(nouns[0], site.tok, site.actors, acts, site.cues) if nouns else []
