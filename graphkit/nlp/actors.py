"""The ``gk_actors`` component: which spans of a Doc name an actor, and which actor.

It assigns ``Doc._.gk_actors``, an :class:`ActorIndex` that maps a token (the head of a noun
phrase, a pronoun, a description) to a :class:`~graphkit.types.Mention`:

- gazetteer entities (from the entity ruler) carry their actor id;
- other PERSON/ORG/NORP entities become actors of their own, their country read from a
  demonym or possessive before them ("Zimbabwean Prime Minister Robert Mugabe" → Zimbabwe);
  a surname alone joins the full name met earlier in the article;
- a noun phrase headed by an actor noun (``cues.yaml``: ministry, forces, official, ...) with a
  country modifier becomes an actor ("Russia's defence ministry", "Ukrainian forces");
- a pronoun ("he") or a bare description ("the ministry") refers back to the nearest fitting
  actor of the article.
Places that only locate something stay places: unknown GPEs are not actors.
"""

from __future__ import annotations

import bisect
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..resources import Cues, load_cues
from ..types import Mention
from .gazetteer import Lookup, lookup, norm_name

__all__ = ["ActorIndex", "actor_index"]

_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: words of a title that make its holder not the office holder ("Vice President", "former President")
_NOT_HOLDER = frozenset({"vice", "deputy", "former", "ex", "acting"})
#: prepositions through which an event's argument reaches what it stands for:
#: "an attack on a village in Herat", "a call by Belarus's rulers", "doctors from American aid groups"
_OBJECT_PREPS = (
    "of",
    "by",
    "from",
    "in",
    "near",
    "on",
    "at",
    "inside",
    "for",
    "against",
    "outside",
    "to",
    "with",
    "into",
)


def _entity_text(tok: Token) -> str:
    """The whole entity a token is part of ("Sierra Leonean"), or the token's text."""
    if not tok.ent_type_:
        return tok.text
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return tok.doc[start:end].text


