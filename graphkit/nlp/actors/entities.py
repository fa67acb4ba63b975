"""The actors the named entities of a Doc name, after cleaning up what the entity recogniser found.

- gazetteer entities (from the entity ruler) carry their actor id; a role title ("Russian President")
  names its holder unless a name follows it or "former" precedes it;
- other PERSON/ORG/NORP entities become actors of their own, their country read from a demonym or
  possessive before them ("Zimbabwean Prime Minister Robert Mugabe" → Zimbabwe);
- a name tagged ORG that a "who" clause modifies ("X Y, who lives in the camp") is a person: "who"
  stands for people, "which" for bodies;
- a surname alone joins the full name met anywhere in the article ("Ali" → "President Irfaan Ali");
- places that only locate something stay places: unknown GPEs are not actors.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...resources import Cues
from ...types import Mention
from ..gazetteer import Lookup, norm_name, transposed_id
from .annotations import PlaceSpan
from .base import known
from .cut_names import initials, joined_name, mended
from .national import national_bodies
from .places import country_id, country_near, entity_text, misspelt_country, place_country, surname_country

__all__ = ["named_actors"]

_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}


def named_actors(doc: Doc, gaz: Lookup, cues: Cues) -> tuple[list[tuple[Span, Mention]], list[PlaceSpan]]:
    """The entities of ``doc`` that name an actor, with its mention, and those that name a town or region,
    with its country id, each in text order."""
    named, places = _Entities(doc, gaz, cues).read()
    return national_bodies(gaz, named, places), places


def _surname(name: str) -> str:
    """The word of a person's name that names them alone: the last, but the first of a name written family
    name first with a hyphenated given name, as Korean names are in English ("Ban Ki-moon": Ban)."""
    words = name.split()
    if len(words) == 2 and "-" in words[1] and words[1].split("-")[1][:1].islower():
        return words[0].lower()
    return words[-1].lower()


def _personal(ent: Span) -> bool:
    """Whether a name is a person's by the relative pronoun that follows it: "X Y, who lives in ..."."""
    return any(
        c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") and w.i > ent.end - 1 for w in c.children)
        for c in ent.root.children
    )


def _acronym(text: str) -> bool:
    """Whether a name is an acronym: two to eight capitals ("NTC", "USCIRF")."""
    return 1 < len(text) < 9 and text.isalpha() and text.isupper()


def _name_shaped(ent: Span) -> bool:
    """Whether an entity reads as a person's name: two to four capitalised words, no acronym, no number, no
    article before it (a body takes one: "the Hunger Relief Fund")."""
    words = [t for t in ent if not t.is_punct]
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return (
        1 < len(words) < 5
        and all(t.is_title or t.is_lower and len(t) <= 3 for t in words)
        and words[0].lower_ != "the"
        and before != "the"
    )


def _beside_person(ent: Span) -> bool:
    """Whether the entity is coordinated with a person's name ("X Y and Z W", "X Y, Z W and ...")."""
    root = ent.root
    pairs = [*(c for c in root.children if c.dep_ == "conj"), *([root.head] if root.dep_ == "conj" else [])]
    return any(t.ent_type_ == "PERSON" for t in pairs)


def _demonym(gaz: Lookup, ent: Span) -> bool:
    """Whether the entity is a country's demonym the recogniser took for a name, or the start of one it cut
    short ("Sierra" of "Sierra Leonean refugees"): like an adjective tagged NORP, no actor of its own."""
    doc = ent.doc
    return any(
        country_id(gaz, doc[ent.start : end].text) is not None for end in range(ent.end, min(ent.end + 2, len(doc)) + 1)
    )


