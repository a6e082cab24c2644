"""The command line's help and --version read well in an 80-column terminal."""

from __future__ import annotations

import itertools

import pytest
import typer
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.version import __version__

from .conftest import ROOT

runner = CliRunner()


def _commands() -> list[list[str]]:
    """Every command path of the app, e.g. ``[]``, ``["build"]``, ``["eval", "carb"]``."""
    group = typer.main.get_command(app)
    paths: list[list[str]] = [[]]
    for name, command in group.commands.items():
        paths.append([name])
        paths.extend([name, sub] for sub in getattr(command, "commands", {}))
    return paths


def _help(path: list[str]) -> str:
    result = runner.invoke(
        app, [*path, "--help"], env={"COLUMNS": "80"}, terminal_width=78
    )  # what click uses in 80 columns
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("path", _commands(), ids=lambda p: " ".join(p) or "graphbuild")
def test_help_has_no_bool_placeholder_and_no_hard_line_breaks(path: list[str]):
    text = _help(path)
    assert "<bool>" not in text
    lines = text.splitlines()
    description = lines[
        : next((i for i, line in enumerate(lines) if line.rstrip().endswith(":")), len(lines))
    ]
    for line, following in itertools.pairwise(description):
        # a short line followed by more of the same paragraph is a docstring's hard break
        continued = following.strip() and not following.strip().startswith("Example:")
        assert not (continued and 0 < len(line.strip()) < 45), f"broken line {line!r} in\n{text}"
    assert all(len(line) <= 80 for line in lines), text
    # examples stay one command a line, and option names are not split at their hyphens
    assert all(line.strip().startswith("Example:") for line in lines if "Example:" in line), text
    assert not any(line.rstrip().endswith("-") for line in lines), text


def test_version_prints_the_version_and_exits_0():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0, result.output
    assert result.output == f"graphbuild {__version__}\n"


def test_readme_says_what_shared_is_before_its_first_example():
    """A user's clone has no ``../shared/``: the README says so where its examples first use it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    before = readme[: readme.index("$ graphbuild openie ../shared/")]
    last_paragraph = before.rstrip().rsplit("\n\n", 2)[-2]
    assert "../shared/" in last_paragraph and "your own" in last_paragraph, last_paragraph
