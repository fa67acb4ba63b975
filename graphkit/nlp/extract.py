"""Per-article extraction: a processed Doc and its Article → MentionRelation records (with Mentions).

Runs once per article and needs nothing from other articles, so it can run in worker processes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

from ..ingest.headline import is_headline
from ..types import Article, Evidence, MentionRelation
from .confidence import confidence
from .modality import modality

__all__ = ["doc_relations"]


def _headline_end(text: str, title: str | None) -> int:
    r"""Where the headline ends when the text opens with one (a title line, then a line break and the
    article); else 0: a lead paragraph is part of the article (:func:`~graphkit.ingest.headline.is_headline`).

    >>> _headline_end("Port reopens\n\nThe port reopened on Monday.", None)
    12
    >>> _headline_end("The port reopened on Monday.\n\nShips queued.", None), _headline_end("Port reopens", None)
    (0, 0)
    """
    body = text.lstrip()
    first, newline, rest = body.partition("\n")
    if not newline or not rest.strip() or not is_headline(first, title=title):
        return 0
    return len(text) - len(body) + len(first.rstrip())


def doc_relations(doc: Doc, article: Article, offset: int = 0) -> Iterator[MentionRelation]:
    """Yield the relations of one article, each with its evidence (``resolve`` drops duplicates); ``doc`` is
    the article's text from ``offset`` on (a window of a long article, see :mod:`graphkit.nlp.windows`)."""
    text = article.text  # the Doc's text (slicing it is cheaper than making Token objects to join)
    headline_end = _headline_end(text, article.title)
    for r in doc._.gk_relations or ():
        sent_start, sent_end = r.sentence_start + offset, r.sentence_end + offset
        if sent_start < headline_end:
            continue  # a headline is no one's statement (ANNOTATION.md: "not a claim: ... headings")
        raw = text[sent_start:sent_end]
        sentence = raw.strip()
        start = sent_start + (len(raw) - len(raw.lstrip()))
        pattern = r.pattern or f"{r.predicate}:unnamed"  # a rule that names no pattern gets its predicate's confidence
        yield MentionRelation(
            predicate=r.predicate,
            subject=r.subject,
            object=r.object,
            content=r.content,
            attributed_to=r.attributed_to,
            pattern=pattern,
            confidence=confidence(pattern),
            modality=modality(doc, r),
            evidence=Evidence(article=article.id, sentence=sentence, start=start, end=start + len(sentence), cue=r.cue),
        )
