"""The ``graphbuild`` command: a thin typer layer over the Python API.

Each command parses its arguments, calls one API function with the same parameter names and
formats the result. Errors the user can fix print one ``error: …`` line and exit 1.
"""

from __future__ import annotations

# the command modules register their commands on ``app`` when imported
from graphbuild.cli import build, evaluate, graph, query, time  # noqa: F401
from graphbuild.cli.base import app, main

__all__ = ["app", "main"]
