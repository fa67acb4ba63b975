"""Demands, threats and rejections of shapes the verb lexicon alone did not cover (``ontologies/cues.yaml``,
``ontologies/proposals.yaml``):

- FrameNet Commitment with a harm as the act committed to ("vowed to punish X", "announced its intention
  to expel X"): threatens X (pattern ``threatens:xcomp-harm``);
- threats of repression and force stated in a claim ("'We will arrest X,' Y said"), and a third party's
  forecast in a claim, which is no threat of the claimant's;
- an object-control infinitive the parser hangs as an adverbial clause ("counted on X to act");
- the members a plural object names as examples ("urged allies such as X to ...");
- rejection by negated acceptance ("did not accede to X's demands": pattern ``rejects:not-accepted``).

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from graphkit.errors import GraphkitError
from graphkit.nlp.relations.refusals import load_proposals

from .conftest import triples


def _found(rels, predicate: str) -> set[tuple]:
    return {t for t in triples(rels) if t[0] == predicate}


@pytest.mark.parametrize(
    "text,expected",
    [
        # Commitment + harm: active, relative clause, coordinated harms, a preposition of the harm
        ("Israel vowed to punish Hamas for the attack.", ("threatens", "Israel", "Hamas")),
        ("Israel, which vowed to punish Hamas, closed the crossing.", ("threatens", "Israel", "Hamas")),
        ("Hamas pledged to crush Israel and its allies.", ("threatens", "Hamas", "Israel")),
        ("Iran swore to retaliate against Israel within days.", ("threatens", "Iran", "Israel")),
        (
            "North Korea promised to strike South Korea if the broadcasts went on.",
            ("threatens", "North Korea", "South Korea"),
        ),
        # a harm noun as the thing committed to (FrameNet Revenge)
        ("Iran vowed revenge against Israel.", ("threatens", "Iran", "Israel")),
        ("Hezbollah promised retaliation against Israel.", ("threatens", "Hezbollah", "Israel")),
        # a stated intention: the infinitive on the intention noun
        ("Russia announced its intention to expel Estonian diplomats.", ("threatens", "Russia", "Estonian diplomats")),
        ("Turkey declared its readiness to invade Syria on Monday.", ("threatens", "Turkey", "Syria")),
        # repression threatened in a quotation
        ('"We will arrest Mohamed Bacar," Ahmed Sambi said.', ("threatens", "Ahmed Sambi", "Mohamed Bacar")),
        (
            '"We will expel Ukraine\'s diplomats," Sergei Lavrov said.',
            ("threatens", "Sergei Lavrov", "Ukrainian diplomats"),
        ),
        # an object-control infinitive parsed as an adverbial clause
        ("Germany counted on Turkey to act with restraint.", ("demands", "Germany", "Turkey")),
        (
            "President Volodymyr Zelensky commanded Ukrainian troops to hold the bridge.",
            ("demands", "Volodymyr Zelensky", "Ukrainian forces"),
        ),
        # the passive of a request with its infinitive: the addressee is the passive subject
        (
            "Al Jazeera was ordered by the Egyptian government to stop broadcasting.",
            ("demands", "Egypt", "Al Jazeera"),
        ),
        ("Russia was asked by Germany to open the corridors.", ("demands", "Germany", "Russia")),
        # examples of a plural object
        (
            "Washington kept encouraging partners such as Japan to curb the exports.",
            ("demands", "United States", "Japan"),
        ),
        ("Russia urged Western countries, including France, to lift the sanctions.", ("demands", "Russia", "France")),
        # defiance of an order (CAMEO 128) and a proposal ignored
        ("Hamas defied Egypt's call for a truce.", ("rejects", "Hamas", "Egypt")),
        ("North Korea defied the United Nations.", ("rejects", "North Korea", "United Nations")),
        ("Israel ignored the United Nations' demands for a ceasefire.", ("rejects", "Israel", "United Nations")),
        # a warning of consequences on a condition, and a summons
        ("Iran warned of retaliation if Israel attacked its facilities.", ("threatens", "Iran", "Israel")),
        ("The US Senate issued a summons for Rudy Giuliani.", ("demands", "US Senate", "Rudy Giuliani")),
        # rejection by negated acceptance: a possessor, "of", "from", a passive, a refusal for the future
        ("The Serbian government did not accede to Kosovo's demands.", ("rejects", "Serbia", "Kosovo")),
        ("The Serbian government did not accede to the demands of Kosovo.", ("rejects", "Serbia", "Kosovo")),
        ("Israel has never accepted an offer from Hamas.", ("rejects", "Israel", "Hamas")),
        ("Iran's demands were not met by the United States.", ("rejects", "United States", "Iran")),
        ("The United States said it would not meet Iran's demands.", ("rejects", "United States", "Iran")),
        ("Egypt did not agree to the Israeli proposal for a truce.", ("rejects", "Egypt", "Israel")),
        # first person in a quotation: the speaker's refusal, the quotation before or after its cue
        (
            '"We will never accept the demands of Hamas," Benjamin Netanyahu said.',
            ("rejects", "Benjamin Netanyahu", "Hamas"),
        ),
        (
            'Benjamin Netanyahu said: "We did not accept the offer from Hamas."',
            ("rejects", "Benjamin Netanyahu", "Hamas"),
        ),
    ],
)
def test_demands_threats_rejections_found(relations_of, text, expected):
    assert expected in triples(relations_of(text))


@pytest.mark.parametrize(
    "text,predicate",
    [
        # a commitment to no harm, a negated or hedged one, an announcement with no intention
        ("Israel vowed to rebuild the town.", "threatens"),
        ("Iran vowed revenge for the killing.", "threatens"),
        # "it" as the subject of a condition is a situation, not an actor threatened
        (
            'Amnesty International criticised the ban on Monday. "If it spreads, then we will strike," '
            "Prayut Chan-o-cha said.",
            "threatens",
        ),
        ("Israel did not vow to punish Hamas.", "threatens"),
        ("Israel may vow to punish Hamas.", "threatens"),
        ("Russia announced the expulsion of Estonian diplomats.", "threatens"),
        ("Russia announced a plan to rebuild Mariupol.", "threatens"),
        # a third party's forecast in a claim is no threat of the claimant's
        ("American officials said Russia will attack Ukraine within days.", "threatens"),
        # a passive request with no agent names no one who asks; one with no infinitive asks nothing
        ("Russia was asked to open the corridors.", "demands"),
        ("Russia was asked by Germany about the corridors.", "demands"),
        # a purpose clause after another phrase is no infinitive complement
        ("The general ordered troops to the border to protect Kharkiv.", "demands"),
        # defiance of no one, a thing ignored that no one proposed, a warning of no consequence on a condition
        ("Hamas defied the odds in Gaza.", "rejects"),
        ("Israel ignored the risks in Gaza.", "rejects"),
        ("Iran warned of floods if it rained.", "threatens"),
        # acceptance, a hedge, a condition, an acceptance urged, a thing accepted that no one proposed
        ("Israel accepted an offer from Hamas.", "rejects"),
        ("Egypt may not accept the Israeli proposal.", "rejects"),
        ("If Russia does not comply with the UN demands, sanctions will follow.", "rejects"),
        ("The United Nations urged Israel not to accept the offer from Hamas.", "rejects"),
        ("Israel did not accept the ceasefire.", "rejects"),
        ('"We will accept the demands of Hamas," Benjamin Netanyahu said.', "rejects"),
        ("We will never accept the demands of Hamas.", "rejects"),  # nobody's quotation
    ],
)
def test_demands_threats_rejections_not_found(relations_of, text, predicate):
    assert not _found(relations_of(text), predicate)


def test_new_shapes_name_their_pattern(relations_of):
    rels = relations_of(
        "Israel vowed to punish Hamas. The Serbian government did not accede to Kosovo's demands. "
        "Germany counted on Turkey to act with restraint."
    )
    patterns = {r.pattern for r in rels if r.predicate != "claims"}
    assert {"threatens:xcomp-harm", "rejects:not-accepted", "demands:prep:on"} <= patterns
    quoted = relations_of('"We will not meet the demands of Hamas," Benjamin Netanyahu said.')
    assert {r.pattern for r in quoted if r.predicate == "rejects"} == {"rejects:first-person:not-accepted"}


def test_a_refusal_inside_a_claim_is_the_claimants_own(relations_of):
    rels = relations_of("The United States said it would not meet Iran's demands.")
    found = [r for r in rels if r.predicate == "rejects"]
    assert found and all(r.attributed_to is None for r in found)


def test_proposals_lexicon_names_its_file_when_malformed(tmp_path):
    bad = tmp_path / "proposals.yaml"
    bad.write_text("verbs: [accept]\nwishes: [x]\n")
    with pytest.raises(GraphkitError, match="E030.*proposals.yaml.*wishes"):
        load_proposals(bad)
    assert "accede" in load_proposals().verbs and "demands" in load_proposals().nouns
