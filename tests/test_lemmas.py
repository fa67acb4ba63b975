"""``gk_lemmatizer`` (:mod:`graphkit.nlp.lemmas`): the model's lemmatizer asked once per word form, the same
lemma on every token."""

from __future__ import annotations

import pytest
import spacy

from graphkit.nlp.attributes import swap_attribute_ruler
from graphkit.nlp.lemmas import FastLemmatizer, swap_lemmatizer
from graphkit.nlp.models import default_model

TEXTS = [
    # the same word form as different parts of speech and with different features: "left", "saw", "read"
    "She left the room on the left; we saw the saw they had read about, and they read it again.",
    "The ministers were meeting; better meetings had been met with the best of intentions by older leaders.",
    "Protesters are accusing the police, who accused them of looting, and the accusations keep coming.",
    "I told him we ain't going, y'all know nothin' about it.  Anyone can see that.\n\nIt's U.S.-led, isn't it?",
    "Kyiv accused Moscow of shelling the plant, but Russia denied it whilst the IAEA asked whether it was safe.",
]


@pytest.fixture(scope="module")
def pair():
    model = default_model()
    plain, fast = spacy.load(model), spacy.load(model)
    for nlp in (plain, fast):
        swap_attribute_ruler(nlp)
    assert swap_lemmatizer(fast)
    return plain, fast


def lemmas(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.lemma) for t in doc]


def test_lemmatizer_replaces_the_models_in_place(pair, nlp):
    plain, fast = pair
    at = plain.pipe_names.index("lemmatizer")
    assert fast.pipe_names[at] == "gk_lemmatizer" and "lemmatizer" not in fast.pipe_names
    assert isinstance(fast.get_pipe("gk_lemmatizer"), FastLemmatizer)
    assert "gk_lemmatizer" in nlp.pipe_names  # graphkit's pipeline has it
    assert fast.get_pipe_meta("gk_lemmatizer").assigns == plain.get_pipe_meta("lemmatizer").assigns == ["token.lemma"]


@pytest.mark.parametrize("text", TEXTS)
def test_lemmatizer_equals_the_models_on_every_token(pair, text):
    plain, fast = pair
    a, b = lemmas(plain(text)), lemmas(fast(text))
    assert a == b
    assert all(lemma for *_, lemma, _ in b)  # every token has one


def test_lemmatizer_tells_word_forms_apart_by_part_of_speech_and_features(pair):
    plain, fast = pair
    doc = fast("They read the report yesterday and will read it again; she reads the reports.")
    assert [(t.text, t.lemma_) for t in doc if t.lower_ in ("reads", "reports")] == [
        ("reads", "read"),
        ("reports", "report"),
    ]
    assert lemmas(doc) == lemmas(plain(doc.text))
    seen = fast.get_pipe("gk_lemmatizer").lemmas
    keys = {(orth, pos) for orth, pos, _ in seen}
    assert len(seen) >= len(keys)  # one entry per (word, part of speech, features): the features are part of it


def test_lemmatizer_asks_the_model_once_per_word_form(pair):
    _, fast = pair
    component = fast.get_pipe("gk_lemmatizer")
    asked: list[str] = []
    ask = component.model.lemmatize

    def counting(token):
        asked.append(token.text)
        return ask(token)

    component.model.lemmatize = counting
    component.lemmas.clear()
    try:
        doc = fast("Talks stalled. Talks stalled. Talks stalled. The talks stalled, the talks stalled.")
    finally:
        component.model.lemmatize = ask
    forms = {(t.orth, t.pos, t.morph.key) for t in doc}
    assert len(asked) == len(component.lemmas) <= len(forms) < len(doc)  # once per form, not once per token
    assert set(asked) <= {t.text for t in doc}
    assert not set(component.lemmas) & set(component.model.cache)  # each lemma remembered once, not twice


def test_lemmatizer_keeps_a_lemma_already_set(pair):
    _, fast = pair
    doc = fast.make_doc("The talks failed.")
    for name, proc in fast.pipeline:
        if name == "gk_lemmatizer":
            doc[1].lemma_ = "negotiation"
        doc = proc(doc)
    assert [t.lemma_ for t in doc] == ["the", "negotiation", "fail", "."]


def test_lemmatizer_survives_the_memory_zone(pair):
    """A word seen inside one zone (its strings forgotten when the zone ends) has its lemma in the next."""
    plain, fast = pair
    text = "The Zorblaxians were zorblaxing the quuxed gadgets."
    with fast.memory_zone():
        first = lemmas(fast(text))
    with fast.memory_zone():
        again = lemmas(fast(text))
    assert first == again == lemmas(plain(text))


def test_lemmatizer_swap_needs_a_rule_or_lookup_lemmatizer():
    blank = spacy.blank("en")
    assert swap_lemmatizer(blank) is False
    blank.add_pipe("lemmatizer", config={"mode": "rule", "overwrite": True})
    assert swap_lemmatizer(blank) is False  # it would overwrite what gk_attributes sets
    assert blank.pipe_names == ["lemmatizer"]
