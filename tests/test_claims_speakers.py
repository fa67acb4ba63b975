"""Who speaks: the source of a claim when words are relayed ("according to agency A, quoting B") and when
a narrator's pronoun follows a passive ("X was pardoned by Y. He said ..."). Every sentence is written
for the test."""

from __future__ import annotations

import pytest
import spacy.tokens

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


def _sources_of(rels) -> dict[str, str | None]:
    """Each claim's source label (lower case) → the source's country."""
    return {r.subject.label.lower(): r.subject.country for r in rels if r.predicate == "claims"}


@pytest.mark.parametrize(
    "text,source",
    [
        # the state's media: the body of the state the article is about
        ("Fires broke out in Basra. State media said the blaze had been contained.", "iraqi state media"),
        (
            "Drones struck a depot in Saudi Arabia and started a blaze, which state media said had been contained.",
            "saudi state media",
        ),
        ("Fires broke out in Basra. The blaze had been contained, state-run media reported.", "iraqi state-run media"),
        # a collective noun without an "of" phrase, as a speaker
        ("Armed groups from Sudan said the border crossings would stay shut.", "sudanese armed groups"),
        ('"The crossings will stay shut," said armed groups from Sudan.', "sudanese armed groups"),
        # the absolute "with": the participle's noun speaks
        (
            "Norway banned the airline on Monday, with officials explaining that the ban protects passengers.",
            "officials",
        ),
        # a government's spokes-noun, no person named: the government, the article's country
        ("Kenya closed the border on Monday. The government spokesman said the decision was final.", "kenya"),
        ("Kenya closed the border on Monday. A government spokeswoman said the decision was final.", "kenya"),
    ],
)
def test_described_sources_speak(relations_of, text, source):
    assert source in _sources_of(relations_of(text))


@pytest.mark.parametrize(
    "text,source",
    [
        # media of nobody in particular: no state body
        ("Fires broke out in Basra. Local media said the blaze had been contained.", "iraqi state media"),
        # a collective that is no speaker is no actor
        ("The biggest group rejected the offer, officials said.", "group"),
        ("The biggest group rejected the offer, officials said.", "biggest group"),
        # "with" and a participle that says nothing
        ("Norway banned the airline on Monday, with officials watching the runway.", "officials"),
    ],
)
def test_not_every_description_speaks(relations_of, text, source):
    assert source not in _sources_of(relations_of(text))


def test_the_government_spokesman_named_before_is_that_person(relations_of):
    text = (
        'Kenya closed the border. "It is going well," said Peter Mwangi, a government spokesman. '
        '"We hope it ends soon," the government spokesman said.'
    )
    found = _sources_of(relations_of(text))
    assert "peter mwangi" in found
    assert "kenya" not in found


@pytest.mark.parametrize(
    "text",
    [
        # the country given at a later mention of the same noun
        "Norway banned the airline, with officials explaining that it protects passengers. It suspended the permit, "
        "Norwegian officials said.",
        # ... or at an earlier one
        "Norwegian officials met on Monday. Officials said the talks went well.",
    ],
)
def test_bare_plural_source_takes_the_country_given_to_its_noun(relations_of, text):
    found = _sources_of(relations_of(text))
    assert found.get("norwegian officials") == "Norway"
    assert "officials" not in found  # one group, not two


def test_bare_plural_source_without_a_country_anywhere_stays_as_written(relations_of):
    found = _sources_of(relations_of("The airline was banned. Officials said the ban protects passengers."))
    assert "officials" in found
    assert found["officials"] is None


@pytest.mark.parametrize(
    "text,source",
    [
        # "the group" refers back to the body named before
        ("Hamas accepted the truce. The group warned that its fighters would stay ready.", "hamas"),
        ('Hamas accepted the truce. "Our fighters will stay ready," the group said.', "hamas"),
    ],
)
def test_the_group_refers_back(relations_of, text, source):
    found = _sources_of(relations_of(text))
    assert source in found
    assert "group" not in found


@pytest.mark.parametrize(
    "text",
    [
        "NATO refused the offer. They said the plan was flawed.",
        "NATO refused the plan, which they said was flawed.",
        'NATO refused the plan. "It is flawed," they said.',
    ],
)
def test_they_refers_back_to_an_organisation(relations_of, text):
    assert "nato" in _sources_of(relations_of(text))


def test_they_does_not_refer_back_to_one_person(relations_of):
    assert _sources_of(relations_of("Anna Holt refused the offer. They said the plan was flawed.")) == {}


