"""An attack in words: "X attacked the inquiry as a sham", 'X attacked Y as "a disgrace"'. A verb of attack
that characterises its object with "as" and a derogatory evaluation is FrameNet Judgment_communication,
not Attack: its subject accuses the object (or the doer of the act it names, :mod:`.acts`), and attacks
nobody. The evaluation is a word of ``judged_acts: derogations`` of ``ontologies/cues.yaml``, a word of
falsity, wrongdoing or blame of the same file, or words quoted as the judge's own ("attacked the probe as
'garbage'"); "attacked the town as part of the offensive" or "as revenge" is no evaluation.

The guard ``verbal_attack`` admits the ``predicative`` accuses frame of such a verb only with an evaluation,
and refuses its ``attacks`` frames then. Importing this module registers the guard.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...resources import CueFrame, Cues
from .acts import act_lexicon
from .frames import guard

__all__ = ["evaluation", "verbal_attack"]


def _derogatory(tok: Token, cues: Cues) -> bool:
    """A word of derogation, falsity, wrongdoing or blame."""
    words = (tok.lower_, tok.lemma_.lower())
    lists = (act_lexicon(cues).derogations, cues.falsity_words, cues.wrong_nouns, cues.wrong_adjectives)
    return any(w in ws for w in words for ws in (*lists, cues.blame_words))


def evaluation(verb: Token, cues: Cues) -> Token | None:
    """The derogatory "as" phrase that follows the verb's object ("attacked the inquiry [as a sham]"), on the
    verb or on its object, or None."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:
        return None
    first = min(o.i for o in objects)
    preps = [c for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > first]
    for prep in preps:
        quoted = prep.i + 1 < len(prep.doc) and prep.doc[prep.i + 1].is_quote
        heads = [g for g in prep.children if g.dep_ in ("pobj", "amod", "acomp")]
        words = [w for g in heads for w in (g, *(c for c in g.children if c.dep_ in ("amod", "compound")))]
        if heads and (quoted or any(_derogatory(w, cues) for w in words)):
            return prep
    return None


def _verbal_frame(tok: Token, cues: Cues) -> bool:
    """Whether the cue's lemma has an accuses frame of an attack in words (``predicative``)."""
    return any(f.predicate == "accuses" and f.predicative for f in cues.verbs.get(tok.lemma_.lower(), ()))


@guard  # "attacked the inquiry as a sham": accuses (with the evaluation), not attacks
def verbal_attack(tok: Token, frame: CueFrame, cues: Cues) -> bool:
    if frame.predicate == "accuses" and frame.predicative:
        return evaluation(tok, cues) is not None
    if frame.predicate == "attacks" and _verbal_frame(tok, cues):
        return evaluation(tok, cues) is None
    return True
