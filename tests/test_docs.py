"""The README runs as written: its commands, its Python, and the output it shows.

``console`` blocks: each ``$ command`` line runs in bash, in order, in a scratch folder holding a
copy of ``seeds/``; it must exit 0, and every output line the README shows under it (except lines
with ``...``) must appear in what it printed. ``../shared/`` is the shared data folder (commands
that need it, and the ones that read their outputs, are skipped when it is absent); the Oxigraph
server the README pushes to is started on a free port. ``make`` lines are what runs this suite.

``python`` blocks run in one namespace, in order; a ``# output`` comment right after a ``print``
must be what it printed.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from graphbuild.cli import app

from .conftest import ROOT, SHARED

README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)

pytestmark = pytest.mark.model


def blocks(language: str) -> list[str]:
    return [body for lang, body in FENCE.findall(README.read_text(encoding="utf-8")) if lang == language]


def console_steps() -> list[tuple[str, list[str]]]:
    """``(command, shown output lines)`` for every ``$`` line of the README's console blocks."""
    steps: list[tuple[str, list[str]]] = []
    for body in blocks("console"):
        for line in body.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            elif steps and line.strip():
                steps[-1][1].append(line)
    return steps


def outputs_of(command: str) -> set[str]:
    """Files and folders a command writes (``--out``, ``--store``), to skip its readers too."""
    return set(re.findall(r"--(?:out|store) (\S+)", command))


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A scratch folder with the seeds, and a ``graphbuild`` command for this interpreter on PATH."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    bin_dir = tmp_path / ".bin"
    bin_dir.mkdir()
    shim = bin_dir / "graphbuild"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m graphbuild "$@"\n', encoding="utf-8")
    shim.chmod(shim.stat().st_mode | stat.S_IEXEC)
    return tmp_path


def test_readme_console_commands_run_and_print_what_the_readme_shows(workspace: Path, request):
    steps = console_steps()
    assert len(steps) >= 15
    env = {
        **os.environ,
        "PATH": os.pathsep.join(
            [str(workspace / ".bin"), str(Path(sys.executable).parent), os.environ["PATH"]]
        ),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "COLUMNS": "200",
    }
    server = None
    skipped: set[str] = set()
    ran = 0
    for command, shown in steps:
        if command.startswith("make "):
            continue
        if "../shared/" in command and not SHARED.is_dir():
            skipped |= outputs_of(command)
            continue
        if any(re.search(rf"(?<![\w/.-]){re.escape(name)}", command) for name in skipped):
            continue
        run = command.replace("../shared/", f"{SHARED}/")
        if "localhost:7878" in run:
            server = server or request.getfixturevalue("oxigraph_server")
            run = run.replace("http://localhost:7878", server)
            shown = [line.replace("http://localhost:7878", server) for line in shown]
        proc = subprocess.run(
            ["bash", "-o", "pipefail", "-c", run],
            cwd=workspace,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert proc.returncode == 0, f"{command}\n{proc.stderr[-2000:]}"
        printed = {line.rstrip() for line in (proc.stdout + proc.stderr).splitlines()}
        for line in shown:
            if "..." not in line:
                assert line.rstrip() in printed, f"{command}\nREADME shows: {line}\nprinted:\n{proc.stdout}"
        ran += 1
    assert ran >= 10


def test_readme_python_runs_and_prints_what_the_readme_shows(workspace: Path, monkeypatch):
    monkeypatch.chdir(workspace)
    namespace: dict[str, object] = {}
    for body in blocks("python"):
        expected, after_print = [], False
        for line in body.splitlines():
            shows = line.startswith("# ") and after_print
            if shows:
                expected.append(line[2:])
            after_print = shows or line.lstrip().startswith("print(")
        captured = io.StringIO()
        with contextlib.redirect_stdout(captured):
            exec(compile(body, str(README), "exec"), namespace)
        printed = captured.getvalue().splitlines()
        for line in expected:
            assert line in printed, f"README shows: {line}\nprinted:\n{captured.getvalue()}"
    assert (workspace / "out" / "graph.ttl").is_file() and (workspace / "actors.html").is_file()


def _commands(group: typer.Typer, prefix: str = "graphbuild") -> list[tuple[str, str | None]]:
    found = []
    for command in group.registered_commands:
        name = command.name or command.callback.__name__.replace("_", "-")
        found.append((f"{prefix} {name}", command.help or command.callback.__doc__))
    for sub in group.registered_groups:
        found.extend(_commands(sub.typer_instance, f"{prefix} {sub.name}"))
    return found


def test_every_command_has_help_and_is_in_the_readme():
    text = README.read_text(encoding="utf-8")
    commands = _commands(app)
    assert {"graphbuild build", "graphbuild query", "graphbuild eval carb"} <= {c for c, _ in commands}
    for command, doc in commands:
        assert doc and doc.strip(), f"{command} has no help text"
        assert "Example: " in doc, f"{command}'s help has no example"
        assert re.search(rf"^\$ {command}\b", text, re.MULTILINE), f"the README does not show {command}"
