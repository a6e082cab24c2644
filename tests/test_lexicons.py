"""Loading the ontology's data files: word lists, and the gazetteer's file-name check."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graphbuild.errors import OntologyError
from graphbuild.lexicons import Lexicons, compass_points, load_lexicons
from graphbuild.model import ENTITY_TYPES


def _folder(tmp_path: Path, files: dict[str, str]) -> Lexicons:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return Lexicons(tmp_path)


def test_terms_skip_comments_and_fold_case(tmp_path: Path):
    lexicons = _folder(
        tmp_path, {"lexicons/x.txt": "# what it is for\nArmedGroup  # a class\n\nseem | appear\n"}
    )
    assert lexicons.terms("x") == {"armedgroup", "seem", "appear"}


@pytest.mark.parametrize("name", ["expletive_verbs", "collective_subtypes", "carb_said_verbs"])
def test_bundled_word_lists_load(name: str):
    assert load_lexicons().terms(name)


def test_gazetteer_types_come_from_the_model(tmp_path: Path):
    files = {f"gazetteer/{t}.Test.txt": f"{t} thing | alias\n" for t in ENTITY_TYPES}
    entries = _folder(tmp_path, files).gazetteer()
    assert {e.type for e in entries} == set(ENTITY_TYPES)


def test_gazetteer_file_of_unknown_type_is_refused_naming_the_types(tmp_path: Path):
    lexicons = _folder(tmp_path, {"gazetteer/Vehicle.Car.txt": "Tank\n"})
    with pytest.raises(OntologyError, match="Actor, Weapon, Region, Other"):
        lexicons.gazetteer()


def test_given_name_lists_are_what_their_script_writes_from_nomquamgender():
    """The lists in ontology/lexicons are an extract of a pinned package's table, not hand edits."""
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "given_names.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lexicons = load_lexicons()
    assert {"peggy", "mary"} <= lexicons.terms("female_given_names")
    assert {"andrew", "john"} <= lexicons.terms("male_given_names")
    assert not {"jean", "alex", "dana"} & (
        lexicons.terms("male_given_names") | lexicons.terms("female_given_names")
    )


def test_compass_points_are_the_compass_adjectives_less_their_ending(tmp_path: Path):
    # bearings ("12 km southwest of X") and sides of a place ("just north-east of X") alike
    points = compass_points(load_lexicons())
    assert {"west", "north-east", "northeast", "south", "southwest"} <= points
    assert not {"western", "central", "north-eastern"} & points
    lexicons = _folder(tmp_path, {"lexicons/compass_words.txt": "upper | uptown\nsouthern | south\n"})
    assert compass_points(lexicons) == {"south"}
