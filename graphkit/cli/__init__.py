"""The ``graphkit`` command line: a thin layer over :mod:`graphkit.api` and the stages (the only code that
prints). One module a command group: ``build`` (:mod:`.build`), ``evaluate`` (:mod:`.evaluate`), ``export``
(:mod:`.export`), ``query`` (:mod:`.query`), ``view`` (:mod:`.view`); each defines a click command, and
:func:`main` gathers them.

A command's module is imported when that command runs (or when ``--help`` lists them all), so that
``graphkit build`` does not load what ``evaluate`` or ``view`` need, as click's documentation shows for large
command lines ("Lazily Loading Subcommands")."""

from __future__ import annotations

import importlib

import click

from ..about import __version__

__all__ = ["main"]

#: command name → (its module under graphkit.cli, the click command in it)
_COMMANDS = {
    "build": ("build", "build_cli"),
    "evaluate": ("evaluate", "evaluate_cli"),
    "export": ("export", "export_cli"),
    "query": ("query", "query_cli"),
    "view": ("view", "view_cli"),
}


class _LazyGroup(click.Group):
    """A group whose commands (:data:`_COMMANDS`) are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in _COMMANDS or cmd_name in self.commands:
            return super().get_command(ctx, cmd_name)
        module, name = _COMMANDS[cmd_name]
        command = getattr(importlib.import_module(f".{module}", __name__), name)
        assert isinstance(command, click.Command)
        self.add_command(command, cmd_name)
        return command


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphkit")
def main() -> None:
    """graphkit: news articles → an evidence-backed knowledge graph."""
