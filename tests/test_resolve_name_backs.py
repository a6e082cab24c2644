"""The back of a longer name is no node (graphbuild.resolve.name_backs), on invented text with
the NER labels set."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _entities(nlp, text: str, spans: list[tuple[str, str]]) -> set[str]:
    """Names of the local entities when NER labels exactly ``spans`` ((words, label), first occurrence)."""
    with nlp.select_pipes(disable=["graphbuild_entities"]):
        doc = nlp(text)
    doc.ents = [doc.char_span(text.index(w), text.index(w) + len(w), label) for w, label in spans]
    doc = nlp.get_pipe("graphbuild_entities")(doc)
    return {e.name for e in doc._.gb_entities}


def test_a_name_ner_began_after_and_inside_x_and_y_is_no_node(nlp):
    text = "Biologists of the Kestrel and Wildlife Service counted the birds on the island."
    assert "Wildlife Service" not in _entities(nlp, text, [("Wildlife Service", "ORG")])


def test_two_names_joined_by_and_stay_two_nodes(nlp):
    text = "Officials from Velmor and Dastan met in the capital on Monday."
    names = _entities(nlp, text, [("Velmor", "ORG"), ("Dastan", "ORG")])
    assert {"Velmor", "Dastan"} <= names


def test_a_country_at_the_end_of_a_club_s_name_is_no_node(nlp):
    text = "The striker plays for Desportivo Clube de Portugal this season."
    assert "Portugal" not in _entities(nlp, text, [("Desportivo Clube", "ORG")])


def test_a_country_after_a_preposition_stays(nlp):
    text = "The striker moved from Desportivo Clube to Portugal this season."
    assert "Portugal" in _entities(nlp, text, [("Desportivo Clube", "ORG")])


def test_a_country_its_demonym_names_stays_though_its_name_ends_a_longer_one(nlp):
    text = "Portuguese fans cheered when the striker joined Desportivo Clube de Portugal this season."
    assert "Portugal" in _entities(nlp, text, [("Desportivo Clube", "ORG")])
