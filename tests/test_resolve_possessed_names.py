"""A name written only as someone's possession ("his Ferrari Kestra") is no "he" (stop 53)."""

from __future__ import annotations

import pytest

from .parsed_edges import subject_nodes


@pytest.mark.model
def test_a_possessed_name_is_no_antecedent_of_he(nlp):
    text = (
        "A court in Lund fined a driver on Monday. The driver drove his Ferrari Kestra through a village. "
        "He was fined 9,000 francs."
    )
    assert subject_nodes(nlp, text).get("He | was fined") is None


@pytest.mark.model
def test_a_person_named_plainly_is_still_he(nlp):
    text = "Tom Hale drove through a village in Lund on Monday. He was fined 9,000 francs."
    assert subject_nodes(nlp, text).get("He | was fined") == "Tom Hale"
