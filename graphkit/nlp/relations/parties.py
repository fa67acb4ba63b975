"""The parties of an agreement judged: "X denounced the agreement between Y and Z", "X condemned the pact
between Y and Z". An agreement is an act of all its parties (FrameNet Make_agreement_on_action: the
Parties, told by a "between" phrase), so judging the agreement blames each of them, as judging any
other act blames its doer (:mod:`.acts`).

The object finder ``act-parties`` reads, for a judged noun of agreement (``judged_acts: agreement_nouns``
of ``ontologies/cues.yaml``), its "between" phrase, also one hung on the noun of its "of" phrase ("the
memorandum of understanding between Y and Z"). Frames list it after ``act-doer`` in ``judged_objects``:
a doer named inside the act ("Y's deal with Z", "the treaty signed by Y") is found first.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import conjuncts
from .acts import act_lexicon, judged_nouns
from .registry import Found, Site, object_finder

__all__ = ["act_parties", "parties"]


def _between(noun: Token) -> list[Token]:
    """The objects of a "between" phrase on the noun or on the noun of its "of" phrase."""
    holders = [noun] + [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.children]
    return [
        t
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "between"
        for c in p.children
        if c.dep_ == "pobj"
        for t in conjuncts(c)
    ]


def parties(noun: Token) -> list[Token]:
    """The tokens naming the parties of an agreement noun: its "between" phrase."""
    return _between(noun)


@object_finder("act-parties")  # "condemned the agreement between Y and Z", "the Y-Z deal": both parties
def act_parties(site: Site, _: str) -> Found:
    nouns = act_lexicon(site.cues).agreement_nouns
    judged = [n for n in judged_nouns(site.tok) if n.lower_ in nouns or n.lemma_.lower() in nouns]
    return [t for n in judged for t in parties(n)]
