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

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..resources import Cues, load_cues
from ..types import Mention
from .gazetteer import Lookup, lookup, norm_name

__all__ = ["ActorIndex"]

_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


class ActorIndex:
    """Token → Mention for one Doc, with in-article name merging and reference resolution."""

    def __init__(self, doc: Doc, gaz: Lookup, cues: Cues) -> None:
        self.doc, self.gaz, self.cues = doc, gaz, cues
        self.by_token: dict[int, Mention] = {}
        self.order: list[tuple[int, Mention, str]] = []  # (token index, mention, dep of its root)
        persons: dict[str, Mention] = {}  # surname → full-name mention, within the article
        for ent in doc.ents:
            if ent.label_ not in _ACTOR_LABELS:
                continue
            m = self._entity(ent, persons)
            if m is None:
                continue
            for tok in ent:
                self.by_token[tok.i] = m
            self.order.append((ent.root.i, m, ent.root.dep_))

    # -- entities -------------------------------------------------------------------------------
    def _entity(self, ent: Span, persons: dict[str, Mention]) -> Mention | None:
        kb = ent.ent_id_
        if kb.startswith("title:"):
            nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
            if nxt is not None and nxt.ent_type_ == "PERSON" and not nxt.ent_id_.startswith("title:"):
                return None  # "Russian President Boris Yeltsin": the title is not Putin here
            kb = kb.split(":", 1)[1]
        if kb and kb in self.gaz.entries:
            m = self._known(kb, ent.text)
            if m.type == "Person":
                persons.setdefault(m.name.split()[-1].lower(), m)
            return m
        if ent.label_ == "GPE":
            return None  # an unknown place, not an actor
        name = self._clean_name(ent)
        if not name:
            return None
        known = self.gaz.by_name.get(norm_name(name))
        if known:
            return self._known(known, ent.text)
        if ent.label_ == "PERSON":
            parts = name.split()
            prior = persons.get(parts[-1].lower())
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
        while toks and (toks[0].lower_ in ("the", "a", "an") or toks[0].lower_.rstrip(".") in self.cues.title_words
                        and ent.label_ == "PERSON" and len(toks) > 1):
            toks = toks[1:]
        while toks and toks[-1].tag_ == "POS" or toks and toks[-1].is_punct:
            toks = toks[:-1]
        return "".join(t.text_with_ws for t in toks).strip()

    def _country_near(self, span: Span) -> str | None:
        """A country named inside a span or in the modifiers before it (demonym, possessive)."""
        start = min(span.root.left_edge.i, span.start)
        for ent in span.doc[start:span.end].ents:  # the entities of this stretch only, not the whole Doc
            if ent.label_ in ("GPE", "NORP") and (ent.start < span.start or ent.label_ == "NORP"):
                cid = self._country_id(ent.text)
                if cid:
                    return cid
        for tok in span.doc[start:span.end]:
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
            return self._antecedent(tok, want) if want else None
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        country = self._modifier_country(tok)
        kind = ("Organization" if low in self.cues.org_nouns else "Group" if low in self.cues.group_nouns
                else "Person" if low in self.cues.person_nouns else None)
        if kind is None:
            return None
        if country is not None:
            name = self._description(tok, country)
            known = self.gaz.by_name.get(norm_name(name))
            if known:
                return self._known(known, name)
            return Mention(name=name, type=kind, country=country, text=name, anonymous=kind == "Person")
        if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return self._antecedent(tok, None, head=low)
        return None

    def _modifier_country(self, tok: Token) -> str | None:
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < tok.i:
                cid = self._country_id(child.text)
                if cid is None and child.i in self.by_token:
                    m = self.by_token[child.i]
                    cid = m.kb_id if m.type == "Country" else None
                if cid:
                    return cid
        return None

    def _description(self, tok: Token, country: str) -> str:
        """"Russia's defence ministry" → "Russian Defence Ministry"; "Ukrainian forces" stays."""
        words = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and self._country_id(c.text) is None
                 and c.pos_ in ("NOUN", "PROPN", "ADJ")]
        core = " ".join(w.text for w in [*words, tok])
        if tok.lower_ in self.cues.person_nouns:  # an unnamed person, as the text names them: "U.S. official"
            i = tok.i  # the modifiers right before the noun, up to a determiner or punctuation
            while i > tok.left_edge.i and not (tok.doc[i - 1].is_punct or tok.doc[i - 1].is_space
                                               or tok.doc[i - 1].dep_ == "det"):
                i -= 1
            return tok.doc[i:tok.i + 1].text
        e = self.gaz.entries[country]
        adj = e.adjectives[0] if e.adjectives else e.label
        if tok.lower_ in self.cues.group_nouns:
            return f"{adj} {core}"
        return f"{adj} " + " ".join(w[:1].upper() + w[1:] for w in core.split())

    def _antecedent(self, tok: Token, want: tuple[str, ...] | None, head: str | None = None) -> Mention | None:
        """The nearest earlier actor of the wanted type (a subject first) or with the same head noun."""
        best_any = None
        sent_start = tok.sent.start
        for i, m, dep in reversed(self.order):
            if i >= tok.i:
                continue
            if head is not None:
                if m.name.lower().split()[-1] == head or m.text.lower().split()[-1:] == [head]:
                    return m
                continue
            if want is None or m.type not in want:
                continue
            if dep in ("nsubj", "nsubjpass") or i >= sent_start:
                return m
            best_any = best_any or m
        return best_any


@Language.factory("gk_actors", requires=["doc.ents", "token.dep"], assigns=["doc._.gk_actors"],
                  default_config={"gazetteer": None, "cues": None})
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
