"""Which engine extracts a build's articles (:mod:`graphkit.run.engines`): the choice, made from the
build's options, and made only when the first article needs extracting."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..types import Article
from .engines import Engine, Handle

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["LazyEngine", "make_engine"]


def make_engine(
    model: str, *, nlp: Language | None, jobs: int, dask: str | None, load: Callable[[str], Language]
) -> Engine:
    """The engine of a build: on the Dask cluster at ``dask``; else in ``jobs`` worker processes when
    ``jobs > 1``; else in this process, with ``nlp`` or else the pipeline ``load(model)`` gives."""
    if dask is not None:
        from .dask_engine import DaskEngine

        return DaskEngine(dask, model, workers=jobs)
    if jobs > 1:
        from .engines import ProcessEngine

        return ProcessEngine(model, jobs)
    from .engines import LocalEngine

    return LocalEngine(nlp if nlp is not None else load(model))


class LazyEngine:
    """An engine made on first use by ``make``: a build whose articles are all cached loads no model and
    starts no worker."""

    def __init__(self, make: Callable[[], Engine]) -> None:
        self.make = make
        self.engine: Engine | None = None

    @property
    def window(self) -> int:
        return self.engine.window if self.engine is not None else 1

    def submit(self, batch: list[Article]) -> Handle:
        if self.engine is None:
            self.engine = self.make()
        return self.engine.submit(batch)

    def close(self, *, cancel: bool = False) -> None:
        engine, self.engine = self.engine, None
        if engine is not None:
            engine.close(cancel=cancel)
