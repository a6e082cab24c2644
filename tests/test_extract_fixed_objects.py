"""Idioms whose fixed object joins the relation (``lexicons/light_verbs.txt``), on invented
sentences parsed by the model: "drag one's feet" names no feet, "foot the bill" no bill."""

from __future__ import annotations

import pytest

from .parsed import triple_strings

pytestmark = pytest.mark.model


def test_a_fixed_object_with_a_possessive_joins_the_relation(nlp):
    triples = triple_strings(nlp("The minister said the government would not drag its feet on the reform."))
    assert not any(t.endswith("| its feet") for t in triples)
    assert any(t.startswith("the government | would not drag feet on | the reform") for t in triples)


def test_a_fixed_object_with_a_quantifier_joins_the_relation(nlp):
    triples = triple_strings(nlp("The company gave no indication of the cause of the fire."))
    assert any(t.startswith("The company | gave indication of | the cause of the fire") for t in triples)


def test_the_same_verb_with_a_free_object_keeps_it(nlp):
    triples = triple_strings(nlp("The farmer dragged the sacks into the barn."))
    assert any(t.startswith("The farmer | dragged | the sacks") for t in triples)
