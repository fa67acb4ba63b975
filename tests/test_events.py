"""Events beyond claims (PLOVER's threaten/attack/support/reject/meet/demand), what a claim itself
states (blame, demands, threats, denials), and the references that make them land on the right actor.

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from .conftest import triples as _triples


def _countries(rels):
    """(predicate, subject country, object country) with a country node standing for itself."""

    def country(a):
        return a.label if a.type == "Country" else a.country

    return {(r.predicate, country(r.subject), country(r.object)) for r in rels if r.object is not None}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a place stands for its country; a town from the GeoNames list, a capital from the gazetteer
        ("Turkish jets bombed positions near Kirkuk on Sunday.", ("attacks", "Turkey", "Iraq")),
        ("Turkish jets bombed positions near Kirkuk.", ("attacks", "Turkey", "Iraq")),  # place on the verb
        ("The Indian prime minister arrived in Dhaka for a two-day visit.", ("meets", "India", "Bangladesh")),
        # people and things marked by a country: "Kenyan police", "an Egyptian proposal", "Iraqi towns"
        ("Kenyan police beat Ugandan protesters.", ("attacks", "Kenya", "Uganda")),
        ("Ethiopia rejected an Egyptian proposal on the dam.", ("rejects", "Ethiopia", "Egypt")),
        ("Japan rejected South Korea's demand for compensation.", ("rejects", "Japan", "South Korea")),
        # through a preposition: "an attack on a village in ...", "calls by ..."
        ("Armenia rejected calls by Azerbaijan's leaders for a corridor.", ("rejects", "Armenia", "Azerbaijan")),
        # "Vietnamese-led", "Russian-backed"
        ("Russian-backed forces shelled Mariupol overnight.", ("attacks", "Russia", "Ukraine")),
    ],
)
def test_events_reach_countries_through_places_and_marked_nouns(relations_of, text, expected):
    assert expected in _countries(relations_of(text))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Chile launched an offensive against Bolivia.", ("attacks", "Chile", "Bolivia")),
        ("Norway held talks with Iceland on fishing quotas.", ("meets", "Norway", "Iceland")),
        ("Peru issued an ultimatum to Ecuador over the border.", ("threatens", "Peru", "Ecuador")),
        ("Ghana granted asylum to Togolese activists.", ("supports", "Ghana", "Togo")),
        ("Greece lodged a formal protest with Turkey.", ("accuses", "Greece", "Turkey")),
    ],
)
def test_events_from_event_nouns_with_light_verbs(relations_of, text, expected):
    assert expected in _countries(relations_of(text))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Hungary demanded that Romania withdraw the decree.", ("demands", "Hungary", "Romania")),
        ("Qatar urged Israel to reopen the crossing.", ("demands", "Qatar", "Israel")),
        ("Iran threatened to cut gas supplies to Turkey.", ("threatens", "Iran", "Turkey")),
        ("Spain is opposed to British plans for Gibraltar.", ("rejects", "Spain", "United Kingdom")),
        ("Kenya threatened to recall its troops unless Somalia paid the arrears.", ("threatens", "Kenya", "Somalia")),
    ],
)
def test_events_with_clausal_and_infinitive_objects(relations_of, text, expected):
    assert expected in _countries(relations_of(text))


@pytest.mark.parametrize(
    ("text", "relation", "present"),
    [
        # what is threatened, urged, demanded or refused is not done; what is done is
        ("Iran threatened to shell Iraqi towns.", ("attacks", "Iran", "Iraq"), False),
        ("Iran shelled Iraqi towns.", ("attacks", "Iran", "Iraq"), True),
        ("France urged Germany to support Poland.", ("supports", "Germany", "Poland"), False),
        ("Germany supported Poland at France's urging.", ("supports", "Germany", "Poland"), True),
        ("Serbia refused to meet Croatian envoys.", ("meets", "Serbia", "Croatia"), False),
        ("Serbia met Croatian envoys.", ("meets", "Serbia", "Croatia"), True),
        # "seized it": a pronoun object of an attack is a place or a thing here, not an actor
        ("Russian troops entered the plant and seized it.", ("attacks", "Russia", "Russia"), False),
        ("Russian troops entered the plant and attacked Ukrainian guards.", ("attacks", "Russia", "Ukraine"), True),
    ],
)
def test_events_that_are_not_done_give_nothing(relations_of, text, relation, present):
    assert (relation in _countries(relations_of(text))) is present


def test_events_object_control_gives_the_controller_as_subject(relations_of):
    rels = relations_of("Brazil asked Argentina to help Paraguay after the floods.")
    assert ("demands", "Brazil", "Argentina") in _triples(rels)
    assert ("supports", "Brazil", "Paraguay") not in _triples(rels)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a demand stated in a claim
        ("Sweden said Hungary must ratify the treaty.", ("demands", "Sweden", "Hungary")),
        # a threat stated in a claim, with the target in the condition
        (
            "Pyongyang said that if Seoul continued the drills, North Korea would strike.",
            ("threatens", "North Korea", "South Korea"),
        ),
        # wrongdoing owned by an actor: "Moscow's aggression", "crimes committed by X"
        ("Estonia said Moscow's aggression had to stop.", ("accuses", "Estonia", "Russia")),
        # a conditional threat stated in a claim: whom the condition is on
        ("Ankara said it would close the border unless Damascus withdrew.", ("threatens", "Turkey", "Syria")),
        # blame words in a description: "the Kremlin criminals"
        ("Kyiv said the Kremlin criminals would answer for it.", ("accuses", "Ukraine", "Kremlin")),
    ],
)
def test_stated_acts_inside_claims(relations_of, text, expected):
    assert expected in _triples(relations_of(text))


def test_stated_denial_points_at_the_accuser(relations_of):
    rels = relations_of(
        "Colombia accused Venezuela of sheltering rebels. Caracas said Venezuela does not shelter anyone."
    )
    assert ("denies", "Venezuela", "Colombia") in _triples(rels)


def test_stated_denial_of_a_statement_called_false(relations_of):
    rels = relations_of("Beijing called Manila's allegations baseless.")
    assert ("denies", "China", "Philippines") in _triples(rels)


def test_stated_refusal_is_a_rejection_not_a_denial(relations_of):
    rels = relations_of("Japan accused China of coercion. Beijing said China would never accept such claims.")
    assert ("rejects", "China", "Japan") in _triples(rels)
    assert ("denies", "China", "Japan") not in _triples(rels)


def test_denial_of_a_claim_in_a_reduced_relative(relations_of):
    rels = relations_of("Russia said its forces had taken the village, a claim rejected by Kyiv.")
    assert ("denies", "Ukraine", "Russia") in _triples(rels)


@pytest.mark.parametrize(
    "text,pairs",
    [
        ("Serbia and Kosovo accused each other of provocations.", {("Serbia", "Kosovo"), ("Kosovo", "Serbia")}),
        (
            "Sudan and Chad traded barbs. Sudan blamed Chad. Both sides accused each other of arming rebels.",
            {("Sudan", "Chad"), ("Chad", "Sudan")},
        ),
    ],
)
def test_reciprocal_accusations_go_both_ways(relations_of, text, pairs):
    found = {(s, o) for p, s, o in _triples(relations_of(text)) if p == "accuses"}
    assert pairs <= found


def test_reference_an_office_described_first_and_named_next(relations_of):
    rels = relations_of(
        "Hungary's foreign minister blamed Ukraine for the dispute.\n\n"
        "Peter Szijjarto spoke in Budapest.\n\n"
        "The foreign minister later met Serbian President Aleksandar Vucic."
    )
    triples = _triples(rels)
    assert ("accuses", "Péter Szijjártó", "Ukraine") in triples
    assert ("meets", "Péter Szijjártó", "Aleksandar Vučić") in triples


def test_reference_object_pronoun_is_not_its_clause_subject(relations_of):
    rels = relations_of("Ilham Aliyev spoke to Antony Blinken on Monday and urged him to press Yerevan.")
    assert ("demands", "Ilham Aliyev", "Antony Blinken") in _triples(rels)


def test_reference_the_one_named_leader_of_a_country(relations_of):
    rels = relations_of("Donald Trump spoke on Friday. Medvedev accused the American leader of bluffing.")
    assert ("accuses", "Dmitry Medvedev", "Donald Trump") in _triples(rels)


def test_reference_a_headline_surname_is_the_full_name_of_the_text(relations_of):
    rels = relations_of("Ruto: Kenya will not back down\n\nPresident William Ruto said Kenya would keep its troops.")
    labels = {r.subject.label for r in rels}
    assert "Ruto" not in labels and "William Ruto" in labels


def test_reference_a_blank_line_ends_a_sentence(relations_of):
    rels = relations_of("Oslo denies any role\n\nNorway's foreign minister accused Russia of spying.")
    assert any(p == "accuses" and o == "Russia" for p, _, o in _triples(rels))


def test_reference_a_leaders_government_is_the_country(relations_of):
    rels = relations_of("Families of hostages in Israel urged Netanyahu's government to sign the deal.")
    triples = _triples(rels)
    assert not any(s == "Israel" and p == "demands" for p, s, _ in triples)
    assert ("demands", "Egypt", "Israel") in _triples(
        relations_of("Egypt urged Netanyahu's government to sign the deal.")
    )


ZELENSKY_DEMANDS, BLINKEN_ACCUSES = ("demands", "Volodymyr Zelensky"), ("accuses", "Antony Blinken")
PESKOV_DENIES, PESKOV_REJECTS = ("denies", "Dmitry Peskov", "Ukraine"), ("rejects", "Dmitry Peskov", "Ukraine")
ACCUSED = "Ukraine accused Russia of war crimes. "


@pytest.mark.parametrize(
    ("text", "relation", "present"),
    [
        # nothing stated against one's own side, and countering a wrongdoing is no wrongdoing; the same
        # statement against another side is
        ("Zelensky said Ukraine must win this war.", (*ZELENSKY_DEMANDS, "Ukraine"), False),
        ("Zelensky said Russia must leave Ukraine.", (*ZELENSKY_DEMANDS, "Russia"), True),
        ("Blinken said the United States was investigating the crimes.", (*BLINKEN_ACCUSES, "United States"), False),
        ("Blinken said Russia was committing the crimes.", (*BLINKEN_ACCUSES, "Russia"), True),
        ("Lavrov said Russia was fighting terrorism in Syria.", ("accuses", "Sergei Lavrov", "Russia"), False),
        ("Lavrov said Turkey was sponsoring terrorism in Syria.", ("accuses", "Sergei Lavrov", "Turkey"), True),
        (
            "Scholz said Germany welcomed Turkey's involvement in the talks.",
            ("accuses", "Olaf Scholz", "Turkey"),
            False,
        ),
        ("Scholz said Turkey's involvement in the talks was a crime.", ("accuses", "Olaf Scholz", "Turkey"), True),
        ("Macron said France stands behind Ukraine.", ("accuses", "Emmanuel Macron", "Ukraine"), False),
        (
            "Macron said France stands behind Ukraine against Russia's aggression.",
            ("accuses", "Emmanuel Macron", "Russia"),
            True,
        ),
        (
            "Biden said the US was responsible for the safety of its diplomats.",
            ("accuses", "Joe Biden", "United States"),
            False,
        ),
        ("Biden said Iran was responsible for the attack on its diplomats.", ("accuses", "Joe Biden", "Iran"), True),
        # a negated statement on another subject answers no accusation; on the accused side it does
        (ACCUSED + "Peskov said Russia has not yet decided on the grain deal.", PESKOV_DENIES, False),
        (ACCUSED + "Peskov said Russia has not committed any crimes.", PESKOV_DENIES, True),
        (ACCUSED + "Peskov said Russia would not attend the Geneva talks.", PESKOV_REJECTS, False),
        (ACCUSED + "Peskov said Russia would never accept the accusation.", PESKOV_REJECTS, True),
        # a statement verb inside somebody's reported clause does not claim "X said"; as the main verb it does
        ("Blinken said Russia had confirmed the deployment.", ("claims", "Russia", None), False),
        ("Russia confirmed that the deployment was complete.", ("claims", "Russia", None), True),
        # a meeting sought or a threat not made is none
        ("Zelensky sought a meeting with Putin.", ("meets", "Volodymyr Zelensky", "Vladimir Putin"), False),
        ("Zelensky held a meeting with Putin.", ("meets", "Volodymyr Zelensky", "Vladimir Putin"), True),
        ("Russia made no threat against Ukraine.", ("threatens", "Russia", "Ukraine"), False),
        ("Russia made a threat against Ukraine.", ("threatens", "Russia", "Ukraine"), True),
    ],
)
def test_review_cases_give_nothing(relations_of, text, relation, present):
    assert (relation in _triples(relations_of(text))) is present


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        # a sports win, a vote, an economic blow, a legal seizure, a flight: no attack; the armed act is one
        ("Germany beat Argentina in the World Cup final.", None),
        ("Germany attacked Argentina in the war.", ("Germany", "Argentina")),
        ("The Senate killed the Ukraine aid bill.", None),
        ("Russian forces killed Ukrainian soldiers.", ("Russia", "Ukraine")),
        ("American tariffs hit Chinese exporters.", None),
        ("Israeli jets hit Hamas positions in Gaza.", ("Israel", "Palestine")),
        ("The United States seized Russian assets.", None),
        ("Ukrainian forces seized Russian positions.", ("Ukraine", "Russia")),
        ("Ukrainian refugees crossed into Poland.", None),
        ("Ukrainian troops crossed into Russia and attacked Russian border posts.", ("Ukraine", "Russia")),
        ("Putin said Russia will strike Kyiv.", None),  # not done yet (a threat, which the claim states)
        ("Putin said Russia struck Kyiv.", ("Russia", "Ukraine")),
    ],
)
def test_figures_of_speech_and_futures_are_no_attacks(relations_of, text, attack):
    attacks = {(s, o) for p, s, o in _countries(relations_of(text)) if p == "attacks"}
    assert attacks == ({attack} if attack else set())


def test_denial_of_an_unnamed_thing_answers_the_recent_accusation(relations_of):
    rels = relations_of("Ukraine accused Russia of shelling the plant. The Kremlin denied any involvement.")
    assert ("denies", "Kremlin", "Ukraine") in _triples(rels)


def test_a_conjoined_accusation_stays_with_its_own_subject(relations_of):
    rels = relations_of("Zelensky said Putin lied to the world and accused Ukraine of shelling its own cities.")
    assert ("accuses", "Vladimir Putin", "Ukraine") in _triples(rels)
    assert ("accuses", "Volodymyr Zelensky", "Ukraine") not in _triples(rels)


def test_an_unclosed_quote_does_not_swallow_the_next_attribution(relations_of):
    rels = relations_of(
        'Zelensky said: "We will win. Later on Monday, Russia accused Ukraine of staging "provocations" near the plant.'
    )
    assert ("accuses", "Russia", "Ukraine") in _triples(rels)


def test_an_actor_may_accuse_its_own_government(relations_of):
    rels = relations_of(
        "Israel's national security minister Itamar Ben-Gvir accused the Israeli government of repeating past mistakes."
    )
    assert ("accuses", "Itamar Ben-Gvir", "Israel") in _triples(rels)
