"""The reporting-verb inventory (VerbNet say, tell, advise, complain, manner_speaking; FrameNet Statement,
Telling, Communication_response) and the verbs of going on with one's words, which report only next to a
quotation. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from graphkit.resources import load_cues

from .conftest import claims, triples


@pytest.mark.parametrize(
    "text,source,content",
    [
        # going on with one's words: after the quotation, inverted, before it
        ('"The count must be repeated," Mary Holt continued.', "Mary Holt", "The count must be repeated"),
        ('"The count must be repeated," continued Mary Holt.', "Mary Holt", "The count must be repeated"),
        ('Mary Holt continued, "The count must be repeated."', "Mary Holt", "The count must be repeated"),
        ('"The harbour will reopen in May," Tom Baker went on.', "Tom Baker", "The harbour will reopen in May"),
        # manner of speaking: with a quotation and with a that-clause
        ('"The board has failed us," Tom Baker shouted at the crowd.', "Tom Baker", "The board has failed us"),
        ("Tom Baker shouted that the board had failed.", "Tom Baker", "the board had failed"),
        ('"We are ready," Mary Holt whispered.', "Mary Holt", "We are ready"),
        # say-37.7, advise-37.9, complain-37.8 members
        ("Mary Holt divulged that the harbour would reopen in May.", "Mary Holt", "the harbour would reopen in May"),
        ("Tom Baker advised that the harbour would stay closed.", "Tom Baker", "the harbour would stay closed"),
        ("Mary Holt moaned that the ferries were always late.", "Mary Holt", "the ferries were always late"),
    ],
)
def test_reporting_verb_gives_the_claim(relations_of, text, source, content):
    assert (source, content) in claims(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mary Holt continued to criticise the count.",  # an infinitive: going on with an act
        "Mary Holt continued that the count must be repeated.",  # a that-clause: no quotation
        "Tom Baker went on to visit the harbour.",
        "The protests went on while the count was repeated.",
        "The crowd roared as Tom Baker left the harbour.",  # no clause reported
        "Tom Baker didn't shout that the board had failed.",  # negated
    ],
)
def test_no_claim_without_a_reported_clause(relations_of, text):
    assert claims(relations_of(text)) == set()


def test_goes_on_with_the_next_quotation(relations_of):
    text = '"The count must be repeated," Mary Holt continued. "We will not accept it."'
    found = claims(relations_of(text))
    assert {("Mary Holt", "The count must be repeated"), ("Mary Holt", "We will not accept it")} <= found


def test_the_inventory_is_in_the_lexicon():
    verbs = load_cues().verbs
    for lemma in ("shout", "whisper", "divulge", "advise", "moan", "answer", "continue", "go"):
        assert any(f.predicate == "claims" for f in verbs[lemma]), lemma
    assert all(f.quotation for f in verbs["continue"] if f.predicate == "claims")


@pytest.mark.parametrize(
    "text,threat",
    [
        ("Ankara said it would close the border unless Damascus withdrew.", True),
        ("Ankara said Turkey would close the border unless Damascus withdrew.", True),
        # what follows from the condition is a third actor's doing: no threat of the speaker's
        ("Ankara said the United Nations would set a dangerous precedent unless Damascus withdrew.", False),
        ("Ankara said the United Nations would close the border if Damascus stayed.", False),
    ],
)
def test_a_condition_threatens_only_on_the_speakers_side(relations_of, text, threat):
    assert (("threatens", "Turkey", "Syria") in triples(relations_of(text))) is threat


@pytest.mark.parametrize(
    "text,source,content",
    [
        # a judgment or a category stated with "as": the object and its predicative are the claim
        ('Mary Holt denounced the ruling as a "grave injustice".', "Mary Holt", "the ruling as a grave injustice"),
        ("Tom Baker attacked the inquiry as a political stunt.", "Tom Baker", "the inquiry as a political stunt"),
        (
            "Mary Holt dismissed the claims as a national embarrassment.",
            "Mary Holt",
            "the claims as a national embarrassment",
        ),
        (
            "Tom Baker cited the delay as the main cause of the crash.",
            "Tom Baker",
            "the delay as the main cause of the crash",
        ),
        (
            "Mary Holt views the new treaty as a threat to the region.",
            "Mary Holt",
            "the new treaty as a threat to the region",
        ),
        ("Tom Baker praised the volunteers as heroes.", "Tom Baker", "the volunteers as heroes"),
    ],
)
def test_predicative_as_is_the_claim(relations_of, text, source, content):
    assert (source, content) in claims(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tom Baker condemned the attack on the harbour.",  # no "as": the judgment only
        "Mary Holt criticised the council for the delay.",
        "Mary Holt saw the harbour as soon as she arrived.",  # "as" not after the object
        "Mary Holt denounced as a grave crime the closure of the harbour.",  # "as" before the object
        "Tom Baker condemned the recognition of the island as a free port.",  # the noun's own "as"
        "Tom Baker didn't dismiss the claims as a stunt.",  # negated
    ],
)
def test_no_predicative_claim_without_object_then_as(relations_of, text):
    assert not any(" as " in c for _, c in claims(relations_of(text)))


def test_second_that_clause_keeps_its_own_verb(relations_of):
    text = "Tom Baker said that the harbour was closed and that many sailors regard the harbour as unsafe."
    found = claims(relations_of(text))
    assert ("Tom Baker", "many sailors regard the harbour as unsafe") in found
    assert ("Tom Baker", "the harbour was closed") in found


@pytest.mark.parametrize(
    "text,source,content",
    [
        # a claim inside a relative clause: the relative pronoun stands for its antecedent, not in the content
        ("The strike, which Norway said killed ten fighters, hit the harbour.", "Norway", "killed ten fighters"),
        # a relative clause inside the content keeps its pronoun; an interrogative one too
        (
            "Mary Holt said that the ferries, which run daily, would stop.",
            "Mary Holt",
            "the ferries, which run daily, would stop",
        ),
        (
            "Tom Baker said which route the ferries would take was unclear.",
            "Tom Baker",
            "which route the ferries would take was unclear",
        ),
    ],
)
def test_relative_pronoun_leaves_the_content(relations_of, text, source, content):
    assert (source, content) in claims(relations_of(text))


@pytest.mark.parametrize(
    "text,expected",
    [
        # "call X Y" parsed as two direct objects, with a second cue after it
        (
            "Tom Baker called the strike on the harbour a grave escalation and said that the ferries would stop.",
            {("Tom Baker", "the strike on the harbour a grave escalation"), ("Tom Baker", "the ferries would stop")},
        ),
        # one object: a call, no small clause
        (
            "Tom Baker called the minister and said that the ferries would stop.",
            {("Tom Baker", "the ferries would stop")},
        ),
    ],
)
def test_small_clause_of_call_next_to_another_cue(relations_of, text, expected):
    assert claims(relations_of(text)) == expected


@pytest.mark.parametrize(
    "text,source,content",
    [
        # a judgment stated as a small clause (VerbNet declare-29.4, FrameNet Categorization): the object and
        # what is predicated of it are the claim
        ("Mary Holt found the new tariffs unlawful.", "Mary Holt", "the new tariffs unlawful"),
        ("Tom Baker declared the count invalid.", "Tom Baker", "the count invalid"),
        ("Mary Holt considers the treaty a mistake.", "Mary Holt", "the treaty a mistake"),
        ("Tom Baker termed the vote a farce.", "Tom Baker", "the vote a farce"),
        ("Mary Holt judged the plan unworkable.", "Mary Holt", "the plan unworkable"),
        # the same verbs with a that-clause, and a declaration after its quotation, as before
        ("Tom Baker declared that the count was invalid.", "Tom Baker", "the count was invalid"),
        ("Mary Holt found that the ferries had left early.", "Mary Holt", "the ferries had left early"),
        ('"The harbour stays open," declared Mary Holt.', "Mary Holt", "The harbour stays open"),
    ],
)
def test_small_clause_judgment_is_the_claim(relations_of, text, source, content):
    assert (source, content) in claims(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tom Baker declared a state of emergency.",  # an act, no predication
        "Mary Holt found traces of oil in the harbour.",  # finding a thing
        "Tom Baker considered resigning.",  # deliberating an act
        "Mary Holt did not find the tariffs unlawful.",  # negated
        "Tom Baker declared himself the winner.",  # a self-designation: a status performed, not reported
        "Mary Holt declared herself ready to serve.",
    ],
)
def test_no_small_clause_claim_without_a_predication(relations_of, text):
    assert claims(relations_of(text)) == set()


@pytest.mark.parametrize(
    "text,content,verb_claim",
    [
        # a finite verb coordinated with a small clause's tenseless predicate is the source's own next act
        (
            "Mary Holt found the tariffs unlawful and called the ruling a disgrace.",
            "the tariffs unlawful",
            "the ruling a disgrace",
        ),
        ("Tom Baker considered the count invalid and demanded a recount.", "the count invalid", None),
    ],
)
def test_small_clause_ends_before_the_sources_next_verb(relations_of, text, content, verb_claim):
    found = {c for s, c in claims(relations_of(text)) if s in ("Mary Holt", "Tom Baker")}
    assert content in found
    assert not any(c.startswith(content + " and") for c in found)
    assert verb_claim is None or verb_claim in found


def test_a_clause_with_tense_keeps_its_coordinated_verb(relations_of):
    found = claims(relations_of("Mary Holt said the ships were seized and sank."))
    assert ("Mary Holt", "the ships were seized and sank") in found


@pytest.mark.parametrize(
    "text,source,content",
    [
        # a denied proposition is the denier's claim about it (ANNOTATION, denies)
        ("Olaf Scholz denied that the minister had resigned.", "Olaf Scholz", "the minister had resigned"),
        ("The Kremlin denied that its jets had crossed the border.", "Kremlin", "its jets had crossed the border"),
        ("Olaf Scholz denies the minister had resigned.", "Olaf Scholz", "the minister had resigned"),
    ],
)
def test_a_denied_clause_is_the_deniers_claim(relations_of, text, source, content):
    assert (source, content) in claims(relations_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz denied the allegations.",  # no proposition
        "Olaf Scholz did not deny that the minister had resigned.",  # negated
        "Olaf Scholz may deny that the minister had resigned.",  # hedged
    ],
)
def test_no_denial_claim_without_a_clause(relations_of, text):
    assert claims(relations_of(text)) == set()


def test_a_denied_wrongdoing_accuses_nobody(relations_of):
    rels = relations_of("The Kremlin denied that Ukraine was complicit in the attack.")
    assert ("Kremlin", "Ukraine was complicit in the attack") in claims(rels)
    assert not any(p == "accuses" for p, _, _ in triples(rels))


@pytest.mark.parametrize(
    "text,source,content",
    [
        # a deed claimed as one's own (FrameNet Claim_ownership): the object is the claim
        ("The Taliban claimed responsibility for the bombing.", "Taliban", "responsibility for the bombing"),
        ("Olaf Scholz claimed credit for the rescue.", "Olaf Scholz", "credit for the rescue"),
        # "claim" with a clause is a statement as before, whatever words the clause holds
        (
            "The Taliban claimed that the army had taken responsibility for the raid.",
            "Taliban",
            "the army had taken responsibility for the raid",
        ),
    ],
)
def test_claimed_responsibility_is_the_claim(relations_of, text, source, content):
    found = claims(relations_of(text))
    assert (source, content) in found
    assert len(found) == 1  # one claim, not one per frame of "claim"


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban did not claim responsibility for the bombing.",  # negated
        "The Taliban claimed the bombing.",  # no claimed word: the act only
        "The Taliban may claim responsibility for the bombing.",  # hedged
    ],
)
def test_no_responsibility_claim_when_not_claimed(relations_of, text):
    assert claims(relations_of(text)) == set()


@pytest.mark.parametrize(
    "text,claimed",
    [
        # an evidential adverb names the author's source: the statement is still a claim
        ("Olaf Scholz reportedly said the talks had failed.", True),
        ("Olaf Scholz reportedly told reporters that the talks had failed.", True),
        ("the talks had failed, Olaf Scholz reportedly said.", True),
        # a modal still hedges the statement
        ("Olaf Scholz may say the talks had failed.", False),
        ("Olaf Scholz would perhaps say the talks had failed.", False),
    ],
)
def test_reportedly_said_is_a_claim(relations_of, text, claimed):
    assert (("Olaf Scholz", "the talks had failed") in claims(relations_of(text))) is claimed


def test_reportedly_still_hedges_an_act(relations_of):
    assert not any(p == "accuses" for p, _, _ in triples(relations_of("The Kremlin reportedly accused Kyiv of fraud.")))
    assert ("accuses", "Kremlin", "Ukraine") in triples(relations_of("The Kremlin accused Kyiv of fraud."))
