"""Edges keep the verb's own complement or are not made, on invented sentences parsed by the model."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.model import Relation
from graphbuild.resolve.kept_objects import left_out_word, placing, predicative

from .parsed_edges import derived_edges, has_edge

pytestmark = pytest.mark.model

ATTACKS = load_lexicons().terms("attack_verbs")
PLACES = load_lexicons().terms("place_prepositions")


def _edges(nlp, text: str, kind: str | None = None) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, o, _, _ in derived_edges(nlp, text, kind)}


def test_an_argument_edge_keeps_the_verb_s_object(nlp):
    edges = _edges(nlp, "The Harbor Brigade used the code during World War II.", "argument")
    assert has_edge(edges, "Harbor Brigade", "use code during", "World War II")
    assert not has_edge(edges, "Harbor Brigade", "use during", "World War II")


def test_an_argument_edge_to_where_a_thing_was_moved_from_needs_no_object(nlp):
    edges = _edges(nlp, "The Harbor Brigade took weapons from the Red Valley Front.", "argument")
    assert has_edge(edges, "Harbor Brigade", "take from", "Red Valley Front")


def test_an_argument_edge_to_where_the_act_took_place_needs_no_object(nlp):
    edges = _edges(nlp, "The Harbor Brigade attacked the Mohammadi Mosque in Norvia.", "argument")
    assert has_edge(edges, "Harbor Brigade", "attack in", "Norvia")


def test_a_frame_edge_keeps_the_verb_s_predicate_noun(nlp):
    edges = _edges(nlp, "Lena Varga became president after the death of Oskar Brandt.", "frame")
    assert has_edge(edges, "Lena Varga", "become president after death of", "Oskar Brandt")
    assert not has_edge(edges, "Lena Varga", "become after death of", "Oskar Brandt")


def test_a_frame_edge_keeps_the_verb_s_object(nlp):
    edges = _edges(nlp, "The Harbor Brigade used the rifles during the siege of Norvia.", "frame")
    assert has_edge(edges, "Harbor Brigade", "use rifle during siege of", "Norvia")


def test_a_name_as_the_verb_s_object_cannot_be_kept_in_a_label(nlp):
    doc = nlp("Lena Varga beat Ana Ruiz during the final.")
    beat = next(t for t in doc if t.lower_ == "beat")
    during = next(t for t in doc if t.lower_ == "during")
    assert left_out_word(beat, during, ATTACKS, PLACES) == ""


def test_a_setting_leaves_out_no_object(nlp):
    doc = nlp("The rebels burned a school in the village.")
    burned = next(t for t in doc if t.lower_ == "burned")
    preposition = next(t for t in doc if t.lower_ == "in")
    assert left_out_word(burned, preposition, ATTACKS, PLACES) is None


def test_an_argument_edge_to_a_place_keeps_a_particular_object(nlp):
    edges = _edges(nlp, "The Harbor Brigade demolished his house in Norvia.", "argument")
    assert has_edge(edges, "Harbor Brigade", "demolish house in", "Norvia")
    assert not has_edge(edges, "Harbor Brigade", "demolish in", "Norvia")


def test_an_edge_to_whom_a_particular_thing_went_keeps_it(nlp):
    edges = _edges(nlp, "Lena Varga lost the election to Oskar Brandt.")
    assert has_edge(edges, "Lena Varga", "lose election to", "Oskar Brandt")
    assert not has_edge(edges, "Lena Varga", "lose to", "Oskar Brandt")


def test_an_edge_to_whom_one_of_a_class_went_needs_no_object(nlp):
    edges = _edges(nlp, "The Harbor Brigade bought a ship from Oskar Brandt.")
    assert has_edge(edges, "Harbor Brigade", "buy from", "Oskar Brandt")


def test_a_place_keeps_a_particular_object_but_not_one_of_a_class(nlp):
    doc = nlp("The rebels burned his school in the village.")
    burned = next(t for t in doc if t.lower_ == "burned")
    preposition = next(t for t in doc if t.lower_ == "in")
    assert left_out_word(burned, preposition, ATTACKS, PLACES) == "school"


def test_a_place_keeps_a_bare_noun_that_makes_the_predicate(nlp):
    edges = _edges(nlp, "Lena Varga has invoked emergency rule in Norvia.", "argument")
    assert has_edge(edges, "Lena Varga", "invoke rule in", "Norvia")
    assert not has_edge(edges, "Lena Varga", "invoke in", "Norvia")


def test_a_bare_noun_is_kept_but_a_counted_one_is_not(nlp):
    doc = nlp("The rebels caused panic in the village and burned five houses in the town.")
    caused, burned = (next(t for t in doc if t.lower_ == w) for w in ("caused", "burned"))
    first, second = (t for t in doc if t.lower_ == "in")
    assert left_out_word(caused, first, ATTACKS, PLACES) == "panic"
    assert left_out_word(burned, second, ATTACKS, PLACES) is None


def test_a_relation_whose_object_is_a_predicate_of_the_subject():
    assert predicative(Relation("served as", "serve as"))
    assert predicative(Relation("would remain", "remain"))
    assert not predicative(Relation("remained in", "remain in"))
    assert not predicative(Relation("attacked", "attack"))


def test_the_place_prepositions_come_from_the_given_lexicon():
    # "at" is in ``lexicons/place_prepositions.txt``; settings ("within") and paths ("towards") are not
    assert placing("at", PLACES) and placing("within", PLACES) and placing("towards", PLACES)
    assert not placing("at", frozenset()) and placing("within", frozenset())
    assert not placing("during", PLACES)
