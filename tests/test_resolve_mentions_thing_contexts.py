"""Names the words around them show to be no actor or place (graphbuild.resolve.mentions.thing_contexts)."""

from __future__ import annotations

import pytest

from .found_mentions import mention_names

pytestmark = pytest.mark.model


def _kind(found: dict[str, tuple[str, str, str]], text: str) -> tuple[str, str]:
    return next(v[1:] for k, v in found.items() if text in k)


def test_brands_goods_are_sold_under_are_products(nlp):
    found = mention_names(
        nlp, "The recalled milk was sold under the labels Zorvex, Kestrel Farms and Brindle."
    )
    assert _kind(found, "Zorvex")[0] == "Other"
    assert found["Brindle"][1:] == ("Other", "Product")


def test_a_name_before_branded_is_a_brand(nlp):
    found = mention_names(nlp, "Larrabee Foods is best known for its Zorvex branded biscuits.")
    assert found["Zorvex"][1:] == ("Other", "Product")
    assert found["Larrabee Foods"][1] == "Actor"


def test_a_company_selling_goods_stays_a_body(nlp):
    found = mention_names(nlp, "Larrabee Foods sold the biscuits under pressure from Kestrel Holdings.")
    assert found["Larrabee Foods"][1] == "Actor"
    assert found["Kestrel Holdings"][1] == "Actor"


def test_a_declared_state_is_no_body(nlp):
    found = mention_names(nlp, "The governor declared a State of Public Emergency in the Zorvan province.")
    assert _kind(found, "State of Public Emergency")[0] == "Other"


def test_the_state_of_a_country_stays_a_place_or_body(nlp):
    found = mention_names(nlp, "The State of Israel signed the accord on Monday.")
    assert all(v[1] != "Other" for v in found.values())


def test_a_storms_other_name_is_the_storm(nlp):
    found = mention_names(nlp, "Typhoon Zorva, also known as Pedro, made landfall on Tuesday.")
    assert found["Pedro"][1:] == ("Other", "Event")


def test_a_person_known_by_another_name_stays_a_person(nlp):
    found = mention_names(nlp, "The singer Maria Lopez, also known as Pedro, performed on Tuesday.")
    assert found["Pedro"][1] == "Actor"


def test_a_sport_alone_is_no_body(nlp):
    found = mention_names(nlp, "Snooker player Tom Bexley won the final in Leeds.")
    assert found["Snooker"][1:] == ("Other", "Sport")
    assert found["Tom Bexley"][1] == "Actor"


def test_a_body_named_after_a_sport_stays_a_body(nlp):
    found = mention_names(nlp, "The Zorvan Snooker Association banned Tom Bexley on Monday.")
    assert _kind(found, "Snooker Association")[0] == "Actor"


def test_contests_and_elections_are_events(nlp):
    found = mention_names(nlp, "She sang at the Zorvan Song Contest before the Zorvan General Election.")
    assert _kind(found, "Zorvan Song Contest") == ("Other", "Event")
    assert _kind(found, "Zorvan General Election") == ("Other", "Event")


def test_tools_such_as_a_name_are_products(nlp):
    found = mention_names(nlp, "The adverts are not blocked by security tools like Zorvex.")
    assert found["Zorvex"][1:] == ("Other", "Product")


def test_a_conference_something_happens_at_is_an_event(nlp):
    found = mention_names(nlp, "The plan was announced at the Zorvan Security Conference in Denver.")
    assert found["Zorvan Security Conference"][1:] == ("Other", "Event")


def test_a_conference_that_acts_stays_a_body(nlp):
    found = mention_names(nlp, "The proposal was backed in 1995 by the Zorvan Conference.")
    assert _kind(found, "Zorvan Conference")[0] == "Actor"


def test_a_named_incident_is_an_event_and_a_crisis_body_stays_a_body(nlp):
    found = mention_names(
        nlp, "Investigators from the International Crisis Group studied the Zorvan Bay Incident."
    )
    assert found["Zorvan Bay Incident"][1:] == ("Other", "Event")
    assert _kind(found, "International Crisis Group")[0] == "Actor"


def test_a_commission_of_elections_stays_a_body(nlp):
    found = mention_names(nlp, "The Commission of Elections said the Zorvan General Election was fair.")
    assert found["Commission of Elections"][1] == "Actor"
    assert found["Zorvan General Election"][1:] == ("Other", "Event")
