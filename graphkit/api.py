"""The Python API, one flat front door: the verbs notebooks and the command line use.

    import graphkit.api as gk
    result = gk.build(["corpus/"], out="out/corpus")
    result.counts            # articles, actors, claims, accusations, other relations

Each name is defined in the stage that owns it and re-exported here.
"""

from __future__ import annotations

from .run.build import build, extract
from .run.outputs import STORE_SCHEME, store_path, write_outputs
from .run.result import BuildResult

__all__ = ["STORE_SCHEME", "BuildResult", "build", "extract", "store_path", "write_outputs"]
