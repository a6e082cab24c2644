"""CAMEO actor codes from the Phoenix PETRARCH dictionaries (read from ../shared, never copied)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graphbuild.errors import OntologyError
from graphbuild.lexicons import load_lexicons
from graphbuild.model import Entity
from graphbuild.resolve.actors import (
    DatedCode,
    attach_actor_codes,
    choose_code,
    load_dictionaries,
    parse_code,
    parse_date,
    read_dictionary,
)

LEXICONS = load_lexicons()


@pytest.fixture(scope="module")
def phoenix(shared_dir: Path):
    folder = shared_dir / "dictionaries" / "phoenix"
    names = ("Phoenix.Countries.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt")
    return load_dictionaries(tuple(str(folder / n) for n in names))


def test_parse_date_two_digit_years_pivot():
    assert parse_date("901202") == dt.date(1990, 12, 2)
    assert parse_date("020608") == dt.date(2002, 6, 8)
    assert parse_date("bad") is None


def test_parse_code_restrictions():
    assert parse_code("TCDGOV >901202") == DatedCode("TCDGOV", dt.date(1990, 12, 2), None)
    assert parse_code("MLIGOV 910326-920608") == DatedCode(
        "MLIGOV", dt.date(1991, 3, 26), dt.date(1992, 6, 8)
    )
    assert parse_code("TCDELI") == DatedCode("TCDELI")


def test_choose_code_prefers_the_dated_code_in_force():
    codes = [
        DatedCode("TCDELI", dt.date(1970, 1, 1), dt.date(2000, 1, 1)),
        DatedCode("TCDGOV", dt.date(1990, 12, 2)),
        DatedCode("TCDELI"),
    ]
    assert choose_code(codes, dt.date(2011, 5, 11)) == "TCDGOV"
    assert choose_code(codes, dt.date(1985, 1, 1)) == "TCDELI"
    assert choose_code(codes, None) == "TCDELI"


def test_read_dictionary_empty_file_is_an_error(tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="no actor or agent entries"):
        read_dictionary(path)


def test_phoenix_country_leader_and_agent_codes(phoenix):
    assert phoenix.code_for("Uganda", None) == "UGA"
    assert phoenix.code_for("Yoweri Museveni", dt.date(2011, 5, 11)) == "UGAGOV"
    assert phoenix.code_for("Yoweri Museveni", dt.date(1985, 1, 1)) == "UGAELI"
    assert phoenix.agents["president"] == "GOV"
    assert phoenix.agents["army"] == "MIL"


def test_attach_actor_codes_honours_article_date(phoenix):
    leader = Entity("x:1", "Hugo Chavez", "Actor", "Person", docs=["new"])
    before = Entity("x:2", "Hugo Chavez", "Actor", "Person", docs=["old"])
    role = Entity("x:3", "president of Uganda", "Actor", "Role", codes={"country": "UG"}, docs=["new"])
    army = Entity("x:4", "army of Kenya", "Actor", "Military", codes={"country": "KE"}, docs=["new"])
    attach_actor_codes(
        [leader, before, role, army], phoenix, {"new": "2011-05-11", "old": "1985-01-01"}, LEXICONS
    )
    assert leader.codes["cameo"] == "VENGOV"
    assert before.codes["cameo"] == "VENELI"
    assert role.codes["cameo"] == "UGAGOV"
    assert army.codes["cameo"] == "KENMIL"


@pytest.mark.model
def test_build_command_actors_option_attaches_cameo_codes(shared_dir: Path, tmp_path: Path):
    import json

    from typer.testing import CliRunner

    from graphbuild.cli import app

    article = tmp_path / "a.jsonl"
    text = (
        "Uganda's president warned that stolen rifles had reached Kenya. Yoweri Museveni met officials in "
        "Kampala."
    )
    article.write_text(json.dumps({"id": "a", "text": text, "date": "2011-05-11"}) + "\n", encoding="utf-8")
    folder = shared_dir / "dictionaries" / "phoenix"
    result = CliRunner().invoke(
        app,
        [
            "build",
            str(article),
            "--out",
            str(tmp_path / "out"),
            "--actors",
            str(folder / "Phoenix.Countries.actors.txt"),
            "--actors",
            str(folder / "Phoenix.agents.txt"),
        ],
    )
    assert result.exit_code == 0, result.output
    entities = [json.loads(line) for line in (tmp_path / "out" / "entities.jsonl").read_text().splitlines()]
    codes = {e["label"]: e["codes"].get("cameo") for e in entities}
    assert codes["president of Uganda"] == "UGAGOV"
    assert codes["Yoweri Museveni"] == "UGAGOV"
    assert codes["Kenya"] == "KEN"


def test_build_command_missing_actor_file(tmp_path: Path):
    from typer.testing import CliRunner

    from graphbuild.cli import app

    article = tmp_path / "a.txt"
    article.write_text("Uganda's president warned of the threat.", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["build", str(article), "--out", str(tmp_path / "out"), "--actors", str(tmp_path / "nope.txt")]
    )
    assert result.exit_code == 1
    assert result.output.startswith("error: cannot read actor dictionary")
