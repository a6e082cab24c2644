"""Noun phrases that make one name or one office: no edge between their parts, on invented sentences."""

from __future__ import annotations

import pytest

from graphbuild.resolve.whole_offices import maker_model

from .parsed_edges import derived_edges, find_edge, linked_edges

pytestmark = pytest.mark.model


def test_a_maker_before_a_model_is_one_name_no_possession(nlp):
    edges = derived_edges(nlp, "Investigators said the Airbus A340 had lost power before it crashed.")
    assert not [e for e in edges if e[1] == "have" and "Airbus" in e[0]]


def test_a_maker_model_needs_a_designation_with_a_digit(nlp):
    doc = nlp("The Airbus A380 and the Airbus tanker were shown.")
    assert [t.text for t in doc[1:3]] == ["Airbus", "A380"]
    assert maker_model(doc[2], doc[1])
    assert not maker_model(doc[6], doc[5])  # "Airbus tanker": no model designation


def test_a_compound_title_keeps_its_whole_office(nlp):
    edges = derived_edges(nlp, "Turkish prime minister Ahmet Kaya met the press in Ankara.")
    assert find_edge(edges, "Ahmet Kaya", "be prime minister of", "Turkey")
    assert not find_edge(edges, "Ahmet Kaya", "be minister of", "Turkey")


def test_a_plain_title_is_still_the_post_of_its_country(nlp):
    edges = derived_edges(nlp, "Turkish minister Ahmet Kaya met the press in Ankara.")
    assert find_edge(edges, "Ahmet Kaya", "be minister of", "Turkey")


def test_a_place_after_a_post_s_body_places_the_body_not_the_post(nlp):
    edges = linked_edges(
        nlp, "Dana Kovac, a member of the Labour Party in the UK, believes the plan will fail."
    )
    assert not [e for e in edges if e[1] == "be member in"]


def test_a_place_right_after_a_post_still_says_where_it_is_held(nlp):
    edges = linked_edges(nlp, "Dana Kovac, a nurse in Bratislava, resigned on Friday.")
    assert [e for e in edges if e[1] == "be nurse in" and "Bratislava" in e[2]]


def test_a_publication_word_makes_the_name_the_publication_s(nlp):
    doc = nlp("The story was first told by Chicago magazine reporter Ann Weller in May.")
    facts = {(t.subject.text, t.relation.text, t.object.text) for t in doc._.gb_triples}
    assert not [f for f in facts if f[1].endswith(" of") and f[2] == "Chicago"]
    assert ("Ann Weller", "is", "Chicago magazine reporter") in facts


def test_a_body_s_name_before_a_post_still_holds_the_post(nlp):
    edges = derived_edges(nlp, "CNN anchor Dana Lowell said the vote was close.")
    assert find_edge(edges, "Dana Lowell", "be anchor of", "CNN")


def test_a_holder_known_only_by_a_post_with_a_portfolio_gets_no_circular_post(nlp):
    text = (
        "The Peruvian health ministry confirmed two deaths. "
        "The hospital said the Peruvian minister of health would speak later."
    )
    edges = derived_edges(nlp, text, "nominal")
    assert not [e for e in edges if e[1] == "be minister of"]


def test_a_post_between_two_names_is_no_possession(nlp):
    edges = derived_edges(nlp, "United Nations secretary-general Lars Berg said the talks had failed.")
    assert not [e for e in edges if e[1] == "have" and "Lars Berg" in e[2]]


def test_a_body_s_own_name_before_a_publication_word_keeps_the_post(nlp):
    edges = derived_edges(nlp, "The story was first told by Time magazine reporter Ann Weller in May.")
    assert find_edge(edges, "Ann Weller", "be reporter of", "Time")
