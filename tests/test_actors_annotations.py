"""gk_actors hands over plain annotations (span groups whose extension values are frozen records), and
actor_index rebuilds from them the index the relation extractor reads."""

from __future__ import annotations

import gc
import weakref

import pytest
from spacy.tokens import Doc, Span, Token

from graphkit.errors import GraphkitError
from graphkit.nlp.actors import ActorIndex, actor_index
from graphkit.types import Mention

TEXT = (
    "Iran's foreign minister arrived in Basra on Monday. Hossein Amir-Abdollahian told reporters that the "
    "attack was a crime.\n\nA senior U.S. official said the minister was wrong. Iraq's army said it had not fired."
)


@pytest.fixture(scope="module")
def doc(nlp):
    with nlp.select_pipes(disable=["gk_relations"]):
        return nlp(TEXT)


@pytest.fixture(scope="module")
def index(nlp, doc):
    component = nlp.get_pipe("gk_actors")
    return actor_index(doc, component.gaz, component.cues)


def _tok(doc: Doc, text: str, nth: int = 0) -> Token:
    return [t for t in doc if t.text == text][nth]


def test_actors_annotations_are_span_groups_of_plain_values(doc):
    actors, places = doc.spans["gk_actors"], doc.spans["gk_places"]
    assert [s.start for s in actors] == sorted(s.start for s in actors)
    assert all(isinstance(s._.gk_mention, Mention) for s in actors)
    found = [(s.text, s._.gk_mention.name, s._.gk_mention.anonymous) for s in actors]
    assert found == [
        ("Iran", "Iran", False),
        ("minister", "Hossein Amir-Abdollahian", False),  # described first, named right after
        ("Hossein Amir-Abdollahian", "Hossein Amir-Abdollahian", False),
        ("U.S.", "United States", False),
        ("official", "senior U.S. official", True),
        ("minister", "Hossein Amir-Abdollahian", False),
        ("Iraq", "Iraq", False),
        ("army", "Iraqi Army", False),
    ]
    described = [s._.gk_described for s in actors]
    assert described[1] == frozenset({"iran", "'s", "foreign", "minister"})
    assert described[:1] + described[2:] == [None] * (len(actors) - 1)
    assert [(s.text, s._.gk_country) for s in places] == [("Basra", "iraq")]
    # nothing on the Doc refers back to it: no Doc, Span or Token, no index
    assert not Doc.has_extension("gk_actors")
    for value in doc.user_data.values():
        assert isinstance(value, Mention | frozenset | str | None), type(value)


def test_actors_index_rebuilt_from_the_annotations_resolves_names_descriptions_and_pronouns(doc, index):
    assert isinstance(index, ActorIndex)
    assert index.resolve(_tok(doc, "Abdollahian")).kb_id == "amir_abdollahian"
    assert index.resolve(_tok(doc, "minister", 1)).kb_id == "amir_abdollahian"  # "the minister"
    army = index.resolve(_tok(doc, "army"))
    assert (army.name, army.country) == ("Iraqi Army", "iraq")
    assert index.resolve(_tok(doc, "it")) == army  # the reported subject is the reporter
    assert index.resolve(_tok(doc, "attack")) is None
    assert index.anchor(_tok(doc, "Basra")).kb_id == "iraq"  # a town stands for its country
    assert [s.text for s in index.sents] == [s.text for s in doc.sents]
    assert index.sent_of[_tok(doc, "it").i] == len(index.sents) - 1


def test_actors_index_rebuilt_equals_the_one_gk_actors_built(nlp, doc, index):
    component = nlp.get_pipe("gk_actors")
    actors, places = component.find(doc)
    built = ActorIndex(doc, component.gaz, component.cues)
    for span, m, described in actors:
        built.add(span, m, described)
    for span, cid in places:
        built.add_place(span, cid)
    assert (index.by_token, index.order, index.places, index.described) == (
        built.by_token,
        built.order,
        built.places,
        built.described,
    )


def test_actors_index_of_a_doc_gk_actors_did_not_annotate_is_E150(nlp):
    component = nlp.get_pipe("gk_actors")
    with pytest.raises(GraphkitError, match=r"^\[E150\] the Doc has no doc.spans\['gk_actors'\]"):
        actor_index(nlp.make_doc("Nothing was parsed here."), component.gaz, component.cues)


def test_actors_doc_is_freed_by_reference_counting_alone(nlp):
    """No cycle through the annotations of any component: with the garbage collector off, a Doc the whole
    pipeline processed goes as soon as its last reference does (no user_data clearing needed)."""
    component = nlp.get_pipe("gk_actors")
    gc.collect()
    gc.disable()
    try:
        doc = nlp(TEXT)
        index = actor_index(doc, component.gaz, component.cues)
        assert index.by_token and doc.spans["gk_actors"] and doc._.gk_relations
        ref = weakref.ref(doc)
        del doc, index
        assert ref() is None
    finally:
        gc.enable()


def test_actors_extensions_are_registered_once(nlp):
    from graphkit.nlp.actors.annotations import register_extensions

    register_extensions()  # again: no error, the same defaults
    assert all(Span.get_extension(name)[0] is None for name in ("gk_mention", "gk_described", "gk_country"))


def test_actors_analyze_pipes_finds_only_what_spacy_leaves_undeclared(nlp):
    problems = nlp.analyze_pipes(pretty=False)["problems"]
    assert problems["gk_paragraphs"] == []
    # the model's attribute_ruler sets token.pos (from the tagger's tags) but its factory declares no assigns
    assert problems["gk_actors"] == ["token.pos"]
