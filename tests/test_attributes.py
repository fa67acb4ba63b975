"""``gk_attributes`` (:mod:`graphkit.nlp.attributes`): the model's attribute ruler by dict lookups, the same
attributes on every token."""

from __future__ import annotations

import pytest
import spacy

from graphkit.nlp.attributes import FastAttributes, compile_rules, swap_attribute_ruler
from graphkit.nlp.models import default_model

TEXTS = [
    "The minister said that the talks, which began in May, had failed; she blamed them for it.",
    "I told him we ain't going, y'all know nothin' about it.  Anyone can see that.",
    "Those who could not leave would have to wait.\n\nBut  it was too late: an hour had passed.",
    "Kyiv accused Moscow of shelling the plant, but Russia denied it whilst the IAEA asked whether it was safe.",
]


@pytest.fixture(scope="module")
def pair():
    model = default_model()
    ruler, fast = spacy.load(model), spacy.load(model)
    assert swap_attribute_ruler(fast)
    return ruler, fast


def test_attributes_replace_the_ruler_in_place(pair, nlp):
    ruler, fast = pair
    at = ruler.pipe_names.index("attribute_ruler")
    assert fast.pipe_names[at] == "gk_attributes" and "attribute_ruler" not in fast.pipe_names
    assert "gk_attributes" in nlp.pipe_names  # graphkit's pipeline has it


@pytest.mark.parametrize("text", TEXTS)
def test_attributes_equal_the_rulers_on_every_token(pair, text):
    ruler, fast = pair

    def attrs(doc):
        return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]

    a, b = attrs(ruler(text)), attrs(fast(text))
    assert a == b
    assert all(pos for _, pos, *_ in b)  # every token has its part of speech


def test_attributes_apply_the_word_exceptions(pair):
    _, fast = pair
    doc = fast("I told him the plan.")
    assert (doc[0].lemma_, doc[0].pos_, str(doc[0].morph)) == (
        "I",
        "PRON",
        "Case=Nom|Number=Sing|Person=1|PronType=Prs",
    )
    assert (doc[3].pos_, str(doc[3].morph)) == ("DET", "Definite=Def|PronType=Art")  # the word's, over the tag's


def test_attributes_compile_every_pattern_of_the_model(pair):
    ruler, _ = pair
    patterns = ruler.get_pipe("attribute_ruler").patterns
    rules = compile_rules(patterns, ruler.vocab.strings)
    assert rules is not None and len(rules) >= len(patterns)
    fast = FastAttributes(rules)
    assert len(fast.other) < 5  # nearly every rule is found by a lookup, not tested on every token


@pytest.mark.parametrize(
    "pattern",
    [
        {"patterns": [[{"TAG": "NN", "LENGTH": 3}]], "attrs": {"POS": "NOUN"}, "index": 0},
        {"patterns": [[{"TAG": {"FUZZY": "NN"}}]], "attrs": {"POS": "NOUN"}, "index": 0},
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"_": {"x": 1}}, "index": 0},
    ],
)
def test_attributes_leave_the_ruler_for_patterns_they_cannot_evaluate(pair, pattern):
    ruler, _ = pair
    assert compile_rules([pattern], ruler.vocab.strings) is None


def test_attributes_swap_needs_a_ruler():
    blank = spacy.blank("en")
    assert swap_attribute_ruler(blank) is False
    assert blank.pipe_names == []


SMALL = [  # a few patterns of each shape, where most tokens match none (their features stay unset)
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NN", "LOWER": "plan"}]], "attrs": {"POS": "VERB", "LEMMA": "scheme"}},
    {"patterns": [[{"LOWER": "the"}, {"TAG": {"IN": ["NN", "NNS"]}}]], "attrs": {"MORPH": "Definite=Def"}, "index": -1},
    {"patterns": [[{"LOWER": {"REGEX": "^tal"}}]], "attrs": {"TAG": "NNS"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["nsubj", ""]}, "TAG": "PRP"}]], "attrs": {"POS": "PRON"}},
]


def test_attributes_equal_a_ruler_of_any_patterns(pair):
    """Whatever the patterns: the later of two wins, an index into a longer match, tokens no pattern matches."""
    from spacy.pipeline import AttributeRuler

    ruler, _ = pair
    small = AttributeRuler(ruler.vocab)
    small.add_patterns(SMALL)
    fast = FastAttributes(compile_rules(small.patterns, ruler.vocab.strings) or [])
    with ruler.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = [ruler(text) for text in [*TEXTS, "The plan failed; the talks stalled and she told them."]]
    for doc in docs:
        a, b = small(doc.copy()), fast(doc.copy())
        assert [(t.pos, t.morph.key, t.lemma, t.tag, t.dep) for t in a] == [
            (t.pos, t.morph.key, t.lemma, t.tag, t.dep) for t in b
        ]
    assert any(t.morph.key == 0 for t in b) and any(t.lemma_ == "scheme" for t in b)


@pytest.mark.parametrize("memory", [1, 3, 20_000])
def test_attributes_equal_the_rulers_whatever_the_row_memory(pair, monkeypatch, memory):
    """The rules a token's row selects are remembered per distinct row, and forgotten when the memory is full:
    the attributes are the ruler's either way, on first sight of a row and on every later one."""
    import graphkit.nlp.attributes as attributes

    ruler, fast = pair
    monkeypatch.setattr(attributes, "ROW_MEMORY", memory)
    fast.get_pipe("gk_attributes")._rows.clear()

    def attrs(doc):
        return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]

    for text in [*TEXTS, *TEXTS]:
        assert attrs(fast(text)) == attrs(ruler(text))
    assert 0 < len(fast.get_pipe("gk_attributes")._rows) <= memory
