"""The ``gk_paragraphs`` component: a blank line ends a sentence, and so does an ellipsis that leaves out
the end of one sentence and the start of the next.

Headlines, datelines and paragraphs are separated by blank lines, which the parser would otherwise
happily join into one sentence ("... Washington denies any role\\n\\nTEHRAN - Iran's foreign minister
has ..."). A quotation cut with an ellipsis ("...", "\u2026", "[...]") right before a capitalised word
goes on with another sentence ('"... at the port[...] We reject the offer."'); parsed as one, the
second sentence swallows the first (and the clause that introduces the quotation). An ellipsis before a
lower-case word leaves out words inside one sentence. It runs before the parser, which keeps the
boundaries it is given.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

__all__ = ["paragraph_breaks"]

#: the tokens an ellipsis is written with (the tokenizer splits "[...]" into "[", "...", "]")
_ELLIPSIS = ("...", "\u2026", "....")
_ELLIPSIS_IDS = numpy.array([get_string_id(e) for e in _ELLIPSIS], dtype=numpy.uint64)


def _after_cut(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a capitalised word right after an ellipsis that follows a word ("Gaza[...] I")."""
    j = i - 1
    if j > 0 and doc[j].text in ("]", ")"):
        j -= 1
    if j < 1 or doc[j].text not in _ELLIPSIS:
        return False
    k = j - 1 if doc[j - 1].text not in ("[", "(") else j - 2
    tok = doc[i]
    return k >= 0 and (doc[k].is_alpha or doc[k].is_digit) and tok.text[:1].isupper() and tok.is_alpha


@Language.component("gk_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    # Only the whitespace tokens and the words after an ellipsis are looked at, found in one array of the
    # Doc: a Token made for every token of the Doc was most of this component's time.
    table = doc.to_array([IS_SPACE, ORTH])
    for i in numpy.flatnonzero(table[:-1, 0]).tolist():
        if doc[i].text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    cuts = numpy.flatnonzero(numpy.isin(table[:, 1], _ELLIPSIS_IDS)).tolist()
    for i in sorted({i for j in cuts for i in (j + 1, j + 2) if 2 <= i < len(doc)}):  # "... I", "[...] I"
        if _after_cut(doc, i):
            doc[i].is_sent_start = True
    return doc
