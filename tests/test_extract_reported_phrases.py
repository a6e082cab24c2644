"""Whose word a noun phrase's own fact is (graphbuild.extract.reported_phrases), on invented
sentences parsed by the model."""

from __future__ import annotations

import pytest

from .parsed import qualified

pytestmark = pytest.mark.model


def test_a_possessive_inside_what_someone_said_is_their_word(nlp):
    # issue 18: "Europe | had | airlines" taken from inside an association's statement had no source
    found = qualified(nlp("The airline association said that Europe's airlines lost money in May."))
    assert found["Europe | had | airlines"][2] == "The airline association"


def test_a_place_of_a_noun_inside_what_someone_said_is_their_word(nlp):
    # issue 18: "The refugee agency reports that thousands of civilians in north Yemen …" placed the
    # civilians with no source
    found = qualified(nlp("Critics said that the new law was unfair to voters in rural Ohio."))
    assert found["voters | are in | rural Ohio"][2] == "Critics"


def test_a_closing_according_to_sources_the_phrases_of_its_clause(nlp):
    found = qualified(nlp("Europe's airlines lost money in May, according to the trade association."))
    assert found["Europe | had | airlines"][2] == "the trade association"


def test_the_author_s_own_phrases_keep_no_source(nlp):
    # the reporting clause's own words, the "according to" phrase, an apposition the author adds
    found = qualified(nlp("Acme's spokesman said that prices rose in March."))
    assert found["Acme | had | spokesman"][2] is None
    found = qualified(nlp("Prices rose in March, according to a spokesman for Acme in Lyon."))
    assert found["Acme | is in | Lyon"][2] is None
    found = qualified(
        nlp("The minister told reporters that the army had captured Tarsk, a town in Vela Province.")
    )
    assert found["Tarsk | is | a town in Vela Province"][2] is None