@pytest.mark.parametrize(
    "text",
    [
        # the name in apposition to a body the recogniser did not tag names the spokesperson
        '"We received reports of killings," said spokesperson for the Office of the Refugee Envoy, Rupert Colville.',
        "A spokesperson for the Office of the Refugee Envoy, Rupert Colville, said the reports were alarming.",
    ],
)
def test_spokesperson_named_after_an_untagged_body(relations_of, text):
    assert set(_sources_of(relations_of(text))) == {"rupert colville"}


def test_spokesperson_of_an_untagged_body_without_a_name(relations_of):
    found = _sources_of(relations_of("A spokesperson for the Office of the Refugee Envoy said the camp was full."))
    assert len(found) == 1
    assert "rupert colville" not in found


@pytest.mark.parametrize(
    "text,source",
    [
        # an untagged acronym or a name with digits, speaking: an organisation
        ("The mayor was stabbed on stage. TVN24 reported he had surgery.", "tvn24"),
        ('The mayor was stabbed on stage. "He had surgery," RTV7 reported.', "rtv7"),
    ],
)
def test_untagged_acronym_speaker_is_an_organisation(relations_of, text, source):
    rels = relations_of(text)
    by = {r.subject.label.lower(): r.subject.type for r in rels if r.predicate == "claims"}
    assert by.get(source) == "Organization"


def test_untagged_acronym_that_does_not_speak_is_no_source(relations_of):
    found = _sources_of(relations_of("TVN24 showed the stage. Joe Biden said the mayor had surgery."))
    assert found and "tvn24" not in found


@pytest.mark.parametrize(
    "text,speaker",
    [
        # a name in apposition to the subject is the subject
        (
            "Paul Novak said the call was damning. Later, a Democrat, Tom Baker, has voiced doubts about the "
            "audit. He continued by noting that the inquiry was fair.",
            "Tom Baker",
        ),
        (
            "Paul Novak said the call was damning. A Republican, Ray Dalton, backed the inquiry. "
            'He said: "The inquiry was fair."',
            "Ray Dalton",
        ),
        # a name as the object is no subject: the last subject stays the antecedent
        (
            "Paul Novak said the call was damning. He later met a Republican, Ray Dalton. "
            "He said that the inquiry was fair.",
            "Paul Novak",
        ),
    ],
)
def test_pronoun_refers_to_a_subject_named_in_apposition(relations_of, text, speaker):
    assert _by(relations_of(text), "the inquiry was fair") == {speaker}


def _parsed(nlp, rows: list[tuple[str, int, str, str, str]]) -> spacy.tokens.Doc:
    """A Doc with the parse given: (word, head, dependency, tag, lemma) per token."""
    words, heads, deps, tags, lemmas = (list(col) for col in zip(*rows, strict=True))
    return spacy.tokens.Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


def test_quoting_participle_is_not_reported_by_a_verb_of_its_quotation(nlp):
    # 'The general noted his doubt saying, "Whenever we hid it, they turned around."' parsed with the
    # quotation's "turned" (a cue of rejection) as the head of the whole: no reporter of "saying"
    from graphkit.nlp.relations.subjects import reporting_ancestor
    from graphkit.resources import load_cues

    rows = [
        ("The", 1, "det", "DT", "the"),
        ("general", 2, "nsubj", "NN", "general"),
        ("noted", 13, "ccomp", "VBD", "note"),
        ("his", 4, "poss", "PRP$", "his"),
        ("doubt", 2, "dobj", "NN", "doubt"),
        ("saying", 2, "ccomp", "VBG", "say"),
        (",", 5, "punct", ",", ","),
        ('"', 13, "punct", "``", '"'),
        ("Whenever", 10, "advmod", "WRB", "whenever"),
        ("we", 10, "nsubj", "PRP", "we"),
        ("hid", 13, "advcl", "VBD", "hide"),
        ("it", 10, "dobj", "PRP", "it"),
        (",", 13, "punct", ",", ","),
        ("turned", 13, "ROOT", "VBD", "turn"),
        ("around", 13, "prt", "RP", "around"),
        (".", 13, "punct", ".", "."),
    ]
    doc = _parsed(nlp, rows)
    assert reporting_ancestor(doc[5], load_cues()) is None
    # the same shape under a verb of saying: that verb reports it
    said = [(w, h, d, t, "say" if i == 13 else lem) for i, (w, h, d, t, lem) in enumerate(rows)]
    assert reporting_ancestor(_parsed(nlp, said)[5], load_cues()).i == 13


def test_participle_inside_a_reported_clause_stays_the_reporters(relations_of):
    rels = relations_of("Mark Hollis said the rebels had fled, adding that they had lied about the talks.")
    assert _by(rels, "they had lied about the talks") == {"Mark Hollis"}
