"""Typed records that travel between the stages: ingest → extract → resolve → outputs.

All are small, frozen and picklable, so worker processes can send them back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

__all__ = [
    "ACTOR_TYPES",
    "POLARITIES",
    "PREDICATES",
    "Actor",
    "Article",
    "Graphed",
    "Evidence",
    "MODALITIES",
    "Failure",
    "Mention",
    "Relation",
    "Skipped",
]

#: The relation types of ANNOTATION.md; the ontology names the same set (checked by a test).
PREDICATES = ("claims", "accuses", "denies", "threatens", "attacks", "supports", "rejects", "meets", "demands")
ACTOR_TYPES = ("Person", "Organization", "Country", "Group")
POLARITIES = ("positive", "negative")
#: How the text puts a relation (:mod:`graphkit.nlp.modality`): as a fact, hedged ("reportedly", "may"), under a
#: condition ("if ..."), or inside somebody's claim (``attributed_to``).
MODALITIES = ("asserted", "hedged", "conditional", "reported")


@dataclass(frozen=True)
class Article:
    """One news article: its text after boilerplate removal, against which offsets are counted."""

    id: str
    text: str
    title: str = ""
    date: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, with the one-line reason (from the error catalogue)."""

    path: str
    reason: str


@dataclass(frozen=True)
class Failure:
    """An article whose extraction failed, in place of its relations: the one-line description of the error.
    Small and picklable, so a worker sends it back like relations and the build skips just that article."""

    message: str


@dataclass(frozen=True)
class Notice:
    """Something about the input the user should hear of that is no error: inputs passed over (hidden files,
    the build's own output folder), characters replaced. ``message`` is one line from the catalogue."""

    path: str
    message: str


@dataclass(frozen=True)
class Mention:
    """An actor as one article names it, before cross-article resolution.

    ``kb_id`` is the gazetteer id when the actor is known; ``name`` is the normalised name
    (no title, article or possessive); ``country`` is a gazetteer country id or None.
    """

    name: str
    type: str
    kb_id: str | None = None
    country: str | None = None
    text: str = ""
    anonymous: bool = False  # a description without a name ("a U.S. official"): one node per article


@dataclass(frozen=True)
class Actor:
    """A resolved, real-world actor: one graph node."""

    key: str
    label: str
    type: str
    country: str | None = None  # the country's label
    wikidata: str | None = None
    country_key: str | None = None  # the key of the country's own Actor


@dataclass(frozen=True)
class Evidence:
    """Where a relation is said: the article, the sentence and its character offsets."""

    article: str
    sentence: str
    start: int
    end: int
    cue: str = ""


@dataclass(frozen=True)
class MentionRelation:
    r"""A relation as one article states it, before resolution: subject –predicate→ object as
    :class:`Mention`\ s (the object is None for a claim), with its evidence.

    What extraction yields, the cache keeps and worker processes send back; :mod:`graphkit.resolve`
    turns it into a :class:`Relation`. ``polarity``, ``confidence``, ``attributed_to``, ``pattern`` and
    ``modality`` as in :class:`Relation`.
    """

    predicate: str
    subject: Mention
    object: Mention | None
    evidence: Evidence
    content: str | None = None
    confidence: float = 1.0
    polarity: str = "positive"
    attributed_to: Mention | None = None
    pattern: str = ""
    modality: str = "asserted"


@dataclass(frozen=True)
class Relation:
    """A resolved relation: subject –predicate→ object (an :class:`Actor`, or None for a claim), with its
    evidence. What the graph, ``relations.jsonl`` and the views are made of.

    ``polarity`` is ``"positive"`` when the text asserts the relation, the only kind the pipeline keeps
    (a negated cue gives nothing; a denial is a positive ``denies``); ``"negative"`` is for a relation
    the text says did not happen.

    ``attributed_to`` is the claimant of a reported relation: one stated inside somebody's claim ("the
    minister said Ankara had armed the militia" → supports, attributed to the minister), which is that
    claimant's view, not a fact of the article; None for what the article narrates.

    ``pattern`` names the extraction rule that found the relation ("accuses:dobj",
    "claims:complement-clause"); ``confidence`` is that rule's precision measured out of sample on the
    development sets (``ontologies/confidence.tsv``, :mod:`graphkit.nlp.confidence`).
    ``modality`` is one of :data:`MODALITIES`: ``"reported"`` when ``attributed_to`` is set, ``"conditional"``
    for a cue inside an "if/unless" clause, ``"hedged"`` for a cue whose clause carries a hedge ("may",
    "reportedly", "is believed to"), else ``"asserted"``.
    """

    predicate: str
    subject: Actor
    object: Actor | None
    evidence: Evidence
    content: str | None = None
    confidence: float = 1.0
    polarity: str = "positive"
    attributed_to: Actor | None = None
    pattern: str = ""
    modality: str = "asserted"


class Graphed(Protocol):
    """What the analytics and the notebook views read of a build (a :class:`~graphkit.api.BuildResult`):
    its resolved actors and relations, the base their IRIs are minted under, and the articles' titles."""

    @property
    def actors(self) -> Mapping[str, Actor]: ...

    @property
    def relations(self) -> Sequence[Relation]: ...

    @property
    def base(self) -> str: ...

    @property
    def titles(self) -> Mapping[str, str]: ...
