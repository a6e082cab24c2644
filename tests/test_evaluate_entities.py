"""The re3d-style entity scorer on tiny hand-written files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.errors import InputError
from graphbuild.evaluate.entities import fold, score_entities


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    gold = _write(
        tmp_path / "gold.jsonl",
        [
            {
                "id": "d",
                "text": "…",
                "entities": [
                    {"type": "Location", "text": "Raqqah"},
                    {"type": "Location", "text": "Mosul"},
                    {"type": "Weapon", "text": "a heavy machine gun"},
                    {"type": "Nationality", "text": "Iraqi"},
                    {"type": "Temporal", "text": "Monday"},
                ],
            }
        ],
    )
    out = tmp_path / "out"
    out.mkdir()
    _write(
        out / "entities.jsonl",
        [
            {"label": "Raqqa", "type": "Region", "aliases": ["Raqqah"]},
            {"label": "Mosul", "type": "Actor", "aliases": []},
            {"label": "heavy machine gun", "type": "Weapon", "aliases": ["heavy machine guns"]},
            {"label": "Iraqi", "type": "Actor", "aliases": []},
        ],
    )
    return gold, out


def test_fold_drops_determiners_and_possessives():
    assert fold("The Congo's ") == "congo"
    assert fold("a heavy machine gun") == "heavy machine gun"


def test_score_entities_needs_form_and_type(files):
    result = score_entities(*files)
    assert result.gold == {"Actor": 1, "Region": 2, "Weapon": 1}
    assert result.found == {"Actor": 1, "Region": 1, "Weapon": 1}
    assert result.missed["Region"] == ["mosul"]


def test_score_entities_missing_output(tmp_path: Path, files):
    with pytest.raises(InputError, match=r"no entities\.jsonl"):
        score_entities(files[0], tmp_path / "nowhere")


def test_eval_entities_command_prints_shares(files):
    result = CliRunner().invoke(app, ["eval", "entities", str(files[0]), str(files[1]), "--format", "csv"])
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "type,gold_forms,found,share",
        "Actor,1,1,1.0",
        "Region,2,1,0.5",
        "Weapon,1,1,1.0",
    ]


def test_eval_entities_command_bad_gold(tmp_path: Path, files):
    result = CliRunner().invoke(app, ["eval", "entities", str(tmp_path / "nope.jsonl"), str(files[1])])
    assert result.exit_code == 1
    assert result.output.startswith("error: cannot read gold file")
