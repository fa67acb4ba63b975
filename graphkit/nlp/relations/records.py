"""What ``gk_relations`` hands over on ``Doc._.gk_relations``: relations as plain values.

A :class:`RawRelation` names its sentence by character offsets, not by a ``Span``: a Span kept on the
Doc's ``user_data`` would close a reference cycle (Doc → user_data → Span → Doc), so a Doc could not be
freed until the garbage collector found it. Inside the component, Spans and Tokens are used freely.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...types import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["RawRelation"]


@dataclass(frozen=True)
class RawRelation:
    """A relation as one sentence of a Doc states it: the cue, the subject and object actors, and for a
    claim its content (before :func:`graphkit.nlp.extract.doc_relations` adds the evidence)."""

    predicate: str
    subject: Mention
    object: Mention | None
    sentence_start: int  # the sentence's character offsets in the Doc
    sentence_end: int
    cue: str
    content: str | None = None
    content_start: int = -1  # character offset of the content in the Doc, for claims
    content_end: int = -1  # where the content ends, for claims
    cue_start: int = -1  # character offset of the cue in the Doc, when the finder knows it
    attributed_to: Mention | None = None  # whose claim the relation sits in (None: the article narrates it)
    pattern: str = ""  # the rule that found it, "PREDICATE:HOW": "accuses:dobj", "claims:complement-clause"

    @classmethod
    def at(
        cls,
        sent: Span,
        predicate: str,
        subject: Mention,
        obj: Mention | None,
        cue: str,
        content: str | None = None,
        content_start: int = -1,
        *,
        content_end: int = -1,
        cue_start: int = -1,
        pattern: str = "",
    ) -> RawRelation:
        """The relation found in the sentence ``sent`` by the rule named ``pattern``."""
        start, end = sent.start_char, sent.end_char
        return cls(
            predicate, subject, obj, start, end, cue, content, content_start, content_end, cue_start, pattern=pattern
        )
