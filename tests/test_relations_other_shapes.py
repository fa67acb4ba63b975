"""Shapes of the other predicates (supports, meets, attacks, demands, rejects) that the verb and noun
lexicons did not cover: a hyphened participle ("the Iranian-backed militia"), passives that name their
agent ("X was met by Y"), an exchange that goes both ways ("X and Y traded fire"), fire opened on
somebody, an event undergone ("faced attacks from X"), an attack's object on its war ("the largest
attack of the war on X"), and verbs of FrameNet Contacting, Supporting, Request and Respond_to_proposal
(``ontologies/cues.yaml``).

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
        # a hyphened participle of a support verb: the first half supports the noun's actor
        ("Hezbollah, an Iranian-backed movement, shelled the border post.", ("supports", "Iran", "Hezbollah")),
        (
            "The US-funded Syrian Democratic Forces captured the town.",
            ("supports", "United States", "Syrian Democratic Forces"),
        ),
        ("The Qatari-funded Hamas built the tunnels.", ("supports", "Qatar", "Hamas")),
        # passives that name their agent
        ("Angela Merkel was met by Vladimir Putin at the airport.", ("meets", "Vladimir Putin", "Angela Merkel")),
        ("Angela Merkel was received by Vladimir Putin in the Kremlin.", ("meets", "Vladimir Putin", "Angela Merkel")),
        ("Emmanuel Macron was hosted by Olaf Scholz in Berlin.", ("meets", "Olaf Scholz", "Emmanuel Macron")),
        # FrameNet Contacting and Discussion
        ("Angela Merkel contacted Vladimir Putin about the prisoners.", ("meets", "Angela Merkel", "Vladimir Putin")),
        ("Emmanuel Macron sat down with Olaf Scholz in Paris.", ("meets", "Emmanuel Macron", "Olaf Scholz")),
        # fire opened on somebody, or exchanged with them
        ("Russian troops opened fire on Ukrainian soldiers.", ("attacks", "Russian forces", "Ukrainian forces")),
        ("Georgia launched rocket fire against Armenia at dawn.", ("attacks", "Georgia", "Armenia")),
        ("Armenia exchanged fire with Azerbaijan along the border.", ("attacks", "Armenia", "Azerbaijan")),
        ("Armenia exchanged fire with Azerbaijan along the border.", ("attacks", "Azerbaijan", "Armenia")),
        ("India and Pakistan traded fire across the border.", ("attacks", "India", "Pakistan")),
        ("India and Pakistan traded fire across the border.", ("attacks", "Pakistan", "India")),
        # the event told from the side of whoever undergoes it: the doer is the subject
        ("The German embassy has faced attacks from Hamas before.", ("attacks", "Hamas", "German Embassy")),
        ("The Ukrainian convoy came under fire from Russian troops.", ("attacks", "Russian forces", "Ukraine")),
        ("Angela Merkel received a visit from Vladimir Putin.", ("meets", "Vladimir Putin", "Angela Merkel")),
        ("Ukraine received military aid from Germany in May.", ("supports", "Germany", "Ukraine")),
        # an attack's object on the war it is part of
        ("Russia launched its biggest drone attack of the war on Ukraine.", ("attacks", "Russia", "Ukraine")),
        ("Russia launched the first strike of the offensive against Ukraine.", ("attacks", "Russia", "Ukraine")),
        # forces crossing a border (the plural noun as the subject)
        ("Ukrainian troops crossed into Russia on Tuesday.", ("attacks", "Ukrainian forces", "Russia")),
        (
            "Days after Ukrainian troops crossed into Russia, Kyiv said nothing.",
            ("attacks", "Ukrainian forces", "Russia"),
        ),
        # FrameNet Supporting and Giving
        ("Syria sided with Russia in the vote.", ("supports", "Syria", "Russia")),
        ("Norway handed over weapons to Ukraine in March.", ("supports", "Norway", "Ukraine")),
        ("Qatar equipped Hamas with drones.", ("supports", "Qatar", "Hamas")),
        # backing what somebody proposed backs them; praise (FrameNet Judgment_communication)
        (
            "The Labour Party has endorsed a petition started by the Green Party.",
            ("supports", "Labour Party", "Green Party"),
        ),
        ("Poland backed a plan put forward by Ukraine.", ("supports", "Poland", "Ukraine")),
        ("Robert Mugabe was hailed by Omar Bongo.", ("supports", "Omar Bongo", "Robert Mugabe")),
        ("Angela Merkel lauded Emmanuel Macron for his courage.", ("supports", "Angela Merkel", "Emmanuel Macron")),
        # directives and legal orders
        ("Emmanuel Macron pleaded with Vladimir Putin for a truce.", ("demands", "Emmanuel Macron", "Vladimir Putin")),
        ("The Senate subpoenaed Mike Pompeo on Friday.", ("demands", "Senate", "Mike Pompeo")),
        ("Mike Pompeo was subpoenaed by the Senate.", ("demands", "Senate", "Mike Pompeo")),
        # a proposal turned down or dismissed
        ("Brazil turned down Argentina's offer of talks.", ("rejects", "Brazil", "Argentina")),
        ("Egypt dismissed a request by Hamas for more fuel.", ("rejects", "Egypt", "Hamas")),
    ],
)
def test_other_shapes_found(relations_of, text, expected):
    assert expected in triples(relations_of(text))


@pytest.mark.parametrize(
    "text,predicate",
    [
        ("The Iranian-backed militia attacked the convoy.", "supports"),  # who the militia is, is unknown
        ("Hezbollah, an Iranian-based movement, shelled the border post.", "supports"),  # no support verb
        ("Angela Merkel was met with applause in Moscow.", "meets"),  # no agent: no meeting
        ("Angela Merkel was not received by Vladimir Putin.", "meets"),  # negated
        ("Angela Merkel may contact Vladimir Putin next week.", "meets"),  # hedged
        ("Russian troops opened an office in Ukraine.", "attacks"),  # no fire
        ("Russian troops held fire at the border with Ukraine.", "attacks"),  # not opened
        ("Armenia did not exchange fire with Azerbaijan.", "attacks"),  # negated
        ("Norway handed over the suspect to Sweden.", "supports"),  # no goods: an extradition
        ("Ukraine did not receive aid from Germany.", "supports"),  # negated
        ("Ukraine may receive aid from Germany.", "supports"),  # hedged
        ("The minister received a letter from Vladimir Putin.", "meets"),  # no event noun
        ("Russia launched an attack of the kind on Ukraine's side.", "attacks"),  # "the kind" is no war
        ("Ukrainian refugees crossed into Poland on Tuesday.", "attacks"),  # no forces
        ("Egypt dismissed the head of its army.", "rejects"),  # dismissed from office
        ("Brazil did not turn down Argentina's offer.", "rejects"),  # negated
        ("Angela Merkel supported the decision.", "supports"),  # nobody's decision
        ("Angela Merkel did not laud Emmanuel Macron.", "supports"),  # negated
    ],
)
def test_other_shapes_not_found(relations_of, text, predicate):
    assert not _found(relations_of(text), predicate)


def test_an_exchange_with_one_party_named_goes_both_ways_once(relations_of):
    """ "X exchanged fire with Y": X attacks Y and Y attacks X, and nothing else."""
    found = _found(relations_of("Armenia exchanged fire with Azerbaijan along the border."), "attacks")
    assert found == {("attacks", "Armenia", "Azerbaijan"), ("attacks", "Azerbaijan", "Armenia")}


def test_new_shapes_name_their_pattern(relations_of):
    """Each new shape names the rule that found it."""
    rels = relations_of(
        "Hezbollah, an Iranian-backed movement, shelled the border post. "
        "India and Pakistan traded fire across the border. "
        "Angela Merkel was met by Vladimir Putin at the airport. "
        "Ukraine received military aid from Germany."
    )
    patterns = {r.pattern for r in rels if r.predicate != "claims"}
    assert {"supports:hyphened-participle", "attacks:exchange", "meets:nsubjpass-by", "supports:received"} <= patterns


@pytest.mark.parametrize(
    "text,expected",
    [
        # a participle set off by commas on the subject: what it tells, the subject does
        (
            "Antonio Guterres, meeting with Emmanuel Macron in Paris, said the talks were useful.",
            ("meets", "António Guterres", "Emmanuel Macron"),
        ),
        (
            "Olaf Scholz, talking with Joe Biden on Friday, promised more tanks.",
            ("meets", "Olaf Scholz", "Joe Biden"),
        ),
        # the victim's side of an attack: the passive subject of a verb of harm, the doer on the noun's "by"
        (
            "Two Ukrainian soldiers were wounded in an attack by Russian forces.",
            ("attacks", "Russian forces", "Ukrainian forces"),
        ),
        (
            "Ten Syrian soldiers were killed in an airstrike by Israel on Monday.",
            ("attacks", "Israel", "Syrian soldiers"),
        ),
        # an ultimatum is a threat and a demand
        ("The Chilean army issued an ultimatum to Evo Morales.", ("demands", "Chilean Army", "Evo Morales")),
        ("The Chilean army issued an ultimatum to Evo Morales.", ("threatens", "Chilean Army", "Evo Morales")),
        # a pledge of support backs (as "pledged $1bn to X" does)
        ("Britain pledged support to Ukraine on Monday.", ("supports", "United Kingdom", "Ukraine")),
        ("Britain pledged military support for Ukraine.", ("supports", "United Kingdom", "Ukraine")),
        # a second party's name the parser hung on the first subject
        (
            "On March 2, US President Joe Biden and Turkish President Recep Tayyip Erdogan spoke on the phone.",
            ("meets", "Joe Biden", "Recep Tayyip Erdoğan"),
        ),
        # asking for somebody's extradition asks the state that holds them
        ("Brazil sought the extradition of the banker from Italy.", ("demands", "Brazil", "Italy")),
        ("Russia called for the extradition of the banker from Britain.", ("demands", "Russia", "United Kingdom")),
    ],
)
def test_participles_victims_and_ultimatums_found(relations_of, text, expected):
    assert expected in triples(relations_of(text))


@pytest.mark.parametrize(
    "text,predicate",
    [
        ("The diplomats meeting with Emmanuel Macron were French.", "meets"),  # no comma: no actor's act
        ("Ten Ukrainian soldiers were not killed in an attack by Russian forces.", "attacks"),  # negated
        ("Ten Ukrainian soldiers may be killed in an attack by Russian forces.", "attacks"),  # hedged
        ("Ten Ukrainian soldiers were killed in an attack on Russian forces.", "attacks"),  # no doer named
        ("Ten Ukrainian soldiers were killed in a meeting by Russian forces.", "attacks"),  # no attack noun
        ("The Chilean army did not issue an ultimatum to Evo Morales.", "demands"),  # negated
        ("The Chilean army issued a threat to Evo Morales.", "demands"),  # a threat alone asks nothing
        ("Britain did not pledge support to Ukraine.", "supports"),  # negated
        ("Joe Biden, the US president, spoke to reporters on the phone.", "meets"),  # nobody met
        ("US President Joe Biden and Turkish President Recep Tayyip Erdogan did not speak.", "meets"),  # negated
        ("Britain offered aid to Ukraine.", "supports"),  # offered only: "offer" is no support verb
        ("Britain sought a meeting with Ukraine.", "meets"),  # sought only: no meeting held
        ("Brazil did not seek the extradition of the banker from Italy.", "demands"),  # negated
        ("France approved the extradition of the banker to Russia.", "demands"),  # nobody asked of
    ],
)
def test_participles_victims_and_ultimatums_not_found(relations_of, text, predicate):
    assert not _found(relations_of(text), predicate)


def test_victims_and_ultimatums_name_their_pattern(relations_of):
    """The victim's side and the ultimatum's demand each name their rule."""
    rels = relations_of(
        "Two Ukrainian soldiers were wounded in an attack by Russian forces. "
        "The Chilean army issued an ultimatum to Evo Morales."
    )
    assert {"attacks:harmed-in", "demands:demanding-threat"} <= {r.pattern for r in rels}


@pytest.mark.parametrize(
    "text,expected",
    [
        # FrameNet Request: the addressee of "call for" is the subject of its for-to clause
        ("Kenya called for Uganda to withdraw its troops from the island.", ("demands", "Kenya", "Uganda")),
        ("Germany called on Friday for Russia to release the journalists.", ("demands", "Germany", "Russia")),
        (
            "On Monday, the Kenyan foreign minister called for Uganda to pull its troops out.",
            ("demands", "Kenyan foreign minister", "Uganda"),
        ),
        ("Kenya has repeatedly called for Uganda and Rwanda to end the fighting.", ("demands", "Kenya", "Rwanda")),
        ("Kenya has repeatedly called for Uganda and Rwanda to end the fighting.", ("demands", "Kenya", "Uganda")),
    ],
)
def test_a_call_for_somebody_to_act_demands_of_them(relations_of, text, expected):
    assert expected in triples(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not call for Uganda to withdraw its troops.",  # negated
        "Kenya may call for Uganda to withdraw its troops.",  # hedged
        "Kenya waited for Uganda to withdraw its troops.",  # no verb of asking
        "Kenya called for the release of the Ugandan prisoners.",  # nobody addressed
        "Kenya called for elections to be held in Uganda.",  # the clause's subject is no actor
    ],
)
def test_a_call_for_somebody_to_act_not_found(relations_of, text):
    assert not _found(relations_of(text), "demands")


def test_a_call_for_somebody_to_act_names_its_pattern(relations_of):
    """The for-to clause's subject is found by its own rule."""
    rels = relations_of("Kenya called for Uganda to withdraw its troops from the island.")
    assert "demands:marked:for" in {r.pattern for r in rels}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verb that raises the scale of an event carries its noun (FrameNet Cause_change_of_scalar_position)
        ("Britain boosted military aid to Ukraine.", ("supports", "United Kingdom", "Ukraine")),
        ("In May, Germany increased its support for Ukraine.", ("supports", "Germany", "Ukraine")),
        ("Russia increased attacks on Ukraine in May.", ("attacks", "Russia", "Ukraine")),
    ],
)
def test_an_event_made_larger_is_carried_on(relations_of, text, expected):
    assert expected in triples(relations_of(text))


@pytest.mark.parametrize(
    "text,predicate",
    [
        ("Britain did not boost aid to Ukraine.", "supports"),  # negated
        ("Britain may increase aid to Ukraine.", "supports"),  # hedged
        ("Britain boosted its exports to Ukraine.", "supports"),  # no event noun
    ],
)
def test_an_event_made_larger_not_found(relations_of, text, predicate):
    assert not _found(relations_of(text), predicate)
