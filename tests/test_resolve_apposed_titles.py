"""A person's title read where news writes it: after the name with describing words, or before the
name set beside it ("the governor of X, Ana Ruiz")."""

from __future__ import annotations

import pytest

from .parsed_edges import subject_nodes


@pytest.mark.model
def test_describing_words_of_an_apposed_title_need_not_be_repeated(nlp):
    text = (
        "Tom Hale, an Australian-born British poet, has died at the age of 81. "
        "The poet was born in Lumora in 1929."
    )
    assert subject_nodes(nlp, text).get("The poet | was born in") == "Tom Hale"


@pytest.mark.model
def test_a_title_before_the_name_its_of_phrase_carries(nlp):
    text = (
        "A week after the storm flooded its coast, the governor of the Tarvo Province, Carlos Mendoza, told "
        "reporters that aid was late. "
        "The governor asked the ministry for more money."
    )
    assert subject_nodes(nlp, text).get("The governor | asked") == "Carlos Mendoza"


@pytest.mark.model
def test_two_people_given_the_title_leave_it_open(nlp):
    text = (
        "Tom Hale, an Australian-born British poet, met Rex Tam, a Canadian poet, in Lumora. "
        "The poet was born in Lumora in 1929."
    )
    assert subject_nodes(nlp, text).get("The poet | was born in") is None


@pytest.mark.model
def test_a_vice_president_is_no_president(nlp):
    text = "Vice President Ana Ruiz visited Lumora on Monday. The president signed the bill on Tuesday."
    assert subject_nodes(nlp, text).get("The president | signed") is None


@pytest.mark.model
def test_a_racing_team_is_the_team(nlp):
    text = (
        "Tom Hale ended his contract with Kestrel Motorsports on Tuesday because the team could not "
        "find a sponsor."
    )
    assert subject_nodes(nlp, text).get("the team | could not find") == "Kestrel Motorsports"


@pytest.mark.model
def test_a_name_beside_a_person_of_the_of_phrase_takes_no_title(nlp):
    # "the wife of Tom Hale, Carla Mendoza": the parser's apposition may name either of them
    text = (
        "A week after the storm flooded its coast, the wife of Tom Hale, Carla Mendoza, told reporters "
        "that aid was late. The wife asked the ministry for more money."
    )
    assert subject_nodes(nlp, text).get("The wife | asked") is None


@pytest.mark.model
def test_two_racing_teams_leave_the_team_open(nlp):
    text = (
        "Tom Hale left Kestrel Motorsports and joined Osprey Racing on Tuesday because the team could not "
        "find a sponsor."
    )
    assert subject_nodes(nlp, text).get("the team | could not find") is None


@pytest.mark.model
def test_a_name_beside_two_nouns_or_two_names_beside_one_take_no_title(nlp):
    text = (
        "The only people on board were the driver and the student who was hurt, Carlos Mendoza. "
        "The driver was treated in Lumora."
    )
    assert subject_nodes(nlp, text).get("The driver | was treated in") is None
