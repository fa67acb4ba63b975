"""The ``graphkit`` command line: a thin layer over :mod:`graphkit.api` and the stages (the only code that
prints). One module a command group: ``build`` (:mod:`.build`), ``evaluate`` (:mod:`.evaluate`), ``export``
(:mod:`.export`), ``query`` (:mod:`.query`), ``view`` (:mod:`.view`); each defines a click command, and
:func:`main` gathers them."""

from __future__ import annotations

import click

from ..about import __version__
from .build import build_cli
from .evaluate import evaluate_cli
from .export import export_cli
from .query import query_cli
from .view import view_cli

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphkit")
def main() -> None:
    """graphkit: news articles → an evidence-backed knowledge graph."""


for _command in (build_cli, evaluate_cli, export_cli, query_cli, view_cli):
    main.add_command(_command)
