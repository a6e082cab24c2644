"""Edge recall: a gold relation counts when a triple of its document joins the two entities."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.errors import InputError
from graphbuild.evaluate.relations import NO_NODE, NOT_JOINED, matches, score_relations


def test_spans_match_names_equal_or_holding_each_other_as_whole_words():
    assert matches("the Red Valley Front", "red valley front")
    assert matches("Valley Front", "The Red Valley Front")
    assert not matches("Front", "Frontier Guard")  # not a whole word
    assert not matches("of", "Bay of Pigs")  # too short to stand for a name


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _mention(id_: str | None, text: str) -> dict:
    return {"id": id_, "label": text, "text": text, "start": 0, "end": len(text)}


@pytest.fixture
def build(tmp_path: Path) -> Path:
    """An invented build: the militia attacked the town, a spokesman said so; the rest unlinked."""
    out = tmp_path / "out"
    out.mkdir()
    _write(
        out / "entities.jsonl",
        [
            {"id": "e1", "label": "Red Valley Front", "aliases": ["RVF"], "type": "Actor"},
            {"id": "e2", "label": "Marlow", "aliases": [], "type": "Region"},
            {"id": "e3", "label": "Jon Abel", "aliases": [], "type": "Actor"},
        ],
    )
    attack = {
        "subject": _mention("e1", "the RVF"),
        "relation": {"text": "attacked", "lemma": "attack"},
        "object": _mention("e2", "the town of Marlow"),
        "arguments": [{"role": "with", **_mention(None, "mortars")}],
        "negated": False,
        "attributed_to": "Jon Abel",
        "doc": "d1",
    }
    lone = {**attack, "object": _mention(None, "a checkpoint"), "attributed_to": None}
    _write(out / "triples.jsonl", [attack, lone])
    return out


def test_recall_counts_joins_in_either_direction_and_leaves_out_synonyms(tmp_path, build):
    gold = _write(
        tmp_path / "gold.jsonl",
        [
            {
                "id": "d1",
                "relations": [
                    {
                        "type": "FightingAgainst",
                        "source": {"text": "Marlow"},
                        "target": {"text": "Red Valley Front"},
                    },
                    {"type": "AlliesOf", "source": {"text": "Jon Abel"}, "target": {"text": "RVF"}},
                    {
                        "type": "IsSynonymOf",
                        "source": {"text": "RVF"},
                        "target": {"text": "Red Valley Front"},
                    },
                ],
            },
            {
                "id": "d2",
                "relations": [{"type": "CoLocated", "source": {"text": "RVF"}, "target": {"text": "Marlow"}}],
            },
        ],
    )
    score = score_relations(gold, build)
    assert (score.gold["ALL"], score.found["ALL"]) == (3, 1)  # another document's join does not count
    assert score.recall("FightingAgainst") == 1.0 and score.recall("AlliesOf") == 0.0
    assert not score.has_status and score.types()[-1] == "ALL"


def test_each_miss_says_whether_an_end_has_no_node_or_no_triple_joins_them(tmp_path, build):
    gold = _write(
        tmp_path / "gold.jsonl",
        [
            {
                "id": "d1",
                "relations": [
                    {"type": "AlliesOf", "source": {"text": "Jon Abel"}, "target": {"text": "RVF"}},
                    {"type": "CoLocated", "source": {"text": "the RVF"}, "target": {"text": "the hills"}},
                    {"type": "CoLocated", "source": {"text": "RVF"}, "target": {"text": "Marlow"}},
                ],
            }
        ],
    )
    score = score_relations(gold, build)
    assert [(m.source, m.why) for m in score.missed] == [
        ("Jon Abel", NOT_JOINED),  # two nodes the build has, no fact between them
        ("the RVF", NO_NODE),  # "the hills" is no node: the node policy, not the facts, misses it
    ]
    assert score.missed_by_cause() == {NOT_JOINED: 1, NO_NODE: 1}
    assert "'Jon Abel' -> 'RVF'" in str(score.missed[0])


def test_cli_counts_the_misses_by_cause_and_lists_them(tmp_path, build):
    gold = _write(
        tmp_path / "gold.jsonl",
        [
            {
                "id": "d1",
                "relations": [
                    {"type": "AlliesOf", "source": {"text": "Jon Abel"}, "target": {"text": "RVF"}}
                ],
            }
        ],
    )
    result = CliRunner().invoke(app, ["eval", "relations", str(gold), str(build), "--missed", "5"])
    assert result.exit_code == 0
    assert f"missed 1 ({NOT_JOINED}: 1)" in result.output
    assert "AlliesOf in d1: 'Jon Abel' -> 'RVF'" in result.output


def test_key_fact_gold_also_checks_the_reported_and_negated_status(tmp_path, build):
    relation = {"type": "FightingAgainst", "source": {"text": "RVF"}, "target": {"text": "Marlow"}}
    gold = _write(
        tmp_path / "gold.jsonl",
        [
            {
                "id": "d1",
                "relations": [
                    {**relation, "reported": True, "negated": False},
                    {**relation, "negated": True},
                ],
            }
        ],
    )
    score = score_relations(gold, build)
    assert score.found["ALL"] == 2 and score.same_status["ALL"] == 1
    assert "same_status" in score.as_rows()[0]


def test_a_folder_that_is_no_build_is_one_clear_error(tmp_path):
    gold = _write(tmp_path / "gold.jsonl", [{"id": "d1", "relations": []}])
    with pytest.raises(InputError, match=r"entities\.jsonl not found"):
        score_relations(gold, tmp_path)
