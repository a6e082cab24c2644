"""A person called by their age alone ("the 38-year-old"): the one person the text gave that age,
else the one person named just before."""

from __future__ import annotations

import pytest

from .parsed_edges import subject_nodes


@pytest.mark.model
def test_the_age_alone_is_the_person_named_just_before(nlp):
    text = "Police arrested Tom Hale at his home in Lumora on Monday. The 38-year-old was charged with fraud."
    assert subject_nodes(nlp, text).get("The 38-year-old | was charged with") == "Tom Hale"


@pytest.mark.model
def test_the_age_is_the_person_it_was_given_to(nlp):
    text = (
        "Laura Bennett, 45, and her lawyer Tom Hale arrived at the court in Lumora. "
        "The judge spoke first. The 45-year-old was fined for fraud."
    )
    assert subject_nodes(nlp, text).get("The 45-year-old | was fined for") == "Laura Bennett"


@pytest.mark.model
def test_two_people_named_just_before_leave_it_open(nlp):
    text = "Tom Hale met Laura Bennett in Lumora on Monday. The 38-year-old was charged with fraud."
    assert subject_nodes(nlp, text).get("The 38-year-old | was charged with") is None


@pytest.mark.model
def test_the_age_used_before_for_someone_unnamed_leaves_it_open(nlp):
    text = (
        "Tom Hale was hurt in a fight with a 16-year-old at a school in Lumora. "
        "The 16-year-old was arrested on Monday."
    )
    assert subject_nodes(nlp, text).get("The 16-year-old | was arrested on") is None


@pytest.mark.model
def test_an_unnamed_person_brought_in_leaves_it_open(nlp):
    text = "A man attacked Tom Hale in Lumora on Monday. The 38-year-old was charged with assault."
    assert subject_nodes(nlp, text).get("The 38-year-old | was charged with") is None


@pytest.mark.model
def test_an_age_with_a_noun_after_it_is_left_to_other_rules(nlp):
    text = "Keepers at the Lumora zoo fed Tom Hale's dog on Monday. The 10-year-old tiger was moved."
    assert subject_nodes(nlp, text).get("The 10-year-old tiger | was moved") is None
