"""Meetings among listed participants, support stated by an apposition or a pledge, agreements concluded
with somebody, and attacks told from the victims' side of an encounter.

- "A and his B and C counterparts, X and Y, gathered": A meets X and Y (the names, not the relational
  noun), and "A, B and C met" (a list the parser reads as an apposition); the first conjunct meets the
  others, not each of them.
- "the commander of X (Y), an Iranian-backed militia": the apposition renames the noun phrase that ends
  at its comma, wherever the parser hung it.
- "pledged to boost aid to X": a pledge by a verb that is itself a support cue.
- "the two nations pledged to boost aid to X": the two countries the article named most.
- "entered into / signed / struck an agreement with X" (FrameNet Make_agreement_on_action): meets X.
- "Y were killed in a clash with X" (FrameNet Hostile_encounter): X attacks Y.
- "North and South Korea exchanged fire": a shared last word of coordinated names (ellipsis) names both.
- "X, who was in Cairo, Egypt meeting with Y, said": a gerund the parser read as a noun in apposition to X.
- "X and Y held talks / signed an agreement": the first meets the others.
- "the airstrikes by X on Y", "a visit by X to Y": the agent of an event noun is its doer.
- "provided X with weapons" (VerbNet fulfilling-13.4.1): the recipient as the direct object.
- nouns of solidarity, endorsement and praise (PLOVER SUPPORT), of bombing and siege (FrameNet Attack,
  Besieging).
- verbs of FrameNet Attack, Killing, Cause_harm and Kidnapping ("kidnapped X", "bombarded X").
- "donated and delivered tanks to X", "fired and landed a shell on X": a cue verb with no object shares
  the preposition's object of the verb coordinated with it.

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from .conftest import triples


def _found(rels, predicate: str) -> set[tuple]:
    return {t for t in triples(rels) if t[0] == predicate}


_COUNTERPARTS = (
    "Annalena Baerbock and her French and Polish counterparts, Catherine Colonna and Zbigniew Rau, "
    "gathered in Weimar to discuss the war."
)
_LIST = "Angela Merkel, Emmanuel Macron and Mark Rutte met in Brussels on Friday."


@pytest.mark.parametrize(
    "text,expected",
    [
        # the participants named in apposition to a relational noun
        (_COUNTERPARTS, ("meets", "Annalena Baerbock", "Catherine Colonna")),
        (_COUNTERPARTS, ("meets", "Annalena Baerbock", "Zbigniew Rau")),
        # a list of three names
        (_LIST, ("meets", "Angela Merkel", "Emmanuel Macron")),
        (_LIST, ("meets", "Angela Merkel", "Mark Rutte")),
        ("Germany, France and Italy met in Brussels.", ("meets", "Germany", "Italy")),
        # an apposition hung on the wrong noun by the parser
        (
            "Naim Qassem was the deputy commander of the Kurdistan Workers' Party (PKK), an Iranian-backed militia.",
            ("supports", "Iran", "Kurdistan Workers' Party"),
        ),
        (
            "Abu Obeida was the spokesman of the armed wing of Hamas, a Qatari-funded movement.",
            ("supports", "Qatar", "Hamas"),
        ),
        ("Nasrallah is the leader of Hezbollah, an Iranian-backed movement.", ("supports", "Iran", "Hezbollah")),
        # a pledge by a support verb
        ("Britain pledged to boost military aid to Ukraine.", ("supports", "United Kingdom", "Ukraine")),
        ("On Monday Germany pledged to increase its support for Ukraine.", ("supports", "Germany", "Ukraine")),
        # the two nations named before
        (
            "Germany and Poland met in Warsaw. The two nations pledged to boost support to Ukraine.",
            ("supports", "Poland", "Ukraine"),
        ),
        # an agreement concluded with somebody
        ("Iran signed a trade deal with China on Monday.", ("meets", "Iran", "China")),
        ("Kenya entered into an agreement with Uganda last week.", ("meets", "Kenya", "Uganda")),
        ("Last year Kenya struck a deal with Uganda over the lake.", ("meets", "Kenya", "Uganda")),
        ("The treaty with Uganda was concluded by Kenya in May.", ("meets", "Kenya", "Uganda")),
        # the victims of an encounter
        (
            "Three Ukrainian soldiers were killed in a clash with Russian troops.",
            ("attacks", "Russian forces", "Ukrainian forces"),
        ),
        (
            "On Sunday ten Syrian soldiers were wounded in a clash against Israeli forces.",
            ("attacks", "Israel Defense Forces", "Syrian soldiers"),
        ),
    ],
)
def test_encounter_shapes_found(relations_of, text, expected):
    assert expected in triples(relations_of(text))


@pytest.mark.parametrize(
    "text,predicate",
    [
        ("Angela Merkel, Emmanuel Macron and Mark Rutte did not meet in Brussels.", "meets"),  # negated
        ("Angela Merkel, Emmanuel Macron and Mark Rutte spoke at the rally.", "meets"),  # speeches, no talks
        ("Nasrallah is the leader of the fighters, an Iranian-backed militia.", "supports"),  # no actor backed
        ("Britain pledged not to boost aid to Ukraine.", "supports"),  # negated infinitive
        ("Britain did not pledge to boost aid to Ukraine.", "supports"),  # negated pledge
        ("Russia threatened to launch an attack on Ukraine.", "attacks"),  # a threat is no attack
        ("Britain wanted to boost aid to Ukraine.", "supports"),  # wanted only: no support verb
        ("The two nations pledged to boost support to Ukraine.", "supports"),  # no nations named before
        ("Iran did not sign the deal with China.", "meets"),  # negated
        ("Iran may reach an agreement with China.", "meets"),  # hedged
        ("Iran wants a deal with China.", "meets"),  # wanted only
        ("Three Ukrainian soldiers were not killed in a clash with Russian troops.", "attacks"),  # negated
        ("Three Ukrainian soldiers were killed in a meeting with Russian troops.", "attacks"),  # no encounter
    ],
)
def test_encounter_shapes_not_found(relations_of, text, predicate):
    assert not _found(relations_of(text), predicate)


def test_the_first_participant_meets_the_others_only(relations_of):
    """ "A and his counterparts, X and Y": A meets X and Y; neither the counterparts' countries nor the
    named ones among themselves."""
    found = _found(relations_of(_COUNTERPARTS), "meets")
    assert found == {
        ("meets", "Annalena Baerbock", "Catherine Colonna"),
        ("meets", "Annalena Baerbock", "Zbigniew Rau"),
    }


def test_encounter_shapes_name_their_pattern(relations_of):
    """Each shape names the rule that found it."""
    rels = relations_of(
        "Iran signed a trade deal with China on Monday. "
        "Three Ukrainian soldiers were killed in a clash with Russian troops. "
        "Britain pledged to boost military aid to Ukraine. " + _LIST
    )
    patterns = {r.pattern for r in rels if r.predicate != "claims"}
    assert {"meets:event-noun", "attacks:harmed-in", "supports:event-noun", "meets:co-subject"} <= patterns


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Germany donated and delivered tanks to Ukraine.", ("supports", "Germany", "Ukraine")),
        ("In May, Germany donated and shipped tanks to Ukraine.", ("supports", "Germany", "Ukraine")),
        (
            "Russian troops fired and landed a shell on Ukrainian soldiers.",
            ("attacks", "Russian forces", "Ukrainian forces"),
        ),
    ],
)
def test_coordinated_verbs_share_their_object(relations_of, text, expected):
    rels = relations_of(text)
    assert expected in triples(rels)
    assert any(r.pattern.startswith(f"{expected[0]}:shared-") for r in rels)


@pytest.mark.parametrize(
    "text,unexpected",
    [
        ("Germany donated and did not deliver tanks to Ukraine.", ("supports", "Germany", "Ukraine")),  # negated
        ("Germany donated money, and Poland sent tanks to Ukraine.", ("supports", "Germany", "Ukraine")),  # own subject
        ("Russian troops shelled and then left the town of Kharkiv.", ("attacks", "Russian forces", "Ukraine")),  # dobj
    ],
)
def test_coordinated_verbs_share_no_object_of_their_own(relations_of, text, unexpected):
    assert unexpected not in triples(relations_of(text))


_GERUND = (
    "Antonio Guterres, who is in Amman, Jordan meeting with Emmanuel Macron and Olaf Scholz, said in a statement "
    "that the war must stop."
)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("On Monday North and South Korea exchanged heavy fire.", ("attacks", "North Korea", "South Korea")),
        ("On Monday North and South Korea exchanged heavy fire.", ("attacks", "South Korea", "North Korea")),
        ("Last week North and South Korea traded fire across the border.", ("attacks", "North Korea", "South Korea")),
        (_GERUND, ("meets", "António Guterres", "Emmanuel Macron")),
        (_GERUND, ("meets", "António Guterres", "Olaf Scholz")),
    ],
)
def test_ellipsis_and_gerund_found(relations_of, text, expected):
    assert expected in triples(relations_of(text))


@pytest.mark.parametrize(
    "text,predicate",
    [
        ("North and South Korea did not exchange fire.", "attacks"),  # negated
        ("North and South Korea may trade fire again.", "attacks"),  # hedged
        ("Antonio Guterres, a regular meeting with Emmanuel Macron, said nothing.", "meets"),  # a noun, no gerund
    ],
)
def test_ellipsis_and_gerund_not_found(relations_of, text, predicate):
    assert not _found(relations_of(text), predicate)


@pytest.mark.parametrize(
    "text,expected,pattern",
    [
        (
            "Donald Trump and Kim Jong-un held talks in Singapore.",
            ("meets", "Donald Trump", "Kim Jong Un"),
            "co-subject-noun",
        ),
        ("Iran and China signed an agreement on Monday.", ("meets", "Iran", "China"), "co-subject-noun"),
        ("Iran and China held a phone call on Monday.", ("meets", "Iran", "China"), "co-subject-noun"),
        ("The attack by Russia on Ukraine killed ten.", ("attacks", "Russia", "Ukraine"), "by-agent"),
        ("Airstrikes by Israel on Gaza killed ten people.", ("attacks", "Israel", "Palestine"), "by-agent"),
        ("The visit by Emmanuel Macron to China ended on Friday.", ("meets", "Emmanuel Macron", "China"), "by-agent"),
        ("Russia provided Syria with weapons.", ("supports", "Russia", "Syria"), "dobj"),
        ("Ukraine was provided with tanks by Germany.", ("supports", "Germany", "Ukraine"), "nsubjpass"),
    ],
)
def test_joint_and_agentive_events_found(relations_of, text, expected, pattern):
    rels = relations_of(text)
    assert expected in triples(rels)
    assert f"{expected[0]}:{pattern}" in {r.pattern for r in rels}


@pytest.mark.parametrize(
    "text,predicate",
    [
        ("Donald Trump and Kim Jong-un did not hold talks.", "meets"),  # negated
        ("Donald Trump and Kim Jong-un may hold talks in June.", "meets"),  # hedged
        ("Donald Trump and Kim Jong-un sought talks.", "meets"),  # sought only
        ("A possible attack by Russia on Ukraine worries the allies.", "attacks"),  # not done
        ("The planned visit by Emmanuel Macron to China was called off.", "meets"),  # not done
        ("Russia did not provide Syria with weapons.", "supports"),  # negated
        ("Russia provided weapons along with ammunition.", "supports"),  # nobody provided for
        ("Germany and France signed the Minsk Agreement in 2015.", "meets"),  # a named instrument
        ("Germany and France issued a call for calm.", "meets"),  # an appeal, no call with each other
        ("Germany and France paid a visit to the troops.", "meets"),  # a visit to others
    ],
)
def test_joint_and_agentive_events_not_found(relations_of, text, predicate):
    assert not _found(relations_of(text), predicate)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Turkey expressed solidarity with Azerbaijan.", ("supports", "Turkey", "Azerbaijan")),
        ("On Friday Turkey expressed its solidarity with Azerbaijan.", ("supports", "Turkey", "Azerbaijan")),
        ("Joe Biden received an endorsement from Barack Obama.", ("supports", "Barack Obama", "Joe Biden")),
        ("The endorsement of Joe Biden by Barack Obama came late.", ("supports", "Barack Obama", "Joe Biden")),
        ("Angela Merkel's praise for Emmanuel Macron was warm.", ("supports", "Angela Merkel", "Emmanuel Macron")),
        ("NATO's bombing of Serbia lasted 78 days.", ("attacks", "NATO", "Serbia")),
        ("Russia tightened its siege of Mariupol.", ("attacks", "Russia", "Ukraine")),
    ],
)
def test_support_and_attack_nouns_found(relations_of, text, expected):
    assert expected in triples(relations_of(text))


@pytest.mark.parametrize(
    "text,predicate",
    [
        ("Turkey did not express solidarity with Azerbaijan.", "supports"),  # negated
        ("Turkey may express solidarity with Azerbaijan.", "supports"),  # hedged
        ("Turkey did not express its solidarity with Azerbaijan.", "supports"),  # negated, the noun owned
        ("Joe Biden did not receive an endorsement from Barack Obama.", "supports"),  # negated
        ("The planned bombing of Serbia by NATO was called off.", "attacks"),  # not done
        ("The bombing of Serbia ended in June.", "attacks"),  # nobody named as its doer
    ],
)
def test_support_and_attack_nouns_not_found(relations_of, text, predicate):
    assert not _found(relations_of(text), predicate)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Hamas gunmen kidnapped two Israeli soldiers.", ("attacks", "Hamas", "Israel Defense Forces")),
        ("Russian artillery pounded Ukrainian positions near the town.", ("attacks", "Russia", "Ukraine")),
        ("Emmanuel Macron was assassinated by Vladimir Putin.", ("attacks", "Vladimir Putin", "Emmanuel Macron")),
        ("For weeks Russian troops besieged Mariupol.", ("attacks", "Russian forces", "Ukraine")),
        ("Israeli jets bombarded Gaza on Monday.", ("attacks", "Israel", "Palestine")),
    ],
)
def test_harm_verbs_found(relations_of, text, expected):
    assert expected in triples(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops did not bombard Kharkiv.",  # negated
        "Russian troops may besiege Kharkiv.",  # hedged
        "Russia threatened to bombard Kharkiv.",  # only threatened
        "The Russian minister pounded the table.",  # no actor harmed
    ],
)
def test_harm_verbs_not_found(relations_of, text):
    assert not _found(relations_of(text), "attacks")
