"""The cue lexicon's types: ``CueFrame`` (one way a cue word signals a relation) and ``Cues`` (the whole
lexicon of ``ontologies/cues.yaml``), with the tables that say which keys a frame may have and where the file
keeps each word set. ``resources.load_cues`` reads and validates the file into them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cached_property
from pathlib import Path
from typing import Literal

__all__ = ["FRAME_KEYS", "OBJECT_REFS", "WORD_KEYS", "CueFrame", "Cues"]

_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CueFrame:
    """One way a cue word signals a relation (a frame of ``cues.yaml``), typed and validated once.

    A verb frame says where the relation's arguments are and what the cue's context must (not) hold;
    a noun frame (``nouns:`` in the file) has a predicate, a lemma and its ``obj`` words only.
    """

    predicate: str
    lemma: str
    #: where the object actor is, in order of preference: ``dobj``, ``prep:with``, ... (verbs); the
    #: prepositions (or "that") that mark it (nouns)
    obj: tuple[str, ...] = ("dobj",)
    content: bool = False  # the cue introduces a proposition ("said that ...")
    claim: bool = False  # the cue also gives a ``claims`` relation for its content
    xcomp: bool = False  # the content is what follows the verb: "called that account fake"
    quotation: bool = False  # the content must be a quotation: '"...," she continued' (not "continued to ...")
    predicative: bool = False  # the content is the object and its "as" phrase: "denounced X as Y"
    requires_xcomp: bool = False
    requires_claim_noun: bool = False
    forbids_claim_noun: bool = False
    passive_subject: bool = False  # the passive subject is the actor: "Israel is opposed to ..."
    forces_only: bool = False  # the subject must be armed forces: "troops crossed into X"
    particle: str | None = None  # "point out", "call on"
    object_ref: Literal["direct", "owned"] | None = None  # the actor itself, or a thing of the actor's only
    requires_word: frozenset[str] = frozenset()
    forbids_word: frozenset[str] = frozenset()
    requires_prep: frozenset[str] = frozenset()
    forbids_prep: frozenset[str] = frozenset()
    requires_object_type: frozenset[str] = frozenset()
    forbids_object_type: frozenset[str] = frozenset()
    requires_subject_type: frozenset[str] = frozenset()
    forbids_dobj: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Cues:
    """The cue lexicon: lemma → predicate with its argument frame, and actor head nouns."""

    verbs: dict[str, tuple[CueFrame, ...]]  # lemma → its frames
    source_phrases: tuple[str, ...]
    negations: frozenset[str]
    hedges: frozenset[str]
    irrealis: frozenset[str]
    org_nouns: frozenset[str]
    group_nouns: frozenset[str]
    person_nouns: frozenset[str]
    pronouns: dict[str, tuple[str, ...]]
    claim_nouns: frozenset[str]
    stance_nouns: frozenset[str]
    title_words: frozenset[str]
    leader_nouns: frozenset[str]
    government_nouns: frozenset[str]
    party_nouns: frozenset[str]
    affiliation_words: frozenset[str]
    blame_words: frozenset[str]
    harm_nouns: frozenset[str]
    force_nouns: frozenset[str]
    nouns: dict[str, CueFrame]  # event noun lemma → its frame
    light_verbs: frozenset[str]
    demand_modals: frozenset[str]
    threat_modals: frozenset[str]
    threat_verbs: frozenset[str]
    threat_preps: frozenset[str]
    wrong_nouns: frozenset[str]
    wrong_verbs: frozenset[str]
    wrong_adjectives: frozenset[str]
    countering_verbs: frozenset[str]
    falsity_words: frozenset[str]
    rejection_words: frozenset[str]
    denial_verbs: frozenset[str]
    evidence_nouns: frozenset[str]
    refusal_verbs: frozenset[str]
    path: Path | None = None  # the file it was read from, for errors found later (at start-up)
    statement_nouns: frozenset[str] = frozenset()  # "issued a statement saying ...": its issuer says it
    #: verbs whose noun clause, gerund or infinitive is a claim's content, by kind (``content_verbs`` of cues.yaml)
    content_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    view_nouns: frozenset[str] = frozenset()  # "in X's view, Y": X claims Y
    recipient_verbs: frozenset[str] = frozenset()  # "faced attacks from X": X attacks the subject
    evidentials: frozenset[str] = frozenset()  # "reportedly said": the author's source, no hedge on a claim
    harmed_verbs: frozenset[str] = frozenset()  # "Y were killed in an attack by X": X attacks Y
    demanding_threats: frozenset[str] = frozenset()  # "issued an ultimatum to X": X is threatened and asked
    unrealised: frozenset[str] = frozenset()  # "a possible attack by X on Y": no attack (yet)
    media_nouns: frozenset[str] = frozenset()  # "the network": the news outlet named before
    follower_nouns: frozenset[str] = frozenset()  # "Trump's supporters": a group of their own
    membership_nouns: frozenset[str] = frozenset()  # "EU member states", "members of NATO": a group of their own
    assembly_nouns: frozenset[str] = frozenset()  # "the summit denounced X": the gathering acts as one
    name_particles: frozenset[str] = frozenset()  # "Juan dela Cruz", "Mohammed bin Rashid": one person's name
    name_prepositions: frozenset[str] = frozenset()  # "Council for Peace and Order": inside a body's name
    local_government_words: frozenset[str] = frozenset()  # "the Dublin City Council": a town's body
    name_nouns: frozenset[str] = frozenset()  # "using the pseudonym X": the noun a name hangs on
    unfired_verbs: frozenset[str] = frozenset()  # "held fire", "approved the attacks": no attack of the subject's
    press_report_nouns: frozenset[str] = frozenset()  # "denied reports that Y": nobody's statement told before

    @cached_property
    def cue_predicates(self) -> dict[str, frozenset[str]]:
        """Verb lemma → the predicates of its frames: which relations a verb may signal, looked up once."""
        return {lemma: frozenset(f.predicate for f in frames) for lemma, frames in self.verbs.items()}

    @cached_property
    def body_nouns(self) -> frozenset[str]:
        """The nouns of a body or a group ("ministry", "party"): a name holding one names no person."""
        return self.org_nouns | self.group_nouns

    @cached_property
    def state_body_nouns(self) -> frozenset[str]:
        """The nouns that name a state's body alone ("the government", "the army"): the government nouns and
        the armed forces' nouns that name a body."""
        return self.government_nouns | (self.force_nouns & self.org_nouns)

    @cached_property
    def description_nouns(self) -> frozenset[str]:
        """The head nouns of a description that stands for an actor: "the ministry", "a U.S. official",
        "the network"."""
        return self.org_nouns | self.group_nouns | self.person_nouns | self.media_nouns

    @cached_property
    def described_words(self) -> frozenset[str]:
        """The nouns an actor description is looked for at: its head nouns and the nouns of a group of
        members ("EU member states") or of a gathering ("the summit")."""
        return self.description_nouns | self.membership_nouns | self.assembly_nouns

    def is_cue(self, lemma: str, *predicates: str) -> bool:
        """Whether the verb ``lemma`` (in lower case) has a frame of one of ``predicates``: a claim cue
        ("said"), an accusation cue ("accused"), ...

        >>> cues = Cues(**{f.name: frozenset() for f in fields(Cues) if f.type == "frozenset[str]"},
        ...     verbs={"say": (CueFrame("claims", "say"),)}, source_phrases=(), pronouns={}, nouns={})
        >>> cues.is_cue("say", "claims"), cues.is_cue("say", "accuses", "denies"), cues.is_cue("walk", "claims")
        (True, False, False)
        """
        return not self.cue_predicates.get(lemma, _NONE).isdisjoint(predicates)


