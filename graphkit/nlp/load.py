"""Assemble the spaCy pipeline: the model, the gazetteer entity ruler and graphkit's components.

    gk_actor_ruler (gazetteer) → gk_paragraphs → tok2vec → tagger → parser → … → ner → gk_actors → gk_relations

``nlp.analyze_pipes(pretty=True)`` shows what each component requires and assigns.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler

from ..errors import GraphkitError
from . import actors as _actors  # noqa: F401  (registers the gk_actors factory)
from . import paragraphs as _paragraphs  # noqa: F401  (registers the gk_paragraphs component)
from . import relations as _relations  # noqa: F401  (registers the gk_relations factory)
from .attributes import swap_attribute_ruler
from .gazetteer import ruler_patterns
from .lemmas import swap_lemmatizer
from .models import _PIP_NAMES, MODELS, default_model

__all__ = ["MODELS", "default_model", "load_pipeline"]


def load_pipeline(model: str | None = None, *, ontologies: Path | None = None) -> Language:
    """Load ``model`` (a package name or a path) and add graphkit's components to it."""
    name = model or default_model()
    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError as e:
        if not Path(name).exists() and importlib.util.find_spec(name) is None:
            raise GraphkitError("E021", name=name, package=_PIP_NAMES.get(name, name.replace("_", "-"))) from e
        raise GraphkitError("E022", name=name, msg=str(e).splitlines()[0]) from e
    swap_attribute_ruler(nlp)  # the same pos, morph and lemma by dict lookups, for a quarter of the time
    swap_lemmatizer(nlp)  # the same lemmas, each word form's asked of the model's lemmatizer once
    gaz = ontologies / "actors.yaml" if ontologies else None
    cues = ontologies / "cues.yaml" if ontologies else None
    # First in the pipeline: its patterns match token text only, so adding them needs just the
    # tokenizer (placed later, spaCy would tag and parse every pattern); ner still respects its spans.
    ruler = cast(  # add_pipe returns the component, which spaCy's annotation only calls a Doc → Doc callable
        EntityRuler,
        nlp.add_pipe(
            "entity_ruler", name="gk_actor_ruler", first=True, config={"overwrite_ents": True, "validate": False}
        ),
    )
    ruler.add_patterns(ruler_patterns(gaz))
    nlp.add_pipe("gk_paragraphs", after="gk_actor_ruler")  # before the parser, which keeps its boundaries
    nlp.add_pipe("gk_actors", config={"gazetteer": str(gaz) if gaz else None, "cues": str(cues) if cues else None})
    nlp.add_pipe("gk_relations", config={"gazetteer": str(gaz) if gaz else None, "cues": str(cues) if cues else None})
    return nlp
