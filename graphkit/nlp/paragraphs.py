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

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["paragraph_breaks"]

#: the tokens an ellipsis is written with (the tokenizer splits "[...]" into "[", "...", "]")
_ELLIPSIS = ("...", "\u2026", "....")


def _after_cut(tok: Token) -> bool:
    """Whether ``tok`` is a capitalised word right after an ellipsis that follows a word ("Gaza[...] I")."""
    doc = tok.doc
    j = tok.i - 1
    if j > 0 and doc[j].text in ("]", ")"):
        j -= 1
    if j < 1 or doc[j].text not in _ELLIPSIS:
        return False
    k = j - 1 if doc[j - 1].text not in ("[", "(") else j - 2
    return k >= 0 and (doc[k].is_alpha or doc[k].is_digit) and tok.text[:1].isupper() and tok.is_alpha


@Language.component("gk_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    for tok in doc[2:]:
        if _after_cut(tok):
            tok.is_sent_start = True
    return doc