#: What a verb frame in cues.yaml may say: the ``CueFrame`` fields but its predicate, each value of the kind
#: of the field's default (a flag, words in order of preference, a set of words) or else a word.
FRAME_KEYS: dict[str, type] = {
    f.name: type(f.default) if isinstance(f.default, (bool, tuple, frozenset)) else str
    for f in fields(CueFrame)
    if f.name != "predicate"
}
OBJECT_REFS = ("direct", "owned")
_ACTS = "stated_acts"
#: Where cues.yaml keeps each word set of ``Cues`` whose key is not the field's own name at the top level:
#: (section, key).
WORD_KEYS: dict[str, tuple[str, str]] = {
    "org_nouns": ("actor_nouns", "Organization"),
    "group_nouns": ("actor_nouns", "Group"),
    "person_nouns": ("actor_nouns", "Person"),
    "wrong_nouns": (_ACTS, "wrongdoing_nouns"),
    "wrong_verbs": (_ACTS, "wrongdoing_verbs"),
    "wrong_adjectives": (_ACTS, "wrongdoing_adjectives"),
    "unrealised": ("", "unrealised_modifiers"),
    **{
        name: (_ACTS, name)
        for name in (
            "demand_modals threat_modals threat_verbs threat_preps countering_verbs falsity_words"
            " rejection_words denial_verbs evidence_nouns refusal_verbs"
        ).split()
    },
}
