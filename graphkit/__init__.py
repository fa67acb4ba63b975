"""graphkit: from news articles to an evidence-backed knowledge graph.

The public API is a handful of verbs; the command line (``graphkit build``) is a thin layer over them::

    import graphkit
    result = graphkit.build(["corpus/"], out="out/corpus")
    result.counts            # articles, actors, claims, accusations, other relations
    for rel in result.relations:
        print(rel.subject.label, rel.predicate, rel.object and rel.object.label, rel.evidence.sentence)
"""

__version__ = "0.1.0"

from .api import BuildResult, build, extract  # noqa: E402
from .errors import GraphkitError  # noqa: E402

__all__ = ["BuildResult", "GraphkitError", "__version__", "build", "extract"]
