"""A name whose first two words share its head across "and" ("Wexby and Harlow University Hospital"),
made whole (graphbuild.resolve.mentions.cut_names, joined_names), on invented text with the NER
labels set, so the rules are read whatever the model guesses."""

from __future__ import annotations

import pytest

from .test_resolve_mentions_name_runs import texts


@pytest.mark.model
def test_a_one_word_name_and_a_hospital_sharing_its_head_are_one_name(nlp):
    text = "The injured were taken to Wexby and Harlow University Hospital on Sunday."
    found = texts(nlp, text, [("Wexby", "GPE"), ("Harlow University Hospital", "ORG")])
    assert "Wexby and Harlow University Hospital" in found
    assert "Harlow University Hospital" not in found


@pytest.mark.model
def test_an_ombudsman_named_for_two_fields_is_one_name(nlp):
    text = "An inquiry was opened by the Mines and Quarries Ombudsman last week."
    found = texts(nlp, text, [("Mines", "PERSON"), ("Quarries Ombudsman", "PERSON")])
    assert "Mines and Quarries Ombudsman" in found


@pytest.mark.model
def test_a_region_named_for_two_parts_is_one_place(nlp):
    text = "Strikers marched in the capital of the Orvena and Talca Austral Region on Friday."
    found = texts(nlp, text, [("Orvena", "ORG")])
    assert "Orvena and Talca Austral Region" in found


@pytest.mark.model
def test_a_longer_name_before_and_stays_a_name_of_its_own(nlp):
    text = "Officers of Kestrel Police and Harlow University Hospital staff met on Sunday."
    found = texts(nlp, text, [("Kestrel Police", "ORG"), ("Harlow University Hospital", "ORG")])
    assert "Kestrel Police" in found
    assert not any(t.startswith("Kestrel Police and") for t in found)
