"""Names given as examples of places (graphbuild.resolve.mentions.place_examples)."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve import mention_tables
from graphbuild.resolve.mentions.place_examples import example_of_places


def _example(nlp, text: str, name: str) -> bool:
    doc = nlp(text)
    token = next(t for t in doc if t.text == name)
    return example_of_places(doc[token.i : token.i + 1], mention_tables(nlp, load_lexicons()))


@pytest.mark.model
def test_name_after_like_or_such_as_a_plural_place_noun_is_a_place(nlp):
    # fresh50 wrong type: "the major islands like Saipan" (NER: PERSON), typed Actor
    assert _example(nlp, "No damage was reported on the smaller islands like Vellano.", "Vellano")
    assert _example(nlp, "Floods reached coastal towns such as Harlow and Vellmark.", "Vellmark")
    # fresh38 wrong type: "the rural parts of Pichilemu, like Ciruelos" (NER: ORG)
    assert _example(nlp, "The rural parts of the province, like Vellano, have adobe houses.", "Vellano")


@pytest.mark.model
def test_name_after_like_a_noun_of_people_or_sites_is_no_place_example(nlp):
    assert not _example(nlp, "Young people like Vellano joined the march.", "Vellano")
    assert not _example(nlp, "Social websites like Vellano were blocked.", "Vellano")
    assert not _example(nlp, "The team played like Vellano in the final.", "Vellano")
