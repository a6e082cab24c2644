"""Country mentions and metonymy (graphbuild.resolve.mentions.countries), on real sentences."""

from __future__ import annotations

import pytest

from .found_mentions import mention_names


@pytest.mark.model
def test_find_mentions_a_country_that_acts_is_its_government(nlp):
    found = mention_names(nlp, "Turkey supports the Syrian opposition.")
    assert found["Turkey"] == ("government of Turkey", "Actor", "Government")
