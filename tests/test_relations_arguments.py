"""The doer inside an event noun's phrase, one reader with options for each of its users
(graphkit.nlp.relations.arguments.phrase_doers)."""

from __future__ import annotations

import pytest

from graphkit.nlp.relations.arguments import phrase_doers


def _doers(nlp, text: str, noun: str, **options) -> list[str]:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == noun)
    return [t.text for t in phrase_doers(tok, **options)]


@pytest.mark.parametrize(
    ("text", "noun", "options", "doers"),
    [
        ("Egypt condemned the strikes by Israel and Hamas.", "strikes", {}, ["Israel", "Hamas"]),
        ("Egypt condemned the decision taken by Israel.", "decision", {}, ["Israel"]),
        ("Egypt condemned the decision taken by Israel.", "decision", {"participle": False}, []),
        ("Egypt condemned the policy of Israel.", "policy", {"of": True}, ["Israel"]),
        ("Egypt condemned the arrest of Smith.", "arrest", {}, []),  # "of" names the one arrested
        ("Egypt condemned Israel's decision.", "decision", {"owner": True}, ["Israel"]),
        ("Egypt condemned Israel's decision.", "decision", {}, []),
        ("Egypt condemned the policy Israel adopted.", "policy", {"relative": True}, ["Israel"]),
        ("Egypt condemned the policy Israel adopted.", "policy", {}, []),
        ("The embassy faced attacks from Russia.", "attacks", {"preps": ("from", "by")}, ["Russia"]),
        ("The embassy faced attacks from Russia.", "attacks", {}, []),
    ],
)
def test_relations_arguments_phrase_doers(nlp, text, noun, options, doers):
    assert _doers(nlp, text, noun, **options) == doers


def test_relations_arguments_phrase_doers_skips_the_judging_clause(nlp):
    doc = nlp("Egypt condemned the policy Israel adopted.")
    policy = next(t for t in doc if t.text == "policy")
    adopted = next(t for t in doc if t.text == "adopted")
    assert [t.text for t in phrase_doers(policy, relative=True)] == ["Israel"]
    assert phrase_doers(policy, relative=True, skip=adopted) == []
    assert [t.text for t in phrase_doers(policy, relative=True, also=lambda c: c.dep_ == "det")] == ["the", "Israel"]
