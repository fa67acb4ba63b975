"""The ``gk_relations`` spaCy component: assigns ``Doc._.gk_relations``, a list of
:class:`~graphkit.nlp.relations.records.RawRelation` (plain values: no Span, Token or Doc)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ...resources import load_cues
from ..gazetteer import lookup
from .finder import RelationFinder

__all__ = ["RelationsComponent", "make_relations"]


@Language.factory(
    "gk_relations",
    # what it reads: the actors gk_actors found, the sentences, the parse, tags, lemmas and entity types
    requires=[
        "doc.spans",
        "span._.gk_mention",
        "span._.gk_described",
        "span._.gk_country",
        "doc.ents",
        "doc.sents",
        "token.dep",
        "token.ent_type",
        "token.head",
        "token.is_sent_start",
        "token.lemma",
        "token.pos",
        "token.tag",
    ],
    assigns=["doc._.gk_relations"],
    default_config={"gazetteer": None, "cues": None},
)
def make_relations(nlp: Language, name: str, gazetteer: str | None, cues: str | None) -> RelationsComponent:
    return RelationsComponent(Path(gazetteer) if gazetteer else None, Path(cues) if cues else None)


class RelationsComponent:
    """Finds the relations of each Doc with the cue lexicon ``cues`` (``ontologies/cues.yaml`` by default)."""

    def __init__(self, gazetteer: Path | None, cues: Path | None) -> None:
        if not Doc.has_extension("gk_relations"):
            Doc.set_extension("gk_relations", default=None)
        self.find = RelationFinder(load_cues(cues), lookup(gazetteer))

    def __call__(self, doc: Doc) -> Doc:
        doc._.gk_relations = self.find(doc)
        return doc
