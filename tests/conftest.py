"""Session fixtures: the spaCy pipeline is loaded once; the bundled corpus is built once."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def nlp():
    from graphkit.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory):
    """The bundled corpus, built through the API into a temporary folder."""
    import graphkit

    out = tmp_path_factory.mktemp("corpus-build")
    return graphkit.build([CORPUS], out=out)


@pytest.fixture(scope="session")
def relations_of(nlp):
    """Extract and resolve the relations of one text: ``relations_of("X said that Y.")``."""
    from graphkit.api import extract
    from graphkit.pipeline.gazetteer import lookup
    from graphkit.resolve import resolve
    from graphkit.types import Article

    def run(text: str):
        rels, _ = resolve(extract([Article(id="t", text=text)], nlp=nlp), lookup())
        return rels

    return run
