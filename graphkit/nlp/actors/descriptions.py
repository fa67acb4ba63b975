"""Actors a noun describes instead of naming them.

A noun phrase headed by an actor noun (``cues.yaml``: ministry, forces, official, ...) with a country
modifier is an actor ("Russia's defence ministry", "Ukrainian forces", "a U.S. official"); "the
ministry" alone refers back to the last actor of that name; "the American leader" is the one American
leader the article has named. Described actors join the article's actors, so a later "it" can refer
to them.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import DEP, LOWER, POS
from spacy.strings import get_string_id
from spacy.tokens import Token

from ...resources import Cues
from ...types import Mention
from ..gazetteer import norm_name
from .annotations import ActorSpan
from .assemblies import assembly
from .base import Index, known
from .followers import followers
from .labels import description, label_words, with_of_phrase
from .localities import local_body, place_body
from .media import is_media_reference, media_referent
from .members import members
from .namings import called, labelled
from .offices import leader, named_later
from .places import country_id, entity_text, modifier_country
from .references import same_head
from .sources import PARTITIVES, issuer, speaks_for, unnamed_source
from .speakers import (
    collective_speaker,
    definite,
    given_elsewhere,
    of_state,
    referred_collective,
    untagged_body,
)
from .states import article_country, is_state_body, phrase_country, recent_body
from .untagged import untagged_person
from .wordings import institution, known_wording, proper_body

__all__ = ["add_descriptions", "described_actor"]


def add_descriptions(index: Index) -> list[ActorSpan]:
    """Add the unnamed actors of the Doc ("Azerbaijan's foreign ministry", "the ministry") to ``index``, in
    text order, and return them: the head noun, the actor, and the words of the description when it
    introduced a person named right after (so "the minister" later still finds them)."""
    cues, doc = index.cues, index.doc
    found = _untagged_speakers(index)
    nouns = cues.description_nouns
    wanted = _ids(cues.described_words)  # the same set each time: its hash is kept, the cache finds it at once
    # the actor nouns found by their hashes first (quicker than making a Token of every word)
    for i in [i for i, low in enumerate(doc.to_array(LOWER).tolist()) if low in wanted]:
        tok = doc[i]
        holder = _named_holder(index, tok)
        if holder is not None:  # "Ambassador to the United States X": X, whatever the recogniser made of it
            index.add(doc[i : i + 1], holder, frozenset({tok.lower_}))
            found.append((doc[i : i + 1], holder, frozenset({tok.lower_})))
            continue
        group = None if i in index.by_token else members(index, tok) or assembly(index, tok)
        if group is not None:  # "EU member states", "the summit condemned": a group of its own
            index.add(doc[i : i + 1], group)
            found.append((doc[i : i + 1], group, None))
            continue
        if (
            i in index.by_token
            or tok.lower_ not in nouns
            or tok.pos_ not in ("NOUN", "PROPN")
            or tok.dep_ in ("compound", "amod", "nmod")
        ):  # a modifier ("military-industrial") is no actor
            continue
        if labelled(index, tok):  # "branded X 'the failed former president'": X's epithet, nobody
            continue
        apposed = _apposed_person(index, tok) or called(index, tok)
        m = apposed or index.resolve(tok)
        if m is None:
            continue
        words = None
        named = None if apposed else named_later(index, tok, m)
        if apposed is not None:  # "X, the U.S. general who ...": "the general" later is X
            words = frozenset(w.lower_ for w in tok.doc[tok.left_edge.i : tok.i + 1])
        elif named is not None:
            words, m = frozenset(w.lower_ for w in tok.subtree), named
        span = doc[i : i + 1]
        index.add(span, m, words)
        found.append((span, m, words))
    return sorted(found, key=lambda a: a[0].start)


def _untagged_speakers(index: Index) -> list[ActorSpan]:
    """Add the proper nouns the recogniser left untagged that speak ("Halvorsen said") or that a "who"
    clause modifies, so that a later "he" may refer to them."""
    doc, found = index.doc, list[ActorSpan]()
    subject, proper = get_string_id("nsubj"), get_string_id("PROPN")
    names = {proper, get_string_id("NOUN")}
    for i, (pos, dep) in enumerate(doc.to_array([POS, DEP]).tolist()):
        if pos not in names or dep != subject and pos != proper or i in index.by_token:
            continue
        m = institution(index, doc[i]) or untagged_person(index, doc[i]) or untagged_body(index, doc[i])
        if m is not None:
            span = doc[i : i + 1]
            index.add(span, m)
            found.append((span, m, None))
    return found


def _named_holder(index: Index, tok: Token) -> Mention | None:
    """ "Ambassador to the United States X", "the President of Kenya X": a title whose "of"/"to" phrase
    runs from a country or place into a person's name is that person (the parser hangs the name on the
    place)."""
    if tok.lower_ not in index.cues.title_words or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    for prep in tok.children:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ in ("of", "to") else None
        m = index.by_token.get(obj.i) if obj is not None else None
        if obj is None or m is None or m.type != "Person" or m.anonymous:
            continue
        start = obj.i
        while start > obj.left_edge.i and index.by_token.get(start - 1) is m:
            start -= 1
        before = index.doc[obj.left_edge.i : start]
        if any(t.i in index.places or country_id(index.gaz, t.text) is not None for t in before) or any(
            index.by_token.get(t.i) is not None and index.by_token[t.i].type == "Country" for t in before
        ):
            return m
    return None


def _apposed_person(index: Index, tok: Token) -> Mention | None:
    """ "X, the U.S. general who oversees ...", "X, a member of parliament": a person noun in apposition
    to a named person describes that person, not somebody else."""
    m = index.by_token.get(tok.head.i) if tok.dep_ == "appos" else None
    if m is None or m.type != "Person" or m.anonymous or tok.lower_ not in index.cues.person_nouns:
        return None
    return m


@lru_cache(maxsize=8)
def _ids(words: frozenset[str]) -> frozenset[int]:
    """The string-store hashes of ``words``: what ``Doc.to_array(LOWER)`` gives for them."""
    return frozenset(get_string_id(w) for w in words)


def described_actor(index: Index, tok: Token) -> Mention | None:
    """The actor a noun (not a name) stands for, or None."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    outlet = media_referent(index, tok)  # "the network", "the newspaper": the one news outlet named before
    if outlet is not None:
        return outlet
    kind = _kind(tok.lower_, index.cues)
    if kind is None:
        return _unkinded(index, tok)
    return _of_kind(index, tok, kind)


