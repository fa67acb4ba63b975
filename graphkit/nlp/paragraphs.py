"""The ``gk_paragraphs`` component: a blank line ends a sentence.

Headlines, datelines and paragraphs are separated by blank lines, which the parser would otherwise
happily join into one sentence ("... Washington denies any role\\n\\nTEHRAN - Iran's foreign minister
has ..."). It runs before the parser, which keeps the boundaries it is given.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["paragraph_breaks"]


@Language.component("gk_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc
