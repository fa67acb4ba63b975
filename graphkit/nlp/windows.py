"""Long articles in windows: a text longer than a pipeline should parse at once is cut into windows of whole
paragraphs (else lines, else sentences, else words), each parsed as a Doc of its own, with its offset in the
text, so that the evidence still points into the article.

>>> windows("One.\\n\\nTwo two.\\n\\nThree three three.", limit=20)
[(0, 'One.\\n\\nTwo two.'), (16, 'Three three three.')]
>>> windows("Short enough.", limit=100)
[(0, 'Short enough.')]
"""

from __future__ import annotations

__all__ = ["WINDOW", "windows"]

#: the longest text parsed as one Doc (spaCy's own limit is 1,000,000 characters; a Doc of this size already
#: takes about a gigabyte to parse)
WINDOW = 200_000

#: where a window may end, the best first: a blank line, a line end, a sentence end, a space
_BREAKS = ("\n\n", "\n", ". ", " ")


def windows(text: str, *, limit: int = WINDOW) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text`` in order, each piece at most ``limit`` characters and cut
    at the best break in its last three quarters (a piece never starts with the break that ended the one
    before)."""
    if len(text) <= limit:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            end = _cut(text, start, end)
        piece = text[start:end]
        if piece.strip():
            out.append((start, piece))
        start = end
        while start < len(text) and text[start] in "\n ":
            start += 1  # the break itself belongs to no window
    return out


def _cut(text: str, start: int, end: int) -> int:
    """The end of a window: the last break of the best kind past its first quarter, else ``end``."""
    middle = start + (end - start) // 4
    for brk in _BREAKS:
        at = text.rfind(brk, middle, end)
        if at > start:
            return at + (1 if brk == ". " else 0)
    return end