def _of_kind(index: Index, tok: Token, kind: str) -> Mention | None:
    """The actor an actor noun of ``kind`` stands for: the body a person speaks for, an actor of the
    country its words give, else one the article gives no country."""
    low, cues = tok.lower_, index.cues
    if kind != "Organization":  # "a spokesperson for X", "X's spokesman": X
        m = speaks_for(index, tok)
        if m is not None:
            return m
    country = modifier_country(index, tok) or (phrase_country(index, tok) if kind != "Organization" else None)
    if kind == "Organization" and low in cues.government_nouns:
        m = _government(index, tok)
        if m is not None:
            return m
    if country is None and kind == "Organization":
        m = _body_of(index, tok)
        if m is not None:
            return m
    if country is not None:
        return _of_country(index, tok, kind, country)
    return _countryless(index, tok, kind)


def _unkinded(index: Index, tok: Token) -> Mention | None:
    """The actor of a noun that is no actor noun: the members of a partitive ("a number of senators", "a
    group of Moroccan diplomats"), an issuer, an institution or a person the recogniser missed; a media
    noun with no single outlet before it ("the network") is nobody."""
    if tok.lower_ in PARTITIVES:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        members = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if members is not None:
            return index.resolve(members)
        # a collective without an "of" phrase, as a speaker, is a group in its own right ("armed groups said")
        if not collective_speaker(index, tok):
            return None
        return referred_collective(index, tok) if definite(tok) else _of_kind(index, tok, "Group")
    if is_media_reference(index, tok):
        return None
    return issuer(index, tok) or institution(index, tok) or untagged_person(index, tok)


