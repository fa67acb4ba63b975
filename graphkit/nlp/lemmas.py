"""The model's lemmatizer, remembered: the same ``lemma`` on every token, computed once per word form.

``en_core_web_sm``'s ``lemmatizer`` (rule mode) looks at every token in Python: it reads the token's text,
part of speech and morphological features, and runs its rules, or looks them up in a cache keyed on the same
three, one token at a time. :class:`FastLemmatizer` reads the three for the whole Doc at once
(:meth:`~spacy.tokens.Doc.to_array`), asks the model's own lemmatizer only about a combination it has not
seen before (so the lemmas are the model's, by construction), and writes every lemma back in one
:meth:`~spacy.tokens.Doc.from_array`. Like the model's component (``overwrite`` false), it leaves a lemma
that is already set (``gk_attributes`` sets a few) as it is.

What it remembers is the lemma's text, not its id in the string store: a build parses inside
``nlp.memory_zone()``, which forgets the strings it added when the zone ends, so each Doc adds the lemmas it
uses again (a lookup when the string is there). The model's lemmatizer keeps a cache of its own, under the same
key; an entry is taken out of it once it is here, so that the memory a long run holds for lemmas stays what it
was.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

__all__ = ["FastLemmatizer", "swap_lemmatizer"]

_COLUMNS = [ORTH, POS, MORPH, LEMMA]
#: the lemmatizer modes whose lemma depends only on the token's text, part of speech and features
_MODES = ("rule", "lookup")


class FastLemmatizer:
    """A pipeline component that sets the lemmas ``model`` (the model's :class:`~spacy.pipeline.Lemmatizer`)
    sets, asking it once per (word, part of speech, features); like it, it assigns ``token.lemma``."""

    def __init__(self, model: Lemmatizer) -> None:
        self.model = model
        #: (orth, pos, morph) → the lemma's text
        self.lemmas: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array(_COLUMNS)
        out = table[:, 3].tolist()
        strings, lemmas, ask, model_cache = doc.vocab.strings, self.lemmas, self.model.lemmatize, self.model.cache
        ids: dict[str, int] = {}  # this Doc's lemmas, added to the string store once each
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            text = lemmas.get(key)
            if text is None:
                text = ask(doc[i])[0]
                if pos:  # a token without a part of speech is the model's to warn about, each time
                    lemmas[key] = text
                    model_cache.pop(key, None)  # remembered here: not twice
            value = ids.get(text)
            if value is None:
                value = ids[text] = strings.add(text)
            out[i] = value
        doc.from_array([LEMMA], numpy.array([out], dtype=table.dtype).T)
        return doc


@Language.factory("gk_lemmatizer", assigns=["token.lemma"])  # as the model's lemmatizer declares
def make_fast_lemmatizer(nlp: Language, name: str) -> FastLemmatizer:
    """The model's ``lemmatizer`` (which must be in ``nlp``, in rule or lookup mode) as a :class:`FastLemmatizer`."""
    model = nlp.get_pipe("lemmatizer")
    if not _swappable(model):
        raise ValueError("the lemmatizer is not one gk_lemmatizer can stand in for")
    return FastLemmatizer(model)  # type: ignore[arg-type]


def _swappable(pipe: Any) -> bool:
    return isinstance(pipe, Lemmatizer) and pipe.mode in _MODES and not pipe.overwrite


def swap_lemmatizer(nlp: Language) -> bool:
    """Put :class:`FastLemmatizer` in the place of ``nlp``'s ``lemmatizer``, when it has one in rule or lookup
    mode that leaves set lemmas alone; whether it did. The model's lemmatizer is kept, out of the pipeline, as
    the component's ``model``."""
    if "lemmatizer" not in nlp.pipe_names or not _swappable(nlp.get_pipe("lemmatizer")):
        return False
    nlp.add_pipe("gk_lemmatizer", after="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    return True
