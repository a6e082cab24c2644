"""Place tables read the aliases and demonyms of the lexicons they are made from (``place_book``)."""

from __future__ import annotations

from pathlib import Path

from graphbuild.lexicons import Lexicons, load_lexicons
from graphbuild.resolve.places import lookup_place, place_book


def _lexicons(tmp_path: Path, **lists: str) -> Lexicons:
    (tmp_path / "lexicons").mkdir()
    for name, text in lists.items():
        (tmp_path / "lexicons" / f"{name}.txt").write_text(text, encoding="utf-8")
    return Lexicons(tmp_path)


def test_the_module_s_lookups_read_the_bundled_book():
    bundled = place_book(load_lexicons())
    assert bundled.lookup("Britain") == lookup_place("Britain")
    assert bundled.lookup("Syrian", demonym=True).name == "Syria"


def test_a_book_reads_the_aliases_and_demonyms_of_its_own_lexicons(tmp_path: Path):
    custom = place_book(
        _lexicons(tmp_path, country_aliases="Norway | Norge\n", demonyms="Norway | Norsky | Norskies\n")
    )
    assert custom.lookup("Norge").name == "Norway"
    assert custom.lookup("norsky", demonym=True).name == "Norway"
    assert custom.lookup("Syrian", demonym=True) is None  # not in its demonyms
    assert custom.lookup("Britain") is None  # an alias of the bundled lexicons only
    assert lookup_place("Norge") is None
