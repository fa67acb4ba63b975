"""What a claim says, in shapes of news reporting the parse blurs (graphkit/nlp/relations/content.py,
clauses.py, graphkit/nlp/syntax.py): a participle the tagger took for a noun (", writing, "...""), a
quotation that opens with a question, the "that" clause of a statement noun ("denied reports that Y"), an
adjective after its noun in a small clause ("called X unlawful in form"). Every sentence is written for the
test; each shape has positive and negative cases."""

from __future__ import annotations

import pytest

from .conftest import claims as _claims


def _said_by(rels, who: str) -> set[str]:
    return {c for s, c in _claims(rels) if s == who}


# --- a participle of a statement verb tagged as a noun: "..., writing, "Y"" ---------------------------------
@pytest.mark.parametrize(
    "text,content",
    [
        ('Olaf Scholz posted on Twitter, writing, "Germany needs stability."', "Germany needs stability"),
        (
            'Olaf Scholz affirmed his willingness to serve, writing, "The country needs a budget this year."',
            "The country needs a budget this year",
        ),
        ("Olaf Scholz defended the plan, writing that the tax would help farmers.", "the tax would help farmers"),
    ],
)
def test_participle_of_a_statement_verb_reports(relations_of, text, content):
    assert content in _said_by(relations_of(text), "Olaf Scholz")


def test_participle_goes_on_with_the_quotations_next_sentence(relations_of):
    said = _said_by(
        relations_of('Olaf Scholz backed the deal, writing, "Germany needs stability. Our farmers will benefit."'),
        "Olaf Scholz",
    )
    assert {"Germany needs stability", "Our farmers will benefit"} <= said


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz praised the writing of the young novelist.",  # a noun, no comma, nothing reported
        "Olaf Scholz taught creative writing, history and music in Hamburg.",  # a noun in a list
        "Olaf Scholz did not sign the treaty, writing, a letter instead.",  # nothing after it is reported
    ],
)
def test_a_noun_in_ing_is_no_cue(relations_of, text):
    assert not _said_by(relations_of(text), "Olaf Scholz")


# --- a quotation that opens with a question and goes on with a statement ------------------------------------
@pytest.mark.parametrize(
    "text,content",
    [
        ('Olaf Scholz wrote on Twitter, "Berlin? The idea is absurd."', "The idea is absurd"),
        ('Olaf Scholz said, "Who pays for this? The farmers pay, as always."', "The farmers pay, as always"),
        ('Olaf Scholz told reporters, "Why now? Because the budget is due."', "Because the budget is due"),
    ],
)
def test_quotation_opening_with_a_question_reports_its_statement(relations_of, text, content):
    said = _said_by(relations_of(text), "Olaf Scholz")
    assert content in said
    assert not any(c.endswith("?") or c.startswith(("Berlin", "Who pays", "Why now")) for c in said), said


@pytest.mark.parametrize(
    "text",
    [
        'Olaf Scholz said, "Why now? Why here?"',  # questions only
        'Olaf Scholz said, "Why now?" The talks resumed on Monday.',  # the quotation closes after the question
        "Did Olaf Scholz say the budget was late? The talks resumed on Monday.",  # the narrator's question
    ],
)
def test_a_question_alone_claims_nothing(relations_of, text):
    assert not _said_by(relations_of(text), "Olaf Scholz")


# --- the "that" clause of a statement noun: "denied reports that Y" ----------------------------------------
@pytest.mark.parametrize(
    "text,content",
    [
        ("Olaf Scholz denied reports that the army had left the city.", "the army had left the city"),
        ("Olaf Scholz confirmed reports that the army had left the city.", "the army had left the city"),
        ("On Monday, Olaf Scholz repeated the claim that the vote was rigged.", "the vote was rigged"),
    ],
)
def test_statement_noun_clause_is_the_claim(relations_of, text, content):
    assert content in _said_by(relations_of(text), "Olaf Scholz")


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz denied reports that appeared in the press on Monday.",  # a relative clause, no proposition
        "Olaf Scholz read reports that the army had left the city.",  # reading is no affirming
        "Olaf Scholz did not deny reports that the army had left the city.",  # negated
        "Olaf Scholz denied the reports.",  # no clause
    ],
)
def test_statement_noun_without_an_affirmed_clause_is_no_claim(relations_of, text):
    assert not any("army" in c or "press" in c for c in _said_by(relations_of(text), "Olaf Scholz"))


