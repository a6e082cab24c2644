"""A "we" whose clause says what it speaks as ("As the local council we …") is that body (stop 53)."""

from __future__ import annotations

import pytest

from .parsed_edges import subject_nodes


@pytest.mark.model
def test_we_speaking_as_another_body_is_not_the_speakers_party(nlp):
    text = (
        "Tom Hale, a member of the Green Party in Norway, believes that "
        '"as the town council we will fund the library".'
    )
    assert subject_nodes(nlp, text).get("we | will fund") is None


@pytest.mark.model
def test_we_speaking_as_the_partys_own_kind_is_still_the_party(nlp):
    text = 'The Green Party said on Monday: "As a party, we will support the school."'
    assert subject_nodes(nlp, text).get("we | will support") == "Green Party"


@pytest.mark.model
def test_an_as_phrase_after_we_is_the_objects_not_a_capacity(nlp):
    text = 'The Green Party said on Monday: "We view the closure as a serious mistake."'
    assert subject_nodes(nlp, text).get("We | view") == "Green Party"
