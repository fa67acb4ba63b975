"""Where extraction runs: in this process, in worker processes (``--jobs N``), or on a Dask cluster
(``--dask``, :mod:`graphkit.run.dask_engine`).

Every engine does the same thing with a batch of articles: :func:`extract_batch` runs the pipeline and
turns each Doc into its mention-level :class:`~graphkit.types.MentionRelation` records at once, inside
``nlp.memory_zone()`` (so spaCy's string store does not grow with every new word of a long run). Only
those small records travel back, never a Doc: pickling whole Docs is what makes spaCy's own
``n_process`` no faster on two cores. Each worker loads the model once (:func:`worker_pipeline`).

An engine is anything with ``submit(batch) -> handle`` (``handle.result()`` gives one list of relations
per article of the batch, in order) and ``close()``; :func:`ordered` keeps a bounded window of batches in
flight and gives their results back in corpus order.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
import sys
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

from ..errors import GraphkitError
from ..nlp.extract import doc_relations
from ..nlp.windows import windows
from ..types import Article, Failure, MentionRelation

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "BATCH",
    "Engine",
    "LocalEngine",
    "ProcessEngine",
    "WorkerFailure",
    "describe",
    "extract_batch",
    "ordered",
    "run_batch",
    "worker_pipeline",
]

#: Articles per batch: what one worker call parses (spaCy's own batch size inside it).
BATCH = 16

_PIPELINES: dict[str, Language] = {}

#: Whether worker processes are forked from the build's process, with its pipeline loaded: on Linux only
#: (macOS has ``fork``, but its system libraries, numpy's Accelerate among them, are not safe across it).
_FORK = sys.platform == "linux"


def forks() -> bool:
    """Whether :class:`ProcessEngine` forks its workers from this process (else they are spawned and each
    imports spaCy and loads the model itself)."""
    return _FORK and "fork" in multiprocessing.get_all_start_methods()


class Handle(Protocol):
    def result(self) -> list[list[MentionRelation] | Failure]: ...


class Engine(Protocol):
    """Runs :func:`extract_batch` somewhere."""

    @property
    def window(self) -> int:
        """How many batches may be in flight at once (enough to keep every worker busy)."""

    def submit(self, batch: list[Article]) -> Handle: ...

    def close(self, *, cancel: bool = False) -> None: ...


def batch_relations(nlp: Language, batch: list[Article]) -> list[list[MentionRelation] | Failure]:
    """The relations of each article of ``batch``, parsed with ``nlp`` (a long article in windows of whole
    paragraphs); the Docs and the strings they added to the vocabulary are gone when this returns. Nothing in
    one article stops the others: when the batch fails, each article is tried alone, and one that fails again
    gets a :class:`~graphkit.types.Failure` in place of its relations."""
    try:
        return list(_parse(nlp, batch))  # a new list, of relations or failures
    except Exception:
        return [_alone(nlp, art) for art in batch]


def _parse(nlp: Language, batch: list[Article]) -> list[list[MentionRelation]]:
    out: list[list[MentionRelation]] = [[] for _ in batch]
    pieces = ((piece, (n, offset)) for n, art in enumerate(batch) for offset, piece in windows(art.text))
    with nlp.memory_zone():
        for doc, (n, offset) in nlp.pipe(pieces, as_tuples=True, batch_size=BATCH):
            out[n].extend(doc_relations(doc, batch[n], offset))
    return out


def _alone(nlp: Language, art: Article) -> list[MentionRelation] | Failure:
    try:
        return _parse(nlp, [art])[0]
    except Exception as e:
        return Failure(describe(e))


def worker_pipeline(model: str) -> Language:
    """The pipeline of ``model``, loaded once per process (a worker keeps it for every batch it gets)."""
    nlp = _PIPELINES.get(model)
    if nlp is None:
        from ..nlp.load import load_pipeline

        nlp = _PIPELINES[model] = load_pipeline(model)
    return nlp


def extract_batch(model: str, batch: list[Article]) -> list[list[MentionRelation] | Failure]:
    """What a worker runs: :func:`batch_relations` with this process's pipeline of ``model``."""
    return batch_relations(worker_pipeline(model), batch)


