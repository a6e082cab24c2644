"""Words around a name that make it a place (graphbuild.resolve.mentions.contexts)."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve import mention_tables
from graphbuild.resolve.mentions.contexts import listed_with_place, locative


@pytest.mark.model
def test_name_listed_with_a_known_city_after_a_preposition_is_a_place(nlp):
    # issue 14 (fresh6 wrong type): "trains between Bangalore and Chennai", "Bangalore" tagged PERSON
    doc = nlp("Rail officials reported no cancellations for trains between Kolapuram and Chennai.")
    first = next(t for t in doc if t.text == "Kolapuram")
    assert listed_with_place(doc[first.i : first.i + 1], frozenset({"between"})) == "City"
    doc = nlp("Anna Lind and Chennai Super Kings players met the press.")
    assert listed_with_place(doc[0:2], frozenset({"between"})) is None  # no preposition: no list of places
    # a person's name or a common noun in the list is no known place, whatever GeoNames says
    doc = nlp("The motion was signed by Obama and the Kestor Defense Board.")
    board = next(t for t in doc if t.text == "Kestor")
    assert listed_with_place(doc[board.i : board.i + 3], frozenset({"by"})) is None


@pytest.mark.model
def test_name_after_in_with_a_copula_is_in_a_places_context(nlp):
    # issue 14 (fresh6 wrong type): "Adamov was in Bern attempting to ..." ("Bern" tagged ORG)
    doc = nlp("The banker was in Thun attempting to unblock accounts belonging to his son.")
    thun = next(t for t in doc if t.text == "Thun")
    assert locative(doc[thun.i : thun.i + 1], mention_tables(nlp, load_lexicons()))
