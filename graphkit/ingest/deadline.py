"""A time limit on work that has none of its own (the main-text extraction of an HTML page).

>>> import time
>>> with deadline(0.05, TimeoutError("too slow")):
...     time.sleep(1)
Traceback (most recent call last):
TimeoutError: too slow
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["deadline"]


class _Expired(BaseException):
    """The time is up (raised by the timer signal inside the block)."""


@contextmanager
def deadline(seconds: float, error: BaseException) -> Iterator[None]:
    """Raise ``error`` in the block when it runs longer than ``seconds``. It needs the main thread (a timer
    signal); in any other thread the block runs without a limit."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise _Expired  # a BaseException: libraries that catch every Exception (trafilatura does) let it through

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Expired:
        raise error from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
