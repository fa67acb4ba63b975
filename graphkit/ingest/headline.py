"""Whether an article's first line is its headline (ANNOTATION.md, "Headlines").

The first line is a headline only when it is a title: the title the article's metadata gives
(front matter, a JSONL ``title``, an HTML ``<title>``), or a short line without a sentence-final
full stop. An article may start straight with its lead paragraph, and that paragraph is part of
the article::

    >>> is_headline("Castle sold to a hotel chain", title="")
    True
    >>> is_headline("The council sold the castle to a hotel chain on Monday.", title="")
    False
    >>> is_headline("Council sells castle.", title="Council sells castle.")
    True
    >>> is_headline('Mayor: "we had no choice"', title="")
    True
"""

from __future__ import annotations

import re

__all__ = ["HEADLINE_WORDS", "ends_a_sentence", "is_headline"]

#: The longest a headline is, in words (news headlines run to about a dozen).
HEADLINE_WORDS = 20
#: What may close a sentence after its full stop: quotation marks and brackets.
_CLOSERS = "\"'\u201d\u2019\u00bb)]"
#: A line-final dot that belongs to an abbreviation, not to a sentence: initials ("U.S.", "a.m.") and
#: titles or company suffixes written with a dot.
_ABBREVIATION = re.compile(
    r"(?:\b[A-Za-z]\.){2,}$|\b(?:Jr|Sr|Inc|Ltd|Co|Corp|Bros|St|Mt|Gen|Col|Lt|Sgt|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|vs)\.$"
)


def ends_a_sentence(line: str) -> bool:
    """Whether a line ends with a sentence-final full stop, exclamation or question mark (closing quotes
    and brackets after it count; an abbreviation's dot does not).

    >>> ends_a_sentence('He said "no."'), ends_a_sentence("Talks resume in the U.S."), ends_a_sentence("Talks")
    (True, False, False)
    """
    s = line.rstrip().rstrip(_CLOSERS).rstrip()
    if not s.endswith((".", "!", "?")) or s.endswith(("..", "\u2026")):
        return False
    return not (s.endswith(".") and _ABBREVIATION.search(s))


def is_headline(line: str, *, title: str | None) -> bool:
    """Whether a first line is a title: short, and the metadata's title or free of a sentence-final stop."""
    line = " ".join(line.split())
    if not line or len(line.split()) > HEADLINE_WORDS:
        return False
    return line == " ".join((title or "").split()) or not ends_a_sentence(line)
