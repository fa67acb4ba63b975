"""The gk_relations component's interface: typed cue frames validated at load, object finders bound at
start-up, plain-value annotations on the Doc, and requires/assigns that say what it reads.

Every sentence here is written for the test.
"""

from __future__ import annotations

import dataclasses

import pytest

from graphkit.errors import GraphkitError
from graphkit.nlp.relations import RawRelation, RelationsComponent
from graphkit.nlp.relations.registry import registered_finders
from graphkit.resources import ONTOLOGIES, CueFrame, load_cues
from graphkit.types import Mention

_TEXT = (
    "Russia accused Ukraine of shelling the plant. Kyiv denied the allegations.\n\n"
    "“The front line is holding,” Volodymyr Zelensky said. “We will not retreat.”"
)


def _cues_file(tmp_path, frames: str):
    """A copy of the shipped cues.yaml whose `accuses` predicate lists ``frames`` first."""
    text = (ONTOLOGIES / "cues.yaml").read_text(encoding="utf-8")
    first = "\n    - {lemma: accuse, "  # the first frame of accuses
    assert text.count(first) == 1
    text = text.replace(first, f"\n    {frames}{first}")
    path = tmp_path / "cues.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _plain(value) -> bool:
    """A value made of str, int, float, bool, None, tuples, frozensets and Mentions only."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return True
    if isinstance(value, (tuple, frozenset)):
        return all(_plain(v) for v in value)
    if isinstance(value, Mention):
        return all(_plain(getattr(value, f.name)) for f in dataclasses.fields(value))
    return False


def test_relations_annotations_are_plain_values(nlp):
    doc = nlp(_TEXT)
    relations = doc._.gk_relations
    assert relations and all(isinstance(r, RawRelation) for r in relations)
    for r in relations:
        for f in dataclasses.fields(r):
            assert _plain(getattr(r, f.name)), (f.name, getattr(r, f.name))
        sent = next(s for s in doc.sents if s.start_char == r.sentence_start)
        assert sent.end_char == r.sentence_end


def test_relations_declares_what_it_reads(nlp):
    meta = nlp.get_pipe_meta("gk_relations")
    assert meta.assigns == ["doc._.gk_relations"]
    for attr in ("doc.spans", "span._.gk_mention", "doc.sents", "token.dep", "token.lemma", "token.pos", "token.tag"):
        assert attr in meta.requires, attr
    # all that gk_actors and the model assign, but token.pos (spaCy's attribute_ruler sets it undeclared)
    assert nlp.analyze_pipes(pretty=False)["problems"]["gk_relations"] == ["token.pos"]


def test_relations_cue_frames_are_typed():
    cues = load_cues()
    frames = [f for fs in cues.verbs.values() for f in fs] + list(cues.nouns.values())
    assert all(isinstance(f, CueFrame) for f in frames)
    say = next(f for f in cues.verbs["say"] if f.predicate == "claims")
    assert say.content and say.obj == ("dobj",)  # the default object: the direct object
    hash(say)  # frozen: tuples and frozensets only
    assert cues.nouns["attack"].obj == ("on", "against")


@pytest.mark.parametrize(
    "frame,problem",
    [
        ("- {lemma: blame, objekt: [dobj]}", "unknown key or bad value objekt"),
        ("- {lemma: blame, content: maybe}", "unknown key or bad value content"),
        ("- {lemma: blame, object_ref: mine}", "object_ref is one of direct, owned"),
        ("- {lemma: blame, requires_word: [yes]}", "expected words"),
    ],
)
def test_relations_bad_cue_frame_is_rejected_at_load(tmp_path, frame, problem):
    path = _cues_file(tmp_path, frame)
    with pytest.raises(GraphkitError, match=r"\[E030\]") as e:
        load_cues(path)
    assert str(path) in str(e.value) and problem in str(e.value)


@pytest.mark.parametrize("spec", ["iobj", "prep", "prep:", "dobj:with"])
def test_relations_unknown_object_finder_is_rejected_at_start_up(tmp_path, spec):
    path = _cues_file(tmp_path, f"- {{lemma: blame, obj: ['{spec}']}}")
    load_cues(path)  # the file itself is well formed
    with pytest.raises(GraphkitError, match=r"\[E030\]") as e:
        RelationsComponent(None, path)
    assert str(path) in str(e.value) and f"no object finder '{spec}'" in str(e.value) and "prep:WORD" in str(e.value)


def test_relations_every_shipped_object_spec_has_a_finder():
    names = {n.partition(":")[0] for n in registered_finders()}
    cues = load_cues()
    used = {spec.partition(":")[0] for fs in cues.verbs.values() for f in fs for spec in f.obj}
    assert used <= names
    RelationsComponent(None, None)  # binds every shipped frame
