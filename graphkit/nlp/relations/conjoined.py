"""A speech act the parser coordinated into its speaker's report: in "X said that there had been no progress
and urged Y to return to the talks" the small model often hangs "urged" on "been", inside X's content,
where it finds no subject. Such a demand, threat or rejection with no subject of its own is X's, as a
coordinated reporting verb is (``subjects.reporting_ancestor``); one whose first conjunct has a subject
keeps it ("X said Putin lied and threatened Y" is Putin's threat, reported by X).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...types import Mention
from ..actors import ActorIndex
from .subjects import SubjectFinder

__all__ = ["reporter_subjects"]


def reporter_subjects(find: SubjectFinder, tok: Token, actors: ActorIndex) -> list[Mention]:
    """The subjects of the reporting verb whose content clause the conjoined cue ``tok`` was parsed into;
    none when ``tok`` is no conjunct, or its first conjunct is no content clause of a claims cue."""
    if tok.dep_ != "conj":
        return []
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    reporter = head.head
    if head.dep_ != "ccomp" or not find.cues.is_cue(reporter.lemma_.lower(), "claims"):
        return []
    return find(reporter, actors, False)
