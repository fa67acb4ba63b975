"""graphkit: from news articles to an evidence-backed knowledge graph.

The public API is a handful of verbs; the command line (``graphkit build``) is a thin layer over them::

    import graphkit
    result = graphkit.build(["corpus/"], out="out/corpus")
    result.counts            # articles, actors, claims, accusations, other relations
    for rel in result.relations:
        print(rel.subject.label, rel.predicate, rel.object and rel.object.label, rel.evidence.sentence)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .about import __version__
from .errors import GraphkitError

if TYPE_CHECKING:
    from .api import BuildResult, build, extract

__all__ = ["BuildResult", "GraphkitError", "__version__", "build", "extract"]


def __getattr__(name: str) -> Any:
    """``build``, ``extract`` and ``BuildResult`` import :mod:`graphkit.api` (and spaCy) on first use, so
    commands that need no model (``graphkit query``) start in a fraction of a second."""
    if name in ("BuildResult", "build", "extract"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'graphkit' has no attribute {name!r}")
