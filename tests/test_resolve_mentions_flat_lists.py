"""Names in a flat list of places (graphbuild.resolve.mentions.flat_lists)."""

from __future__ import annotations

import pytest

from graphbuild.resolve.mentions.flat_lists import _run_after
from graphbuild.resolve.places import lookup_place

from .found_mentions import mention_names


@pytest.mark.model
def test_examples_of_a_class_of_towns_are_towns(nlp):
    # fresh42 wrong type: towns of a long list after "cities such as" typed Actor/Person
    found = mention_names(
        nlp,
        "The quake was felt in cities such as Valdoro, Mira del Campo, Santo Ruperto, San Telmo, "
        "Carvalho, Talvena, Orcuella, and Pradera.",
    )
    assert found["Mira del Campo"][1] == "Region"
    assert found["Santo Ruperto"][1] == "Region"


@pytest.mark.model
def test_names_sharing_a_plural_area_noun_are_areas(nlp):
    # fresh42 wrong type: regions listed before their shared "Regions" typed Actor
    found = mention_names(
        nlp, "It was felt across the Norvale, Santo Ruperto, Maldena and Orto Orto Regions."
    )
    assert found["Maldena"][1:] == ("Region", "AdminArea")


@pytest.mark.model
def test_a_list_running_on_into_a_clause_keeps_its_last_name(nlp):
    doc = nlp("Buses left towns such as Talvena, Orcuella and Mark Healey said it was late.")
    assert [doc[i].text for i in _run_after(doc, 5, {})] == ["Talvena", "Orcuella"]


def test_a_country_is_found_by_its_acronym():
    # fresh42 wrong type: "troops from the UAE" typed Actor/Organization
    assert lookup_place("UAE").name == "United Arab Emirates"
    assert lookup_place("the U.A.E.").subtype == "Country"
