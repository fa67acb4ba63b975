"""Which actor a cue's subject or object token stands for.

Statements ("claims", "accuses", "denies") are made by and about actors proper; an event's arguments
may also be places, things marked by a country ("Israeli tanks") or owned things ("Russia's army"):
see :meth:`~graphkit.nlp.actors.ActorIndex.anchor`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...resources import Cues
from ...types import Mention
from ..actors import ActorIndex
from ..syntax import conjuncts, pobjs

__all__ = ["STATEMENTS", "own_country", "phrase_doers", "side", "who", "whom"]

#: predicates about statements: their arguments are actors proper, never places or things
STATEMENTS = ("claims", "accuses", "denies")
#: one preposition deep: "security forces in Guinea", not "families of hostages in Israel"
_SUBJECT_PREPS = ("of", "from", "in")


def side(m: Mention) -> str:
    """The side an actor is on, for "who accused whom": its country, else itself."""
    return m.country or m.kb_id or m.name


def who(tok: Token, actors: ActorIndex, event: bool) -> Mention | None:
    """The actor a subject token names; an event's subject may also be "Israeli tanks", not a thing a
    person's name only modifies ("Trump supporters stormed X", "the Smith bombings struck Y": neither is
    that person's own deed)."""
    if not event:
        return actors.resolve(tok)
    m = actors.anchor(tok, places=False, preps=_SUBJECT_PREPS, depth=1)
    if m is not None and m.type == "Person" and tok.pos_ == "NOUN" and _modifies(tok, actors, m):
        return None
    return m


def _modifies(tok: Token, actors: ActorIndex, m: Mention) -> bool:
    """Whether ``m`` is named only by a compound modifier of the common noun ``tok``."""
    return tok.i not in actors.by_token and any(
        c.dep_ == "compound" and c.i < tok.i and actors.by_token.get(c.i) is m for c in tok.children
    )


def whom(tok: Token, actors: ActorIndex, pred: str, cues: Cues) -> Mention | None:
    """The actor an object token names; an event's object may also be a place or a thing."""
    if pred in STATEMENTS:  # "condemned the attack on Kyiv" blames the attacker, not Kyiv
        return actors.anchor(tok, places=False, depth=0)
    if tok.pos_ == "PRON" and tok.lower_ == "it":  # "seized it": a place or a thing, rarely an actor
        return None
    if pred == "supports" and tok.lemma_.lower() in cues.nouns:  # "a green light to the Damascus strike"
        return None
    return actors.anchor(tok)


def own_country(subject: Mention, obj: Mention) -> bool:
    """ "Zelensky arrived in Kyiv", "the army shelled Khartoum": an actor and its own country."""
    return (
        obj.type == "Country" and obj.kb_id is not None and obj.kb_id == subject.country and subject.type != "Country"
    )


def phrase_doers(
    noun: Token,
    *,
    preps: tuple[str, ...] = ("by",),
    deps: tuple[str, ...] = ("prep",),
    of: bool = False,
    owner: bool = False,
    participle: bool = True,
    relative: bool = False,
    skip: Token | None = None,
    also: Callable[[Token], bool] | None = None,
) -> list[Token]:
    """The tokens inside an event noun's phrase that name who did the event, in the order of the noun's
    children: the object of its ``preps`` ("the strikes by Y"; a child of one of ``deps``), of its "of"
    when ``of`` (an agentive "of": "the policy of Y", not "the arrest of Y"), its owner when ``owner``
    ("Y's decision"), the agent of a passive participle on it when ``participle`` ("the decision taken by
    Y"), the subject of a relative clause on it when ``relative`` ("the policy Y adopted"), and any child
    ``also`` accepts; never a clause ``skip`` (the judging clause itself).

    Shared by the doer of an act judged (``acts``), of an object judged (``objects``), of the conduct an
    inquiry looks into (``conduct``) and of an event undergone (``received``), which differ in these options.
    """
    out: list[Token] = []
    for c in noun.children:
        if owner and c.dep_ == "poss" or also is not None and also(c):
            out.append(c)
        elif c.dep_ in deps and (c.lower_ in preps or of and c.lower_ == "of"):
            out += pobjs(c)
        elif skip is not None and c.i == skip.i:
            continue
        elif participle and c.dep_ == "acl" and c.tag_ == "VBN":
            out += [t for a in c.children if a.dep_ == "agent" for t in pobjs(a)]
        elif relative and c.dep_ == "relcl":
            out += [t for s in c.children if s.dep_ == "nsubj" for t in conjuncts(s)]
    return out
