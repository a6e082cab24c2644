"""Names listed as places (graphbuild.resolve.mentions.place_lists)."""

from __future__ import annotations

import pytest

from .found_mentions import mention_names


@pytest.mark.model
def test_name_listed_with_towns_is_a_town(nlp):
    # issue 14 (fresh17/fresh32 wrong type): a town NER took for a person or a body, listed among
    # towns GeoNames knows, is a town
    found = mention_names(nlp, "Power cuts hit Rancagua, Lolol, La Ligua and Quillota on Monday.")
    assert found["La Ligua"][1:] == ("Region", "City")
    assert found["Lolol"][1:] == ("Region", "City")


@pytest.mark.model
def test_name_listed_under_a_class_of_areas_is_an_area(nlp):
    # issue 14 (fresh31 wrong type): "states including A, B": each example of the class is an area
    found = mention_names(nlp, "Heavy rain fell in states including Kerala, Vardhan Pradesh and Karnataka.")
    assert found["Vardhan Pradesh"][1:] == ("Region", "AdminArea")
    found = mention_names(nlp, "Flooding was reported in districts such as Lanavar and Kuttan Nadu.")
    assert found["Lanavar"][1:] == ("Region", "AdminArea")
    assert found["Kuttan Nadu"][1:] == ("Region", "AdminArea")


@pytest.mark.model
def test_bodies_listed_with_countries_or_under_a_class_of_bodies_stay_actors(nlp):
    # countries do not make a list one of places, and companies are no class of places
    found = mention_names(
        nlp,
        "The drug was sold in countries including Brazil and Portugal, "
        "and by companies such as Pfizer and Novartis.",
    )
    assert found["Pfizer"][1] == "Actor"
    assert found["Novartis"][1] == "Actor"
