"""A person's apposed post led by a body's name ("X, a Red Cross staff attorney") holds the post there."""

from __future__ import annotations

import pytest

from .parsed_edges import has_edge, linked_edges


@pytest.mark.model
def test_an_apposed_post_led_by_a_body_is_held_at_the_body(nlp):
    edges = linked_edges(nlp, "Tom Reed, Red Cross staff attorney, said the ruling would be appealed.")
    assert has_edge(edges, "Tom Reed", "be staff attorney of", "Red Cross")


@pytest.mark.model
def test_a_predicate_post_led_by_a_group_is_held_at_the_group(nlp):
    edges = linked_edges(nlp, "Omar Said, who led the raid, is a Hamas commander.")
    assert has_edge(edges, "Omar Said", "be commander of", "Hamas")


@pytest.mark.model
def test_a_qualifier_before_the_body_stays_with_the_post(nlp):
    # "former" says the post is held no more
    edges = linked_edges(nlp, "Doug Miller, a former Red Cross official, said the camp was full.")
    assert has_edge(edges, "Doug Miller", "be former official of", "Red Cross")
    assert not has_edge(edges, "Doug Miller", "be official of", "Red Cross")


@pytest.mark.model
def test_a_place_before_the_post_is_no_body(nlp):
    # "a Boston lawyer" practises in Boston; he is no lawyer of it
    edges = linked_edges(nlp, "Jon Berg, a Boston lawyer, filed the suit on Monday.")
    assert not any(r.startswith("be lawyer") for _, r, _ in edges)


@pytest.mark.model
def test_a_noun_that_is_no_post_holds_nothing(nlp):
    # "hiking" is what she was doing, no post at the service
    edges = linked_edges(nlp, "Ana Lund, an EMT hiking through the park with her husband, saw the crash.")
    assert not any(r.startswith("be hiking") for _, r, _ in edges)
