"""Who speaks: the source of a claim when words are relayed ("according to agency A, quoting B") and when
a narrator's pronoun follows a passive ("X was pardoned by Y. He said ..."). Every sentence is written
for the test."""

from __future__ import annotations

import pytest

from .conftest import claims


def _by(rels, content: str) -> set[str]:
    """The sources of the claims whose content is ``content`` (a first capital aside)."""
    return {source for source, said in claims(rels) if said and said.lower() == content.lower()}


@pytest.mark.parametrize(
    "text,relayed,relay",
    [
        # fronted: "According to A, quoting B, Y"
        (
            "According to the Kyodo news agency, quoting the Korean Central News Agency, "
            "the army has been placed on high alert.",
            "Korean Central News Agency",
            "Kyodo news agency",
        ),
        # post-posed: "Y, according to A, citing B"
        (
            "The army has been placed on high alert, according to Reuters, citing the state broadcaster NHK.",
            "NHK",
            "Reuters",
        ),
        # the cited are unnamed: they speak as the text names them
        (
            "According to Reuters, citing two officials from Japan, the army has been placed on high alert.",
            "Japanese officials",
            "Reuters",
        ),
    ],
)
def test_relayed_words_are_the_cited_sources_claim(relations_of, text, relayed, relay):
    found = _by(relations_of(text), "the army has been placed on high alert")
    assert relayed in found  # the cited source speaks
    assert relay in found  # the relay published it too
    assert not any("quoting" in c or "citing" in c for _, c in claims(relations_of(text)))


@pytest.mark.parametrize(
    "text",
    [
        # no relay: the phrase's object alone
        "According to Reuters, the army has been placed on high alert.",
        # a participle citing a reason, not a speaker: still the agency's, without the participle
        "According to Reuters, citing security concerns, the army has been placed on high alert.",
    ],
)
def test_without_a_cited_speaker_the_phrase_object_claims(relations_of, text):
    assert claims(relations_of(text)) == {("Reuters", "the army has been placed on high alert")}


@pytest.mark.parametrize(
    "text,speaker,agent",
    [
        # the subject of the passive, not its by-agent, is what the sentence is about
        (
            "Michael Flynn was pardoned by Donald Trump. He said the rally was great.",
            "Michael Flynn",
            "Donald Trump",
        ),
        # the main clause's subject, before a subordinate passive
        (
            "Joe Biden met Angela Merkel after he was criticised by Donald Trump. He said the rally was great.",
            "Joe Biden",
            "Donald Trump",
        ),
        # a relative clause's subject: the nearest subject before the by-agent
        (
            "It was the first time Michael Flynn spoke since he was pardoned by Donald Trump. "
            'He said "The rally was great."',
            "Michael Flynn",
            "Donald Trump",
        ),
    ],
)
def test_pronoun_after_a_passive_refers_to_its_subject(relations_of, text, speaker, agent):
    found = _by(relations_of(text), "the rally was great")
    assert found == {speaker}
    assert agent not in found


def test_by_agent_without_a_subject_actor_stays_the_antecedent(relations_of):
    # no actor is the subject of the passive ("the fence"): the agent is the one named
    rels = relations_of("The fence was damaged by Donald Trump. He said the rally was great.")
    assert _by(rels, "the rally was great") == {"Donald Trump"}
