"""A city NER took for a body or a person after a noun's "in" (graphbuild.resolve.mentions.city_objects)."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve import mention_tables
from graphbuild.resolve.mentions.city_objects import city_in

from .found_mentions import mention_names


@pytest.mark.model
def test_city_after_a_nouns_in_is_the_city_though_ner_called_it_a_body(nlp):
    # Wikinews check (base49c audit): "400 protesters in Thessaloniki clashed" ("Thessaloniki" tagged ORG)
    found = mention_names(nlp, "About 300 students in Thessaloniki marched while police watched.")
    assert found["Thessaloniki"][1:] == ("Region", "City")
    tables = mention_tables(nlp, load_lexicons())
    doc = nlp("Two drivers in the Chase finished behind the leaders.")
    chase = next(t for t in doc if t.text == "Chase")
    assert not city_in(doc[chase.i : chase.i + 1], tables)  # "the": a contest, no town
