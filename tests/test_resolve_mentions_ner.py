"""Mentions from NER labels (graphbuild.resolve.mentions.ner), on real sentences."""

from __future__ import annotations

import pytest

from .found_mentions import mention_names


@pytest.mark.model
def test_find_mentions_groups_are_not_people(nlp):
    found = mention_names(nlp, "Bashir recruited Hutu nomads, and the Mujahideen fought alongside Islamists.")
    # "Hutu nomads" is one mention of the Hutu (issue 14: a people and "... nomads" are one node)
    assert found["Hutu nomads"] == ("Hutus", "Actor", "Group")
    assert found["Mujahideen"][1:] == ("Actor", "ArmedGroup")
    assert found["Islamists"][1:] == ("Actor", "Group")
