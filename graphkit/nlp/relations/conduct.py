"""The doer of the conduct an accusation noun is about: "an inquiry into the conduct of Y", "an
investigation into crimes committed by Y". An investigation accuses whom it looks into (PLOVER ACCUSE:
"investigating another actor"); when what it looks into is the conduct of an actor and not the actor
itself, that actor is the one accused, named by:

- the "of" phrase of a noun of conduct (FrameNet Conduct and Intentionally_act: conduct, behaviour,
  actions, activities; ``judged_acts: conduct_nouns`` of ``ontologies/cues.yaml``), never of other nouns
  ("an inquiry into the death of Y": Y is the victim);
- the agent of a participle or the "by" phrase on the noun ("crimes committed by Y", "abuses by Y").

The noun's owner ("Y's conduct") is read by :func:`~graphkit.nlp.relations.arguments.whom` already.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...resources import Cues
from .acts import act_lexicon
from .arguments import phrase_doers

__all__ = ["conduct_doers"]


def conduct_doers(noun: Token, cues: Cues) -> list[Token]:
    """The tokens naming whose conduct ``noun`` is: its "of" phrase for a noun of conduct, the agent of its
    participle or its "by" phrase for any noun."""
    conduct = act_lexicon(cues).conduct_nouns
    of = noun.lower_ in conduct or noun.lemma_.lower() in conduct
    return phrase_doers(noun, of=of)
