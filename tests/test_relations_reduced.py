"""Who speaks or acts when the parser hangs a participle on a noun: a participle after a statement's
medium ("posted a message on Twitter blaming Y": ``graphkit/nlp/relations/subjects.py``) and an event
noun's reduced passive ("a lawsuit filed by X against Y": ``graphkit/nlp/relations/nouns.py``).

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from .conftest import accusation_patterns, accused


@pytest.mark.parametrize(
    "text,pair,pattern",
    [
        (
            "The Norwegian foreign minister posted a message on Twitter blaming Sweden for the attacks.",
            ("Norwegian foreign minister", "Sweden"),
            "dobj",
        ),
        ("Norway issued a statement on its website accusing Sweden of lying.", ("Norway", "Sweden"), "dobj"),
        # the event noun's doer in its reduced passive, the object on the participle; mid-sentence, as a subject
        (
            "The court ruled in favour of a lawsuit filed by the Norwegian government against Sweden.",
            ("Norway", "Sweden"),
            "event-noun",
        ),
        ("A complaint lodged by Norway against Sweden was heard on Monday.", ("Norway", "Sweden"), "event-noun"),
    ],
)
def test_the_speaker_or_doer_of_a_participle_on_a_noun(relations_of, text, pair, pattern):
    rels = relations_of(text)
    assert pair in accused(rels)
    assert f"accuses:{pattern}" in accusation_patterns(rels)


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian foreign minister posted a photo on Twitter blaming Sweden for the attacks.",  # no statement
        "The Norwegian foreign minister posted a message on Twitter not blaming Sweden.",  # negated
        "The court heard a lawsuit filed against Sweden.",  # nobody named as its filer
    ],
)
def test_no_speaker_or_doer_without_one(relations_of, text):
    assert not accused(relations_of(text))
