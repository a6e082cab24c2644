"""A frame's participant with no entity of its own, named by its ``of`` phrase, on invented sentences."""

from __future__ import annotations

import pytest

from .parsed_edges import derived_edges, find_edge

pytestmark = pytest.mark.model


def test_a_government_helped_in_a_fight_is_its_country_fighting(nlp):
    text = "The minister reiterates support for the Government of Peru in the fight against ISIL."
    assert find_edge(derived_edges(nlp, text, "frame"), "Peru", "fight against", "Islamic State")


def test_the_people_of_a_country_helped_in_a_fight_are_the_country(nlp):
    text = "The minister reiterates support for the people of Peru in the fight against ISIL."
    assert find_edge(derived_edges(nlp, text, "frame"), "Peru", "fight against", "Islamic State")


def test_a_head_that_does_not_stand_for_its_of_phrase_is_no_participant(nlp):
    text = "The minister reiterates support for the ruin of Peru in the fight against ISIL."
    assert not find_edge(derived_edges(nlp, text, "frame"), "Peru", "fight against", "Islamic State")


def test_a_head_named_by_its_apposition_is_that_person_not_the_country(nlp):
    text = "The minister reiterates support for the president of Peru, Ana Ruiz, in the fight against ISIL."
    assert not find_edge(derived_edges(nlp, text, "frame"), "Peru", "fight against", "Islamic State")


def test_a_title_in_apposition_to_a_person_is_that_person_not_the_country(nlp):
    text = "The envoy visited Ana Ruiz, the president of Peru, and praised her fight against ISIL."
    assert not find_edge(derived_edges(nlp, text, "frame"), "envoy", "visit", "Peru")


def test_one_holder_of_a_post_speaks_for_herself_not_the_country(nlp):
    text = "The police chief of Peru told the Associated Press about the fight against ISIL."
    assert not find_edge(derived_edges(nlp, text, "frame"), "Peru", "tell", "Associated Press")
