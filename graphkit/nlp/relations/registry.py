"""The registry of object finders: where a cue verb's object may be, by name.

A frame's ``obj`` in ``cues.yaml`` lists where to look, in order of preference: ``dobj``,
``prep:with``, ``xcomp-any``, ... Each name is a function registered with :func:`object_finder` (a
name written ``NAME:WORD`` passes the finder a word: the preposition of ``prep:with``). A frame is
bound to its finders once, when the component starts (:func:`bind`), so a misspelt name is an error
then, not when a text first uses the cue.

A finder returns the tokens that stand for the object, which the frame's ``object_ref`` then reads as
actors, or the actors it :class:`Recalled` from what the article said before, which are final.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeAlias

from spacy.tokens import Token

from ...errors import GraphkitError
from ...resources import CueFrame, Cues
from ...types import Mention
from ..actors import ActorIndex
from .memory import Memory

__all__ = ["Bound", "Finder", "Found", "Recalled", "Site", "bind", "object_finder", "registered_finders"]


@dataclass(frozen=True)
class Site:
    """A cue verb being read, and what an object finder may consult."""

    tok: Token
    frame: CueFrame
    subjects: list[Mention]
    actors: ActorIndex
    memory: Memory
    cues: Cues


@dataclass(frozen=True)
class Recalled:
    """Objects recalled from what the article said before, not found in the sentence: final, even empty."""

    actors: list[Mention]


Found: TypeAlias = list[Token] | Recalled
#: a finder: (the cue's site, the word after ``NAME:``, or "") → what it found
Finder = Callable[[Site, str], Found]


@dataclass(frozen=True)
class _Registered:
    find: Finder
    takes_word: bool


_FINDERS: dict[str, _Registered] = {}


def object_finder(name: str, *, word: bool = False) -> Callable[[Finder], Finder]:
    """Register a finder under ``name``; with ``word``, frames write it ``name:WORD``."""

    def register(func: Finder) -> Finder:
        _FINDERS[name] = _Registered(func, word)
        return func

    return register


def registered_finders() -> list[str]:
    """The names frames may use, as they are written (``prep:WORD`` for one that takes a word)."""
    return sorted(f"{name}:WORD" if r.takes_word else name for name, r in _FINDERS.items())


@dataclass(frozen=True)
class Bound:
    """One entry of a frame's ``obj``, bound to its finder: ``prep:with`` is ``prep`` with "with"."""

    name: str
    find: Finder
    word: str

    def __call__(self, site: Site) -> Found:
        return self.find(site, self.word)


def bind(frame: CueFrame, cues: Cues) -> tuple[Bound, ...]:
    """The finders of a frame's ``obj`` entries, in order; an unknown one is an error naming the cue."""
    out: list[Bound] = []
    for spec in frame.obj:
        name, colon, word = spec.partition(":")
        registered = _FINDERS.get(name)
        if registered is None or registered.takes_word != bool(colon) or colon and not word:
            known = ", ".join(registered_finders())
            msg = f"{frame.predicate} cue {frame.lemma!r}: no object finder {spec!r} (known: {known})"
            raise GraphkitError("E030", path=cues.path or "cues.yaml", msg=msg)
        out.append(Bound(name, registered.find, word))
    return tuple(out)
