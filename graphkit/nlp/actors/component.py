"""The ``gk_actors`` pipeline component: finds the actors of a Doc and annotates them (see
:mod:`~graphkit.nlp.actors.annotations`), as spaCy's entity ruler finds matches and sets entities."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ...resources import load_cues
from ..gazetteer import lookup
from .annotations import ActorSpan, PlaceSpan, register_extensions, write
from .descriptions import add_descriptions
from .entities import named_actors
from .index import ActorIndex

__all__ = ["ActorsComponent", "make_actors"]


@Language.factory(
    "gk_actors",
    requires=[
        "doc.ents",
        "doc.sents",
        "token.ent_iob",
        "token.ent_type",
        "token.tag",
        "token.pos",
        "token.dep",
        "token.head",
    ],
    assigns=["doc.spans", "span._.gk_mention", "span._.gk_described", "span._.gk_country"],
    default_config={"gazetteer": None, "cues": None},
)
def make_actors(nlp: Language, name: str, gazetteer: str | None, cues: str | None) -> ActorsComponent:
    return ActorsComponent(Path(gazetteer) if gazetteer else None, Path(cues) if cues else None)


class ActorsComponent:
    """Annotates the actors of each Doc: named ones from its entities, then described ones."""

    def __init__(self, gazetteer: Path | None, cues: Path | None) -> None:
        register_extensions()
        self.gaz = lookup(gazetteer)
        self.cues = load_cues(cues)

    def __call__(self, doc: Doc) -> Doc:
        actors, places = self.find(doc)
        self.set_annotations(doc, actors, places)
        return doc

    def find(self, doc: Doc) -> tuple[list[ActorSpan], list[PlaceSpan]]:
        """The actor spans of ``doc`` (each with its mention and, for a description that introduced a
        person, its words) and its place spans (each with its country id)."""
        named, places = named_actors(doc, self.gaz, self.cues)
        index = ActorIndex(doc, self.gaz, self.cues)
        for span, m in named:
            index.add(span, m)
        for span, cid in places:  # "Basra policemen", "the army" of an article about a town of one country
            index.add_place(span, cid)
        # each description joins the index as it is found: a later "the ministry" may refer to it
        described = add_descriptions(index)
        return [(span, m, None) for span, m in named] + described, places

    def set_annotations(self, doc: Doc, actors: list[ActorSpan], places: list[PlaceSpan]) -> None:
        """Write the actors and places onto ``doc`` as span groups with plain extension values."""
        write(doc, actors, places)
