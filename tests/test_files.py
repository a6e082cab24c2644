"""Writing several files so that all of them change or none does."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import graphbuild.files
from graphbuild.errors import StoreError

from .test_output import previous_output


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_write_failure_while_moving_files_rolls_back(tmp_path: Path, monkeypatch, failure):
    out = tmp_path / "out"
    before = previous_output(out)
    real_replace = os.replace
    calls = []

    def replace_then_fail(src, dst):
        calls.append(dst)
        if len(calls) == 3:  # two files are already in place when the third move fails
            raise failure
        real_replace(src, dst)

    monkeypatch.setattr(graphbuild.files.os, "replace", replace_then_fail)
    with pytest.raises(StoreError if isinstance(failure, OSError) else KeyboardInterrupt):
        graphbuild.files.write_atomically(out, {name: f"new {name}\n" for name in before})
    monkeypatch.setattr(graphbuild.files.os, "replace", real_replace)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no temporary file left either
