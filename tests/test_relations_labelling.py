"""Accusations by labelling with "as", by speaking out against, by an inquiry into, judged acts told as an
agreement or a recognition, and a judged object after the "as" phrase (``ontologies/cues.yaml``: the ``accuses``
verb and noun frames, ``judged_acts``; ``graphkit/nlp/relations/acts.py``).

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from .conftest import accusation_patterns, accused


@pytest.mark.parametrize(
    "text,pairs,pattern",
    [
        # FrameNet Labeling with "as" and a word of blame: name, list, classify
        ("Canada named the Taliban and Hamas as terrorists.", {("Canada", "Taliban"), ("Canada", "Hamas")}, "labeled"),
        ("Canada listed Hamas as a terrorist organisation.", {("Canada", "Hamas")}, "labeled"),
        ("Last year, Canada formally classified Hamas as a terrorist group.", {("Canada", "Hamas")}, "labeled"),
        # only the labelling verb with "as" counts, not a naming verb coordinated with it
        (
            "Justin Trudeau spoke in Ottawa. He named the plan Sunrise and named Hamas as terrorists.",
            {("Justin Trudeau", "Hamas")},
            "labeled",
        ),
        # speaking out against an actor is a public judgment
        ("Spain spoke out against Morocco on Friday.", {("Spain", "Morocco")}, "prep:against"),
        ("On Friday, Spain spoke out strongly against Morocco.", {("Spain", "Morocco")}, "prep:against"),
        # an inquiry into an actor, as "investigate"
        ("Nancy Pelosi launched an inquiry into John Smith.", {("Nancy Pelosi", "John Smith")}, "event-noun"),
        ("Canada opened an investigation into John Smith's conduct.", {("Canada", "John Smith")}, "event-noun"),
        # an agreement or a recognition judged: its parties, its "by"
        ("Turkey and Libya signed a maritime agreement. Egypt denounced the agreement.", {("Egypt", "Turkey")}, None),
        ("Turkey condemned the recognition of the island as Greek territory by France.", {("Turkey", "France")}, None),
        # a heavy object after the judging verb's "as" phrase
        (
            "Greece on Monday denounced as a grave crime Turkey's treatment of Kurdish protesters.",
            {("Greece", "Turkey")},
            "shifted-object",
        ),
        ("Chile on Tuesday condemned as a shameful act Peru's seizure of the boats.", {("Chile", "Peru")}, None),
        # the act's "by" hung by the parser on the noun of its "as" complement
        (
            "Turkey attacked the proclamation of the island as Greek territory by the President of France Emmanuel"
            " Macron.",
            {("Turkey", "Emmanuel Macron")},
            "act-doer",
        ),
    ],
)
def test_labelling_speaking_out_inquiries_and_acts_accuse(relations_of, text, pairs, pattern):
    rels = relations_of(text)
    assert pairs <= accused(rels)
    if pattern:
        assert f"accuses:{pattern}" in accusation_patterns(rels)


@pytest.mark.parametrize(
    "text",
    [
        "Canada named Hamas as its partner.",  # no word of blame
        "Canada named Justin Trudeau as the new minister.",
        "Canada did not name Hamas as a terrorist organisation.",  # negated
        "Canada may list Hamas as a terrorist organisation.",  # hedged
        "Spain spoke about Morocco.",  # speaking about is no judgment
        "Spain did not speak out against Morocco.",  # negated
        "Canada opened an investigation into the crash.",  # no actor
        "Egypt denounced an agreement.",  # no agreement told, no party named
        "Egypt welcomed the agreement of Turkey and Libya.",  # no judgment
        "Turkey praised the proclamation of the island as Greek territory by France.",
        "Greece praised as a hero Turkey's president.",  # no judgment
        "Greece did not condemn as a provocation Turkey's visit.",  # negated
    ],
)
def test_no_accusation_without_a_judgment_and_an_actor(relations_of, text):
    assert not accused(relations_of(text))
