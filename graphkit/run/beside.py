"""Work done beside this process, in a forked copy of it: what a build with worker processes does with the CPUs
they leave idle once extraction is over (:func:`graphkit.run.outputs.write_files`: the RDF files are written by
the copy while this process draws the views).

The copy shares this process's memory until either writes to it, so it starts with everything the work needs
and nothing is sent to it; it leaves by ``os._exit``, so nothing of this process's is cleaned up or flushed twice
(temporary files, buffered output). It says only whether its work succeeded: work that failed there is done
again here, where its error is raised as any other.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

__all__ = ["Beside"]


class Beside:
    """``work()`` running in a forked copy of this process (on a system with ``fork``)."""

    def __init__(self, work: Callable[[], None]) -> None:
        try:
            self.pid: int | None = os.fork()
        except OSError:  # no process to spare (EAGAIN, ENOMEM): the work is the caller's, as after a failure
            self.pid = None
        if self.pid == 0:  # the copy: its exit status is all it reports
            code = 1
            try:
                work()
                code = 0
            finally:
                os._exit(code)

    def done(self) -> bool:
        """Wait for the copy; whether its work succeeded (False when there was no copy)."""
        if self.pid is None:
            return False
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        return os.waitstatus_to_exitcode(status) == 0

    def cancel(self) -> None:
        """Stop the copy (this process gives up: an error, Ctrl-C) and wait for it to go."""
        if self.pid is not None:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.pid = None