class ActorIndex:
    """Token → Mention for one Doc, with in-article name merging and reference resolution."""

    def __init__(self, doc: Doc, gaz: Lookup, cues: Cues) -> None:
        self.doc, self.gaz, self.cues = doc, gaz, cues
        self.sents = list(doc.sents)  # once: Token.sent walks the Doc's sentences on every call
        self.sent_of = [0] * len(doc)  # token index → index of its sentence in self.sents
        for n, sent in enumerate(self.sents):
            self.sent_of[sent.start : sent.end] = [n] * len(sent)
        self.by_token: dict[int, Mention] = {}
        self.order: list[tuple[int, Mention, str]] = []  # (token index, mention, dep of its root)
        persons: dict[str, Mention] = {}  # surname → full-name mention, within the article
        self.places: dict[int, str] = {}  # token index → country id of the town or region it names
        self.described: dict[int, set[str]] = {}  # token index → words of a description that named a person
        self.ent_at = {ent.start: ent for ent in doc.ents}  # first token index → entity
        self._full_names(doc, persons)
        for ent in doc.ents:
            if ent.label_ not in _ACTOR_LABELS:
                if ent.label_ in _PLACE_LABELS:
                    self._place(ent)
                continue
            m = self._entity(ent, persons)
            if m is None:
                if ent.label_ in ("GPE", "ORG", "NORP", "PERSON"):
                    self._place(ent)
                continue
            for tok in ent:
                self.by_token[tok.i] = m
            self.order.append((ent.root.i, m, ent.root.dep_))
        self._descriptions(doc)

    def _descriptions(self, doc: Doc) -> None:
        """Unnamed actors ("Azerbaijan's foreign ministry", "the ministry") join the reference order,
        so a later "it" can refer to them."""
        nouns = self.cues.org_nouns | self.cues.group_nouns | self.cues.person_nouns
        for tok in doc:
            if (
                tok.i in self.by_token
                or tok.lower_ not in nouns
                or tok.pos_ not in ("NOUN", "PROPN")
                or tok.dep_ in ("compound", "amod", "nmod")
            ):  # a modifier ("military-industrial") is no actor
                continue
            m = self.resolve(tok)
            if m is not None:
                named = self._named_later(tok, m)
                if named is not None:  # "the minister" later still finds him through the description
                    self.described[tok.i] = {w.lower_ for w in tok.subtree}
                    m = named
                self.by_token[tok.i] = m
                bisect.insort(self.order, (tok.i, m, tok.dep_), key=lambda x: x[0])

    def _named_later(self, tok: Token, m: Mention) -> Mention | None:
        """ "Iran's foreign minister has ... [next sentence] Hossein Amir-Abdollahian told reporters":
        an office held by one person per country, described first and named right after, is that person
        (the first person of that country the next two sentences name)."""
        role = self._role(tok)
        if not (m.anonymous and m.type == "Person" and m.country and role):
            return None
        n = self.sent_of[tok.i]
        end = self.sents[min(n + 2, len(self.sents) - 1)].end
        for i, other, _ in self.order:
            if tok.i < i < end and other.type == "Person" and not other.anonymous:
                return other if other.country == m.country and self._holds(other, role) else None
        return None

    def _role(self, tok: Token) -> frozenset[str]:
        """The words of an office one person holds per country: "foreign minister", "president"
        (empty when the noun names no such office: "official", "minister" alone)."""
        words = {
            c.lower_
            for c in tok.children
            if c.dep_ in ("amod", "compound")
            and c.pos_ in ("ADJ", "NOUN", "PROPN")
            and self._country_id(_entity_text(c)) is None
        }
        if tok.lower_ in self.cues.leader_nouns or tok.lower_ == "minister" and words:
            return frozenset({tok.lower_, *words})
        return frozenset()

    def _holds(self, person: Mention, role: frozenset[str]) -> bool:
        """Whether a named person may hold ``role``: the gazetteer's titles say so, or say nothing."""
        entry = self.gaz.entries.get(person.kb_id) if person.kb_id else None
        if entry is None or not entry.titles:
            return True
        return any(role <= set(t.lower().split()) and not set(t.lower().split()) & _NOT_HOLDER for t in entry.titles)

    def _place(self, ent: Span) -> None:
        cid = self.gaz.places.get(norm_name(ent.text))
        if cid is None and ent.root.tag_ == "NNP":  # "the western province of Herat": just the name
            cid = self.gaz.places.get(norm_name(ent.root.text))
        if cid is not None:
            for tok in ent:
                self.places[tok.i] = cid

    # -- entities -------------------------------------------------------------------------------
    def _full_names(self, doc: Doc, persons: dict[str, Mention]) -> None:
        """Surname → the person's full name anywhere in the article, so a headline's "Ali" is the
        "President Irfaan Ali" of the text (a known person wins over an unknown namesake)."""
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            kb = ent.ent_id_.removeprefix("title:")
            if kb in self.gaz.entries and self.gaz.entries[kb].type == "Person":
                m = self._known(kb, ent.text)
                persons[m.name.split()[-1].lower()] = m
                continue
            name = self._clean_name(ent)
            known = self.gaz.by_name.get(norm_name(name)) if name else None
            if known and self.gaz.entries[known].type == "Person":
                m = self._known(known, ent.text)
                persons[m.name.split()[-1].lower()] = m
            elif name and len(name.split()) > 1 and not known:
                persons.setdefault(
                    name.split()[-1].lower(),
                    Mention(name=name, type="Person", country=self._country_near(ent), text=ent.text),
                )

    def _entity(self, ent: Span, persons: dict[str, Mention]) -> Mention | None:
        kb = ent.ent_id_
        if kb.startswith("title:"):
            nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
            if nxt is not None and nxt.ent_type_ == "PERSON" and not nxt.ent_id_.startswith("title:"):
                return None  # "Russian President Boris Yeltsin": the title is not Putin here
            before = [t.lower_ for t in ent.doc[max(ent.start - 2, 0) : ent.start]]
            if before[-1:] in (["former"], ["ex"], ["ex-"]) or before == ["ex", "-"]:
                return None  # "the ex-Kremlin chief", "former Russian president": not the holder now
            kb = kb.split(":", 1)[1]
        if kb and kb in self.gaz.entries:
            m = self._known(kb, ent.text)
            if m.type == "Person":
                persons.setdefault(m.name.split()[-1].lower(), m)
            return m
        if ent.label_ == "GPE" or ent.label_ != "PERSON" and norm_name(ent.text) in self.gaz.places:
            return None  # an unknown place (or a town the tagger took for a body: "Mariupol"), not an actor
        name = self._clean_name(ent)
        if not name:
            return None
        known = self.gaz.by_name.get(norm_name(name))
        if known:
            return self._known(known, ent.text)
        if ent.label_ == "PERSON":
            parts = name.split()
            prior = persons.get(parts[-1].lower())
            if len(parts) == 1 and prior is None and norm_name(name) in self.gaz.places:
                return None  # "Russian troops shelled Kherson": a town the tagger took for a person
            if prior is not None and (len(parts) == 1 or prior.name.split()[0] == parts[0]):
                return prior
            m = Mention(name=name, type="Person", country=self._country_near(ent), text=ent.text)
            persons.setdefault(parts[-1].lower(), m)
            return m
        if ent.label_ == "NORP":
            # a plural people ("Palestinians") acts as a group; an adjective ("Russian") is no actor
            if ent.root.tag_ not in ("NNPS", "NNS") or ent.root.dep_ in ("amod", "compound"):
                return None
            return Mention(name=name, type="Group", country=self._country_near(ent), text=ent.text)
        return Mention(name=name, type="Organization", country=self._country_near(ent), text=ent.text)

    def _known(self, kb: str, text: str) -> Mention:
        """The mention of a gazetteer actor."""
        e = self.gaz.entries[kb]
        return Mention(name=e.label, type=e.type, kb_id=kb, country=self.gaz.country_of(kb), text=text)

    def _clean_name(self, ent: Span) -> str:
        toks = list(ent)
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

    def _country_near(self, span: Span) -> str | None:
        """A country named inside a span or in the modifiers before it (demonym, possessive)."""
        start = min(span.root.left_edge.i, span.start)
        if span.root.dep_ in ("appos", "compound") and span.root.head.i < span.start:  # "Niger's ambassador X"
            start = min(start, span.root.head.left_edge.i)
        for ent in (self.ent_at[i] for i in range(start, span.end) if i in self.ent_at):  # (Span.ents scans all)
            if ent.label_ in ("GPE", "NORP") and (ent.start < span.start or ent.label_ == "NORP"):
                cid = self._country_id(ent.text)
                if cid:
                    return cid
        for tok in span.doc[start : span.end]:
            cid = self._country_id(tok.text)
            if cid:
                return cid
        return None

    def _country_id(self, text: str) -> str | None:
        cid = self.gaz.by_adjective.get(norm_name(text))
        return cid if cid and self.gaz.entries[cid].type == "Country" else None

    # -- resolving a token to an actor -------------------------------------------------------------
    def resolve(self, tok: Token) -> Mention | None:
        """The actor a noun-phrase head, pronoun or description refers to, or None."""
        if tok.i in self.by_token:
            return self.by_token[tok.i]
        for child in tok.children:  # "the state news agency TASS", "spokesman Igor Konashenkov"
            if child.dep_ in ("appos", "compound") and child.i in self.by_token:
                m = self.by_token[child.i]
                if child.dep_ == "appos" or m.type == "Person":
                    return m
        low = tok.lower_
        if tok.pos_ == "PRON":
            want = self.cues.pronouns.get(low)
            if not want:
                return None
            if tok.dep_ in ("dobj", "dative", "pobj"):  # "Trump ... ordered him": not Trump himself
                return self._antecedent(tok, want, exclude=self._clause_subjects(tok))
            if tok.dep_ == "poss":  # "exposed its blackmailing nature": the nearest fitting actor first
                return self._antecedent(tok, want, exclude=set())
            return self._reporter(tok, want) or self._antecedent(tok, want)
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        country = self._modifier_country(tok)
        kind = (
            "Organization"
            if low in self.cues.org_nouns
            else "Group"
            if low in self.cues.group_nouns
            else "Person"
            if low in self.cues.person_nouns
            else None
        )
        if kind is None:
            return None
        if kind == "Organization" and low in self.cues.government_nouns:  # "Netanyahu's government": Israel's
            ruler = next(
                (
                    self.by_token[c.i]
                    for c in tok.children
                    if c.dep_ in ("poss", "compound") and c.i in self.by_token and self.by_token[c.i].type == "Person"
                ),
                None,
            )
            if ruler is not None and ruler.country:
                return self._known(ruler.country, tok.doc[tok.left_edge.i : tok.i + 1].text)
        if country is None and kind == "Organization":  # "the U.N. war crimes court": a body of the U.N.
            org = next(
                (
                    self.by_token[c.i]
                    for c in tok.children
                    if c.dep_ == "compound" and c.i in self.by_token and self.by_token[c.i].type == "Organization"
                ),
                None,
            )
            if org is not None:
                first = min(c.i for c in tok.children if c.dep_ == "compound")
                name = tok.doc[first : tok.i + 1].text
                return Mention(name=name, type="Organization", country=org.country, text=name)
        if country is not None:
            leader = self._leader(tok, country) if kind == "Person" else None
            if leader is not None:
                return leader
            name = self._description(tok, country)
            known = self.gaz.by_name.get(norm_name(name))
            if known:
                return self._known(known, name)
            if kind == "Organization":  # "the Russian-installed management of the Zaporizhzhia plant"
                name = self._with_of_phrase(tok) or name
            return Mention(name=name, type=kind, country=country, text=name, anonymous=kind == "Person")
        if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return self._antecedent(tok, None, head=low, fallback=("Organization",) if kind == "Organization" else None)
        return None

    def anchor(
        self, tok: Token, *, places: bool = True, preps: tuple[str, ...] = _OBJECT_PREPS, depth: int = 2
    ) -> Mention | None:
        """What an event's argument stands for, when it is no actor itself.

        A place stands for its country ("arrived in Amman" → Jordan); a thing or people marked
        with a country stand for it ("Israeli tanks", "an Indian proposal", "Iraqi towns"); a thing
        owned stands for its owner ("North Korea's demand"); otherwise look through a preposition
        ("an attack on a village in Herat", "calls by Belarus's rulers"), at most ``depth`` deep.
        """
        m = self.resolve(tok)
        if m is not None:
            return m
        if places and tok.i in self.places:
            return self._known(self.places[tok.i], tok.text)
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
        for child in tok.children:  # "North Korea's demand"
            if child.dep_ == "poss" and child.i in self.by_token:
                return self.by_token[child.i]
        country = self._modifier_country(tok)  # "a Russian Kh-101 missile": Russia, not the missile's maker
        if country is not None:
            return self._known(country, tok.text)
        for child in tok.children:  # "a United Nations appeal"
            if child.dep_ in ("compound", "nmod") and child.i < tok.i and child.i in self.by_token:
                return self.by_token[child.i]
        if depth > 0:
            for p in tok.children:
                if p.dep_ in ("prep", "agent") and p.lower_ in preps:
                    for pobj in (c for c in p.children if c.dep_ == "pobj"):
                        m = self.anchor(pobj, places=places, preps=preps, depth=depth - 1)
                        if m is not None:
                            return m
        return None

    def _modifier_country(self, tok: Token, depth: int = 1) -> str | None:
        """The country a noun's modifiers name: "Russian forces", "Ukraine's army", "Panamanian army
        officers" (through a compound), "Vietnamese-led forces"."""
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < tok.i:
                if depth and (child.dep_ == "compound" or child.lower_ in self.cues.affiliation_words):
                    cid = self._modifier_country(child, depth - 1) or next(
                        (
                            c
                            for c in (self._country_id(_entity_text(g)) for g in child.children if g.dep_ == "npadvmod")
                            if c
                        ),
                        None,
                    )
                    if cid:
                        return cid
                cid = self._country_id(_entity_text(child))
                if cid is None and child.i in self.by_token:
                    m = self.by_token[child.i]
                    cid = m.kb_id if m.type == "Country" else None
                if cid:
                    return cid
        return None

    def _description(self, tok: Token, country: str) -> str:
        """ "Russia's defence ministry" → "Russian Defence Ministry"; "Ukrainian forces" stays."""
        words = [
            c
            for c in tok.lefts
            if c.dep_ in ("compound", "amod")
            and self._country_id(c.text) is None
            and c.pos_ in ("NOUN", "PROPN", "ADJ")
        ]
        core = " ".join(w.text for w in [*words, tok])
        if tok.lower_ in self.cues.person_nouns:  # an unnamed person, as the text names them: "U.S. official"
            i = tok.i  # the modifiers right before the noun, up to a determiner or punctuation
            while i > tok.left_edge.i and not (
                tok.doc[i - 1].is_punct or tok.doc[i - 1].is_space or tok.doc[i - 1].dep_ == "det"
            ):
                i -= 1
            return tok.doc[i : tok.i + 1].text
        e = self.gaz.entries[country]
        adj = e.adjectives[0] if e.adjectives else e.label
        if tok.lower_ in self.cues.group_nouns:
            return f"{adj} {core}"
        return f"{adj} " + " ".join(w[:1].upper() + w[1:] for w in core.split())

    @staticmethod
    def _with_of_phrase(tok: Token) -> str | None:
        """An unnamed body as written, when an "of" phrase says whose it is (short and verbless)."""
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            return None
        start = next((t.i + 1 for t in tok.lefts if t.dep_ in ("det", "poss")), tok.left_edge.i)
        words = tok.doc[start : of.right_edge.i + 1]
        if len(words) > 10 or any(t.pos_ in ("VERB", "AUX") for t in words if t.dep_ != "amod"):
            return None
        return words.text

    def _leader(self, tok: Token, country: str) -> Mention | None:
        """ "The American leader", "the US President": the one named leader of that country the article
        has mentioned so far (none when it named several people of that country)."""
        role = self._role(tok)
        if not role or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        named = {
            m for i, m, _ in self.order if i < tok.i and m.type == "Person" and not m.anonymous and m.country == country
        }
        return named.pop() if len(named) == 1 and self._holds(next(iter(named)), role) else None

    def parties(self, tok: Token) -> list[Mention]:
        """ "Both sides", "the two countries": the two countries the article has named most so far."""
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if (
            subject is None
            or subject.lower_ not in self.cues.party_nouns
            or not any(c.lower_ in ("both", "two") for c in subject.subtree)
        ):
            return []
        counts: dict[str, int] = {}
        first: dict[str, Mention] = {}
        for i, m, _ in self.order:
            if i < tok.i and m.type == "Country" and m.kb_id:
                counts[m.kb_id] = counts.get(m.kb_id, 0) + 1
                first.setdefault(m.kb_id, m)
        top = sorted(counts, key=lambda k: -counts[k])[:2]
        return [first[k] for k in top] if len(top) == 2 else []

    def _clause_subjects(self, tok: Token) -> set[Mention]:
        """The actors that are subjects of the verbs above a token in its sentence."""
        out: set[Mention] = set()
        for verb in tok.ancestors:
            for c in verb.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i:  # "He urged him": also a pronoun subject
                    m = self.by_token.get(c.i) or (self.resolve(c) if c.pos_ == "PRON" else None)
                    if m is not None:
                        out.add(m)
        return out

    def _reporter(self, tok: Token, want: tuple[str, ...]) -> Mention | None:
        """ "The ministry said it had struck ...": the subject of a clause reported by an actor is,
        when the types fit, that actor."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
            return None
        for c in tok.head.head.children:
            if c.dep_ == "nsubj" and c.i < tok.i and c.pos_ != "PRON":
                m = self.resolve(c)
                if m is not None and m.type in want:
                    return m
        return None

    def _antecedent(
        self,
        tok: Token,
        want: tuple[str, ...] | None,
        head: str | None = None,
        fallback: tuple[str, ...] | None = None,
        exclude: set[Mention] | None = None,
    ) -> Mention | None:
        """The nearest earlier actor of the wanted type (a subject first) or with the same head noun
        (else, with ``fallback`` types, the nearest such subject: "the company" → Apple)."""
        best_any = None
        for i, m, dep in reversed(self.order):
            if i >= tok.i:
                continue
            if head is not None:  # "the ministry": the last actor with "ministry" in its name
                words = {*m.name.lower().split(), *m.text.lower().split(), *self.described.get(i, ())}
                if head in words:
                    return m
                if fallback is not None and m.type in fallback and dep in ("nsubj", "nsubjpass"):
                    best_any = best_any or m
                continue
            if want is None or m.type not in want or exclude and m in exclude:
                continue
            # subjects are what a text goes on about; an object pronoun ("urged him") takes the nearest
            # other actor of its own sentence first
            if dep in ("nsubj", "nsubjpass") or exclude is not None and self.sent_of[i] == self.sent_of[tok.i]:
                return m
            best_any = best_any or m
        return best_any


def actor_index(doc: Doc, gaz: Lookup, cues: Cues) -> ActorIndex:
    """The actors of ``doc`` as ``gk_actors`` annotated them, for the components after it."""
    index: ActorIndex = doc._.gk_actors
    return index


@Language.factory(
    "gk_actors",
    requires=["doc.ents", "token.dep"],
    assigns=["doc._.gk_actors"],
    default_config={"gazetteer": None, "cues": None},
)
def make_actors(nlp: Language, name: str, gazetteer: str | None, cues: str | None) -> ActorsComponent:
    return ActorsComponent(Path(gazetteer) if gazetteer else None, Path(cues) if cues else None)


class ActorsComponent:
    def __init__(self, gazetteer: Path | None, cues: Path | None) -> None:
        if not Doc.has_extension("gk_actors"):
            Doc.set_extension("gk_actors", default=None)
        self.gaz = lookup(gazetteer)
        self.cues = load_cues(cues)

    def __call__(self, doc: Doc) -> Doc:
        doc._.gk_actors = ActorIndex(doc, self.gaz, self.cues)
        return doc
