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

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["paragraph_breaks"]

#: the tokens an ellipsis is written with (the tokenizer splits "[...]" into "[", "...", "]")
_ELLIPSIS = ("...", "\u2026", "....")
#: the most words an editor's insertion in brackets holds ("[the army]", "[Boycott, Divestment, Sanctions]")
_INSERTION = 8


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


def _insertions(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) token offsets of each editor's insertion in square brackets within a sentence: a short
    run of words, no ellipsis nor sentence end inside, not after a sentence end ("war. [1] The ..." is none)."""
    out, opened = [], None
    for tok in doc:
        if tok.text == "[":
            before = doc[tok.i - 1].text if tok.i else "."
            opened = None if before in (".", "!", "?") else tok.i
        elif tok.text == "]" and opened is not None:
            inside = doc[opened + 1 : tok.i]
            if 0 < len(inside) <= _INSERTION and not any(
                t.is_space or t.text in (*_ELLIPSIS, ".", "!", "?") for t in inside
            ):
                out.append((opened, tok.i + 1))
            opened = None
    return out


@Language.component("gk_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    for tok in doc[2:]:
        if _after_cut(tok):
            tok.is_sent_start = True
    for start, end in _insertions(doc):  # "[", its words, "]" and the word after it go on with the sentence
        doc[start].norm_, doc[end - 1].norm_ = "(", ")"  # read as the parentheses the model knows (no "[" tagged)
        for k in range(start, min(end + 1, len(doc))):
            if k and not doc[k].is_sent_start:
                doc[k].is_sent_start = False
    return doc
