"""Base IRIs are checked in full before any parsing (issue 20, item 22)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.errors import InputError
from graphbuild.iri import DEFAULT_BASE, check_base

runner = CliRunner()


@pytest.mark.parametrize(
    "base", [DEFAULT_BASE, "http://example.org/kg#", "http://[::1]:8080/id/", "urn:kg:a/"]
)
def test_check_base_accepts_absolute_iris(base: str):
    assert check_base(base) == base


@pytest.mark.parametrize(
    ("base", "reason"),
    [
        ("http://h:port/", "Invalid character 'p'"),
        ("a:%zz/", "percent encoding"),
        ("http://example.org/\x01/", "code point"),
    ],
)
def test_check_base_refuses_what_oxigraph_would_refuse(base: str, reason: str):
    with pytest.raises(InputError, match=reason) as raised:
        check_base(base)
    assert str(raised.value).endswith("fix --base-iri")
    assert "\x01" not in str(raised.value)  # the message shows the escape, not the raw control character


def test_build_with_bad_port_fails_before_parsing(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("The council met in Springfield on Monday.\n", encoding="utf-8")
    result = runner.invoke(
        app, ["build", str(article), "--out", str(tmp_path / "out"), "--base-iri", "http://h:port/"]
    )
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "error: base IRI 'http://h:port/' is not a valid IRI (Invalid character 'p'); fix --base-iri"
    ]
    assert not (tmp_path / "out").exists()
