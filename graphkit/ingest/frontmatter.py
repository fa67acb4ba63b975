"""YAML front matter: the ``---`` block that may open a text or Markdown article (``title``, ``date``, ``url``,
``source``), read safely: no aliases (a few bytes of aliases can expand to gigabytes), a size limit, and an
error for a block that is opened and never closed.

>>> split_front_matter("---\\ntitle: Talks stall\\n---\\nThe two sides met.", "a.md")
({'title': 'Talks stall'}, 'The two sides met.')
>>> split_front_matter("No front matter here.", "a.md")
({}, 'No front matter here.')
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from ..errors import GraphkitError

__all__ = ["MAX_FRONT_MATTER", "split_front_matter"]

#: the largest front-matter block (a title, a date, a URL and an outlet fit in far less)
MAX_FRONT_MATTER = 64_000

_OPEN = re.compile(r"\A---[ \t]*\n")
_CLOSE = re.compile(r"\n---[ \t]*(?:\n|\Z)")


class _NoAliases(yaml.SafeLoader):
    """The safe loader without anchors and aliases (the "billion laughs" expansion)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "aliases are not allowed", self.peek_event().start_mark)
        return super().compose_node(parent, index)


def split_front_matter(text: str, path: object) -> tuple[dict[str, Any], str]:
    """``(metadata, body)``: the front matter's mapping and the text after it (``({}, text)`` without one).
    E008 for invalid, aliased, oversized or unterminated front matter."""
    start = _OPEN.match(text)
    if not start:
        return {}, text
    end = _CLOSE.search(text, start.end() - 1)
    if end is None:
        raise GraphkitError("E008", path=path, msg="the '---' block is never closed by a '---' line")
    block = text[start.end() : end.start()]
    if len(block) > MAX_FRONT_MATTER:
        raise GraphkitError("E008", path=path, msg=f"{len(block)} characters, over the limit of {MAX_FRONT_MATTER}")
    try:
        meta = yaml.load(block, Loader=_NoAliases) or {}
    except yaml.YAMLError as e:
        raise GraphkitError("E008", path=path, msg=" ".join(str(e).split())) from e
    if not isinstance(meta, dict):
        raise GraphkitError("E008", path=path, msg="expected key: value lines")
    return meta, text[end.end() :]
