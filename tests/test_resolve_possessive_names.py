"""Names whose words hold a possessive, cut at it by NER (graphbuild.resolve.possessive_names)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _resolved(nlp, text: str, spans: list[tuple[str, str]]) -> dict[str, bool]:
    """Each local entity's name -> node, when NER labels exactly ``spans`` ((words, label)): the
    rules, whatever the model guesses for invented names."""
    with nlp.select_pipes(disable=["graphbuild_entities"]):
        doc = nlp(text)
    doc.ents = [
        doc.char_span(text.index(words), text.index(words) + len(words), label) for words, label in spans
    ]
    doc = nlp.get_pipe("graphbuild_entities")(doc)
    return {e.name: e.node for e in doc._.gb_entities}


def test_back_of_a_possessive_name_takes_the_whole_name(nlp):
    # fresh23 junk: "Queen's Medical Center" left the node "Medical Center"
    text = "He was treated at Warden's Medical Center in Tulsa last year."
    found = _resolved(nlp, text, [("Medical Center", "ORG"), ("Tulsa", "GPE")])
    assert "Warden's Medical Center" in found
    assert "Medical Center" not in found


def test_place_only_in_front_of_a_possessive_name_is_no_entity(nlp):
    # fresh36 junk: "Harper's Bazaar" left the town "Harper"
    text = "She said so in an interview for Marlow's Gazette last spring."
    assert "Marlow" not in _resolved(nlp, text, [("Marlow", "GPE")])


def test_body_possessive_owns_the_name_after_it(nlp):
    text = "Rivals sell tablets such as Velcorp's Xandar running the Android system."
    assert "Velcorp" in _resolved(nlp, text, [("Velcorp", "ORG")])


def test_country_possessive_owns_the_name_after_it(nlp):
    text = "Kenya's Rift Valley was hit by floods on Monday."
    assert "Kenya" in _resolved(nlp, text, [("Kenya", "GPE")])
    text = "Jets struck a depot in northern Kenya's Ranvo district on Monday."
    assert "northern Kenya" in _resolved(nlp, text, [("northern Kenya", "LOC")])
