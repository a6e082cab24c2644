"""Offices sought are no actors (graphbuild.resolve.mentions.offices)."""

from __future__ import annotations

import pytest

from .found_mentions import mention_names


@pytest.mark.model
def test_office_a_verb_seeks_is_no_node(nlp):
    found = mention_names(nlp, "The senator has denied that he will seek the presidency in 2028.")
    assert "presidency" not in found
    assert "senator" in found


@pytest.mark.model
def test_office_a_candidate_runs_for_is_no_node_but_its_country_is(nlp):
    found = mention_names(nlp, "Marta Lind was a candidate for Vice President of the United States in 1980.")
    assert "Vice President of the United States" not in found
    assert found["United States"][1] == "Region"
    assert "governor of Ohio" not in mention_names(nlp, "He ran for governor of Ohio twice.")


@pytest.mark.model
def test_office_that_acts_or_is_met_stays_a_node(nlp):
    # "the presidency said": the office speaks for its holder; "met the vice president": a person
    assert "presidency" in mention_names(nlp, "The presidency said the talks would resume.")
    assert "vice president" in mention_names(nlp, "Voters met the vice president in Ohio.")
