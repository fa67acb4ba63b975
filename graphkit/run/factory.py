"""Which engine extracts a build's articles (:mod:`graphkit.run.engines`): the choice, made from the
build's options, and made only when the first article needs extracting."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from ..types import Article
from .engines import Engine, Handle, LocalEngine, ProcessEngine, forks

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["PER_SPAWNED_WORKER", "PER_WORKER", "Jobs", "LazyEngine", "cpus", "make_engine", "workers_for"]

#: ``--jobs``: a number of worker processes, or ``"auto"`` (one per CPU, as many as the corpus is worth)
Jobs = int | Literal["auto"]

#: The fewest articles worth a worker process: below it the process's start, the copy of the articles out
#: and of the records back cost more than the worker saves.
PER_WORKER = 8

#: The same where workers cannot be forked (macOS, Windows): each spawned worker imports spaCy and loads
#: the model (2-3 CPU s) before its first article. On 2 CPUs, two spawned workers took 0.95 of one
#: process's time on 16 articles (one run in three slower) and 0.80 on 40.
PER_SPAWNED_WORKER = 32


def cpus() -> int:
    """The CPUs this process may run on (its affinity mask where the system has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def _most(jobs: Jobs) -> int:
    """The workers ``--jobs`` allows: the number given, or :func:`cpus` for ``"auto"``."""
    return cpus() if jobs == "auto" else jobs


def workers_for(jobs: Jobs, articles: int | None, *, spawned: bool = False) -> int:
    """How many processes extract ``articles`` (None when unknown: standard input) given ``--jobs``: at most
    ``jobs`` (``"auto"``: :func:`cpus`), and no more than one per :data:`PER_WORKER` articles, or per
    :data:`PER_SPAWNED_WORKER` where the workers are ``spawned``. ``"auto"`` spawns none for a corpus of
    unknown size (forking costs next to nothing; spawning costs a model load a worker).

    >>> workers_for(4, 19), workers_for(4, 7), workers_for(2, 600), workers_for(3, None)
    (2, 1, 2, 3)
    >>> workers_for(2, 40, spawned=True), workers_for(2, 64, spawned=True), workers_for(4, None, spawned=True)
    (1, 2, 4)
    """
    most = _most(jobs)
    if articles is None:
        return 1 if spawned and jobs == "auto" else most
    return max(1, min(most, articles // (PER_SPAWNED_WORKER if spawned else PER_WORKER)))


def make_engine(
    model: str,
    *,
    nlp: Language | None,
    jobs: Jobs,
    dask: str | None,
    load: Callable[[str], Language],
    articles: Callable[[], int | None] = lambda: None,
) -> Engine:
    """The engine of a build: on the Dask cluster at ``dask`` (``jobs`` workers for ``"local"``); else in
    worker processes when :func:`workers_for` gives more than one for ``jobs`` and the corpus size
    (``articles()``, asked only then; one per :data:`PER_WORKER` articles forked, :data:`PER_SPAWNED_WORKER`
    spawned), forked from ``nlp`` or else ``load(model)``; else in this process,
    with ``nlp`` or else ``load(model)``."""
    if dask is not None:
        from .dask_engine import DaskEngine

        return DaskEngine(dask, model, workers=_most(jobs))
    workers = 1 if jobs == 1 else workers_for(jobs, articles(), spawned=not forks())
    if workers > 1:
        return ProcessEngine(model, workers, nlp=nlp, load=load)
    return LocalEngine(nlp if nlp is not None else load(model))


class LazyEngine:
    """An engine made on first use by ``make``: a build whose articles are all cached loads no model and
    starts no worker. ``forked``: whether it was worker processes on this machine (whose CPUs the build's
    writers may use once extraction is over)."""

    def __init__(self, make: Callable[[], Engine]) -> None:
        self.make = make
        self.engine: Engine | None = None
        self.forked = False

    @property
    def window(self) -> int:
        return self.engine.window if self.engine is not None else 1

    def submit(self, batch: list[Article]) -> Handle:
        if self.engine is None:
            self.engine = self.make()
            self.forked = isinstance(self.engine, ProcessEngine) and self.engine.fork
        return self.engine.submit(batch)

    def close(self, *, cancel: bool = False) -> None:
        engine, self.engine = self.engine, None
        if engine is not None:
            engine.close(cancel=cancel)
