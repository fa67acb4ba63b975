"""The ``gk_paragraphs`` component: a blank line ends a sentence, and so does an ellipsis that leaves out
the end of one sentence and the start of the next.

Headlines, datelines and paragraphs are separated by blank lines, which the parser would otherwise
happily join into one sentence ("... Washington denies any role\\n\\nTEHRAN - Iran's foreign minister
has ..."). A quotation cut with an ellipsis ("...", "\u2026", "[...]") right before a capitalised word
goes on with another sentence ('"... at the port[...] We reject the offer."'); parsed as one, the
second sentence swallows the first (and the clause that introduces the quotation). An ellipsis before a
lower-case word leaves out words inside one sentence. An editor's insertion in square brackets inside a
quotation ('they [the army] are', '"[The] union will ..."') starts no sentence: the tagger knows no "[", and
the parser would break the sentence at it ('... that they' | 'the army] are ...'); its brackets are read
(their NORM) as the parentheses the model knows. It runs before tok2vec and the parser, which keeps the
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
_BRACKET_IDS = numpy.array([get_string_id(b) for b in "[]"], dtype=numpy.uint64)
#: the most words an editor's insertion in brackets holds ("[the army]", "[Boycott, Divestment, Sanctions]")
_INSERTION = 8


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


def _insertions(doc: Doc, orths: numpy.ndarray) -> list[tuple[int, int]]:
    """The (start, end) token offsets of each editor's insertion in square brackets within a sentence: a short
    run of words, no ellipsis nor sentence end inside, not after a sentence end ("war. [1] The ..." is none).
    Only the brackets are visited, found in the Doc's ORTH column ``orths``."""
    out: list[tuple[int, int]] = []
    opened = None
    for i in numpy.flatnonzero(numpy.isin(orths, _BRACKET_IDS)).tolist():
        if doc[i].text == "[":
            before = doc[i - 1].text if i else "."
            opened = None if before in (".", "!", "?") else i
        elif opened is not None:
            inside = doc[opened + 1 : i]
            if 0 < len(inside) <= _INSERTION and not any(
                t.is_space or t.text in (*_ELLIPSIS, ".", "!", "?") for t in inside
            ):
                out.append((opened, i + 1))
            opened = None
    return out


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
    for start, end in _insertions(doc, table[:, 1]):  # "[", its words, "]" and the word after go on with the sentence
        doc[start].norm_, doc[end - 1].norm_ = "(", ")"  # read as the parentheses the model knows (no "[" tagged)
        for k in range(start, min(end + 1, len(doc))):
            if k and not doc[k].is_sent_start:
                doc[k].is_sent_start = False
    return doc
