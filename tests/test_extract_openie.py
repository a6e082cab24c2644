"""Open IE in CaRB's format: tokens kept as given, the CLI commands, and the dev-set targets."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.evaluate.carb import Extraction, read_gold, read_system, score
from graphbuild.extract.facts import ExtraArgument, Fact
from graphbuild.extract.openie import carb_extraction, openie_lines, ptb_doc

runner = CliRunner()
LINE = "Mr. Baker found an opening under the house -LRB- `` a mine '' -RRB- ."


def test_ptb_doc_shows_the_parser_characters_but_keeps_one_token_per_input_token():
    doc = ptb_doc(spacy.blank("en"), LINE.split())
    assert [t.text for t in doc] == [
        *["Mr.", "Baker", "found", "an", "opening", "under", "the", "house"],
        "(",
        '"',
        "a",
        "mine",
        '"',
        ")",
        ".",
    ]
    assert [t.is_sent_start for t in doc][:2] == [True, False]


def test_carb_extraction_joins_the_original_tokens():
    tokens = LINE.split()
    fact = Fact((0, 2), (2,), (3, 5), arguments=(ExtraArgument((6, 8), 5),), confidence=0.7)
    assert carb_extraction(LINE, fact, tokens) == Extraction(
        LINE, "found", ("Mr. Baker", "an opening", "under the house"), 0.7
    )
    bracketed = Fact((0, 2), (2,), (8, 13))
    assert carb_extraction(LINE, bracketed, tokens).arguments[1] == "-LRB- `` a mine ''"


@pytest.mark.model
def test_openie_lines_copies_each_sentence_exactly(nlp):
    lines = [LINE, "", "Hezbollah launched a series of rocket attacks into Israeli territory ."]
    extractions = list(openie_lines(lines, nlp=nlp))
    assert {e.sentence for e in extractions} == {lines[0], lines[2]}
    assert ("launched", ("Hezbollah", "a series of rocket attacks into Israeli territory")) in [
        (e.relation, e.arguments) for e in extractions
    ]


@pytest.mark.model
def test_openie_command_writes_carb_tabbed_format(tmp_path: Path):
    source = tmp_path / "in.txt"
    source.write_text(LINE + "\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    result = runner.invoke(app, ["openie", str(source), "--format", "carb", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows[0][:5] == [LINE, rows[0][1], "found", "Mr. Baker", "an opening under the house"]
    assert all(0 < float(row[1]) < 1 for row in rows)


def test_openie_command_unknown_format_is_one_error_line(tmp_path: Path):
    source = tmp_path / "in.txt"
    source.write_text(LINE + "\n", encoding="utf-8")
    result = runner.invoke(app, ["openie", str(source), "--format", "json"])
    assert result.exit_code == 1
    assert result.output == "error: unknown --format 'json'; use carb\n"


def test_openie_command_missing_file_is_one_error_line(tmp_path: Path):
    result = runner.invoke(app, ["openie", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert (
        result.output
        == f"error: {tmp_path / 'nope.txt'}: no such file; pass a file with one sentence a line\n"
    )


def test_eval_carb_command_prints_one_json_line(tmp_path: Path):
    gold = tmp_path / "gold.tsv"
    gold.write_text("A b c .\tb\tA\tc\n", encoding="utf-8")
    system = tmp_path / "sys.tsv"
    system.write_text("A b c .\t0.9\tb\tA\tc\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "carb", "--gold", str(gold), str(system)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "auc": 1.0,
        "threshold": 0.9,
        "gold_tuples": 1,
        "system_tuples": 1,
        "ignored_system_tuples": 0,
    }


def test_eval_carb_command_bad_system_line_is_one_error_line(tmp_path: Path):
    gold = tmp_path / "gold.tsv"
    gold.write_text("A b c .\tb\tA\tc\n", encoding="utf-8")
    system = tmp_path / "sys.tsv"
    system.write_text("A b c .\thigh\tb\tA\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "carb", "--gold", str(gold), str(system)])
    assert result.exit_code == 1
    fix = "fix the system output file (CaRB's tabbed format)"
    assert result.output == f"error: {system}:1: confidence 'high' is not a number; {fix}\n"


@pytest.mark.model
def test_openie_on_carb_dev_beats_the_targets(nlp, shared_dir: Path):
    carb = shared_dir / "benchmarks" / "carb"
    lines = (carb / "dev.txt").read_text(encoding="utf-8").splitlines()
    start = time.perf_counter()
    extractions = list(openie_lines(lines, nlp=nlp))
    seconds = time.perf_counter() - start
    result = score(read_gold(carb / "gold" / "dev.tsv"), extractions)
    assert result.f1 >= 0.50
    assert result.auc >= 0.30
    assert result.ignored_system_tuples < 30  # every dev sentence with gold tuples was matched
    assert seconds < 40  # < 20 s on one free core; the CI box is shared


def test_read_system_round_trips_our_output(tmp_path: Path):
    from graphbuild.evaluate.carb import write_system

    rows = [Extraction(LINE, "found", ("Mr. Baker", "an opening"), 0.25)]
    write_system(rows, tmp_path / "x.tsv")
    assert read_system(tmp_path / "x.tsv") == rows
