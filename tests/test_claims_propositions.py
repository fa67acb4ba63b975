"""How a content is cut into the propositions it states: independent clauses coordinated after a comma, a
clause that holds a report of its own, the sentences of a quotation, a salutation and an auxiliary left
alone; and who goes on speaking in the quotation after the next. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from .conftest import claims


@pytest.mark.parametrize(
    "text",
    [
        '"We call on all the parties to stop these attacks on the villages at once, and we urge the council to '
        'open an inquiry into every one of the killings," Tom Baker said.',
        "Tom Baker said that the parties must stop these attacks on the villages at once, and the council "
        "should open an inquiry into every one of the killings.",
        'Tom Baker told reporters: "We call on all the parties to stop these attacks on the villages at once, '
        'and we urge the council to open an inquiry into every one of the killings."',
    ],
)
def test_long_coordinated_clauses_are_two_claims(relations_of, text):
    contents = {c for s, c in claims(relations_of(text)) if s == "Tom Baker"}
    assert any(c.endswith("attacks on the villages at once") for c in contents)
    assert any(c.endswith("into every one of the killings") and "villages" not in c for c in contents)


@pytest.mark.parametrize(
    "text,content",
    [
        # short clauses joined by "and" make one statement
        (
            'Mary Holt said: "Happily, both guards are safe, and the gate was closed again."',
            "Happily, both guards are safe, and the gate was closed again",
        ),
        # a contrast is one statement, however long its clauses
        (
            '"The people of this country do not look for any trouble with anyone, but we will never bow to '
            'threats of any kind," Mary Holt said.',
            "The people of this country do not look for any trouble with anyone, but we will never bow to "
            "threats of any kind",
        ),
        # one subject, two verbs: one clause
        (
            "Mary Holt said the army had surrounded the town in the night and shelled its southern districts "
            "for hours.",
            "the army had surrounded the town in the night and shelled its southern districts for hours",
        ),
    ],
)
def test_one_statement_stays_whole(relations_of, text, content):
    assert ("Mary Holt", content) in claims(relations_of(text))


@pytest.mark.parametrize(
    "text,kept,left_out",
    [
        (
            "Tom Baker says the return of the refugees has been rushed, because he says the families "
            "should first get their land back.",
            "the return of the refugees has been rushed",
            "land",
        ),
        (
            'Tom Baker said the unions were "shocked" by the decision to close their offices, which they '
            'described as "an attack on workers".',
            'the unions were "shocked" by the decision to close their offices',
            "attack",
        ),
        (
            'Tom Baker said the raid "was only aimed at the gangs", several of which, he claims, are "worse '
            'than the militias".',
            "the raid was only aimed at the gangs",
            "militias",
        ),
    ],
)
def test_a_report_inside_a_content_is_not_part_of_it(relations_of, text, kept, left_out):
    contents = {c for s, c in claims(relations_of(text)) if s == "Tom Baker"}
    assert kept in contents
    assert not any(c.startswith(kept[:20]) and left_out in c for c in contents)


def test_a_relative_clause_whose_subject_reports_stays(relations_of):
    """A statement verb in a relative clause whose subject is the relative pronoun is part of the content."""
    found = claims(relations_of("Tom Baker said the police arrested two men who claimed they were reporters."))
    assert ("Tom Baker", "the police arrested two men who claimed they were reporters") in found


def test_quotation_sentences_are_cut_into_propositions(relations_of):
    found = claims(
        relations_of(
            'Tom Baker told the press, "We are trying. It is a protest vote against the council; we cannot '
            'accept these taxes any longer."'
        )
    )
    assert {
        ("Tom Baker", "It is a protest vote against the council"),
        ("Tom Baker", "we cannot accept these taxes any longer"),
    } <= found


def test_a_piece_that_is_no_clause_keeps_the_sentence_whole(relations_of):
    found = claims(
        relations_of(
            'Tom Baker told reporters, "Nobody can press me. The one woman who can press me [...] is my '
            'daughter, a nurse in the capital."'
        )
    )
    assert ("Tom Baker", "The one woman who can press me [...] is my daughter, a nurse in the capital") in found


def test_a_salutation_is_no_claim(relations_of):
    found = claims(
        relations_of('Tom Baker posted this message: "Dear friends. We have taken your sign as our own. Thanks."')
    )
    assert ("Tom Baker", "We have taken your sign as our own") in found
    assert not any("Dear" in c for _, c in found)


@pytest.mark.parametrize("tail,ellipsis", [('"I could have."', "I could have"), ('"But I didn\'t."', "But I didn't")])
def test_an_auxiliary_left_alone_is_no_claim(relations_of, tail, ellipsis):
    found = claims(relations_of(f'"I put no pressure on them," Tom Baker told the press. {tail}'))
    assert ("Tom Baker", "I put no pressure on them") in found
    assert ("Tom Baker", ellipsis) not in found


def test_an_auxiliary_with_its_verb_is_a_claim(relations_of):
    assert ("Tom Baker", "he could have won the vote") in claims(
        relations_of("Tom Baker said he could have won the vote.")
    )


def test_a_quotation_goes_on_after_its_speaker(relations_of):
    found = claims(relations_of('"We will win," Tom Baker said. "The whole region is behind us now."'))
    assert ("Tom Baker", "The whole region is behind us now") in found


def test_a_quotation_does_not_go_on_past_someone_else(relations_of):
    """After a sentence whose subject is another person, the next quotation is not the first speaker's."""
    found = claims(
        relations_of(
            '"We will win," Tom Baker said. Mary Holt, a local activist, gave her own reading of the sign on '
            'the radio. "Wearing a red scarf has turned into a sign of the movement."'
        )
    )
    assert ("Tom Baker", "We will win") in found
    assert ("Tom Baker", "Wearing a red scarf has turned into a sign of the movement") not in found


