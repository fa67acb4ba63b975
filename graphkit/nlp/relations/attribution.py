"""Reported relations: a relation whose cue sits inside the content of somebody's claim is that somebody's
claim, not a fact of the article (``ANNOTATION.md``, "Reported relations"). It gets ``attributed_to``.

- "The minister said Ankara had armed the militia": ``supports`` is cued inside the minister's claim
  (the clausal complement of the reporting verb) → attributed to the minister; so after "according to
  X", in a quotation X's claim extends over, in "X's position that ...".
- In nested claims the innermost claim that holds the cue gives the claimant; a claim several sources
  make gives one relation per source.
- A speech act (accusing, denying, demanding, threatening, rejecting) whose subject is on the claimant's
  own side is the claimant's own act ("Serbia said it accused Kosovo of ..."): not attributed; so are the
  acts a claim itself states (their cue is the reporting verb, outside the content). A speech act of a
  third party reported in a claim ("the envoy said Minsk had accused Vilnius") is attributed.
- What the article narrates keeps ``attributed_to = None``; claims themselves are never attributed.
- Background inside a claim's content is the author's, not the claimant's (it projects out of the
  report, like a presupposition): a temporal clause ("X said it signed the deal after Y invaded Z"), an
  appositive ("X said Y destroyed the depot, a claim rejected by Z") and a relative clause set off by a
  comma ("X said Y, which Z arms, fired first").

>>> from graphkit.types import Mention
>>> envoy, minsk, vilnius = Mention("envoy", "Person"), Mention("Minsk", "Country"), Mention("Vilnius", "Country")
>>> said = RawRelation("claims", envoy, None, 0, 60, "said", "Minsk had accused Vilnius", 15, 40, 11)
>>> acc = RawRelation("accuses", minsk, vilnius, 0, 60, "accused", cue_start=25)
>>> [r.attributed_to.name if r.attributed_to else None for r in attribute([said, acc], None)]
[None, 'envoy']
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ...types import Mention
from .records import RawRelation
from .stated import side

__all__ = ["SPEECH_ACTS", "attribute"]

#: relations that are something the subject says: the claimant's own when the subject is on its side
SPEECH_ACTS = frozenset({"accuses", "denies", "demands", "threatens", "rejects"})
#: subordinators of temporal clauses, whose content the report presupposes rather than asserts
_TEMPORAL = frozenset({"after", "before", "since", "when", "while", "until", "once", "as"})


def _background(tok: Token, start: int, end: int) -> bool:
    """Whether the cue ``tok`` lies in background the author gives inside the content from ``start`` to
    ``end``: a temporal clause, an appositive, a relative clause after a comma."""
    for t in (tok, *tok.ancestors):
        if not start <= t.idx < end:
            return False
        if t.dep_ == "appos":
            return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TEMPORAL for c in t.children):
            return True
        first = t.left_edge.i
        if t.dep_ == "relcl" and first > 0 and t.doc[first - 1].text == ",":
            return True
    return False


def _cue_at(r: RawRelation, text: str) -> int:
    """Where the cue of ``r`` is in the Doc's ``text``: as the finder gave it, else found in its sentence."""
    if r.cue_start >= 0:
        return r.cue_start
    return text.find(r.cue, r.sentence_start, r.sentence_end) if r.cue else -1


def _claimants(claims: list[RawRelation], at: int, doc: Doc | None) -> list[Mention]:
    """The sources of the innermost claims whose content holds the character offset ``at`` (not in background)."""
    inside = [c for c in claims if c.content_start <= at < c.content_end]
    span = doc.char_span(at, at + 1, alignment_mode="expand") if doc is not None and inside else None
    if span is not None and len(span):
        inside = [c for c in inside if not _background(span[0], c.content_start, c.content_end)]
    if not inside:
        return []
    width = min(c.content_end - c.content_start for c in inside)
    out: dict[Mention, None] = {}
    for c in inside:
        if c.content_end - c.content_start == width:
            out.setdefault(c.subject)
    return list(out)


def attribute(relations: list[RawRelation], doc: Doc | None, text: str | None = None) -> list[RawRelation]:
    """``relations`` with each reported relation attributed to its claimant(s) (see the module's docstring);
    ``doc`` is the Doc they were found in (None: offsets only, no background), ``text`` its text when the
    caller has it (``Doc.text`` joins every token anew)."""
    claims = [r for r in relations if r.predicate == "claims" and 0 <= r.content_start < r.content_end]
    if not claims:
        return relations
    text = text if text is not None else doc.text if doc is not None else ""
    out: list[RawRelation] = []
    for r in relations:
        at = _cue_at(r, text) if r.predicate != "claims" else -1
        by = _claimants(claims, at, doc) if at >= 0 else []
        if r.predicate in SPEECH_ACTS:
            by = [c for c in by if side(c) != side(r.subject)]  # the claimant's own act is no report
        out += [replace(r, attributed_to=c) for c in by] or [r]
    return out
