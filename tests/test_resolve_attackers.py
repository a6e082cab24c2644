"""A singular attacker's noun ("the gunman") and the one person named as making the attack."""

from __future__ import annotations

import pytest

from .parsed_edges import subject_nodes


@pytest.mark.model
def test_the_gunman_is_the_one_person_named_as_shooting(nlp):
    # fresh22: "Charles … shot and killed three girls … The gunman entered the school" was left open
    text = (
        "Tom Hale, a 40-year-old farmer, shot and killed two guards at the bank on Monday. "
        "The gunman entered the building through a side door. He carried a rifle."
    )
    nodes = subject_nodes(nlp, text)
    assert nodes.get("The gunman | entered") == "Tom Hale"
    # the description is no sign the person is a body ("the Dawn reported"): "he" still means him
    assert nodes.get("He | carried") == "Tom Hale"


@pytest.mark.model
def test_the_gunman_stays_open_when_the_named_person_shot_at_him(nlp):
    # the one named as shooting is the officer, and the gunman is the one shot
    text = (
        "Officer Tom Hale shot the gunman outside the bank on Monday. "
        "The gunman entered the building through a side door."
    )
    assert subject_nodes(nlp, text).get("The gunman | entered") is None


@pytest.mark.model
def test_the_gunman_stays_open_when_no_one_is_named_as_shooting(nlp):
    text = "Tom Hale, the bank manager, said guards were killed on Monday. The gunman escaped in a car."
    assert subject_nodes(nlp, text).get("The gunman | escaped in") is None
