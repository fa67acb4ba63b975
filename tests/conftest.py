"""Session fixtures: the spaCy pipeline is loaded once; the bundled corpus and the gold sets' corpora
are built once; the browser tests share one headless Chromium (Playwright runs one sync loop at a time)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CORPUS = ROOT / "corpus"
#: The gold sets under tests/data (copies of the team's evaluation sets) and the corpus each annotates.
GOLD_SETS = {
    "dev": DATA / "dev" / "articles",
    "wikinews-dev": DATA / "wikinews-dev" / "articles",
    "plover": DATA / "plover" / "corpus.jsonl",
}


class GoldBuild(NamedTuple):
    jsonl: Path  # the relations.jsonl the build wrote
    records: list[dict[str, Any]]  # the same records, as dicts


@pytest.fixture(scope="session")
def nlp():
    from graphkit.nlp.load import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def corpus_build(nlp, tmp_path_factory):
    """The bundled corpus, built through the API into a temporary folder."""
    import graphkit

    out = tmp_path_factory.mktemp("corpus-build")
    return graphkit.build([CORPUS], out=out, nlp=nlp)


@pytest.fixture(scope="session")
def gold_build(nlp, tmp_path_factory):
    """Build the corpus of a gold set once a session: ``gold_build("dev")`` → :class:`GoldBuild`."""
    import graphkit
    from graphkit.graph.iri import IRIs
    from graphkit.graph.records import relation_records

    built: dict[str, GoldBuild] = {}

    def run(name: str) -> GoldBuild:
        if name not in built:
            out = tmp_path_factory.mktemp(f"{name}-build")
            result = graphkit.build([GOLD_SETS[name]], out=out, nlp=nlp)
            records = relation_records(result.relations, IRIs(), result.articles)
            built[name] = GoldBuild(result.outputs["relations.jsonl"], records)
        return built[name]

    return run


@pytest.fixture(scope="session")
def relations_of(nlp):
    """Extract and resolve the relations of one text: ``relations_of("X said that Y.")``."""
    from graphkit.api import extract
    from graphkit.nlp.gazetteer import lookup
    from graphkit.resolve.resolver import resolve
    from graphkit.types import Article

    def run(text: str):
        rels, _ = resolve(extract([Article(id="t", text=text)], nlp=nlp), lookup())
        return rels

    return run


def triples(rels) -> set[tuple]:
    """``(predicate, subject label, object label)`` of each relation: what the extraction tests compare."""
    return {(r.predicate, r.subject.label, r.object.label if r.object else None) for r in rels}


def accused(rels) -> set[tuple[str, str]]:
    """``(accuser label, accused label)`` of each accusation."""
    return {(s, o) for p, s, o in triples(rels) if p == "accuses"}


def accusation_patterns(rels) -> set[str]:
    """The patterns that found the accusations."""
    return {r.pattern for r in rels if r.predicate == "accuses"}


def claims(rels) -> set[tuple]:
    """``(source label, content)`` of each claim."""
    return {(r.subject.label, r.content) for r in rels if r.predicate == "claims"}


#: one line of relations.jsonl as a build writes it (X accuses Y), for tests of what reads records back
RECORD_LINE = (
    '{"article": "a", "predicate": "accuses", "subject": {"id": "http://e/x", "label": "X", "type": "Country"}, '
    '"object": {"id": "http://e/y", "label": "Y", "type": "Country"}, "sentence": "X accused Y.", "start": 0, '
    '"end": 12, "cue": "accused", "confidence": 1.0, "content": null, "attributed_to": null}'
)


def _chromium() -> str:
    for name in (os.environ.get("GRAPHKIT_CHROMIUM"), "chromium", "chromium-browser"):
        if name and (path := shutil.which(name)):
            return path
    pytest.fail(
        "no Chromium found for the browser tests: install it with `apt-get install chromium` "
        "(Debian/Ubuntu; `make test` does this) or set GRAPHKIT_CHROMIUM to its path",
        pytrace=False,
    )


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the browser tests need Playwright: pip install -e '.[test]'", pytrace=False)
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=executable, headless=True, args=["--no-sandbox"])
        yield b
        b.close()
