"""The notebook views (graphkit.views.inline) and the view names (graphkit.views)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field

import pytest

from graphkit.errors import GraphkitError
from graphkit.types import Actor, Evidence, Relation
from graphkit.views import VIEWS
from graphkit.views.inline import render_view

RUSSIA = Actor(key="russia", label="Russia", type="Country", country="Russia")
UKRAINE = Actor(key="ukraine", label="Ukraine", type="Country", country="Ukraine")


@dataclass
class _Build:
    """What render_view reads of a build (graphkit.types.Graphed)."""

    relations: list[Relation]
    actors: dict[str, Actor] = field(default_factory=lambda: {a.key: a for a in (RUSSIA, UKRAINE)})
    base: str = "https://example.org/kg/"
    titles: dict[str, str] = field(default_factory=dict)


def _build() -> _Build:
    said = Evidence("a1", "Russia accused Ukraine and said it fired first.", 0, 47, "accused")
    return _Build(
        [Relation("accuses", RUSSIA, UKRAINE, said), Relation("claims", RUSSIA, None, said, "it fired first")]
    )


def test_views_names_load_without_the_drawing_libraries() -> None:
    code = "import sys, graphkit.views; print(sorted(m for m in ('jinja2', 'networkx', 'pyvis') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("view", VIEWS)
def test_views_inline_renders_every_view(view: str) -> None:
    page = render_view(_build(), view, actor="Russia")
    assert page.startswith("<!DOCTYPE html>") and "Russia" in page


def test_views_inline_unknown_view_is_a_catalogue_error() -> None:
    with pytest.raises(GraphkitError, match=r"^\[E065\] unknown view 'nope' \(expected one of actors, countries"):
        render_view(_build(), "nope")
