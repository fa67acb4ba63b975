"""Attacks in words and legal charges (FrameNet Judgment_communication, Notification_of_charges,
Criminal_investigation, Arrest): "X attacked the inquiry as a sham" accuses the doer of the inquiry and
attacks nobody (``graphkit/nlp/relations/verbal.py``); "X hit out at Y"; "X brought charges against Y"; an
investigation judged blames its investigator (``judged_acts`` of ``ontologies/cues.yaml``); "X arrested Y
for spying" accuses Y (``graphkit/nlp/relations/charges.py``).

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from graphkit.errors import GraphkitError
from graphkit.nlp.relations.acts import load_acts
from graphkit.nlp.relations.charges import load_charges
from graphkit.resources import ONTOLOGIES

from .conftest import accused, triples


@pytest.mark.parametrize(
    "text",
    [
        "Norway attacked Sweden's investigation as a farce.",
        "Norway attacked the Swedish probe as 'garbage'.",
        'On Monday Norway attacked the inquiry by Sweden as "a disgrace to justice".',
        "Norway, in a long statement, attacked the Swedish decision to close the border as illegal.",
        "Norway attacked Sweden as a rogue state.",
        # the act narrated before, by its verb or retold as a noun of its frame
        "Sweden opened an inquiry into the Norwegian minister. Norway attacked the investigation as a sham.",
        "Sweden investigated the Norwegian minister. Norway attacked the investigation as a farce.",
    ],
)
def test_an_attack_in_words_accuses_and_attacks_nobody(relations_of, text):
    rels = relations_of(text)
    assert ("Norway", "Sweden") in accused(rels)
    assert not any(p == "attacks" and s == "Norway" for p, s, _ in triples(rels))


@pytest.mark.parametrize(
    ("text", "attacked"),
    [
        ("Russian troops attacked Ukraine as revenge for the bombing.", ("Russian forces", "Ukraine")),
        ("Russian troops attacked Ukraine on Monday.", ("Russian forces", "Ukraine")),
    ],
)
def test_an_attack_without_a_derogation_is_an_attack(relations_of, text, attacked):
    rels = relations_of(text)
    assert ("attacks", *attacked) in triples(rels)
    assert not accused(rels)


@pytest.mark.parametrize(
    "text",
    [
        "Norway did not attack Sweden's investigation as a farce.",  # negated
        "Norway may attack Sweden's investigation as a sham.",  # hedged
        "Norway attacked the investigation as a sham.",  # no investigator told
    ],
)
def test_no_accusation_from_an_attack_in_words_not_made(relations_of, text):
    assert ("Norway", "Sweden") not in accused(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway hit out at Sweden over the fishing ban.",
        "Norway hit out at the Swedish decision to close the border.",
        "On Monday, Norway's foreign ministry hit out at Sweden.",
        "Sweden closed the border on Monday. Norway hit out at the move.",
        # the idioms "take a swipe at", "pour scorn on"
        "Norway took a swipe at Sweden over the ban.",
        "Norway poured scorn on Sweden's plan to close the border.",
        "Norway poured scorn on the Swedish proposal.",
    ],
)
def test_hitting_out_at_accuses(relations_of, text):
    assert any(s.startswith("Norw") and o == "Sweden" for s, o in accused(relations_of(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Norway did not hit out at Sweden over the fishing ban.",
        "Norway hit out at the weather in Sweden.",
        "Norway poured water on the Swedish fire.",
        "Norway did not pour scorn on Sweden's plan.",
    ],
)
def test_no_accusation_without_hitting_out_at_an_actor_or_act(relations_of, text):
    assert ("Norway", "Sweden") not in accused(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway brought charges against Sweden.",
        "Norway pressed charges against Sweden on Monday.",
        "On Monday Norway brought criminal charges against Sweden over the spill.",
    ],
)
def test_charges_brought_accuse(relations_of, text):
    assert ("Norway", "Sweden") in accused(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway did not bring charges against Sweden.",  # negated
        "Norway dropped the charges against Sweden.",  # dropped, not brought
        "Norway may bring charges against Sweden.",  # hedged
    ],
)
def test_charges_not_brought_accuse_nobody(relations_of, text):
    assert ("Norway", "Sweden") not in accused(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway criticised the Swedish investigation.",
        "Norway criticised the investigation by Sweden into the spill.",
        "Sweden opened an investigation into the spill. Norway criticised the investigation.",
    ],
)
def test_an_investigation_judged_blames_its_investigator(relations_of, text):
    assert ("Norway", "Sweden") in accused(relations_of(text))


def test_the_investigation_and_derogation_words_come_from_the_cue_lexicon():
    acts = load_acts(ONTOLOGIES / "cues.yaml")
    assert {"investigation", "inquiry", "probe"} <= acts.patient_of  # "the investigation of Y": Y investigated
    assert {"sham", "disgrace"} <= acts.derogations


def test_an_inquiry_spoken_of_names_no_doer(relations_of):
    """ "Y mentioned the inquiry": Y speaks of the inquiry, it does not hold it."""
    rels = relations_of("Denmark mentioned the inquiry on Monday. Norway criticised the inquiry.")
    assert ("Norway", "Denmark") not in accused(rels)


def test_an_investigation_of_names_the_investigated_not_the_investigator(relations_of):
    assert ("Norway", "Sweden") not in accused(relations_of("Norway criticised the investigation of Sweden."))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Egyptian police arrested the Al Jazeera journalists for spreading false news.",
            ("Egyptian Police", "Al Jazeera"),
        ),
        ("Russia expelled two British diplomats for espionage.", ("Russia", "British diplomats")),
        ("Iran detained the British diplomat on suspicion of spying.", ("Iran", "British diplomat")),
        ("The British diplomat was detained by Iran on suspicion of spying.", ("Iran", "British diplomat")),
        ("On Friday Iran jailed the British diplomat on charges of espionage.", ("Iran", "British diplomat")),
        # the charge hung on the object by the parser
        (
            "The International Criminal Court convicted Charles Taylor of war crimes.",
            ("International Criminal Court", "Charles Taylor"),
        ),
        (
            "The Iranian police arrested the British engineers, claiming them to be spies.",
            ("Iranian Police", "United Kingdom"),
        ),
    ],
)
def test_an_arrest_with_a_charge_accuses_the_arrested(relations_of, text, pair):
    rels = relations_of(text)
    assert pair in accused(rels)
    assert "accuses:charged" in {r.pattern for r in rels if r.predicate == "accuses"}


@pytest.mark.parametrize(
    "text",
    [
        "Iran detained the British diplomat.",  # no charge
        "Iran detained the British diplomat for two days.",  # a duration, no charge
        "Iran detained the British diplomat for questioning.",  # procedure, no charge
        "Iran did not detain the British diplomat on suspicion of spying.",  # negated
        "Iran may detain the British diplomat on suspicion of spying.",  # hedged
        "Iran expelled the British diplomat over the deal.",  # a reason, not a charge
        "Iran arrested dozens of British protesters.",  # "of" names who, not what for
    ],
)
def test_an_arrest_without_a_charge_accuses_nobody(relations_of, text):
    assert not accused(relations_of(text))


def test_an_arrest_reported_by_another_is_attributed(relations_of):
    rels = relations_of("Reuters said Iran detained the British diplomat on suspicion of spying.")
    found = [r for r in rels if r.pattern == "accuses:charged"]
    assert [(r.subject.label, r.object.label) for r in found] == [("Iran", "British diplomat")]
    assert found[0].attributed_to is not None and found[0].attributed_to.label == "Reuters"


def test_the_charge_lists_come_from_the_cue_lexicon(tmp_path):
    lex = load_charges(ONTOLOGIES / "cues.yaml")
    assert {"arrest", "detain"} <= lex.verbs and "espionage" in lex.offences and "suspicion" in lex.grounds
    assert load_charges(ONTOLOGIES / "wrongdoing.yaml").verbs == frozenset()  # no such section: none read
    bad = tmp_path / "cues.yaml"
    bad.write_text("charges: [arrest]\n", encoding="utf-8")
    with pytest.raises(GraphkitError, match="E030.*charges"):
        load_charges(bad)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Volodymyr Zelensky said the Russian occupiers shelled the town again.", ("Volodymyr Zelensky", "Russia")),
        ("Volodymyr Zelensky said Vladimir Putin is a tyrant.", ("Volodymyr Zelensky", "Vladimir Putin")),
        ("Volodymyr Zelensky said the Kremlin warmongers had lied.", ("Volodymyr Zelensky", "Kremlin")),
    ],
)
def test_a_name_for_a_wrongdoer_in_a_claim_accuses(relations_of, text, pair):
    assert pair in accused(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Volodymyr Zelensky said Vladimir Putin is not a tyrant.",  # negated
        "Volodymyr Zelensky said the killers of the journalist must be found.",  # nobody named
    ],
)
def test_a_name_for_a_wrongdoer_said_of_nobody_accuses_nobody(relations_of, text):
    assert not accused(relations_of(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Sweden's decision to close the border drew anger from Norway.", ("Norway", "Sweden")),
        ("The Swedish ban sparked outrage among Norwegian officials.", ("Norwegian officials", "Sweden")),
        ("Sweden has faced fury from Norway over the ban.", ("Norway", "Sweden")),
    ],
)
def test_outrage_drawn_accuses_like_criticism_drawn(relations_of, text, pair):
    rels = relations_of(text)
    assert pair in accused(rels)
    assert "accuses:drew-criticism" in {r.pattern for r in rels if r.predicate == "accuses"}


@pytest.mark.parametrize(
    "text",
    [
        "Sweden's decision did not draw anger from Norway.",  # negated
        "The storm drew anger from Norway.",  # no actor or act drew it
    ],
)
def test_outrage_not_drawn_by_an_actor_accuses_nobody(relations_of, text):
    assert not accused(relations_of(text))


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ("Russia accused Ukraine of shelling the plant. Ukraine denied any involvement.", True),
        ("Russia accused Ukraine of shelling the plant. Ukraine denied funding for the plant.", False),
        ("Russia accused Ukraine of shelling the plant. Ukraine denied journalists access to the plant.", False),
    ],
)
def test_a_thing_withheld_is_no_denial_of_the_last_accusation(relations_of, text, denial):
    """ "denied funding / access": FrameNet Deny_or_grant_permission, not a denial of what was said."""
    assert (("denies", "Ukraine", "Russia") in triples(relations_of(text))) is denial


@pytest.mark.parametrize(
    "text",
    [
        "Norway announced that it would be launching an inquiry into Sweden's conduct.",
        "On Monday Norway said that it would open an investigation into the conduct of Sweden.",
        "Norway said it would impose sanctions on Sweden.",
    ],
)
def test_a_reported_future_is_no_hedge_on_an_accusing_act(relations_of, text):
    """ "would" in the complement of a past verb of saying is the reported "will" (sequence of tenses):
    announcing the inquiry or the sanctions accuses."""
    assert ("Norway", "Sweden") in accused(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway said that it would open an investigation into Sweden's conduct if the talks failed.",
        "Norway would probably open an investigation into Sweden's conduct.",
        "Norway would have opened an investigation into Sweden's conduct.",
        "Norway says it would open an investigation into Sweden's conduct.",
    ],
)
def test_a_conditional_or_speculative_would_still_hedges(relations_of, text):
    assert ("Norway", "Sweden") not in accused(relations_of(text))


def test_a_reported_future_attack_stays_a_threat(relations_of):
    found = triples(relations_of("Norway said that it would attack Sweden."))
    assert ("threatens", "Norway", "Sweden") in found
    assert ("attacks", "Norway", "Sweden") not in found


@pytest.mark.parametrize(
    "first",
    [
        "Norway announced that it would be launching an inquiry into Sweden's conduct.",
        "Norway opened an inquiry into Sweden's conduct.",
    ],
)
def test_the_doer_of_an_act_is_who_did_it_not_the_nearest_owner(relations_of, first):
    """ "the investigation" is the inquiry Norway opened, not the committees' own investigations."""
    rest = "Finland's committees will proceed with their investigations. Denmark attacked the investigation as a sham."
    text = f"{first} {rest}"
    found = accused(relations_of(text))
    assert ("Denmark", "Norway") in found
    assert ("Denmark", "Finland") not in found


def test_an_owner_names_the_doer_when_no_verb_tells_it(relations_of):
    text = (
        "The committees of Finland proceeded with their investigations. Denmark attacked the investigation as a sham."
    )
    assert ("Denmark", "Finland") in accused(relations_of(text))
