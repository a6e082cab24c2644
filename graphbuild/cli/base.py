"""The typer application, its error handling and the console entry point (``graphbuild.cli.main``).

Errors the user can fix print one ``error: …`` line and exit 1; usage errors exit 2, interrupts 130.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, NoReturn

import typer
from typer._click import exceptions as click_errors  # typer vendors click; pinned in pyproject

from graphbuild.cli.version import print_version
from graphbuild.errors import GraphbuildError, is_disk_full

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: flags without a <bool> placeholder, docstrings re-wrapped
    help="Turn news articles into a knowledge graph you can load, query and show.",
)
_state = {"debug": False, "interrupted": False}


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=print_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    _state["debug"] = debug
    _show_logged_warnings()


def _one_line(message: object) -> str:
    """A message on one line: scripts read stderr line by line."""
    return " ".join(str(message).split())


@contextmanager
def _user_errors() -> Iterator[None]:
    """Errors as one ``error: …`` line and exit 1; ``--debug`` shows the traceback instead.

    An unexpected exception is a bug: it gets one line too, naming its type and asking for a
    ``--debug`` run, so a script never has to parse a traceback.
    """
    try:
        yield
    except GraphbuildError as e:
        if _state["debug"]:
            raise
        typer.echo(f"error: {_one_line(e)}", err=True)
        raise typer.Exit(code=1) from None
    except KeyboardInterrupt:
        interrupted("outputs were left as they were")
    except (typer.Exit, typer.Abort):
        raise
    except Exception as e:
        if _state["debug"]:
            raise
        if is_disk_full(e):
            typer.echo(
                "error: the disk is full (no space left to write); free some space or write to "
                "another disk, then run the same command again",
                err=True,
            )
            raise typer.Exit(code=1) from None
        typer.echo(
            f"error: internal error ({type(e).__name__}: {_one_line(e)[:200]}); "
            "rerun with --debug for the traceback and please report it",
            err=True,
        )
        raise typer.Exit(code=1) from None


def interrupted(what_happened: str) -> NoReturn:
    """The one line of an interrupted command (``error: interrupted; …``), then exit 130."""
    _state["interrupted"] = True
    typer.echo(f"error: interrupted; {what_happened}", err=True)
    raise typer.Exit(code=130)


def _warn(error: Exception) -> None:
    typer.echo(f"warning: {_one_line(error)}", err=True)


class _WarningLines(logging.Handler):
    """What graphbuild logs as a warning (a sentence too long to extract from) as ``warning: …`` lines.

    Set up before a build starts, so forked worker processes print them the same way.
    """

    def emit(self, record: logging.LogRecord) -> None:
        typer.echo(f"warning: {_one_line(record.getMessage())}", err=True)


def _show_logged_warnings() -> None:
    log = logging.getLogger("graphbuild")
    if not any(isinstance(h, _WarningLines) for h in log.handlers):
        log.addHandler(_WarningLines(logging.WARNING))


def main() -> None:
    """Console entry point: usage errors and interrupts are one line too.

    Exit codes: 0 done, 1 error, 2 bad command line, 130 interrupted.
    """
    _state["interrupted"] = False
    # what the imports made (spaCy, rdflib, pydantic: most of the objects a process will hold) lives
    # until it exits: kept out of the collector's full passes, of which the first, while typer reads
    # the commands' signatures, scanned them all (~40 ms of a build of 60 articles)
    gc.freeze()
    try:
        code = app(standalone_mode=False)
    except click_errors.NoArgsIsHelpError as e:
        typer.echo(e.ctx.get_help() if e.ctx else str(e))
        code = e.exit_code
    except click_errors.UsageError as e:
        command = e.ctx.command_path if e.ctx else "graphbuild"
        typer.echo(f"error: {_one_line(e.format_message()).rstrip('.')}; see {command} --help", err=True)
        code = e.exit_code
    except typer.TyperException as e:
        typer.echo(f"error: {_one_line(e.format_message())}", err=True)
        code = e.exit_code
    except (KeyboardInterrupt, typer.Abort):
        code = 130
    if code == 130 and not _state["interrupted"]:  # typer turns an interrupt into a silent exit 130
        typer.echo("error: interrupted; outputs were left as they were", err=True)
    sys.exit(code if isinstance(code, int) else 0)
