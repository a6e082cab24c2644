"""A person named between commas after a post its body's name modifies holds the post at the body."""

from __future__ import annotations

import pytest

from .parsed_edges import has_edge, linked_edges

pytestmark = pytest.mark.model


def test_a_name_after_a_body_s_post_holds_the_post_there(nlp):
    # issue 13: "the ORG commander, NAME" joined the person to no body, unlike "ORG commander NAME"
    edges = linked_edges(nlp, "The Harbor Brigade commander, Ali Musa, said the town had fallen.")
    assert has_edge(edges, "Ali Musa", "be commander of", "Harbor Brigade")


def test_a_capitalised_post_and_its_qualifier_are_kept(nlp):
    edges = linked_edges(nlp, "The former UN envoy, Ali Musa, met the rebels in Port Leon.")
    assert has_edge(edges, "Ali Musa", "be former envoy of", "United Nations")


def test_a_body_listed_after_a_post_holds_no_post(nlp):
    text = "The Harbor Brigade commander, the Coastal Alliance and the police met in Port Leon."
    edges = linked_edges(nlp, text)
    assert not any(r == "be commander of" and "Coastal" in s for s, r, _ in edges)


def test_a_body_s_building_is_no_post(nlp):
    edges = linked_edges(nlp, "The Harbor Brigade headquarters, Ali Musa said, was hit on Monday.")
    assert not any(r.startswith("be ") and r.endswith(" of") for _, r, _ in edges)
