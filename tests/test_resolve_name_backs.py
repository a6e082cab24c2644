"""The back of a longer name is no node (graphbuild.resolve.name_backs), on invented text with
the NER labels set."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import given_names, load_lexicons
from graphbuild.resolve.name_backs import place_name_piece

pytestmark = pytest.mark.model


def test_a_name_ner_began_after_and_inside_x_and_y_is_no_node(labelled_entities):
    text = "Biologists of the Kestrel and Wildlife Service counted the birds on the island."
    assert "Wildlife Service" not in labelled_entities(text, [("Wildlife Service", "ORG")])


def test_two_names_joined_by_and_stay_two_nodes(labelled_entities):
    text = "Officials from Velmor and Dastan met in the capital on Monday."
    names = labelled_entities(text, [("Velmor", "ORG"), ("Dastan", "ORG")])
    assert {"Velmor", "Dastan"} <= names


def test_a_country_at_the_end_of_a_club_s_name_is_no_node(labelled_entities):
    text = "The striker plays for Desportivo Clube de Portugal this season."
    assert "Portugal" not in labelled_entities(text, [("Desportivo Clube", "ORG")])


def test_a_country_after_a_preposition_stays(labelled_entities):
    text = "The striker moved from Desportivo Clube to Portugal this season."
    assert "Portugal" in labelled_entities(text, [("Desportivo Clube", "ORG")])


def test_a_country_its_demonym_names_stays_though_its_name_ends_a_longer_one(labelled_entities):
    text = "Portuguese fans cheered when the striker joined Desportivo Clube de Portugal this season."
    assert "Portugal" in labelled_entities(text, [("Desportivo Clube", "ORG")])


def _piece(nlp, text: str, word: str) -> bool:
    """``place_name_piece`` of the first ``word`` in ``text``, no title words."""
    doc = nlp(text)
    start = text.index(word)
    span = doc.char_span(start, start + len(word))
    return place_name_piece(span, frozenset(), given_names(load_lexicons()))


def test_a_place_glued_by_a_hyphen_to_a_lower_case_noun_is_the_front_of_a_name(nlp):
    assert _piece(nlp, "The ferry sailed east of Kita-shima on Monday.", "Kita")


def test_a_place_before_a_hyphened_participle_stays(nlp):
    assert not _piece(nlp, "The Qatar-based network reported the raid.", "Qatar")


def test_a_place_before_a_capitalised_word_of_no_entity_is_the_front_of_a_name(nlp):
    text = "Workers repaired an oil pipeline in San Lucas Ozumbilla de Juarez after the blast."
    assert _piece(nlp, text, "San Lucas")


def test_a_place_before_a_person_s_given_name_stays(nlp):
    assert not _piece(nlp, "The President of Cyprus Dimitris Lakos cancelled the visit.", "Cyprus")
