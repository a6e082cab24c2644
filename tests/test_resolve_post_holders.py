"""A person's name after "the <post> of/for <body>" holds the post at the body."""

from __future__ import annotations

import pytest

from .parsed_edges import has_edge, linked_edges


@pytest.mark.model
def test_a_name_after_a_post_of_a_country_holds_the_post_there(nlp):
    edges = linked_edges(nlp, "The president of Moldova, Ivan Petrescu, said the border was closed.")
    assert has_edge(edges, "Ivan Petrescu", "be president of", "Moldova")
    assert not has_edge(edges, "Moldova", "be", "Ivan Petrescu")


@pytest.mark.model
def test_a_name_after_a_post_of_a_group_holds_the_post_at_the_group(nlp):
    edges = linked_edges(nlp, "The head of the Red Valley Front, Ali Karimov, denied the report.")
    assert has_edge(edges, "Ali Karimov", "be head of", "Red Valley Front")


@pytest.mark.model
def test_a_name_after_a_post_for_a_body_holds_the_post_and_is_not_the_body(nlp):
    # the parser hangs the name on the body: the body is not the person
    edges = linked_edges(nlp, "A spokesman for the Red Cross, Tom Reed, said the convoy was hit.")
    assert has_edge(edges, "Tom Reed", "be spokesman for", "Red Cross")
    assert not any(r == "be" and "Tom Reed" in o for _, r, o in edges)


@pytest.mark.model
def test_a_name_after_a_place_that_is_no_post_holds_nothing(nlp):
    edges = linked_edges(nlp, "The capital of Moldavia, Chisinau, was quiet on Sunday.")
    assert not any(r.startswith("be capital") and "Chisinau" in s for s, r, _ in edges)


@pytest.mark.model
def test_a_two_word_post_is_read_whole_with_its_qualifier(nlp):
    # "minister" alone is another post than "prime minister"; "former" says it is held no more
    edges = linked_edges(nlp, "The former prime minister of Moldova, Ivan Petrescu, was arrested on Monday.")
    assert has_edge(edges, "Ivan Petrescu", "be former prime minister of", "Moldova")


@pytest.mark.model
def test_a_name_after_a_post_in_a_place_holds_the_post_there(nlp):
    # the parser hangs the name on the place: the place is not the person
    edges = linked_edges(nlp, "The prosecutor in Tromsø, Karin Holm, said the two men would face trial.")
    assert has_edge(edges, "Karin Holm", "be prosecutor in", "Tromsø")
    assert not any(r == "be" and "Karin Holm" in o for _, r, o in edges)