# --- a small clause with an adjective after its noun: "called its actions defensive in nature" -------------
@pytest.mark.parametrize(
    "text,content",
    [
        ("Olaf Scholz called the measures defensive in nature.", "the measures defensive in nature"),
        ("Olaf Scholz called the sanctions unlawful in form and substance.", "the sanctions unlawful in form"),
    ],
)
def test_small_clause_with_a_postposed_adjective(relations_of, text, content):
    assert any(c.startswith(content) for c in _said_by(relations_of(text), "Olaf Scholz"))


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz called the minister in Paris.",  # a phone call: no predicate
        "Olaf Scholz called the new minister on Monday.",  # an adjective before its noun is no predicate
    ],
)
def test_call_without_a_predicate_is_no_claim(relations_of, text):
    assert not _said_by(relations_of(text), "Olaf Scholz")


def test_a_time_after_the_predicate_adjective_is_the_cues(relations_of):
    said = _said_by(relations_of("Olaf Scholz called the sanctions unlawful on Monday."), "Olaf Scholz")
    assert "the sanctions unlawful" in said, said


# --- the "-ing" clause of a verb that affirms or denies: "denied ordering the raid" -------------------------
@pytest.mark.parametrize(
    "text,content",
    [
        ("Olaf Scholz denied ordering the raid on the village.", "ordering the raid on the village"),
        ("Olaf Scholz admitted misleading the court about the payments.", "misleading the court about the payments"),
        (
            "Olaf Scholz said he was fairly elected, and denied drafting the clauses in the new constitution.",
            "drafting the clauses in the new constitution",
        ),
    ],
)
def test_gerund_of_an_affirming_verb_is_the_claim(relations_of, text, content):
    assert content in _said_by(relations_of(text), "Olaf Scholz")


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz did not deny ordering the raid.",  # negated
        "Olaf Scholz denied the charges.",  # a noun, no act
        "Olaf Scholz enjoyed ordering the staff around.",  # no verb of affirming
    ],
)
def test_no_gerund_claim_without_an_affirmed_act(relations_of, text):
    assert not _said_by(relations_of(text), "Olaf Scholz")


# --- statement verbs of FrameNet Statement: "elaborated", "speculated" --------------------------------------
@pytest.mark.parametrize(
    "text,content",
    [
        ('Olaf Scholz elaborated, "A state must protect its citizens."', "A state must protect its citizens"),
        ("Olaf Scholz speculated that the talks would fail.", "the talks would fail"),
        ("Olaf Scholz ventured that the budget might pass.", "the budget might pass"),
    ],
)
def test_statement_verbs_report(relations_of, text, content):
    assert content in _said_by(relations_of(text), "Olaf Scholz")


def test_elaborate_on_a_plan_is_no_claim(relations_of):
    assert not _said_by(relations_of("Olaf Scholz elaborated on the plan at length."), "Olaf Scholz")


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz has neither confirmed nor denied ordering the raid.",
        "Olaf Scholz neither confirmed nor denied that the army had left the city.",
    ],
)
def test_neither_nor_negates_each_cue(relations_of, text):
    assert not _said_by(relations_of(text), "Olaf Scholz")


def test_confirmed_and_denied_each_claim(relations_of):
    # the positive counterpart: without "neither ... nor" the coordinated cues report
    said = _said_by(relations_of("Olaf Scholz confirmed that the army had left the city."), "Olaf Scholz")
    assert "the army had left the city" in said


# --- a semicolon after the cue's own object is no "X said;" ------------------------------------------------
def test_semicolon_after_the_cues_object_ends_its_clause(relations_of):
    said = _said_by(
        relations_of("Olaf Scholz said the envoy required an escort, and was in danger; Reuters reported he left."),
        "Olaf Scholz",
    )
    assert not any("Reuters" in c or "he left" in c for c in said), said


def test_semicolon_right_after_the_cue_still_announces(relations_of):
    said = _said_by(
        relations_of("Olaf Scholz said on Monday; the talks have failed and the army will stay."), "Olaf Scholz"
    )
    assert any(c.startswith("the talks have failed") for c in said), said


# --- the to-infinitive of a commitment or a claimed state ---------------------------------------------------
@pytest.mark.parametrize(
    "text,content",
    [
        (
            "Olaf Scholz promised to conduct new elections and hold a referendum.",
            "to conduct new elections and hold a referendum",
        ),
        ("Olaf Scholz vowed to keep fighting in the courts.", "to keep fighting in the courts"),
        ("Olaf Scholz claimed to have evidence of fraud.", "to have evidence of fraud"),
        ("Olaf Scholz promised the farmers to cut the taxes.", "to cut the taxes"),  # the object is the addressee
        ("Antony Blinken met Olaf Scholz, who was claiming to represent the cabinet.", "to represent the cabinet"),
    ],
)
def test_infinitive_of_a_commitment_or_claimed_state(relations_of, text, content):
    assert content in _said_by(relations_of(text), "Olaf Scholz")


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz did not promise to cut the taxes.",  # negated
        "Olaf Scholz tried to cut the taxes.",  # no verb of commitment or claim
        "Olaf Scholz told the farmers to leave the square.",  # a directive, no claim
        "The reform, which Olaf Scholz has pledged to end, is unpopular.",  # the object left in a relative clause
    ],
)
def test_no_infinitive_claim(relations_of, text):
    assert not any(c.startswith("to ") for c in _said_by(relations_of(text), "Olaf Scholz"))


