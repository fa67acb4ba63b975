"""Wrongdoing a claim states of an actor (``graphkit/nlp/relations/wrongdoing.py``): "X said Y rigged the
vote" → X accuses Y, with the claimant's own speech act (no ``attributed_to``) and the pattern
``accuses:SHAPE``; nothing when the content is negated, hedged, conditional, a question, or about the
speaker itself or a victim.

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from graphkit.errors import GraphkitError
from graphkit.nlp.relations.wrongdoing import WRONG_SHAPES, load_wrongdoing

from .conftest import triples

KENYA = "The Kenyan foreign minister"
SUDAN = ("accuses", "Kenyan foreign minister", "Sudan")
AMNESTY = ("accuses", "Amnesty International", "China")
HRW = ("accuses", "Human Rights Watch", "Croatia")
UKRAINE = ("accuses", "Ukraine's foreign minister", "Russia")

POSITIVE = [
    # wrong-verb: a verb whose doing is a wrong, in several shapes of report
    (f"{KENYA} said the Sudanese government had rigged the election.", SUDAN, "wrong-verb"),
    ('"The Sudanese government rigged the election," the Kenyan foreign minister said.', SUDAN, "wrong-verb"),
    (f"{KENYA} said the election was rigged by the Sudanese government.", SUDAN, "wrong-verb"),
    ("The Sudanese government, the Kenyan foreign minister said, stole the election.", SUDAN, "wrong-verb"),
    (f"{KENYA} said the Sudanese government stole the vote and persecuted journalists.", SUDAN, "wrong-verb"),
    # wrong-verb with an object: a verb of concealing
    (
        "Ahmad Karimi alleged the Afghan government is hiding the real death toll.",
        ("accuses", "Ahmad Karimi", "Afghanistan"),
        "wrong-verb",
    ),
    (
        "Human Rights Watch said the Croatian government covered up the killings.",
        ("accuses", "Human Rights Watch", "Croatia"),
        "wrong-verb",
    ),
    # harm-to-protected: an attack on protected people or places
    (
        "Vladimir Putin said Ukraine shelled a hospital in Donetsk.",
        ("accuses", "Vladimir Putin", "Ukraine"),
        "harm-to-protected",
    ),
    (
        "Human Rights Watch said two schools in Aleppo were bombed by Russia.",
        ("accuses", "Human Rights Watch", "Russia"),
        "harm-to-protected",
    ),
    # harm-to-protected: repression of what civil rights protect
    ("Amnesty International said the Chinese government crushed the protests.", AMNESTY, "harm-to-protected"),
    ('"The Chinese government silenced the press," Amnesty International said.', AMNESTY, "harm-to-protected"),
    # failed-duty: a duty left undone
    ("Human Rights Watch said Croatian authorities are failing to protect Serb refugees.", HRW, "failed-duty"),
    (
        "According to Human Rights Watch, the Croatian government failed to investigate the killings.",
        HRW,
        "failed-duty",
    ),
    # ... refused, or a problem left unaddressed (FrameNet Agree_or_refuse_to_act, Resolve_problem)
    ("Human Rights Watch said the Croatian government refused to comply with international law.", HRW, "failed-duty"),
    ("Human Rights Watch said the Croatian government has failed to address the refugee crisis.", HRW, "failed-duty"),
    # a factive's complement is stated even when the main clause is negated
    (
        "Amnesty International said the ban cannot change the fact that the Chinese government crushed the protests.",
        AMNESTY,
        "harm-to-protected",
    ),
    (f"{KENYA} said people forget that the Sudanese government rigged the last election.", SUDAN, "wrong-verb"),
    (
        "Reporters Without Borders said Egyptian police fired at journalists in Cairo.",
        ("accuses", "Reporters Without Borders", "Egyptian Police"),
        "harm-to-protected",
    ),
    # a person may accuse their own government
    (
        "The Russian opposition leader Alexei Navalny said the Russian government rigged the election.",
        ("accuses", "Alexei Navalny", "Russia"),
        "wrong-verb",
    ),
    # wrong-manner: an adverb of illegality, a noun of wrongdoing as the means
    (
        "Joe Biden claimed Vladimir Putin won the election only through fraud.",
        ("accuses", "Joe Biden", "Vladimir Putin"),
        "wrong-manner",
    ),
    (
        "According to Mike Pompeo, Iran illegally transports weapons to Syria.",
        ("accuses", "Mike Pompeo", "Iran"),
        "wrong-manner",
    ),
    # wrong-manner: a noun of disdain for what is owed respect, on the verb or hung on its object
    (
        '"The Sudanese government treats the constitution with utter contempt," the Kenyan foreign minister said.',
        SUDAN,
        "wrong-manner",
    ),
    (f"{KENYA} said the Sudanese government acted in flagrant disregard of the treaty.", SUDAN, "wrong-manner"),
    (
        f"{KENYA} said the Sudanese army operates with impunity in Darfur.",
        ("accuses", *SUDAN[1:2], "Sudanese Armed Forces"),
        "wrong-manner",
    ),
    # resisted-wrong: the owner of a wrong the claim calls to resist, whatever the modal
    ("Ukraine's foreign minister said Russia's aggression must be stopped.", UKRAINE, "resisted-wrong"),
    ("Ukraine's foreign minister said the world must stop Russian aggression.", UKRAINE, "resisted-wrong"),
    (
        '"The Syrian army will help us end the Turkish aggression," the Syrian Democratic Forces said.',
        ("accuses", "Syrian Democratic Forces", "Turkey"),
        "resisted-wrong",
    ),
    (  # a group's label keeps its proper adjectives as written
        '"The Syrian army will help us end the Turkish aggression," the Syrian Kurdish militia said.',
        ("accuses", "Syrian Kurdish militia", "Turkey"),
        "resisted-wrong",
    ),
    # ... a noun a wrong adjective qualifies, and the intransitive verb of ending ("Y's aggression must end")
    ("Ukraine's foreign minister said the world must stop Russia's aggressive policies.", UKRAINE, "resisted-wrong"),
    ("Ukraine's foreign minister said Russia's destabilising activities must end.", UKRAINE, "resisted-wrong"),
    ("Ukraine's foreign minister said Russia's aggression must stop.", UKRAINE, "resisted-wrong"),
    # labelled-wrong: a verb of labelling calls somebody's act a wrong; the act's owner is accused
    (
        "Iraq's prime minister called the American strike an aggression on Iraq.",
        ("accuses", "Iraq's prime minister", "United States"),
        "labelled-wrong",
    ),
    ("Pakistan described India's decision as illegal.", ("accuses", "Pakistan", "India"), "labelled-wrong"),
    (
        "Pakistan described the decision by India as an act of aggression.",
        ("accuses", "Pakistan", "India"),
        "labelled-wrong",
    ),
    # ... a breach of a norm (FrameNet Compliance)
    (
        'Pakistan called India\'s decision a "breach of its obligations under the treaty".',
        ("accuses", "Pakistan", "India"),
        "labelled-wrong",
    ),
    (
        "Pakistan described India's decision as a violation of the ceasefire agreement.",
        ("accuses", "Pakistan", "India"),
        "labelled-wrong",
    ),
    # wrong-attribute: a copula with an adjective of illegality or guilt
    (
        "Human Rights Watch said the Thai junta is corrupt.",
        ("accuses", "Human Rights Watch", "Thailand"),
        "wrong-attribute",
    ),
    (
        "Recep Tayyip Erdogan said the PKK is a terrorist organisation.",
        ("accuses", "Recep Tayyip Erdoğan", "Kurdistan Workers' Party"),
        "wrong-attribute",
    ),
    (
        "The Irish lawmaker Ann Byrne tweeted that Israel is a state illegally occupying Palestine.",
        ("accuses", "Ann Byrne", "Israel"),
        "wrong-attribute",
    ),
]


@pytest.mark.parametrize(("text", "expected", "shape"), POSITIVE)
def test_wrongdoing_stated_in_a_claim_is_an_accusation(relations_of, text, expected, shape):
    rels = [r for r in relations_of(text) if r.predicate == "accuses"]
    assert expected in triples(rels)
    mine = [r for r in rels if (r.subject.label, r.object.label) == expected[1:]]
    assert [r.pattern for r in mine] == [f"accuses:{shape}"]
    assert all(r.attributed_to is None for r in mine)  # the claimant's own speech act


def test_wrongdoing_names_its_shape(relations_of):
    rels = relations_of(f"{KENYA} said the Sudanese government had rigged the election.")
    assert {r.pattern for r in rels if r.predicate == "accuses"} == {"accuses:wrong-verb"}
    assert {shape for _, _, shape in POSITIVE} == set(WRONG_SHAPES)  # each shape has its positive cases


NEGATIVE = [
    f"{KENYA} said the Sudanese government did not rig the election.",  # negated
    f"{KENYA} said the Sudanese government may have rigged the election.",  # hedged
    f"{KENYA} said that if the Sudanese government rigged the election, there would be protests.",  # conditional
    f"{KENYA} asked whether the Sudanese government had rigged the election?",  # a question
    "Ahmad Karimi said the Afghan government was hiding in the capital.",  # concealing without an object
    "Vladimir Putin said Ukraine shelled Russian positions near Donetsk.",  # no protected victim
    "Joe Biden claimed Vladimir Putin won the election through hard work.",  # no wrongdoing as the means
    "Human Rights Watch said the Thai junta is not corrupt.",  # negated copula
    "Russia said Russia had never rigged an election.",  # the speaker itself, negated
    "Amnesty International said the Chinese government crushed the rebellion.",  # no civil right repressed
    "Amnesty International said the Chinese government suppressed inflation.",
    "Human Rights Watch said the Croatian government failed to win the vote.",  # no duty
    "Human Rights Watch said the Croatian government did not fail to protect the refugees.",  # negated
    f"{KENYA} said people forget that the Sudanese government lost the last election.",  # no wrong presupposed
    f"{KENYA} said the Sudanese government won the war in the fight against terrorism.",  # the fight's object
    f"{KENYA} said the Sudanese government rigs elections if it can.",  # conditional
    "Ukraine's foreign minister said Russia's aggression must not be stopped.",  # negated
    "Ukraine's foreign minister said there was no Russian aggression to stop.",  # no wrong to resist
    "Human Rights Watch said it would investigate Russia's crimes.",  # questioned, not resisted
    "Pakistan did not describe India's decision as illegal.",  # negated labelling
    "Pakistan described India's decision as unexpected.",  # no wrong in the label
    "Pakistan called it an aggression.",  # a pronoun: whose act is not known here
    "Ukraine's foreign minister said talk of Russian aggression to be stopped was false.",  # called false
    "Reporters Without Borders said the Egyptian newspaper Al-Ahram fired two journalists.",  # dismissed, not shot
    "Russia said Russian forces had shelled a school used by Ukrainian troops.",  # a state on its own side
    "Human Rights Watch said the Croatian government covered the costs of the trial.",  # "cover" without "up"
    "Amnesty International said Chinese police killed three militants.",  # no protected victim
    f"{KENYA} said the Sudanese government did not treat the constitution with contempt.",  # negated
    f"{KENYA} said the Sudanese government may treat the constitution with contempt.",  # hedged
    f"{KENYA} said the Sudanese government treated the request with respect.",  # no disdain
    f"{KENYA} said the Sudanese government has a problem with corruption.",  # a wrong noun on the object: its topic
    f"{KENYA} said the new rules were in disregard of the treaty.",  # a state of a thing, not a doing
    "Ukraine's foreign minister said the world must stop Russia's new policies.",  # no wrong adjective
    "Human Rights Watch said the Croatian government did not refuse to comply with international law.",  # negated
    "Human Rights Watch said the Croatian government refused to sign the deal.",  # no duty refused
    "Pakistan called India's decision a breach of the wall.",  # a breach of no norm
    "Ukraine's foreign minister said Russia's aggression will not end.",  # negated
    "Ukraine's foreign minister said Russia's aggression must stop the talks.",  # the wrong does the stopping
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_wrongdoing_not_stated(relations_of, text):
    assert not any(r.predicate == "accuses" and r.pattern.split(":")[-1] in WRONG_SHAPES for r in relations_of(text))


def test_wrongdoing_blames_the_doer_not_the_victim(relations_of):
    rels = relations_of("Vladimir Putin said Ukrainian troops shelled a Turkish hospital in Donetsk.")
    accused = {o for p, _, o in triples(rels) if p == "accuses"}
    assert accused == {"Ukrainian forces"}  # not Turkey, whose hospital was hit


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The Kenyan envoy said the Ugandan foreign minister had claimed the Sudanese government rigged the vote.",
            "Kenyan envoy",
        ),
        (
            "Uganda's foreign minister said Kenya had claimed that the Sudanese government rigged the vote.",
            "Uganda's foreign minister",
        ),
    ],
)
def test_wrongdoing_in_a_third_partys_claim_is_attributed(relations_of, text, claimant):
    rels = [r for r in relations_of(text) if r.predicate == "accuses"]
    assert [r.object.label for r in rels] == ["Sudan"]  # the inner claimant's, not the outer one's
    assert rels[0].attributed_to is not None and rels[0].attributed_to.label == claimant


def test_wrongdoing_never_accuses_the_victim(relations_of):
    rels = relations_of("Human Rights Watch said Ukrainian civilians died in the aggression of Russian forces.")
    accused = {o for p, _, o in triples(rels) if p == "accuses"}
    assert not any("civilian" in o.lower() for o in accused)
    rels = relations_of("Ukraine said Russian forces killed Ukrainian civilians through aggression.")
    assert ("accuses", "Ukraine", "Russian forces") in triples(rels)  # the same wrong, by its doer


def test_wrongdoing_lexicon_is_validated(tmp_path):
    assert "rig" in load_wrongdoing().verbs
    bad = tmp_path / "wrongdoing.yaml"
    bad.write_text("verbs: [rig, yes]\nadverbs: illegally\nsins: [greed]\n", encoding="utf-8")
    with pytest.raises(GraphkitError, match="E030.*wrongdoing.yaml.*sins"):
        load_wrongdoing(bad)
    bad.write_text("verbs: [rig, true]\n", encoding="utf-8")
    with pytest.raises(GraphkitError, match="E030.*verbs"):
        load_wrongdoing(bad)


@pytest.mark.parametrize(
    "text",
    [
        "Norway said Sweden had arrested the perpetrators of the attack.",
        "Norway said Sweden would extradite the terrorists to Denmark.",
        "Norway said the bill would have let Sweden extradite accused criminals to be tried under its laws.",
    ],
)
def test_a_blame_word_as_a_verbs_object_blames_no_subject(relations_of, text):
    """ "Y arrested the perpetrators": a verb's object is what its subject acts on, not what the subject is."""
    assert ("accuses", "Norway", "Sweden") not in triples(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway said Sweden was responsible for the attack.",
        "Norway said Sweden declared itself an outlaw nation.",
        "Norway described Sweden as a criminal state.",
    ],
)
def test_a_blame_word_said_of_the_subject_still_blames(relations_of, text):
    assert ("accuses", "Norway", "Sweden") in triples(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Saudi foreign minister said Iran's malign influence had grown.",
        '"The airline supports the Iranian government\'s destructive ambitions," the Saudi foreign minister said.',
    ],
)
def test_an_owned_act_called_malign_or_destructive_blames_its_owner(relations_of, text):
    assert any(p == "accuses" and o.startswith("Iran") for p, _, o in triples(relations_of(text)))


def test_a_destructive_thing_that_is_no_ones_act_blames_nobody(relations_of):
    rels = relations_of("The Saudi foreign minister said the destructive storm hit Iran.")
    assert not any(p == "accuses" for p, _, _ in triples(rels))
