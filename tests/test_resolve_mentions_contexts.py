"""Words around a name that make it a place (graphbuild.resolve.mentions.contexts)."""

from __future__ import annotations

import pytest


@pytest.mark.model
def test_name_listed_with_a_known_city_after_a_preposition_is_a_place(nlp):
    # issue 14 (fresh6 wrong type): "trains between Bangalore and Chennai", "Bangalore" tagged PERSON
    from graphbuild.resolve.mentions.contexts import listed_with_place

    doc = nlp("Rail officials reported no cancellations for trains between Kolapuram and Chennai.")
    first = next(t for t in doc if t.text == "Kolapuram")
    assert listed_with_place(doc[first.i : first.i + 1]) == "City"
    doc = nlp("Anna Lind and Chennai Super Kings players met the press.")
    assert listed_with_place(doc[0:2]) is None  # no preposition: no list of places


@pytest.mark.model
def test_name_after_in_with_a_copula_is_in_a_places_context(nlp):
    # issue 14 (fresh6 wrong type): "Adamov was in Bern attempting to ..." ("Bern" tagged ORG)
    from graphbuild.lexicons import load_lexicons
    from graphbuild.resolve import mention_tables
    from graphbuild.resolve.mentions.contexts import locative

    doc = nlp("The banker was in Thun attempting to unblock accounts belonging to his son.")
    thun = next(t for t in doc if t.text == "Thun")
    assert locative(doc[thun.i : thun.i + 1], mention_tables(nlp, load_lexicons()))
