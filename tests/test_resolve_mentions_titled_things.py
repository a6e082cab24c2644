"""Names a titling noun next to them shows to be a programme, an event, a food or a measure
(graphbuild.resolve.mentions.titled_things)."""

from __future__ import annotations

import pytest

from .found_mentions import mention_names

pytestmark = pytest.mark.model


def test_a_drama_series_title_is_a_work(nlp):
    found = mention_names(nlp, "Lowe left the ABC drama series Kestrel & Daughters last spring.")
    assert found["Kestrel & Daughters"][1:] == ("Other", "Work")


def test_a_series_a_country_won_stays_a_place(nlp):
    found = mention_names(nlp, "Australia lost the series Sri Lanka won in March.")
    assert all(v[1] != "Other" for v in found.values())


def test_a_name_after_a_tour_noun_and_a_comma_is_the_tour(nlp):
    found = mention_names(nlp, "In 2009 he joined the nostalgia tour, Zorva & Kell, visiting Chile and Peru.")
    assert found["Zorva & Kell"][1:] == ("Other", "Event")


def test_a_speaker_after_a_summit_noun_stays_a_person(nlp):
    found = mention_names(nlp, "Talking at the summit, Ann Holt said the plan would fail.")
    assert found["Ann Holt"][1:] == ("Actor", "Person")


def test_a_dessert_known_as_a_name_is_a_product(nlp):
    found = mention_names(nlp, "The shop withdrew the dessert known as 'Zorva Gaga' after a complaint.")
    assert next(v for k, v in found.items() if "Zorva Gaga" in k)[1:] == ("Other", "Product")


def test_a_man_known_as_a_name_stays_a_person(nlp):
    found = mention_names(nlp, "The smuggler, a man known as Ben Ortiz, was arrested in Riverton.")
    assert found["Ben Ortiz"][1] == "Actor"


def test_a_named_scale_is_a_measure(nlp):
    found = mention_names(nlp, "The tornado was rated on the Enhanced Zorva Scale by forecasters.")
    assert found["Enhanced Zorva Scale"][1:] == ("Other", "Concept")


def test_a_festival_of_a_place_is_an_event_and_a_bank_of_one_a_body(nlp):
    found = mention_names(nlp, "The Festival of Zorva opened as the Bank of Kestrel raised rates.")
    assert found["Festival of Zorva"][1:] == ("Other", "Event")
    assert found["Bank of Kestrel"][1] == "Actor"


def test_what_an_episode_is_of_is_a_programme(nlp):
    found = mention_names(nlp, "Critics praised the second episode of Zorva Heights last week.")
    assert found["Zorva Heights"][1:] == ("Other", "Work")
