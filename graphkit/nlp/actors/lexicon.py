"""Word classes of actor descriptions kept in ``cues.yaml`` beside the cue lexicon: ``media_nouns`` (the
kind of outlet a news organisation is referred back to by) and ``follower_nouns`` (the people who side with a
person). Read from the file the cues were read from (``Cues.path``; else ``ontologies/cues.yaml``), once a file."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...resources import ONTOLOGIES, Cues, load_yaml, word_list

__all__ = ["word_class"]


def word_class(cues: Cues, name: str) -> frozenset[str]:
    """The words of the class ``name`` of the cue file ``cues`` was read from (none when it has no such list)."""
    return _classes(cues.path or ONTOLOGIES / "cues.yaml").get(name, frozenset())


@lru_cache(maxsize=8)
def _classes(path: Path) -> dict[str, frozenset[str]]:
    data = load_yaml(path)
    data = data if isinstance(data, dict) else {}
    return {key: frozenset(word_list(data.get(key), path, key)) for key in ("media_nouns", "follower_nouns")}
