"""Parts of places and coordinates (graphbuild.resolve.mentions.parts)."""

from __future__ import annotations

import pytest

from graphbuild.resolve.mentions import coordinates

from .found_mentions import mention_names


@pytest.mark.model
def test_find_mentions_compass_word_makes_a_region_of_a_place(nlp):
    found = mention_names(nlp, "Smuggled rifles have reached rebel camps in Northern Nigeria.")
    assert found["Northern Nigeria"] == ("northern Nigeria", "Region", "GeoRegion")


def test_coordinates_reads_degree_and_decimal_notations():
    assert coordinates("33.783; 44.500") == (33.783, 44.5)
    lat, lon = coordinates("33°47′N 44°30′E")
    assert (round(lat, 3), lon) == (33.783, 44.5)
    assert coordinates("12.5°S 130.8°E") == (-12.5, 130.8)
    assert coordinates("not a place") is None


@pytest.mark.model
def test_find_mentions_coordinates_are_a_region(nlp):
    found = mention_names(nlp, "The dam lies at 33°47′N 44°30′E on the river.")
    assert found["33°47′N 44°30′E"] == ("33.783, 44.500", "Region", "Coordinates")


@pytest.mark.model
def test_place_parts_compass_word_inside_a_longer_name_is_no_part(nlp):
    found = mention_names(nlp, "The Parliament of New South Wales voted on Tuesday.")
    assert "South Wales" not in found


@pytest.mark.model
def test_find_mentions_compass_word_opening_a_university_name_is_no_part_of_a_place(nlp):
    # "Northern Arizona University" is a body, not "northern Arizona"; "northern Syria" stays a part
    found = mention_names(nlp, "He teaches at Northern Arizona University in Flagstaff.")
    assert found["Northern Arizona University"][1:] == ("Actor", "Organization")
    assert mention_names(nlp, "Rebels attacked northern Syria in March.")["northern Syria"][1] == "Region"


@pytest.mark.model
def test_place_parts_hyphenated_compass_word_is_one_part(nlp):
    # the tokenizer splits "north-western"; the part is not "western Kabul", another side of the city
    found = mention_names(nlp, "Two bombs exploded in north-western Kabul on Monday.")
    assert found["north-western Kabul"] == ("north-western Kabul", "Region", "GeoRegion")
    assert "western Kabul" not in found


@pytest.mark.model
def test_place_parts_part_never_ends_inside_a_longer_name(nlp):
    # "Baja" is a town's name too, but here it opens "Baja California": no "southern Baja"
    found = mention_names(nlp, "Police arrested a cartel boss in southern Baja California on Friday.")
    assert "southern Baja" not in found
    assert "Baja California" in found
