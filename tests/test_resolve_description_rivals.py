"""Names near a definite description that are no rival antecedents of it: the source a sentence is
credited to, and a short form of the same body's name."""

from __future__ import annotations

import pytest

from graphbuild.resolve.description_rivals import short_form

from .parsed_edges import subject_nodes


def test_some_words_of_a_name_are_a_short_form_of_it():
    assert short_form("Amnesty", "Amnesty International")


def test_the_initials_of_a_name_are_a_short_form_of_it():
    assert short_form("NWA", "Northern Water Authority")


def test_another_name_is_no_short_form():
    assert not short_form("Oxfam", "Amnesty International")
    assert not short_form("Amnesty Watch", "Amnesty International")


@pytest.mark.model
def test_the_source_a_sentence_is_credited_to_is_not_the_group(nlp):
    text = (
        "The Red Hand Brigade attacked a convoy near Lumora on Monday. "
        "According to the Valdora Herald, the group planned the attack for months."
    )
    assert subject_nodes(nlp, text).get("the group | planned") == "Red Hand Brigade"


@pytest.mark.model
def test_a_short_form_of_a_name_leaves_one_body_to_mean(nlp):
    text = (
        "Amnesty criticised the ruling on Monday. "
        "Amnesty International's director, Laura Bennett, called it unjust. "
        "The organisation was formed in 1961."
    )
    assert subject_nodes(nlp, text).get("The organisation | was formed in") == "Amnesty International"


@pytest.mark.model
def test_a_name_cited_only_as_a_source_is_no_later_descriptions_antecedent(nlp):
    # fresh16: "Africa's richest woman according to Forbes … The company nonetheless is struggling"
    text = (
        "Ana Ruiz is the richest woman in Valdora, according to Kessler Ratings. "
        "The company said on Monday that prices fell."
    )
    assert subject_nodes(nlp, text).get("The company | said that") is None
    text = (
        "Ana Ruiz is the richest woman in Valdora, according to Kessler Ratings. "
        "She took control of Brandt Oil in June. The company is struggling with low oil prices."
    )
    assert subject_nodes(nlp, text).get("The company | is struggling with") == "Brandt Oil"