class _Entities:
    """The entities of one Doc, read in order, with the persons named so far by surname."""

    def __init__(self, doc: Doc, gaz: Lookup, cues: Cues) -> None:
        self.gaz, self.cues = gaz, cues
        self.persons: dict[str, Mention] = {}  # surname → full-name mention, within the article
        self.bodies: dict[str, Mention] = {}  # initials → unknown body of that full name, within the article
        self.ents = mended(doc.ents, cues)  # once (Doc.ents makes new Spans on every call), names cut short mended
        self.ent_at = {ent.start: ent for ent in self.ents}  # first token index → entity
        # last word → the bodies of several words ending with it ("the Puerto Rico Senate ... the Senate")
        self.long_bodies: dict[str, list[Span]] = {}
        for ent in self.ents:
            words = [t.lower_ for t in ent if not t.is_punct and t.lower_ not in ("the", "a", "an")]
            if ent.label_ == "ORG" and len(words) > 1:
                self.long_bodies.setdefault(words[-1], []).append(ent)
                head = next(
                    (w for w, nxt in zip(words, words[1:], strict=False) if nxt in cues.name_prepositions), words[-1]
                )
                if head != words[-1]:  # "the Commission of X ... the Commission": by its head noun too
                    self.long_bodies.setdefault(head, []).append(ent)

    def read(self) -> tuple[list[tuple[Span, Mention]], list[PlaceSpan]]:
        self._full_names()
        actors: list[tuple[Span, Mention]] = []
        places: list[PlaceSpan] = []
        for ent in self.ents:
            m = self._entity(ent) if ent.label_ in _ACTOR_LABELS else None
            whole = joined_name(self.gaz, self.cues, actors[-1], ent, m) if m is not None and actors else None
            if whole is not None:  # a name the recogniser cut at "bin": one person
                actors[-1] = (actors[-1][0], whole)
                m = whole
            if m is not None:
                actors.append((ent, m))
            elif ent.label_ in _ACTOR_LABELS or ent.label_ in _PLACE_LABELS:
                cid = place_country(self.gaz, ent)
                if cid is not None:
                    places.append((ent, cid))
        return actors, places

    def _person_name(self, ent: Span) -> bool:
        """A PERSON entity, or an ORG one shaped like a name (no word of a body) that a "who" clause, a
        person's title before it or a person it is coordinated with shows to be a person ("X Y, who ...",
        "lawmaker X Y", "X Y and Z W"; not "the council, who")."""
        if ent.label_ == "PERSON":
            return True
        if ent.label_ != "ORG" or any(t.lower_ in self.cues.body_nouns for t in ent):
            return False
        return _personal(ent) or _name_shaped(ent) and (self._titled(ent) or _beside_person(ent))

    def _titled(self, ent: Span) -> bool:
        """Whether a person's title or noun stands right before the entity ("lawmaker X", "Senator X")."""
        first = ent.doc[ent.start - 1] if ent.start > 0 else None
        if first is None or first.ent_type_:
            return False
        word = first.lower_.rstrip(".")
        return word in self.cues.title_words or word in self.cues.person_nouns

    def _full_names(self) -> None:
        """Surname → the person's full name anywhere in the article, so a headline's "Ali" is the
        "President Irfaan Ali" of the text (a known person wins over an unknown namesake)."""
        for ent in self.ents:
            if not self._person_name(ent):
                continue
            kb = ent.ent_id_.removeprefix("title:")
            if kb in self.gaz.entries and self.gaz.entries[kb].type == "Person":
                m = known(self.gaz, kb, ent.text)
                self.persons[_surname(m.name)] = m
                continue
            name = self._clean_name(ent)
            by_name = self.gaz.by_name.get(norm_name(name)) if name else None
            if by_name and self.gaz.entries[by_name].type == "Person":
                m = known(self.gaz, by_name, ent.text)
                self.persons[_surname(m.name)] = m
            elif name and len(name.split()) > 1 and not by_name:
                self.persons.setdefault(_surname(name), self._mention(ent, name, "Person"))

    def _entity(self, ent: Span) -> Mention | None:
        """The actor a PERSON, ORG, GPE or NORP entity names, or None."""
        kb = ent.ent_id_
        if kb.startswith("title:"):
            if not self._holder(ent):
                return None
            kb = kb.split(":", 1)[1]
        if kb and kb in self.gaz.entries:
            minority = self._minority(ent, kb)
            if minority is not None:
                return minority
            m = known(self.gaz, kb, ent.text)
            other = self._namesake(ent, m)
            if other is not None:
                return other
            if m.type == "Person":
                self.persons.setdefault(_surname(m.name), m)
            elif m.type == "Organization":  # "Reporters Without Borders ... RWB": its initials, as the text uses them
                self.bodies.setdefault(initials(ent.text), m)
            return m
        body = self.bodies.get(ent.text) if _acronym(ent.text) else None
        if body is not None:  # "the National Telecommunications Commission (NTC) ... the NTC": one body
            return body
        longer = self._longer_body(ent)
        if longer is not None:  # "the Puerto Rico Senate ... the Senate": the article's one body of that name
            return self._entity(longer)
        new = self._unknown(ent)
        if new is not None and new.type == "Organization" and new.kb_id is None:
            self.bodies.setdefault(initials(new.name), new)
        return new

    def _minority(self, ent: Span, kb: str) -> Mention | None:
        """ "Ethnic Hungarians in Serbia", "ethnic Russians living in Estonia": a people the word "ethnic"
        marks as an ethnic group, placed "in" another country, is a minority of that country (a Group of it,
        as CAMEO codes an ethnic group by the country it lives in), not the state its name recalls."""
        root = ent.root
        if self.gaz.entries[kb].type != "Country" or root.tag_ not in ("NNPS", "NNS"):
            return None
        if not any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in root.children):
            return None
        heads = [root, *(c for c in root.children if c.dep_ == "acl")]  # "ethnic Russians living in Estonia"
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                cid = country_id(self.gaz, entity_text(obj)) or place_country(self.gaz, obj.doc[obj.i : obj.i + 1])
                if cid is not None and cid != kb:
                    return Mention(name=f"ethnic {ent.text}", type="Group", country=cid, text=ent.text)
        return None

    def _longer_body(self, ent: Span) -> Span | None:
        """The one body of several words in the article whose name ends with a one-word body's name (or has
        it as head noun before "of"): of several, the shortest when each other name is it with a place's
        name or an "of" phrase around it."""
        words = [t.lower_ for t in ent if not t.is_punct and t.lower_ not in ("the", "a", "an")]
        if ent.label_ != "ORG" or len(words) != 1 or _acronym(ent.text):
            return None  # an acronym is its full name's by its initials ("the NTC"), not by its last word
        named = {norm_name(self._clean_name(e)): e for e in self.long_bodies.get(words[0], ())}
        if len(named) == 1:
            return next(iter(named.values()))
        # "the Supreme Court of X" or "the X Supreme Court", "the Supreme Court", "the Court": one body, cut short
        short = min(named, key=len, default="")
        if ent.root.tag_ in ("NNS", "NNPS"):  # "one of the Representatives": a member, not the House
            return None
        if short and all(n.startswith(f"{short} ") or n.endswith(f" {short}") for n in named if n != short):
            return named[short]
        return None

    def _namesake(self, ent: Span, m: Mention) -> Mention | None:
        """ "Füsun Demirel" where the gazetteer knows a "Demirel": a known person's surname after a given
        name the recogniser left out, other than theirs, is somebody else of that name."""
        doc = ent.doc
        first = doc[ent.start - 1] if ent.start > 0 else None
        if m.type != "Person" or len(ent) != 1 or first is None or first.pos_ != "PROPN" or first.ent_type_:
            return None
        if first.head.i != ent.root.i or first.lower_.rstrip(".") in self.cues.title_words:
            return None
        if first.lower_ in m.name.lower().split():
            return None
        name = f"{first.text} {ent.text}"
        return Mention(name=name, type="Person", country=None, text=name)

    def _holder(self, ent: Span) -> bool:
        """Whether a role title names its holder here."""
        nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        if nxt is not None and nxt.ent_type_ == "PERSON" and not nxt.ent_id_.startswith("title:"):
            return False  # "Russian President Boris Yeltsin": the title is not Putin here
        before = [t.lower_ for t in ent.doc[max(ent.start - 2, 0) : ent.start]]
        # "the ex-Kremlin chief", "former Russian president": not the holder now
        return not (before[-1:] in (["former"], ["ex"], ["ex-"]) or before == ["ex", "-"])

    def _unknown(self, ent: Span) -> Mention | None:
        """The actor of an entity without a gazetteer id: known by its name after all, or one of its own."""
        if ent.label_ == "GPE":  # an unknown place, or a country misspelt ("Afganistan")
            cid = misspelt_country(self.gaz, ent.text)
            return known(self.gaz, cid, ent.text) if cid is not None else None
        if ent.label_ != "PERSON" and norm_name(ent.text) in self.gaz.places:
            return None  # an unknown place (or a town the tagger took for a body: "Mariupol"), not an actor
        name = self._clean_name(ent)
        if not name:
            return None
        kb = self.gaz.by_name.get(norm_name(name)) or transposed_id(self.gaz, name)
        if kb:
            return known(self.gaz, kb, ent.text)
        if _demonym(self.gaz, ent):
            return None
        if self._person_name(ent) or ent.label_ == "ORG" and " " not in name and _surname(name) in self.persons:
            return self._person(ent, name)  # an ORG that is a surname of the article's people is that person
        if ent.label_ == "NORP":
            # a plural people ("Palestinians") acts as a group; an adjective ("Russian") is no actor
            if ent.root.tag_ not in ("NNPS", "NNS") or ent.root.dep_ in ("amod", "compound"):
                return None
            return self._mention(ent, name, "Group")
        if " " not in name and name.lower() in self.cues.state_body_nouns:
            return None  # "the Army said": the army of the country the text is about, not a body named "Army"
        return self._mention(ent, name, "Organization")

    def _person(self, ent: Span, name: str) -> Mention | None:
        """An unknown person: the full name met before when this is its surname (or its first and last
        names), else a person of their own."""
        parts = name.split()
        prior = self.persons.get(_surname(name))
        if len(parts) == 1 and prior is None and norm_name(name) in self.gaz.places:
            return None  # "Russian troops shelled Kherson": a town the tagger took for a person
        if prior is not None and (len(parts) == 1 or prior.name.split()[0] == parts[0]):
            return prior
        m = self._mention(ent, name, "Person")
        self.persons.setdefault(_surname(name), m)
        return m

    def _mention(self, ent: Span, name: str, kind: str) -> Mention:
        """An actor the gazetteer does not know, its country read from the words around its name."""
        country = country_near(self.gaz, ent, self.ent_at)
        if country is None and kind == "Person":
            country = self._title_of(ent) or surname_country(self.gaz, name)
        return Mention(name=name, type=kind, country=country, text=ent.text)

    def _title_of(self, ent: Span) -> str | None:
        """ "President X of Chad": the country an "of" phrase after a titled name gives its holder (a name
        without a title before it may be of a place that is no country of theirs)."""
        first = ent.doc[ent.start - 1] if ent.start > 0 else None
        titled = any(t.lower_.rstrip(".") in self.cues.title_words for t in [*ent[:-1], *([first] if first else [])])
        if not titled:
            return None
        for prep in (c for c in ent.root.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                cid = country_id(self.gaz, entity_text(obj))
                if cid is not None:
                    return cid
        return None

    def _clean_name(self, ent: Span) -> str:
        """The entity's text without a leading article or (for a person) title, or a trailing possessive
        or punctuation."""
        toks = list(ent)
        commas = [k for k, t in enumerate(toks) if t.text == "," and t.i < ent.root.i]
        if commas:  # "Meet the Press, Petraeus": a name does not run across a comma; the root's part is the name
            toks = toks[commas[-1] + 1 :]
        while toks and (
            toks[0].lower_ in ("the", "a", "an")
            or toks[0].lower_.rstrip(".") in self.cues.title_words
            and ent.label_ == "PERSON"
            and len(toks) > 1
        ):
            toks = toks[1:]
        while toks and toks[-1].tag_ == "POS" or toks and toks[-1].is_punct:
            toks = toks[:-1]
        return "".join(t.text_with_ws for t in toks).strip()
