"""Shapes of event sentences the PLOVER gold records showed the extractor missing, each written here from
its linguistic description (``graphkit/nlp/relations/coordinated.py``, the PLOVER THREATEN acts in
``ontologies/cues.yaml``): coordination inside an argument ("ties with X and Y", "X and Y refugees"), a
noun's "that" clause extraposed past its verb's phrase, a heavy object shifted after an "as" predicate,
the subject of an infinitive complement ("refused to allow X to land", "pushed for X to back it"), and a
coercive act threatened in a claim ("would boycott contact with X", "would impose sanctions on X").

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from .conftest import triples


def _found(rels, predicate: str) -> set[tuple]:
    return {t for t in triples(rels) if t[0] == predicate}


@pytest.mark.parametrize(
    "text,expected",
    [
        # the later objects of the preposition a thing reaches its actor through
        ("Kenya threatened to break relations with Uganda and Tanzania.", ("threatens", "Kenya", "Tanzania")),
        ("Kenya threatened to break relations with Uganda and Tanzania.", ("threatens", "Kenya", "Uganda")),
        ("Ghana threatened sanctions against Togo and Benin.", ("threatens", "Ghana", "Benin")),
        ("Chad threatened on Monday to cut all trade with Niger and Mali.", ("threatens", "Chad", "Mali")),
        # the countries of coordinated modifiers
        ("Kenyan police have tortured Somali and Ethiopian migrants.", ("attacks", "Kenyan Police", "Ethiopia")),
        ("Kenyan police have tortured Somali and Ethiopian migrants.", ("attacks", "Kenyan Police", "Somalia")),
        ("Somali and Ethiopian migrants were tortured by Kenyan police.", ("attacks", "Kenyan Police", "Ethiopia")),
        ("The Syrian army shelled Turkish and Iraqi border posts.", ("attacks", "Syrian Army", "Iraq")),
        # a noun's "that" clause extraposed past the verb's phrase
        ("Kenya renewed its demand on Monday that Uganda withdraw its troops.", ("demands", "Kenya", "Uganda")),
        ("Kenya repeated its demand that Uganda withdraw its troops.", ("demands", "Kenya", "Uganda")),
        # a heavy object shifted after the "as" predicate
        ("Chile denounced as illegal Peru's arrest of the fishermen.", ("accuses", "Chile", "Peru")),
        ("Chile condemned as barbaric the Peruvian attack on the fishermen.", ("accuses", "Chile", "Peru")),
        ("Chile on Monday denounced as a grave crime Peru's arrest of the fishermen.", ("accuses", "Chile", "Peru")),
        # the subject of an infinitive complement is the party refused
        ("Hamas refused to allow Egyptian mediators to enter Gaza.", ("rejects", "Hamas", "Egypt")),
        (
            "Serbia refused to allow Croatian inspectors to visit the camps.",
            ("rejects", "Serbia", "Croatian inspectors"),
        ),
        # the subject of a for-to clause of a verb whose frame takes "for"
        ("Spain is pushing for Italy to accept the budget deal.", ("demands", "Spain", "Italy")),
        ("Germany pushed on Friday for France to back the treaty.", ("demands", "Germany", "France")),
        # a coercive act (PLOVER THREATEN) that a claim says will come
        ("Mali said it would boycott all official contact with France.", ("threatens", "Mali", "France")),
        ("Mali said it would sever diplomatic ties with France.", ("threatens", "Mali", "France")),
        ("Russia said it would impose new sanctions on Georgia and Armenia.", ("threatens", "Russia", "Armenia")),
        ("NATO said on Friday that it would tighten its sea blockade of Libya.", ("threatens", "NATO", "Libya")),
    ],
)
def test_shape_found(relations_of, text, expected):
    assert expected in _found(relations_of(text), expected[0])


@pytest.mark.parametrize(
    "text,predicate,absent",
    [
        # two clauses, not one coordinated argument
        ("Kenya threatened to break relations with Uganda, and Tanzania protested.", "threatens", "Tanzania"),
        # a possessed relational noun names particular people, not a group for each country
        ("Kenya's minister met his Somali and Ethiopian counterparts in Nairobi.", "meets", "Ethiopia"),
        # a clause that is the verb's own complement is no demand
        ("Kenya said on Monday that Uganda had withdrawn its troops.", "demands", "Uganda"),
        # the ordinary order keeps its reading; an "as" predicate with nobody's act judges nobody
        ("Chile described the arrest as a crime.", "accuses", "Peru"),
        # the subject of an infinitive clause of a verb that is no refusal
        ("Hamas agreed to allow Egyptian mediators to enter Gaza.", "rejects", "Egypt"),
        # a for-to clause of a verb whose frame does not take "for", or of a negated one
        ("Spain waited for Italy to accept the budget deal.", "demands", "Italy"),
        ("Spain is not pushing for Italy to accept the budget deal.", "demands", "Italy"),
        # negated, past or only discussed: no threat
        ("Mali said it would not boycott France.", "threatens", "France"),
        ("Russia said it had imposed sanctions on Georgia.", "threatens", "Georgia"),
        ("Russia said it would discuss sanctions with Georgia.", "threatens", "Georgia"),
    ],
)
def test_shape_not_found(relations_of, text, predicate, absent):
    assert not {t for t in _found(relations_of(text), predicate) if t[2] == absent}
