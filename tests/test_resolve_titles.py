"""Edges that names and titles state, on invented sentences parsed by the model."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graphbuild.resolve.titles import whole_word_matches

from .parsed_edges import derived_edges, find_edge, has_edge, linked_edges

pytestmark = pytest.mark.model


def test_a_demonym_title_ties_the_name_to_the_article_s_country(nlp):
    edges = derived_edges(
        nlp, "Turkish President Ahmet Kaya met the Greek foreign minister. Turkey and Greece signed a deal."
    )
    assert find_edge(edges, "Ahmet Kaya", "be president of", "Turkey")


def test_a_person_s_demonym_title_names_the_country_even_when_the_article_does_not(nlp):
    # (issue 13: the title's country becomes a node, so the person is joined to it)
    edges = derived_edges(nlp, "Turkish President Ahmet Kaya met the press.", "nominal")
    assert find_edge(edges, "Ahmet Kaya", "be president of", "Turkey")


def test_a_place_is_in_the_country_its_sentence_also_names(nlp):
    # (the extracted "Lyon is in France" now links its country itself, so either kind gives the edge)
    edges = linked_edges(nlp, "Police searched a house in Lyon, France, on Monday.")
    assert has_edge(edges, "Lyon", "be in", "France")
    assert not derived_edges(nlp, "Police searched a house in Lyon. France sent more troops.", "gazetteer")


def test_a_country_named_only_by_a_person_s_title_becomes_the_node_of_the_title(nlp):
    doc = nlp("The Ukrainian ambassador, Pavel Drazic, called the decision unfair.")
    countries = [e for e in doc._.gb_entities if e.subtype == "Country"]
    assert [c.name for c in countries] == ["Ukraine"] and countries[0].node
    edges = {(t.subject.entity_label, t.relation.lemma, t.object.entity_label) for t in doc._.gb_triples}
    assert ("Pavel Drazic", "be ambassador of", "Ukraine") in edges


def test_a_demonym_of_a_group_makes_no_country_node(nlp):
    doc = nlp("Libyan rebels attacked the town of Kandahar.")
    assert not [e for e in doc._.gb_entities if e.subtype == "Country" and e.name == "Libya"]


def test_a_group_is_from_the_country_not_from_its_government(nlp):
    # fresh47: "The Yemeni al-Qaeda said …" in an article naming Yemen only as an actor made
    # al-Qaeda "be from" the government of Yemen; a post is still of the government
    text = "Yemen said the men were arrested. The Yemeni al-Qaeda denied any role in the attack."
    edges = derived_edges(nlp, text, "nominal")
    assert [e for e in edges if "Qaeda" in e[0] and e[1] == "be from" and e[2] == "Yemen"]
    assert not [e for e in edges if e[2].startswith("government")]


def test_born_in_a_country_is_no_post_of_it(nlp):
    edges = derived_edges(
        nlp, "The former leader, Jordanian-born militant Pavel Drazic, kept a house in the village."
    )
    assert not find_edge(edges, "Pavel Drazic", "be militant of", "Jordan")


def test_a_name_nested_in_a_role_phrase_that_is_no_node_still_gets_its_edge(nlp):
    # "Chile" is written only inside "Chile's Health Minister", a typed mention that is no node
    edges = linked_edges(nlp, "Chile's Health Minister, Pavel Drazic, said the hospital was full.")
    assert has_edge(edges, "Pavel Drazic", "be minister of", "Chile")


def test_a_spokesman_for_a_body_named_inside_the_role_phrase_is_joined_to_it(nlp):
    edges = linked_edges(nlp, '"Nobody was hurt," said Pavel Drazic, a spokesman for the United Nations.')
    assert has_edge(edges, "Pavel Drazic", "be spokesman for", "United Nations")


def test_a_creed_or_nationality_before_a_noun_is_no_name_of_the_thing(nlp):
    edges = linked_edges(
        nlp, "The Harbor Front is a militant Sunni group known to take part in the insurgency."
    )
    assert not has_edge(edges, "Harbor Front", "be", "Sunni")


@given(
    text=st.text(alphabet="ab_1 éÉ.-\u00a0٣", max_size=30),
    form=st.text(alphabet="ab1é ", min_size=1, max_size=3),
)
def test_whole_word_matches_finds_what_the_word_boundary_pattern_finds(text: str, form: str):
    pattern = rf"(?<!\w){re.escape(form)}(?!\w)"
    assert list(whole_word_matches(text, form)) == [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def test_whole_word_matches_skips_a_name_inside_a_longer_word():
    assert list(whole_word_matches("Mali, Somalia and Mali_x; Mali.", "Mali")) == [(0, 4), (26, 30)]


def test_a_place_is_in_its_country_not_in_the_country_s_authorities(nlp):
    # fresh3-9 (issue 18): "Colombian authorities rescued a baby … in Bogotá" gave
    # "Bogotá | be in | authorities of Colombia"
    edges = linked_edges(nlp, "Colombian authorities rescued a baby, who was kidnapped on Monday in Bogotá.")
    assert not [e for e in edges if e[0] == "Bogotá" and e[1] == "be in"]


def test_a_former_post_named_by_a_demonym_keeps_former(nlp):
    # fresh7 (issue 18): "Acting Nigerian president Goodluck Jonathan" gave "be president of Nigeria"
    edges = derived_edges(nlp, "Former Turkish President Ahmet Kaya met the press.", "nominal")
    assert find_edge(edges, "Ahmet Kaya", "be former president of", "Turkey")
    assert not find_edge(edges, "Ahmet Kaya", "be president of", "Turkey")


def test_a_place_in_a_chain_of_names_is_in_the_chain_s_country(nlp):
    edges = derived_edges(nlp, "A bomb went off in Lyon, the second city of France, on Monday.", "gazetteer")
    assert find_edge(edges, "Lyon", "be in", "France")
    edges = derived_edges(nlp, "Strikes closed the Lyon offices in France on Monday.", "gazetteer")
    assert find_edge(edges, "Lyon", "be in", "France")
    edges = derived_edges(nlp, "About 500 people marched on Sunday in Lyon in France.", "gazetteer")
    assert find_edge(edges, "Lyon", "be in", "France")


def test_a_place_coordinated_with_the_nouns_a_country_places_is_in_it(nlp):
    # "in Syria" hangs on "areas", a conjunct of Aleppo: the sentence places Aleppo in Syria too
    text = "The army is shelling Aleppo and other towns and areas in Syria, officials said."
    assert find_edge(derived_edges(nlp, text, "gazetteer"), "Aleppo", "be in", "Syria")
    text = "Rebels attacked Homs and Hama on Monday in a raid that Syria denied."
    assert not derived_edges(nlp, text, "gazetteer")


def test_a_place_and_a_country_apart_in_the_sentence_are_no_edge(nlp):
    # the sentence names both but does not say where the place lies: that is world knowledge
    text = "France's prime minister blamed the riots on gangs from the suburbs of Lyon."
    assert not find_edge(derived_edges(nlp, text, "gazetteer"), "Lyon", "be in", "France")
    text = "A fire in a Lyon bank killed three people as crowds urged France to cut its debts."
    assert not find_edge(derived_edges(nlp, text, "gazetteer"), "Lyon", "be in", "France")


def test_a_country_named_only_as_the_owner_of_a_body_places_nothing_in_it(nlp):
    text = "The Spanish Navy's rescue team and France's Civil Aviation Authority met in Lyon on Monday."
    assert not derived_edges(nlp, text, "gazetteer")
    edges = linked_edges(nlp, "Crowds gathered in France's second city, Lyon, on Monday.")
    assert has_edge(edges, "Lyon", "be in", "France")


def test_a_demonym_before_a_trade_says_where_its_holder_is_from_not_whose_post_it_is(nlp):
    edges = derived_edges(nlp, "Polish film director Pavel Drazic won the prize. Poland celebrated the win.")
    assert not find_edge(edges, "Pavel Drazic", "be director of", "Poland")
    assert find_edge(edges, "Pavel Drazic", "be from", "Poland")


def test_a_trade_s_demonym_still_names_the_country_its_holder_is_from(nlp):
    # (issue 13: the person keeps an edge to the country the article names only by the demonym)
    edges = derived_edges(nlp, "Polish film director Pavel Drazic won the prize.", "nominal")
    assert find_edge(edges, "Pavel Drazic", "be from", "Poland")
