"""A place named only inside a feature's name (graphbuild.resolve.feature_places), on invented text."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.feature_places import feature_of_place


def _span(nlp, text: str, word: str):
    doc = nlp(text)
    start = text.index(word)
    return doc.char_span(start, start + len(word))


@pytest.mark.model
def test_a_place_after_a_feature_word_and_of_is_a_piece_of_the_feature_s_name(nlp):
    text = "Pirates seized a tanker in the Gulf of Oman on Tuesday."
    assert feature_of_place(_span(nlp, text, "Oman"), load_lexicons())
    text = "A cyclone formed over the Bay of the Andaman Islands."
    assert feature_of_place(_span(nlp, text, "Andaman Islands"), load_lexicons())


@pytest.mark.model
def test_a_place_after_an_office_or_a_lower_case_feature_stays(nlp):
    text = "The Prime Minister of Norway met fishermen on the west coast of Norway."
    first = text.index("Norway")
    doc = nlp(text)
    assert not feature_of_place(doc.char_span(first, first + 6), load_lexicons())
    last = text.rindex("Norway")
    assert not feature_of_place(doc.char_span(last, last + 6), load_lexicons())