@pytest.mark.parametrize(
    "text",
    [
        'Tom Baker went on the radio saying the rebels use villagers as shields; "They hide behind the farmers in '
        'every valley."',
        'Tom Baker said the rebels use villagers as shields: "They hide behind the farmers in every valley."',
    ],
)
def test_a_quotation_after_a_semicolon_goes_on_with_the_claim(relations_of, text):
    found = claims(relations_of(text))
    assert ("Tom Baker", "the rebels use villagers as shields") in found
    assert ("Tom Baker", "They hide behind the farmers in every valley") in found


def test_a_quotation_after_a_semicolon_and_another_cue_is_not_the_first_speakers(relations_of):
    found = claims(
        relations_of(
            'Tom Baker said the rebels use villagers as shields; Mary Holt said "They hide behind the farmers."'
        )
    )
    assert ("Mary Holt", "They hide behind the farmers") in found
    assert ("Tom Baker", "They hide behind the farmers") not in found


def test_a_subject_parsed_inside_the_quotation_leaves_the_cue_inverted(nlp):
    """'"The plan is dead," wrote X': the parser may make a noun of the quotation the cue's subject; the cue is
    still inverted (X, after it, speaks), and a subject before the cue outside a quotation is not."""
    from graphkit.nlp.relations.subjects import inverted

    doc = nlp('"The plan is dead," wrote Tom Baker.')
    wrote, plan = doc[7], doc[2]
    assert (wrote.text, plan.text) == ("wrote", "plan")
    plan.head, plan.dep_ = wrote, "nsubj"
    assert inverted(wrote)
    doc = nlp("Tom Baker wrote that the plan is dead.")
    assert not inverted(doc[2])


@pytest.mark.parametrize(
    "text",
    [
        "World Trade Bank president Tom Baker said the use of foreign currencies costs the region billions.",
        "The Foreign Ministry's spokesman, Tom Baker, said the use of foreign currencies costs the region billions.",
    ],
)
def test_a_person_in_apposition_speaks_for_the_body(relations_of, text):
    found = claims(relations_of(text))
    assert ("Tom Baker", "the use of foreign currencies costs the region billions") in found


def test_a_body_with_a_descriptive_apposition_speaks_itself(relations_of):
    found = claims(relations_of("Amnesty International, the rights group, said the talks had failed."))
    assert ("Amnesty International", "the talks had failed") in found


def test_a_person_in_apposition_to_a_body_subject_speaks(nlp):
    """ "ORG president X said" parsed with the body as subject and X in apposition to it (as the parser does in
    some contexts): X speaks, not the body."""
    from graphkit.nlp.actors import actor_index
    from graphkit.nlp.gazetteer import lookup
    from graphkit.nlp.relations.subjects import SubjectFinder
    from graphkit.resources import load_cues

    doc = nlp("African Export–Import Bank president Tom Baker said the talks failed.")
    said, body, baker = doc[8], doc[1], doc[7]
    assert (said.text, body.text, baker.text) == ("said", "Export", "Baker")
    body.head, body.dep_ = said, "nsubj"
    baker.head, baker.dep_ = body, "appos"
    index = actor_index(doc, lookup(), load_cues())
    assert [m.name for m in SubjectFinder(load_cues())(said, index)] == ["Tom Baker"]


