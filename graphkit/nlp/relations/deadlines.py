"""Ultimatums told as a time limit given: "X gave Y 48 hours to resign", "X gave Y until Friday to leave",
"X gave Y a deadline to respond" → X demands of Y (PLOVER DEMAND: "issue an ultimatum"; FrameNet Request
with a time limit; the noun "ultimatum" itself is cues.yaml's ``demanding_threats``).

The object finder ``deadline`` finds Y for "give" when the verb also takes a span of time (a noun of
``ontologies/directives.yaml`` ``time_limits``, or "until ...") and an infinitive says what Y is to do:
"gave Ukraine weapons for two weeks" and "gave them 48 hours of rest" ask nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from .directives import load_directives
from .registry import Found, Site, object_finder

__all__ = ["deadline_addressees", "time_limit"]

#: where "give" names the one given the time: "gave Y 48 hours", "gave Y until Friday", "gave 48 hours to Y"
_ADDRESSEE = ("dative", "dobj")


def time_limit(verb: Token) -> Token | None:
    """The span of time a verb of giving grants, with the infinitive of what is to be done in it: "48 hours
    to resign", "until Friday to leave", "a deadline to respond" (the infinitive on the span or the verb)."""
    limits = load_directives().time_limits
    for c in verb.children:
        timed = c.dep_ in ("dobj", "npadvmod", "dative") and c.lemma_.lower() in limits
        if (timed or c.dep_ == "prep" and c.lower_ == "until") and (_infinitive(c) or _infinitive(verb)):
            return c
        if _until(c):  # "gave Y until Friday to leave", the infinitive parsed as a clause "until ... to leave"
            return c
    return None


def _until(clause: Token) -> bool:
    return clause.dep_ in ("advcl", "xcomp") and any(m.dep_ == "mark" and m.lower_ == "until" for m in clause.children)


def _infinitive(head: Token) -> bool:
    return any(
        c.dep_ in ("relcl", "acl", "xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in head.children
    )


def deadline_addressees(verb: Token) -> list[Token]:
    """Whom a verb of giving grants a time limit: its indirect object ("gave Y 48 hours to ..."), its
    direct object when the span is no object ("gave Y until Friday to ..."), or the object of its "to"."""
    span = time_limit(verb)
    if span is None:
        return []
    out = [c for c in verb.children if c.dep_ in _ADDRESSEE]  # the span itself is a time-limit noun: dropped below
    out += [p for c in verb.children if c.dep_ == "dative" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    limits = load_directives().time_limits
    return [t for t in out if t.pos_ in ("PROPN", "NOUN", "PRON") and t.lemma_.lower() not in limits]


@object_finder("deadline")  # "X gave Y 48 hours to resign": Y, given a time limit to act
def deadline(site: Site, _: str) -> Found:
    return deadline_addressees(site.tok)
