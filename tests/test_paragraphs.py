"""The ``gk_paragraphs`` component on its own (graphkit/nlp/paragraphs.py): which tokens it makes start a
sentence, on tokenized text before any parser. Every text is written for the test."""

from __future__ import annotations

import pytest
import spacy

from graphkit.nlp.paragraphs import paragraph_breaks


@pytest.fixture(scope="module")
def tokenize():
    return spacy.blank("en").make_doc


def starts(doc) -> list[str]:
    return [t.text for t in doc[1:] if t.is_sent_start]  # the first token starts a sentence anyway


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Rebels deny the raid\n\nKABUL - The army said", ["KABUL"]),  # a blank line
        ("Rebels deny the raid\n\n\nThe army said", ["The"]),
        ("Rebels deny the raid\nThe army said", []),  # one line break: no paragraph
        ("the strikes... We reject", ["We"]),  # an ellipsis before a capital
        ("the strikes\u2026 We reject", ["We"]),
        ("the strikes[...] We reject", ["We"]),
        ("the strikes (...) We reject", ["We"]),
        ("the strikes.... We reject", ["We"]),
        ("in 2024... We reject", ["We"]),  # after a number
        ("the strikes... we reject", []),  # a lower-case word: words left out inside a sentence
        ("... We reject the offer", []),  # nothing before the ellipsis
        ('" ... We reject', []),  # a quotation mark before it, no word
        ("the strikes... 42 were", []),  # no word after it
    ],
)
def test_sentence_starts(tokenize, text, expected):
    doc = paragraph_breaks(tokenize(text))
    assert starts(doc) == expected


def test_empty_and_one_token_docs(tokenize):
    assert len(paragraph_breaks(tokenize(""))) == 0
    assert starts(paragraph_breaks(tokenize("\n\n"))) == []
