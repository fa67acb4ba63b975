"""Demands, denials and rejections of shapes added from general inventories (``ontologies/cues.yaml``,
``ontologies/directives.yaml``):

- an ultimatum told as a time limit given to act (PLOVER DEMAND; ``deadlines.py``): "X gave Y 48 hours to
  resign" demands of Y (pattern ``demands:deadline``), and supplies Y nothing;
- FrameNet Request's "tell" with an infinitive (a named or a pronoun subject), Attempt_suasion's "advise" and
  Imposing_obligation's "require", "oblige", "compel": "told Y to leave" demands of Y;
- a denial of claims whose claimant follows the claim noun: "denied the claims of Y", "rejected
  allegations made by Y" denies Y (not "allegations of Y's involvement": Y claimed nothing);
- a veto of a resolution a body put forward: "vetoed a Security Council resolution" rejects the Council.

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from graphkit.nlp.relations.deadlines import deadline_addressees

from .conftest import triples


@pytest.mark.parametrize(
    "text,expected",
    [
        # time limits: hours, until a day, a deadline; mid-sentence and in a relative clause
        ("The Bolivian army gave President Evo Morales 24 hours to resign.", ("Bolivian Army", "Evo Morales")),
        ("Hamas gave Israel a deadline to respond.", ("Hamas", "Israel")),
        ("On Sunday, Turkey gave Syria until Friday to withdraw its troops.", ("Turkey", "Syria")),
        ("Israel, which gave Hamas three days to free the hostages, closed the border.", ("Israel", "Hamas")),
        # tell, advise, require, oblige, compel with an infinitive; a statement that tells; a passive
        ("Boris Johnson told Emmanuel Macron to leave the talks.", ("Boris Johnson", "Emmanuel Macron")),
        # a pronoun teller: the person the text goes on about, also past a label he was given
        ("Boris Johnson spoke on Monday. He told Emmanuel Macron to leave.", ("Boris Johnson", "Emmanuel Macron")),
        (
            'Boris Johnson was branded "a failed British prime minister" by Macron. Later, he told Macron to go.',
            ("Boris Johnson", "Emmanuel Macron"),
        ),
        ("The Labour Party issued a statement telling Boris Johnson to resign.", ("Labour Party", "Boris Johnson")),
        ("The European Union required Greece to cut spending.", ("European Union", "Greece")),
        ("Greece was required by the European Union to cut spending.", ("European Union", "Greece")),
        ("The European Commission compelled Hungary to change its asylum law.", ("European Commission", "Hungary")),
        ("The European Commission advised Italy to lower its deficit.", ("European Commission", "Italy")),
    ],
)
def test_demands_found(relations_of, text, expected):
    assert ("demands", *expected) in triples(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # no time limit to act, or no infinitive: a gift, a rest, money over years
        "The United States gave Ukraine weapons for two weeks.",
        "Germany gave Ukraine 48 hours of rest.",
        "Germany gave Ukraine two billion euros over three years.",
        # negated, reported speech, a pronoun teller, a purpose clause after a summons
        "Boris Johnson did not tell Emmanuel Macron to leave.",
        "Boris Johnson told Emmanuel Macron that the talks had failed.",
        "Boris Johnson spoke on Monday. He told Emmanuel Macron that the talks had failed.",
        "Boris Johnson spoke on Monday. He did not tell Emmanuel Macron to leave.",
        "Germany did not require Greece to cut spending.",
        "The Foreign Office summoned the ambassador of Iran to protest against the arrests.",
    ],
)
def test_demands_not_found(relations_of, text):
    assert not {t for t in triples(relations_of(text)) if t[0] == "demands"}


def test_a_time_limit_is_no_gift_and_names_its_pattern(relations_of):
    rels = relations_of("The Bolivian army gave President Evo Morales 24 hours to resign.")
    assert {(r.predicate, r.pattern) for r in rels if r.predicate != "claims"} == {("demands", "demands:deadline")}
    assert ("supports", "Germany", "Ukraine") in triples(relations_of("Germany gave Ukraine two billion euros."))


def test_deadline_addressees_read_the_parse(nlp):
    verb = next(t for t in nlp("Turkey gave Syria 48 hours to withdraw.") if t.lemma_ == "give")
    assert [t.text for t in deadline_addressees(verb)] == ["Syria"]
    verb = next(t for t in nlp("Turkey gave Syria 48 hours of rest.") if t.lemma_ == "give")
    assert deadline_addressees(verb) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Kremlin denied the claims of Ukraine.", ("denies", "Kremlin", "Ukraine")),
        ("The Kremlin denied the claims of the Ukrainian government.", ("denies", "Kremlin", "Ukraine")),
        ("The Kremlin rejected allegations made by Ukraine.", ("denies", "Kremlin", "Ukraine")),
        ("On Monday the Kremlin dismissed the accusations by Ukraine.", ("denies", "Kremlin", "Ukraine")),
        (
            "The United States vetoed a Security Council resolution on the settlements.",
            ("rejects", "United States", "UN Security Council"),
        ),
    ],
)
def test_denials_and_vetoes_of_a_named_claimant(relations_of, text, expected):
    assert expected in triples(relations_of(text))


@pytest.mark.parametrize(
    "text,predicate",
    [
        ("The Kremlin denied allegations of Russian involvement.", "denies"),
        ("The Kremlin did not deny the claims of Ukraine.", "denies"),
        ("The United States vetoed the bill.", "rejects"),
    ],
)
def test_denials_and_vetoes_need_a_claimant(relations_of, text, predicate):
    assert not {t for t in triples(relations_of(text)) if t[0] == predicate}


@pytest.mark.parametrize(
    "text,denied",
    [
        # a claim noun points back to the last source, and so do the press's reports with a determiner; bare
        # "reports that" are the press's, nobody's told before (no accusation of the denier's side before,
        # which a denial answers whatever its noun)
        ("The Kremlin said the talks would resume in May. Kyiv denied the claims.", True),
        ("The Kremlin said the talks would resume in May. Kyiv rejected claims of a deal.", True),
        ("The Kremlin said the talks would resume in May. Kyiv denied these reports on Monday.", True),
        ("The Kremlin said the talks would resume in May. Kyiv denied reports that the talks would resume.", False),
        ("The Kremlin said the talks would resume in May. Kyiv dismissed rumours of a deal.", False),
    ],
)
def test_a_denial_answers_the_last_source_only_when_it_points_back(relations_of, text, denied):
    found = {t for t in triples(relations_of(text)) if t[0] == "denies"}
    assert (("denies", "Ukraine", "Kremlin") in found) is denied
