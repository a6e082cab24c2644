"""``graphbuild --version``: the one line a bug report should start with."""

from __future__ import annotations

import typer

from graphbuild.version import __version__


def print_version(value: bool) -> None:
    """Eager option callback: print ``graphbuild <version>`` and stop before any command runs."""
    if value:
        typer.echo(f"graphbuild {__version__}")
        raise typer.Exit()
