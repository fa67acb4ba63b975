"""The charge an arrest, a detention or a sentence names: "police arrested Y for spying", "Y was detained
on suspicion of fraud by X", "the court convicted Y of murder", "X expelled two diplomats for espionage",
"X arrested the men, claiming them to be spies". A verb of FrameNet Arrest, Detaining,
Imprisonment, Sentencing, Fining or Expulsion (``charges: verbs`` of ``ontologies/cues.yaml``) whose Charges
role is told attributes a wrongdoing to whom it acts on: its subject (or a passive's agent) accuses its
object (``ANNOTATION.md``: accuses is attributing wrongdoing or guilt; pattern ``accuses:charged``). Without
a charge ("arrested Y", "detained Y for two days", "held Y for questioning") nothing is said of guilt, and
nothing is found; nor from a negated or hedged verb ("did not arrest Y for ...", "may jail Y for ...").

The verbs are read in a pass of their own, not as cue verbs: a cue verb's object noun becomes an actor
(:mod:`graphkit.nlp.actors`), and every arrest's object would, charged or not.

A charge is, on the verb (the word lists are ``charges`` of ``ontologies/cues.yaml``):

- "for" or "of" with a noun of an offence ("for espionage", "of murder") or a gerund ("for spying",
  "for allegedly planning a coup"), not one of mere procedure ("for questioning");
- "on" with a noun of grounds ("on charges of", "on suspicion of", "on accusations of");
- "in connection with" ("over" is left alone: a reason, not always a charge: "expelled the envoy over the deal");
- a participle clause of accusing ("..., accusing them of ...", "..., claiming them to be spies").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from ...errors import GraphkitError
from ...resources import ONTOLOGIES, Cues, cues_data, word_list
from ..actors import ActorIndex
from ..syntax import blocked, conjuncts
from .acts import subjects_of
from .arguments import whom
from .records import RawRelation

__all__ = ["Charges", "charged", "charges_named", "load_charges"]


@dataclass(frozen=True)
class Charges:
    """The ``charges`` lists of the cue lexicon."""

    verbs: frozenset[str]  # arrest, detain, jail, convict, ...
    offences: frozenset[str]  # "for espionage", "of murder"
    grounds: frozenset[str]  # "on charges of", "on suspicion of"
    procedure: frozenset[str]  # "held for questioning": no charge
    accusing: frozenset[str]  # "..., accusing them of ...", "..., claiming them to be ..."


@lru_cache(maxsize=8)
def load_charges(path: Path) -> Charges:
    """The ``charges`` key of a cue lexicon file, validated (E030 naming the file); none: empty lists."""
    data = cues_data(path)  # parsed once with load_cues's
    raw = data.get("charges") if isinstance(data, dict) else None
    if raw is None:  # a lexicon without the section: no verb of arrest is read
        raw = {}
    if not isinstance(raw, dict):
        raise GraphkitError("E030", path=path, msg="charges: expected a mapping of word lists")
    lists = {
        k: frozenset(w.lower() for w in word_list(raw.get(k), path, f"charges: {k}")) for k in Charges.__annotations__
    }
    return Charges(**lists)


def _offence(noun: Token, charges: Charges, cues: Cues) -> bool:
    """A noun of an offence or of wrongdoing: "for espionage", "of war crimes"."""
    words = (noun.lower_, noun.lemma_.lower())
    return any(w in charges.offences or w in cues.wrong_nouns for w in words)


def _charged_with(obj: Token, charges: Charges, cues: Cues) -> bool:
    """ "for spying", "for allegedly planning a coup" (a gerund), "for espionage" (an offence); not "for
    questioning"."""
    if obj.lemma_.lower() in charges.procedure or obj.lower_ in charges.procedure:
        return False
    return obj.tag_ == "VBG" or _offence(obj, charges, cues)


def _charge(prep: Token, charges: Charges, cues: Cues) -> bool:
    """Whether a preposition on the verb names a charge."""
    word = prep.lower_
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if word in ("for", "of"):
        return any(_charged_with(o, charges, cues) for o in objects)
    if word == "on":
        return any(o.lemma_.lower() in charges.grounds or o.lower_ in charges.grounds for o in objects)
    return word == "in" and any(o.lower_ == "connection" for o in objects)  # "in connection with"


def charges_named(verb: Token, charges: Charges, cues: Cues) -> bool:
    """Whether a verb of arrest or sentence names a charge of ``charges`` (see the module's docstring); the
    parser may hang a "for"/"of" charge on the object ("convicted [Y of murder]")."""
    objects = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass")]
    held = [c for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ in ("for", "of")]
    for c in [*verb.children, *held]:
        if c.dep_ in ("prep", "agent") and _charge(c, charges, cues):
            return True
        if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in charges.accusing:
            return True
    return False


def charged(sent: Span, actors: ActorIndex, cues: Cues) -> list[RawRelation]:
    """The accusations verbs of arrest or sentence with a charge state in ``sent``: their doer → whom they
    act on."""
    lex = load_charges(cues.path or ONTOLOGIES / "cues.yaml")
    out: list[RawRelation] = []
    lemmas = actors.lemmas
    for i in range(sent.start, sent.end):
        if lemmas[i] not in lex.verbs:  # cheap: most words are no verb of arrest
            continue
        verb = actors.tokens[i]
        if verb.pos_ != "VERB" or blocked(verb, cues) or not charges_named(verb, lex, cues):
            continue
        doers = [m for t in subjects_of(verb) for m in [actors.resolve(t)] if m is not None]
        targets = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in conjuncts(c)]
        accused = [m for t in targets for m in [whom(t, actors, "accuses", cues)] if m is not None]
        out += [
            RawRelation.at(sent, "accuses", d, a, verb.text, cue_start=verb.idx, pattern="accuses:charged")
            for d in doers
            for a in accused
            if a != d
        ]
    return out