def _countryless(index: Index, tok: Token, kind: str) -> Mention | None:
    """An actor noun no words give a country: "the government" (named before, else the article's
    country's), "the ministry" (the last actor of that name), "state media" (the body of the state the
    article is about), "witnesses said" (an unnamed source)."""
    low = tok.lower_
    # "the Hong Kong authorities": a place the gazetteer does not know; "Trump's supporters": not Trump
    placed = place_body(index, tok, kind) or followers(index, tok)
    if placed is not None:
        return placed
    if is_state_body(index, tok):
        return same_head(index, tok, low) or recent_body(index, tok) or _state_body(index, tok, kind)
    if kind == "Organization" and of_state(tok):  # "state media", "state-run media"
        return _state_body(index, tok, kind)
    if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        m = same_head(index, tok, low, ("Organization",) if kind == "Organization" else None)
        if m is not None:
            return m
    country = given_elsewhere(index, tok) if kind == "Group" else None
    if country is not None:  # "officials said ... German officials added": one group
        return _of_country(index, tok, kind, country)
    return unnamed_source(index, tok, kind, None)


def _kind(low: str, cues: Cues) -> str | None:
    """The actor type an actor noun heads, or None."""
    return (
        "Organization"
        if low in cues.org_nouns
        else "Group"
        if low in cues.group_nouns
        else "Person"
        if low in cues.person_nouns
        else None
    )


def _government(index: Index, tok: Token) -> Mention | None:
    """ "Netanyahu's government", "the government of Netanyahu": the country of the person whose government
    it is."""
    owners = [c for c in tok.children if c.dep_ in ("poss", "compound")]
    owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    ruler = next(
        (index.by_token[c.i] for c in owners if c.i in index.by_token and index.by_token[c.i].type == "Person"),
        None,
    )
    if ruler is not None and ruler.country:
        return known(index.gaz, ruler.country, tok.doc[tok.left_edge.i : tok.i + 1].text)
    return None


def _state_body(index: Index, tok: Token, kind: str) -> Mention | None:
    """The government (the country itself, acting as one) or the army or police of the country the
    article is about."""
    country = article_country(index, tok)
    if country is None:
        return None
    if tok.lower_ in index.cues.government_nouns:
        return known(index.gaz, country, tok.doc[tok.left_edge.i : tok.i + 1].text)
    return _of_country(index, tok, kind, country)


def _body_of(index: Index, tok: Token) -> Mention | None:
    """ "the U.N. war crimes court": a body of the organisation named in its compound."""
    org = next(
        (
            index.by_token[c.i]
            for c in tok.children
            if c.dep_ == "compound" and c.i in index.by_token and index.by_token[c.i].type == "Organization"
        ),
        None,
    )
    if org is None:
        return None
    first = min(c.i for c in tok.children if c.dep_ == "compound")
    name = tok.doc[first : tok.i + 1].text
    return Mention(name=name, type="Organization", country=org.country, text=name)


def _of_country(index: Index, tok: Token, kind: str, country: str) -> Mention:
    """An actor of ``country`` described by ``tok``: its named leader, a gazetteer actor by that
    description, or an actor of its own (a person of it stays anonymous: one per article)."""
    chief = (
        leader(index, tok, country)
        if kind == "Person"
        else proper_body(index, tok, country) or local_body(index, tok, country)
    )
    if chief is not None:
        return chief
    name = description(index, tok, country)
    kb = index.gaz.by_name.get(norm_name(name))
    if kb is None and kind != "Person":  # "United States military forces": the gazetteer's "US forces"
        kb = known_wording(index.gaz, country, label_words(index, tok), tok)
    if kb:
        return known(index.gaz, kb, name)
    if kind == "Organization" and _state_named(index, tok, country):
        return known(index.gaz, country, name)  # "the Syrian regime": the state itself, as "the government" is
    if kind == "Organization":  # "the army-appointed board of the Mosul dam"
        name = with_of_phrase(tok) or name
    return Mention(name=name, type=kind, country=country, text=name, anonymous=kind == "Person")


def _state_named(index: Index, tok: Token, country: str) -> bool:
    """Whether ``tok`` is a government noun whose own modifier names its state by its name or demonym ("the
    Iranian regime", "Syria's authorities", as the gazetteer's "Iranian government" is Iran), not by a
    town of it ("the Basra authorities" are the town's)."""
    if tok.lower_ not in index.cues.government_nouns:
        return False
    return any(
        c.dep_ in ("amod", "compound", "poss", "nmod")
        and c.i < tok.i
        and country_id(index.gaz, entity_text(c)) == country
        for c in tok.children
    )
