"""A past "if" clause under "would", "could" or "might" supposes what is not so and states nothing
in the graph; an open condition, or a reported one whose "would" only backshifts a "will", stays."""

from __future__ import annotations

import pytest

from .parsed import qualified

pytestmark = pytest.mark.model


def test_a_condition_contrary_to_fact_states_nothing(nlp):
    found = qualified(nlp("If I was at home I would be voting for the team."))
    assert "I | was at | home" not in found
    assert found["I | would be voting for | the team"][1] == "would"
    found = qualified(nlp("If the striker had not scored the goal, the game would have gone to penalties."))
    assert not any(key.startswith("the striker") for key in found)


def test_an_open_or_reported_condition_is_still_a_condition(nlp):
    found = qualified(nlp("If the rebels take the city, the army will retreat."))
    assert found["the rebels | take | the city"][1] == "conditional"
    found = qualified(nlp("The party said that if it won the election, it would cut taxes."))
    assert found["it | won | the election"][1] == "conditional"


def test_a_counterfactual_condition_is_kept_as_a_reading_for_open_ie(nlp):
    found = qualified(nlp("If I was at home I would be voting for the team."), variants=True)
    assert found["I | was at | home"][1] == "conditional"
