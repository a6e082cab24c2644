"""Bare descriptions resolved by their head noun: names ending in it, and the one area of a level."""

from __future__ import annotations

import pytest

from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.named_heads import head_candidate


def _ends(nlp, text: str) -> dict[str, str | None]:
    """Each triple end's text -> the node it was linked to."""
    doc = nlp(text)
    return {end.text: end.entity_label for t in doc._.gb_triples for end in (t.subject, t.object)}


@pytest.mark.model
def test_a_persons_name_is_no_thing_its_last_word_names(nlp):
    doc = nlp("Tom Hill climbed the hill.")
    hill = LocalEntity("Actor:tom hill", "Tom Hill", "Actor", "Person", token_spans=[(0, 2)])
    assert not head_candidate(hill, "hill", doc[3:5])


@pytest.mark.model
def test_a_common_noun_name_needs_a_proper_word_that_says_which(nlp):
    doc = nlp("Iraqi police arrested two men. Norrby police freed them. The police said so.")
    iraqi = LocalEntity(
        "a:iraqi police", "Iraqi police", "Actor", "Military", token_spans=[(0, 2)], generic=True
    )
    norrby = LocalEntity(
        "a:norrby police", "Norrby police", "Actor", "Military", token_spans=[(6, 8)], generic=True
    )
    assert not head_candidate(iraqi, "police", doc[12:14])
    assert head_candidate(norrby, "police", doc[12:14])


@pytest.mark.model
def test_a_phrase_set_off_by_a_comma_does_not_say_which_one(nlp):
    text = "Two pupils were hurt at Brenna High School. The fire was reported by the school, at noon."
    assert _ends(nlp, text).get("the school") == "Brenna High School"


@pytest.mark.model
def test_the_state_is_the_one_state_named_before(nlp):
    text = (
        "A storm killed nine people in Ohio on Monday. "
        "It hit the Norrby district of the state at night. The storm left the state without power."
    )
    assert _ends(nlp, text).get("the state") == "Ohio"


@pytest.mark.model
def test_two_states_named_leave_the_state_open(nlp):
    text = "A storm killed nine people in Ohio on Monday. Later it hit Texas. The storm left the state dark."
    assert _ends(nlp, text).get("the state") is None


@pytest.mark.model
def test_the_district_is_the_district_named_not_its_state(nlp):
    text = "Police in Ohio arrested Tom Hale in the Norrby district. Hale had fled the district in May."
    assert _ends(nlp, text).get("the district") == "Norrby"


@pytest.mark.model
def test_of_two_areas_the_one_written_with_the_noun_is_the_province(nlp):
    text = "Tom Hale flew from Ohio to Kandahar Province on Monday. The province has seen many attacks."
    assert _ends(nlp, text).get("The province") == "Kandahar Province"


@pytest.mark.model
def test_a_thing_brought_in_then_named_is_what_its_head_repeats(nlp):
    text = (
        "A fire broke out in a temple in Valdora on Monday. "
        "Firemen reached the Sri Brenna temple at noon. Nine pilgrims had gathered in the temple."
    )
    assert _ends(nlp, text).get("the temple") == "Sri Brenna temple"
