"""The Python API, one flat front door: the verbs notebooks and the command line use.

    import graphkit.api as gk
    result = gk.build(["corpus/"], out="out/corpus")
    result.counts            # articles, actors, claims, accusations, other relations

Each name is defined in the stage that owns it and re-exported here.
"""

from __future__ import annotations

from .run.build import STORE_SCHEME, BuildResult, build, extract, store_path, write_outputs

__all__ = ["STORE_SCHEME", "BuildResult", "build", "extract", "store_path", "write_outputs"]