class WorkerFailure(RuntimeError):
    """What :func:`run_batch` raises when extraction fails: the one-line description of the error
    and the worker's traceback as text. It always pickles (some exceptions, :class:`GraphkitError` among
    them, do not survive the trip back to the client)."""

    def __init__(self, message: str, remote_traceback: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.remote_traceback = remote_traceback  # pickled with the instance's __dict__, kept out of its repr

    def __str__(self) -> str:
        return self.message


def describe(e: BaseException) -> str:
    """One line: a catalogue error as it reads (``[E021] ...``), any other as ``Type: first line``."""
    lines = str(e).strip().splitlines()
    first = lines[0] if lines else ""
    if isinstance(e, GraphkitError | WorkerFailure):
        return first
    return f"{type(e).__name__}: {first}" if first else type(e).__name__


def run_batch(model: str, batch: list[Article]) -> list[list[MentionRelation] | Failure]:
    """What a worker process runs: :func:`extract_batch`, any failure sent back as a :class:`WorkerFailure`."""
    try:
        return extract_batch(model, batch)
    except Exception as e:
        raise WorkerFailure(describe(e), traceback.format_exc()) from None


class _Done:
    """A result computed at once (the in-process engine)."""

    def __init__(self, value: list[list[MentionRelation] | Failure]) -> None:
        self.value = value

    def result(self) -> list[list[MentionRelation] | Failure]:
        return self.value


class LocalEngine:
    """Extraction in this process, one batch at a time."""

    window = 0  # computed at submit: nothing waits

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def submit(self, batch: list[Article]) -> Handle:
        return _Done(batch_relations(self.nlp, batch))

    def close(self, *, cancel: bool = False) -> None:
        pass


def _init_worker(model: str, nlp: Language | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the workers
    if nlp is not None:  # forked: the parent's pipeline, already in this process's memory
        _PIPELINES[model] = nlp


class _AsyncHandle:
    """The results of a batch's parts, in order: one list per article of the batch."""

    def __init__(self, parts: list[Any]) -> None:
        self.parts = parts

    def result(self) -> list[list[MentionRelation] | Failure]:
        try:
            return [rels for part in self.parts for rels in part.get()]
        except WorkerFailure as e:
            raise GraphkitError("E102", msg=str(e)) from e


def _split(batch: list[Article], n: int) -> list[list[Article]]:
    """``batch`` in at most ``n`` runs of nearly equal length, in order.

    >>> [len(p) for p in _split(list(range(16)), 2)], [len(p) for p in _split(list(range(3)), 2)]
    ([8, 8], [2, 1])
    """
    size = -(-len(batch) // n)
    return [batch[i : i + size] for i in range(0, len(batch), size)]


class ProcessEngine:
    """Extraction in ``jobs`` worker processes on this machine, each with its own pipeline.

    On Linux (:data:`_FORK`), the pipeline (``nlp``, else ``load(model)``, else ``model`` loaded
    here) is loaded once in this process, then the workers are forked: they start at once with it in memory
    (shared with this process until written to) instead of each importing spaCy and loading the model
    again, which cost more than the whole extraction of a small corpus. ``load`` raises its own errors
    here; without it, a model that cannot be loaded here is tried by the workers, and the first batch
    fails with their error (E102). Elsewhere the workers are started with ``spawn`` and load the model with
    their first batch. Each batch is cut into one part per worker, so that a small corpus (or the last
    batch) keeps every worker busy."""

    def __init__(
        self, model: str, jobs: int, *, nlp: Language | None = None, load: Callable[[str], Language] | None = None
    ) -> None:
        fork = forks()
        if fork and nlp is None:
            nlp = load(model) if load is not None else _preload(model)
        ctx = multiprocessing.get_context("fork" if fork else "spawn")
        gc.freeze()  # the workers' garbage collector leaves the inherited objects alone: their pages stay shared
        try:
            self.pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(model, nlp if fork else None))
        finally:
            gc.unfreeze()
        self.model = model
        self.jobs = jobs
        self.fork = fork  # the workers are copies of this process (see run.beside)
        self.window = 3 * jobs

    def submit(self, batch: list[Article]) -> Handle:
        return _AsyncHandle([self.pool.apply_async(run_batch, (self.model, p)) for p in _split(batch, self.jobs)])

    def close(self, *, cancel: bool = False) -> None:
        """Stop the workers: at once (``cancel``, on an error or Ctrl-C) or once they are idle."""
        if cancel:
            self.pool.terminate()
        else:
            self.pool.close()
        self.pool.join()


def _preload(model: str) -> Language | None:
    """This process's pipeline of ``model`` for the workers to inherit; None when it cannot be loaded (the
    workers then report the error with their first batch)."""
    try:
        return worker_pipeline(model)
    except Exception:
        return None


def ordered(
    engine: Engine, batches: Iterable[tuple[Any, list[Article]]]
) -> Iterator[tuple[Any, list[list[MentionRelation] | Failure]]]:
    """Submit each ``(tag, batch)`` to ``engine`` (an empty batch is not sent) with at most
    ``engine.window`` in flight, and yield ``(tag, relations per article)`` in the order given."""
    pending: deque[tuple[Any, Handle | None]] = deque()

    def oldest() -> tuple[Any, list[list[MentionRelation] | Failure]]:
        tag, handle = pending.popleft()
        return tag, handle.result() if handle is not None else []

    for tag, batch in batches:
        pending.append((tag, engine.submit(batch) if batch else None))
        if len(pending) > engine.window:
            yield oldest()
    while pending:
        yield oldest()
