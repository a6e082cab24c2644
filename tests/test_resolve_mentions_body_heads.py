"""Names opened by a place's noun and ended by a body's (graphbuild.resolve.mentions.body_heads)."""

from __future__ import annotations

import pytest

from .found_mentions import mention_names


@pytest.mark.model
def test_coast_guard_is_a_body_not_a_coast(nlp):
    found = mention_names(nlp, "The Coast Guard rescued four fishermen near the harbour on Monday.")
    assert found["Coast Guard"][1:] == ("Actor", "Organization")


@pytest.mark.model
def test_airline_named_after_a_delta_is_a_body(nlp):
    found = mention_names(nlp, "The flight was operated by Delta Airlines from Atlanta.")
    assert found["Delta Airlines"][1] == "Actor"


@pytest.mark.model
def test_border_patrol_is_a_body(nlp):
    found = mention_names(nlp, "Agents of the Border Patrol arrested nine men near the river.")
    assert found["Border Patrol"][1] == "Actor"


@pytest.mark.model
def test_mount_before_a_plain_name_is_still_a_place(nlp):
    found = mention_names(nlp, "The fire spread across Mount Dorrow and into the valley.")
    assert found["Mount Dorrow"][1] == "Region"


@pytest.mark.model
def test_firms_capital_named_by_ner_is_a_body(nlp):
    found = mention_names(nlp, "The deal was advised by Kestrel Capital, the bank said.")
    assert found["Kestrel Capital"][1] == "Actor"


@pytest.mark.model
def test_a_towns_epithet_with_the_article_stays_a_place(nlp):
    found = mention_names(nlp, 'The town is known worldwide as the "Surf Capital" of the country.')
    assert found["Surf Capital"][1] == "Region"


@pytest.mark.model
def test_church_a_place_noun_opens_stays_the_building(nlp):
    found = mention_names(nlp, "Worshippers gathered at Mount Zion Church on Sunday.")
    assert found["Mount Zion Church"][1] == "Region"


@pytest.mark.model
def test_a_radio_station_opened_by_capital_is_a_body(nlp):
    found = mention_names(nlp, "Two buildings were evacuated, according to Capital FM Norvia.")
    assert found["Capital FM Norvia"][1:] == ("Actor", "Organization")


@pytest.mark.model
def test_a_capital_before_a_plain_name_stays_a_place(nlp):
    found = mention_names(nlp, "Troops were sent to Capital Territory Dorran on Monday.")
    assert found.get("Capital Territory Dorran", ("", "Region"))[1] == "Region"
