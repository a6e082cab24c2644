"""Crafts named after their class (graphbuild.resolve.mentions.craft_names), on invented text."""

from __future__ import annotations

import pytest

from .found_mentions import found_mentions


def kinds(nlp, text: str) -> list[tuple[str, str, str, str]]:
    return [(m.text, m.name, m.type, m.subtype) for m in found_mentions(nlp, nlp(text))]


@pytest.mark.model
def test_a_name_after_a_class_of_craft_is_the_craft_in_every_mention(nlp):
    text = "The Space Shuttle Atlantis docked with the station on Monday. Atlantis will land on Friday."
    found = [k for k in kinds(nlp, text) if k[0] == "Atlantis"]
    assert found == [("Atlantis", "Atlantis", "Other", "Product")] * 2


@pytest.mark.model
def test_a_class_of_craft_before_no_name_or_after_one_names_no_craft(nlp):
    found = kinds(nlp, "Flights on the Boston shuttle were cancelled.")
    assert ("Boston", "Boston", "Region", "City") in found


@pytest.mark.model
def test_an_undertaking_after_a_class_of_craft_is_no_craft(nlp):
    found = kinds(nlp, "The Space Shuttle Program will end next year.")
    assert not any(k[1] == "Program" for k in found)
