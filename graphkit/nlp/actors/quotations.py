"""Quotations in an article's text: where they are, so that words inside one are read as the quoted
speaker's, and a claim whose content starts in one extends to the whole quotation.

A quotation is “…”, «…» or "…" within one paragraph. Straight quotes are paired only in a paragraph
that has an even number of them: one left unclosed would otherwise swallow the text up to the next
quotation, attribution included.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["Quotations"]

_CURLY = re.compile(r"\u201c[^\u201d\n]+\u201d|\u00ab[^\u00bb\n]+\u00bb")
_STRAIGHT = re.compile(r"\"[^\"\n]+\"")
_PARAGRAPH = re.compile(r"[^\n]+")


class Quotations:
    """The quotations of a text, as sorted (start, end) character offsets."""

    def __init__(self, text: str) -> None:
        spans = [(m.start(), m.end()) for m in _CURLY.finditer(text)]
        for para in _PARAGRAPH.finditer(text):
            if para.group().count('"') % 2 == 0:
                spans += [(para.start() + m.start(), para.start() + m.end()) for m in _STRAIGHT.finditer(para.group())]
        self.spans = sorted(spans)
        self._starts = [s for s, _ in self.spans]

    def __len__(self) -> int:
        return len(self.spans)

    def index(self, offset: int) -> int | None:
        """The number of the quotation a character offset lies in (its marks included), or None."""
        n = bisect.bisect_right(self._starts, offset) - 1
        return n if n >= 0 and offset < self.spans[n][1] else None

    def inside(self, offset: int) -> bool:
        """Whether a character offset lies between a quotation's marks."""
        n = self.index(offset)
        return n is not None and self.spans[n][0] < offset < self.spans[n][1] - 1