@pytest.mark.parametrize(
    "text,content",
    [
        (
            "Tom Baker said the rebels would not have tried to fight had the army not armed them.",
            "the rebels would not have tried to fight had the army not armed them",
        ),
        (
            "Tom Baker went further on Monday, saying the rebels would not have tried to fight had the army "
            "not armed them.",
            "the rebels would not have tried to fight had the army not armed them",
        ),
        (
            "Tom Baker said the rebels would leave the town were the army to withdraw.",
            "the rebels would leave the town were the army to withdraw",
        ),
    ],
)
def test_an_inverted_condition_is_part_of_the_claim(relations_of, text, content):
    assert ("Tom Baker", content) in claims(relations_of(text))


def test_two_clauses_joined_by_and_stay_one_claim(relations_of):
    found = claims(relations_of("Tom Baker said the rebels had left and the army had arrived."))
    assert ("Tom Baker", "the rebels had left and the army had arrived") in found


def test_a_subject_hung_elsewhere_is_the_actor_right_before_the_cue(nlp):
    """A finite statement verb the parser left without a subject ("in the wake of the storm, the Foreign Office
    (FO) advised ..." with the body hung on "storm"): the actor named right before the verb speaks."""
    from graphkit.nlp.actors import actor_index
    from graphkit.nlp.gazetteer import lookup
    from graphkit.nlp.relations.subjects import SubjectFinder
    from graphkit.resources import load_cues

    doc = nlp('In the wake of the storm, the Foreign Office (FO) advised "British citizens avoid the islands".')
    advised, office, storm = doc[13], doc[9], doc[5]
    assert (advised.text, office.text, storm.text) == ("advised", "Office", "storm")
    office.head, office.dep_ = storm, "appos"
    index = actor_index(doc, lookup(), load_cues())
    found = SubjectFinder(load_cues())(advised, index)
    assert len(found) == 1 and "Office" in found[0].name


def test_an_actor_named_inside_the_subject_does_not_speak(relations_of):
    found = claims(relations_of("The plan for the border is dead, a close aide to Prime Minister Tom Baker said."))
    assert not any(s == "Tom Baker" for s, _ in found)


@pytest.mark.parametrize(
    "first",
    [
        "Tom Baker declared his win on a state radio station.",
        "Tom Baker issued a statement on Monday.",
    ],
)
def test_a_quotation_after_an_announcement_is_the_announcers(relations_of, first):
    found = claims(relations_of(f'{first} "The early count puts our party ahead in every province."'))
    assert ("Tom Baker", "The early count puts our party ahead in every province") in found


@pytest.mark.parametrize(
    "text",
    [
        'Tom Baker visited the town on Monday. "The early count puts our party ahead in every province."',
        'Tom Baker declared his win on the radio. "The early count puts our party ahead in every province," Mary '
        "Holt said.",
    ],
)
def test_a_quotation_after_no_announcement_is_not_the_subjects(relations_of, text):
    found = claims(relations_of(text))
    assert ("Tom Baker", "The early count puts our party ahead in every province") not in found


@pytest.mark.parametrize(
    "text,source",
    [
        ("A statement by the Chilean government said about 200 mines operate without a permit.", "Chile"),
        ("The Chilean government's report said about 200 mines operate without a permit.", "Chile"),
        ("Estimates by the Chilean government say about 200 mines operate without a permit.", "Chile"),
        ('The opinion of the Supreme Court read in part, "About 200 mines operate without a permit."', "Supreme Court"),
    ],
)
def test_a_text_that_speaks_stands_for_its_author(relations_of, text, source):
    found = claims(relations_of(text))
    assert (source, "about 200 mines operate without a permit") in {(s, c[:1].lower() + c[1:]) for s, c in found}


def test_a_text_without_an_author_is_no_speaker_of_its_own(relations_of):
    found = claims(relations_of("The report of the week said about 200 mines operate without a permit."))
    assert not any(s.lower().startswith("week") for s, _ in found)


def test_a_passive_judgment_with_its_agent_is_the_agents_claim(relations_of):
    found = claims(relations_of("This vote was viewed as illegal by Chile and the European Union."))
    assert {
        ("Chile", "This vote was viewed as illegal"),
        ("European Union", "This vote was viewed as illegal"),
    } <= found


def test_a_passive_judgment_without_an_agent_is_no_claim(relations_of):
    assert claims(relations_of("This vote was widely viewed as illegal.")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "After the vote, the director of Chile's Red Cross, Maria Lopez, said the count had been fair.",
        "The head of the Chilean Red Cross, Maria Lopez, said the count had been fair.",
    ],
)
def test_a_person_in_apposition_to_the_body_of_a_title_speaks(relations_of, text):
    assert ("Maria Lopez", "the count had been fair") in claims(relations_of(text))


def test_an_auxiliary_with_a_predicate_after_it_is_a_claim(relations_of):
    found = claims(relations_of("The truce is over, Tom Baker summarized."))
    assert ("Tom Baker", "The truce is over") in found
