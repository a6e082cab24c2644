"""Common-noun mentions that are a class, an unbounded part of a place or control, no node
(graphbuild.resolve.generic_classes); the named things inside them stay nodes."""

from __future__ import annotations

from collections import Counter

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.generic_classes import unnamed_place

pytestmark = pytest.mark.model


def _nodes(nlp, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.gb_entities if e.node}


def _typed(nlp, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.gb_entities}


def test_plural_class_of_companies_a_country_names_is_no_node(nlp):
    text = "Several Indian companies signed the contract with the ministry on Monday."
    assert "companies of India" in _typed(nlp, text)  # still a typed mention
    assert "companies of India" not in _nodes(nlp, text)


def test_plural_class_of_states_a_region_names_is_no_node(nlp):
    text = "The treaty was signed by all the Middle East states at the summit."
    assert not {n for n in _nodes(nlp, text) if "states" in n}


def test_plural_of_a_body_a_country_has_few_of_stays_a_node(nlp):
    # not a class of many bodies: the country's banks or its troops act together in the story
    assert "banks of Iran" in _nodes(nlp, "Iranian banks froze the accounts of the traders.")
    assert "military of Canada" in _nodes(nlp, "Canadian troops entered the valley on Tuesday.")


def test_area_only_common_words_describe_is_no_node_but_its_place_is(nlp):
    nodes = _nodes(nlp, "Police found the car in a wooded area of Geneva on Sunday.")
    assert "Geneva" in nodes
    assert not {n for n in nodes if "area" in n}


def test_area_a_name_bounds_stays_a_node(nlp):
    nodes = _nodes(nlp, "Soldiers patrolled the Mindanao area on Sunday.")
    assert {n for n in nodes if "Mindanao" in n}


def test_place_whose_label_keeps_no_name_is_no_node(nlp):
    text = "Storms battered the island's west coast, and the village of Kesto lost power."
    assert not {n for n in _nodes(nlp, text) if n.islower()}


def test_command_after_under_is_control_no_body(nlp):
    text = "The new recruits served under British command in the valley."
    assert not {n for n in _nodes(nlp, text) if "command" in n}


def test_lower_case_words_ner_calls_a_name_tie_a_common_noun_to_nothing(nlp):
    text = "The head of the electoral commission, Jan Brink, released the results of the vote."
    with nlp.select_pipes(disable=["graphbuild_entities"]):
        doc = nlp(text)
    start = text.index("the electoral commission")
    doc.ents = [doc.char_span(start, start + len("the electoral commission"), "ORG")]
    doc = nlp.get_pipe("graphbuild_entities")(doc)
    assert "electoral commission" not in {e.name for e in doc._.gb_entities if e.node}


LEXICONS = load_lexicons()


def _place(name: str, *aliases: str) -> LocalEntity:
    return LocalEntity(f"Region:{name}", name, "Region", "GeoRegion", aliases=Counter(aliases), generic=True)


def test_lower_case_label_a_form_writes_as_a_name_is_still_a_place():
    assert unnamed_place(_place("coast", "coast of Ruritania"), LEXICONS)  # the label lost the place's name
    assert unnamed_place(_place("hotel", "Jan Brink's hotel"), LEXICONS)
    assert unnamed_place(_place("port", "Swiss port"), LEXICONS)  # a nationality is no place's name
    assert not unnamed_place(_place("karvand province", "Karvand province"), LEXICONS)
