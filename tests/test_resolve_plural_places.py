"""A bare plural "the islands" repeats the one place named before whose name ends in it (stop 52)."""

from __future__ import annotations

import pytest

from .parsed_edges import subject_nodes


@pytest.mark.model
def test_the_islands_are_the_one_place_so_named(nlp):
    text = "Rebels seized the Tarvo Islands on Monday. The islands were shelled after a fire."
    assert subject_nodes(nlp, text).get("The islands | were shelled after") == "Tarvo Islands"
    text = "Climbers crossed the Kestrel Mountains on Monday. The mountains were covered in snow."
    assert subject_nodes(nlp, text).get("The mountains | were covered in") == "Kestrel Mountains"


@pytest.mark.model
def test_two_places_so_named_or_a_phrase_saying_which_leave_it_open(nlp):
    text = "Rebels seized the Tarvo Islands and the Kelso Islands on Monday. The islands were shelled."
    assert subject_nodes(nlp, text).get("The islands | were shelled") is None
    text = "Rebels seized the Tarvo Islands on Monday. The islands off Java were shelled after a fire."
    assert subject_nodes(nlp, text).get("The islands off Java | were shelled after") is None
