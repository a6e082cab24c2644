"""Place tables read the aliases and demonyms of the lexicons they are made from (``place_book``)."""

from __future__ import annotations

from pathlib import Path

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.fragments import mangled_possessive
from graphbuild.resolve.places import lookup_place, place_book

from .lexicon_files import written_lexicons


def test_the_module_s_lookups_read_the_bundled_book():
    bundled = place_book(load_lexicons())
    assert bundled.lookup("Britain") == lookup_place("Britain")
    assert bundled.lookup("Syrian", demonym=True).name == "Syria"


def test_a_book_reads_the_aliases_and_demonyms_of_its_own_lexicons(tmp_path: Path):
    custom = place_book(
        written_lexicons(
            tmp_path, country_aliases="Norway | Norge\n", demonyms="Norway | Norsky | Norskies\n"
        )
    )
    assert custom.lookup("Norge").name == "Norway"
    assert custom.lookup("norsky", demonym=True).name == "Norway"
    assert custom.lookup("Syrian", demonym=True) is None  # not in its demonyms
    assert custom.lookup("Britain") is None  # an alias of the bundled lexicons only
    assert lookup_place("Norge") is None


def test_a_rule_reads_the_places_of_the_configured_lexicons(tmp_path: Path):
    # "Norges farm workers": with "Norge" a name of Norway, the possessive lost its apostrophe
    custom = written_lexicons(tmp_path, country_aliases="Norway | Norge\n", demonyms="")
    assert mangled_possessive("Norges farm workers", custom)
    assert not mangled_possessive("Norges farm workers", load_lexicons())
