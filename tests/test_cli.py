"""The command line: exit codes, one-line errors, nothing half-written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app

from .conftest import SEED

runner = CliRunner()


@pytest.mark.model
def test_build_command_writes_out_dir(tmp_path: Path):
    result = runner.invoke(app, ["build", str(SEED), "--out", str(tmp_path / "x")])
    assert result.exit_code == 0, result.output
    assert "triples" in result.output
    assert (tmp_path / "x" / "graph.ttl").is_file()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("blob.txt", b"\x00\xff\x00binary", "looks like a binary file"),
        ("notes.pdf", b"%PDF-1.4", "unknown file type '.pdf'"),
    ],
)
def test_build_bad_input_prints_one_line_and_writes_nothing(
    tmp_path: Path, name: str, content: bytes, message: str
):
    path = tmp_path / name
    path.write_bytes(content)
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(path), "--out", str(out)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0]
    assert not out.exists()


def test_build_missing_path(tmp_path: Path):
    result = runner.invoke(app, ["build", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert (
        result.output.strip() == f"error: {tmp_path / 'missing.txt'}: no such file or folder; check the path"
    )


@pytest.mark.model
@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_build_unwritable_out(tmp_path: Path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    result = runner.invoke(app, ["build", str(SEED), "--out", str(locked / "sub")])
    assert result.exit_code == 1 and result.output.startswith("error: cannot create output folder")


@pytest.mark.model
def test_build_out_is_a_file(tmp_path: Path):
    target = tmp_path / "file"
    target.write_text("keep me", encoding="utf-8")
    result = runner.invoke(app, ["build", str(SEED), "--out", str(target)])
    assert result.exit_code == 1 and result.output.startswith("error: cannot create output folder")
    assert target.read_text(encoding="utf-8") == "keep me"


@pytest.mark.model
def test_query_command_formats_rows(seed_out: Path):
    q = "SELECT ?label WHERE { ?e a gb:Weapon ; rdfs:label ?label } ORDER BY ?label"
    result = runner.invoke(app, ["query", str(seed_out), q, "--format", "json"])
    assert result.exit_code == 0, result.output
    labels = [row["label"] for row in json.loads(result.output)]
    assert "SA-7" in labels


@pytest.mark.model
def test_query_command_invalid_sparql(seed_out: Path):
    result = runner.invoke(app, ["query", str(seed_out), "SELEKT nothing"])
    assert result.exit_code == 1
    assert result.output.startswith("error: invalid SPARQL query")


def test_model_option_unknown_model(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("Rebels took the town.", encoding="utf-8")
    result = runner.invoke(
        app, ["build", str(path), "--model", "xx_no_such_model", "--out", str(tmp_path / "o")]
    )
    assert result.exit_code == 1
    assert "spaCy model 'xx_no_such_model' is not installed" in result.output