# --- the cue's object as the subject of a that-less clause, across a parenthesis set off by dashes ----------
def test_subject_set_off_by_dashes_stays_in_the_content(relations_of):
    said = _said_by(
        relations_of("Olaf Scholz says the battle for the port — called Operation Hammer — is only the first step."),
        "Olaf Scholz",
    )
    assert "the battle for the port — called Operation Hammer — is only the first step" in said, said


def test_a_comma_after_the_object_is_no_clause_boundary_to_cross(relations_of):
    said = _said_by(relations_of("Olaf Scholz announced the plan, is now leaving."), "Olaf Scholz")
    assert not any("leaving" in c for c in said), said


# --- a quotation the cue interrupts: '"Y1," X said, "Y2"' --------------------------------------------------
def test_interrupted_quotation_of_two_clauses_gives_two_claims(relations_of):
    said = _said_by(
        relations_of('"We are ready," Olaf Scholz said, "and the talks will begin on Monday."'), "Olaf Scholz"
    )
    assert "We are ready" in said, said
    assert any(c.endswith("the talks will begin on Monday") for c in said), said


def test_interrupted_quotation_of_one_clause_is_joined(relations_of):
    said = _said_by(relations_of('"The talks," Olaf Scholz said, "will begin on Monday."'), "Olaf Scholz")
    assert "The talks will begin on Monday" in said, said


@pytest.mark.parametrize(
    "text,wrong",
    [
        # the quotation before the cue sits in the subject's relative clause: not a piece of what is said
        ('Olaf Scholz, who called the plan "a failure", told reporters, "The talks will begin."', "a failure The"),
        # a question after the cue: the first piece alone
        ('"The talks are over," Olaf Scholz said, "or are they?"', "or are they"),
    ],
)
def test_no_interrupted_quotation(relations_of, text, wrong):
    assert not any(wrong in c for c in _said_by(relations_of(text), "Olaf Scholz"))


def test_a_quotation_before_a_subjectless_participle_is_no_first_piece(relations_of):
    said = _said_by(
        relations_of('Olaf Scholz said the tax "costs farmers a fortune," further saying, "The budget is late."'),
        "Olaf Scholz",
    )
    assert "The budget is late" in said, said
    assert not any(c.startswith("costs farmers") for c in said), said


def test_a_relaying_source_between_two_clauses_does_not_split_its_content(relations_of):
    claims = _claims(relations_of('Olaf Scholz said — as reported by Reuters — "The army will stay in the city."'))
    relayed = {c for who, c in claims if who == "Reuters"}
    assert relayed and all("army will stay" in c for c in relayed), claims


# --- a stance made public: "expressed the view that Y" -----------------------------------------------------
@pytest.mark.parametrize(
    "text,content",
    [
        ("Olaf Scholz expressed the view that the army would stay.", "the army would stay"),
        ("Olaf Scholz voiced concern that the army would stay.", "the army would stay"),
        ("Olaf Scholz expressed hope that the talks would begin soon.", "the talks would begin soon"),
    ],
)
def test_expressed_stance_noun_clause_is_the_claim(relations_of, text, content):
    assert content in _said_by(relations_of(text), "Olaf Scholz")


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz expressed his condolences to the families.",  # no clause
        "Olaf Scholz expressed concern about the plan that the cabinet adopted.",  # a relative clause
        "Olaf Scholz did not express the view that the army would stay.",  # negated
    ],
)
def test_expressing_without_a_stated_clause_is_no_claim(relations_of, text):
    assert not _said_by(relations_of(text), "Olaf Scholz")


# --- a deed claimed may be one word: "claimed responsibility" ----------------------------------------------
def test_claimed_responsibility_alone_is_a_claim(relations_of):
    assert "responsibility" in _said_by(relations_of("Olaf Scholz has claimed responsibility."), "Olaf Scholz")


def test_a_one_word_content_of_another_shape_is_no_claim(relations_of):
    # one word after a cue is no proposition: "said so", "said yes"
    assert not _said_by(relations_of("Olaf Scholz said so."), "Olaf Scholz")


# --- a clause with a wh-word subject is no reported proposition ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz stated who was behind the strike on the depot.",
        "Olaf Scholz said who was responsible for the attack.",
    ],
)
def test_wh_subject_clause_is_no_claim(relations_of, text):
    assert not _said_by(relations_of(text), "Olaf Scholz")


def test_the_cues_own_relative_clause_still_reports(relations_of):
    said = _said_by(relations_of("The strike, which Olaf Scholz said killed ten people, hit the port."), "Olaf Scholz")
    assert "killed ten people" in said, said
