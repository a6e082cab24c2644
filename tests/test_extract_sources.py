"""The phrase that names a source (graphbuild.extract.sources), on invented sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _source(nlp, text: str) -> str | None:
    from graphbuild.extract.sources import according_to

    doc = nlp(text)
    span = according_to(doc[0].sent.root)
    return None if span is None else doc[span[0] : span[1]].text


def test_according_to_names_its_object(nlp):
    assert _source(nlp, "The dam burst at noon, according to the governor.") == "the governor"


def test_according_with_to_left_out_names_its_object_too(nlp):
    # a common slip: "according the witnesses at the scene"
    assert _source(nlp, "The dam burst at noon, according the villagers.") == "the villagers"


def test_a_sentence_without_according_has_no_source(nlp):
    assert _source(nlp, "The dam burst at noon, the governor said.") is None
