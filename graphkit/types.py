"""Typed records that travel between the stages: ingest → extract → resolve → outputs.

All are small, frozen and picklable, so worker processes can send them back.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ACTOR_TYPES", "POLARITIES", "PREDICATES", "Actor", "Article", "Evidence", "Mention", "Relation", "Skipped"]

#: The relation types of ANNOTATION.md; the ontology names the same set (checked by a test).
PREDICATES = ("claims", "accuses", "denies", "threatens", "attacks", "supports", "rejects", "meets", "demands")
ACTOR_TYPES = ("Person", "Organization", "Country", "Group")
POLARITIES = ("positive", "negative")


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
class Relation:
    """subject –predicate→ object (an actor, or None for a claim), with its evidence.

    ``polarity`` is ``"positive"`` when the text asserts the relation, the only kind the pipeline keeps
    (a negated cue gives nothing; a denial is a positive ``denies``); ``"negative"`` is for a relation
    the text says did not happen.
    """

    predicate: str
    subject: Mention | Actor
    object: Mention | Actor | None
    evidence: Evidence
    content: str | None = None
    confidence: float = 1.0
    polarity: str = "positive"
