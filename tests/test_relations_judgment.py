"""Accusations beyond "X accused Y": the agent of the act judged, "alleged that Y ...", labels of blame,
"the perpetrators", legal action, and the nouns of criticism (FrameNet Judgment_communication,
Labeling, Offenses; ``ontologies/cues.yaml``).

Every sentence here is written for the test: none comes from the development or PLOVER sets.
"""

from __future__ import annotations

import pytest

from .conftest import triples


def _accused(rels) -> set[tuple[str, str]]:
    return {(s, o) for p, s, o in triples(rels) if p == "accuses"}


@pytest.mark.parametrize(
    "text,pair",
    [
        # the agent of the act judged: its owner, its "of" (not a harm's), its "by"; active and passive
        ("Norway condemned Sweden's decision to close the border.", ("Norway", "Sweden")),
        ("The decision of Sweden to close the border was condemned by Norway.", ("Norway", "Sweden")),
        ("Chile criticised the conduct of the Peruvian government during the talks.", ("Chile", "Peru")),
        ("Finland denounced the raids by Russian forces on the border villages.", ("Finland", "Russian forces")),
        ("Finland denounced the raids on the border villages by Russian forces.", ("Finland", "Russian forces")),
        # "alleged/charged that Y ...": the wrongdoer is the subject of the alleged clause
        ("Kenya alleged that Uganda had armed the rebels.", ("Kenya", "Uganda")),
        ("Ghana charged that Togo had rigged the vote.", ("Ghana", "Togo")),
        # a label of blame
        ("The State Department designated Hezbollah a terrorist organisation.", ("US State Department", "Hezbollah")),
        ("Australia branded Iran a rogue state.", ("Australia", "Iran")),
        (
            "Donald Trump hit back on Monday, branding Emmanuel Macron a weak leader.",
            ("Donald Trump", "Emmanuel Macron"),
        ),
        # verbs and idioms of attack in words, and legal action
        ("Norway also took aim at Sweden over the border closure.", ("Norway", "Sweden")),
        ("Viktor Orban railed against the European Union in his speech.", ("Viktor Orbán", "European Union")),
        ("Norway assailed Sweden's decision to close the border.", ("Norway", "Sweden")),
        ("Norway took Sweden to court over the closure.", ("Norway", "Sweden")),
        # the perpetrators, inside a claim
        ("Philippine police said Abu Sayyaf were the likely perpetrators.", ("Philippine Police", "Abu Sayyaf")),
        # legal action and criticism as nouns, with a light verb
        ("Mexico filed a lawsuit against the United States over the wall.", ("Mexico", "United States")),
        ("Egypt voiced strong criticism of Turkey on Monday.", ("Egypt", "Turkey")),
        ("The European Union imposed sanctions on Russia.", ("European Union", "Russia")),
    ],
)
def test_judgment_shapes_accuse(relations_of, text, pair):
    assert pair in _accused(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chile criticised the killing of Peruvian fishermen.",  # a harm's "of" is its victim
        "Chile did not criticise the conduct of the Peruvian government.",  # negated
        "Kenya alleged that the rebels had crossed the border.",  # no actor in the alleged clause
        "Kenya never alleged that Uganda had armed the rebels.",  # negated
        "The State Department designated Hezbollah a partner in the talks.",  # a label without blame
        "Philippine police said Abu Sayyaf were the likely beneficiaries.",  # no word of blame
        "Mexico dropped its lawsuit against the United States.",  # a suit dropped is no accusation made
        "Norway did not take aim at Sweden over the border closure.",  # negated
        "Norway took control of the border crossing.",  # "take" without aim or court
    ],
)
def test_judgment_shapes_without_an_accusation(relations_of, text):
    assert not _accused(relations_of(text))


def test_a_label_is_not_the_labeled(relations_of):
    """ "branding X 'the President of Y'": X is accused, not Y (the second object is the label)."""
    accused = _accused(relations_of('Donald Trump hit back, branding Emmanuel Macron "the weak President of France".'))
    assert ("Donald Trump", "Emmanuel Macron") in accused
    assert not {o for _, o in accused} - {"Emmanuel Macron"}
