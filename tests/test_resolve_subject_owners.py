"""An object "him" or "her" whose verb's subject is owned by another person stays unresolved."""

from __future__ import annotations

import pytest


def _object_labels(nlp, text: str, word: str) -> list[str | None]:
    doc = nlp(text)
    return [t.object.entity_label for t in doc._.gb_triples if t.object.text == word]


@pytest.mark.model
def test_a_named_owner_of_the_subject_is_a_rival_for_him(nlp):
    # "him" is most likely Tom Hale, whose family placed him; Mark Lenz is a guess
    text = (
        "Mark Lenz visited the clinic on Monday. "
        "He said that Tom Hale's family had placed him in a hospice last week."
    )
    assert "Mark Lenz" not in _object_labels(nlp, text, "him")


@pytest.mark.model
def test_an_unnamed_owner_of_the_subject_is_a_rival_for_him(nlp):
    text = (
        "Mark Lenz inspected the plant on Monday. "
        "Water flooded the hall, but the worker's suit protected him."
    )
    assert "Mark Lenz" not in _object_labels(nlp, text, "him")


@pytest.mark.model
def test_an_owner_of_the_other_sex_is_no_rival(nlp):
    text = "Mark Lenz met reporters on Monday. Ana Ruiz's lawyer had questioned him for hours."
    assert _object_labels(nlp, text, "him") in ([], ["Mark Lenz"])
