"""Extraction on a Dask cluster: ``graphkit build --dask tcp://HOST:8786`` (or ``--dask local``).

How it works. The client (the process that runs the build) reads the corpus, cuts it into batches of
articles and submits each batch as one Dask task that runs :func:`extract_on_worker` on some worker. The
worker parses the batch with its own copy of the spaCy pipeline, loaded once per worker process (the
first batch a worker gets loads it; every later one reuses it, see :func:`graphkit.run.engines.worker_pipeline`)
and sends back only the small mention-level :class:`~graphkit.types.MentionRelation` records of each article,
never a Doc. :func:`graphkit.run.engines.ordered` keeps a bounded window of batches in flight (three per
worker thread, :attr:`DaskEngine.window`), so a large corpus is streamed through the cluster rather than
submitted at once, and gathers the records back in corpus order. Cross-article actor resolution
(:class:`graphkit.resolve.resolver.Resolver`) needs every article's mentions, so it runs afterwards, in the
client process, exactly as in a single-process build: the output is the same.

What travels: article texts out, records back. Workers need graphkit and the same spaCy model installed
(``pip install 'graphkit-news[dask]'``), not the corpus files: they share no filesystem with the client.

Threads. A spaCy pipeline and its ``memory_zone()`` are not thread-safe, so :func:`extract_on_worker`
holds a per-process lock: a worker with several threads parses one batch at a time. Start workers with
one thread each and one process per core instead (``dask worker tcp://HOST:8786 --nworkers N --nthreads 1``);
``--dask local`` does that.

``distributed`` is imported when a :class:`DaskEngine` is made, not when this module is imported, so the
command line stays fast without it (and without Dask installed, only ``--dask`` fails, with E110).
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Any

from ..errors import GraphkitError
from ..types import Article, Failure, MentionRelation
from .engines import describe, run_batch

if TYPE_CHECKING:
    from distributed import Client, Future, LocalCluster

__all__ = ["DaskEngine", "extract_on_worker"]

log = logging.getLogger(__name__)

#: Serialises extraction within one worker process (spaCy pipelines are not thread-safe).
_LOCK = threading.Lock()

#: Seconds between two reads of the cluster's thread count (the window follows workers joining or leaving).
_WINDOW_REFRESH = 5.0


def extract_on_worker(model: str, batch: list[Article]) -> list[list[MentionRelation] | Failure]:
    """The Dask task: :func:`graphkit.run.engines.run_batch` (a failure comes back as a ``WorkerFailure``) under
    this process's lock."""
    with _LOCK:
        return run_batch(model, batch)


class _DaskHandle:
    """A submitted batch; :meth:`result` waits for its relations."""

    def __init__(self, engine: DaskEngine, future: Future) -> None:
        self.engine = engine
        self.future: Future | None = future
        self.value: list[list[MentionRelation] | Failure] | None = None

    def result(self) -> list[list[MentionRelation] | Failure]:
        if self.value is None:
            assert self.future is not None
            try:
                self.value = self.future.result()
            except Exception as e:
                raise GraphkitError("E112", msg=describe(e)) from e
            finally:
                # Dropping the future lets the scheduler forget the task and the worker free its result.
                self.engine._pending.pop(self.future.key, None)
                self.future = None
        return self.value


class DaskEngine:
    """Extraction on a Dask cluster: ``address`` is a scheduler's (``tcp://10.0.0.5:8786``), or ``"local"``
    to start a cluster of ``workers`` single-threaded worker processes on this machine (which this engine
    then owns and closes). ``model`` is the spaCy model each worker loads.

    Raises :class:`GraphkitError`: E101 for ``"local"`` with fewer than one worker, E110 when
    ``distributed`` is not installed, E111 when the scheduler cannot be reached within ``connect_timeout``
    seconds, E113 when no worker has joined it within ``worker_timeout`` seconds, E114 when the local
    cluster cannot be started. The handles' ``result()`` raises E112 when a worker fails.
    """

    def __init__(
        self, address: str, model: str, *, workers: int = 2, connect_timeout: float = 10.0, worker_timeout: float = 60.0
    ) -> None:
        try:
            import distributed
        except ImportError as e:
            raise GraphkitError("E110", msg=str(e).splitlines()[0] if str(e) else type(e).__name__) from e
        if address == "local" and workers < 1:
            raise GraphkitError("E101", value=workers)
        self.address = address
        self.model = model
        self.cluster: LocalCluster | None = None
        self._pending: dict[Any, Future] = {}
        if address == "local":
            try:
                # No dashboard, but the scheduler serves HTTP (health checks) anyway: on a free port of
                # the loopback (its default, 8787, would warn when another cluster holds it).
                self.cluster = distributed.LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address="127.0.0.1:0",
                    scheduler_kwargs={"dashboard": False},
                    silence_logs=logging.ERROR,
                )
                self.client: Client = distributed.Client(self.cluster, set_as_default=False)
            except Exception as e:
                self._close_quietly()
                raise GraphkitError("E114", n=workers, msg=describe(e)) from e
        else:
            try:
                self.client = distributed.Client(address, timeout=connect_timeout, set_as_default=False)
            except Exception as e:
                raise GraphkitError("E111", address=address, msg=describe(e)) from e
            try:
                self.client.wait_for_workers(1, timeout=worker_timeout)
            except TimeoutError as e:
                self._close_quietly()
                raise GraphkitError("E113", address=address, timeout=worker_timeout) from e
        self._window = 0
        self._window_at = -_WINDOW_REFRESH

    @property
    def window(self) -> int:
        """How many batches may be in flight: three per worker thread the cluster reports (at least 2),
        read again every few seconds, so workers that join during a build are used."""
        now = time.monotonic()
        if now - self._window_at >= _WINDOW_REFRESH:
            self._window = max(2, 3 * sum(self.client.nthreads().values()))
            self._window_at = now
        return self._window

    def submit(self, batch: list[Article]) -> _DaskHandle:
        future = self.client.submit(extract_on_worker, self.model, batch, pure=False)
        self._pending[future.key] = future
        return _DaskHandle(self, future)

    def close(self, *, cancel: bool = False) -> None:
        """Close the client (and the local cluster, if this engine started it): at once, cancelling the
        batches still in flight (``cancel``, on an error or Ctrl-C; this raises nothing), or once they are
        done."""
        pending = list(self._pending.values())
        self._pending.clear()
        if cancel:
            try:
                if pending:
                    self.client.cancel(pending, force=True)
            except Exception:
                log.debug("cancelling the Dask tasks failed", exc_info=True)
            self._close_quietly()
            return
        try:
            if pending:
                from distributed import wait

                wait(pending)
        finally:
            try:
                self.client.close()
            finally:
                if self.cluster is not None:
                    self.cluster.close()
                    self.cluster = None

    def _close_quietly(self) -> None:
        """Close what is open without raising (on an error path: the error being reported matters more)."""
        client = getattr(self, "client", None)
        if client is not None:
            try:
                client.close()
            except Exception:
                log.debug("closing the Dask client failed", exc_info=True)
        if self.cluster is not None:
            try:
                self.cluster.close()
            except Exception:
                log.debug("closing the local Dask cluster failed", exc_info=True)
            self.cluster = None

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.close(cancel=exc_type is not None)
