"""Names near a definite description that are no rival antecedents of it: the source a sentence is
credited to, a short form of the same body's name, a nearer name of no kind before one of the
description's kind, a government of another tier; and a superlative description, which says itself
which one it is."""

from __future__ import annotations

import pytest

from graphbuild.resolve.description_rivals import other_tier, self_identifying, short_form

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


TIERS = {"national": "national", "central": "national", "federal": "national", "local": "local"}


def test_a_central_government_is_not_a_local_one(nlp):
    assert other_tier(nlp("The central government")[:], "local government of Valdora", TIERS)


def test_a_government_with_no_tier_word_is_no_clash(nlp):
    assert not other_tier(nlp("The government")[:], "local government of Valdora", TIERS)
    assert not other_tier(nlp("The federal government")[:], "government of Valdora", TIERS)


@pytest.mark.model
def test_a_superlative_ordinal_or_members_say_which_one(nlp):
    assert self_identifying(nlp("the world's most populous country")[:])
    assert self_identifying(nlp("the largest city")[:])
    assert self_identifying(nlp("the first group")[:])
    assert self_identifying(nlp("the group of young men")[:])
    assert not self_identifying(nlp("the coastal city")[:])
    assert not self_identifying(nlp("the group of Valdora")[:])


@pytest.mark.model
def test_the_union_is_the_name_of_a_union_not_a_nearer_name_of_no_kind(nlp):
    text = (
        "The National Dockworkers Union called a strike at the port of Lumora on Monday. "
        "Union official Mark Dell said members were overworked. "
        "Trains run by Norland Rail were unaffected by the strike, and the union said talks would resume."
    )
    assert subject_nodes(nlp, text).get("the union | said") == "National Dockworkers Union"


@pytest.mark.model
def test_the_central_government_is_not_the_local_government_named_before(nlp):
    text = (
        "Floods struck the coast of Peru on Friday. "
        "The local Peruvian government evacuated a prison. "
        "The central government has sent no help, the mayor said."
    )
    nodes = subject_nodes(nlp, text)
    assert nodes["The local Peruvian government | evacuated"] == "local government of Peru"
    assert nodes["The central government | has sent"] is None


@pytest.mark.model
def test_a_superlative_description_is_not_the_country_named_nearest(nlp):
    text = "Floods hit Peru on Monday. The continent's most populous country has sent help."
    assert subject_nodes(nlp, text)["The continent's most populous country | has sent"] is None
    text = (
        "Exports from Brazil grew faster than exports from Peru, and many expect that "
        "the continent's most populous country will soon lead the region."
    )
    assert subject_nodes(nlp, text)["the continent's most populous country | will soon lead"] is None
