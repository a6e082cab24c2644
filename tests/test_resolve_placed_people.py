"""A name NER typed as a person's that the text places like a place is no antecedent of "he"."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.placed_people import placed_person


def _person(doc, name: str) -> LocalEntity:
    """A Person entity over every occurrence of ``name`` in ``doc``."""
    words = name.split()
    spans = [(t.i, t.i + len(words)) for t in doc if [w.text for w in doc[t.i : t.i + len(words)]] == words]
    return LocalEntity(key="p", name=name, type="Actor", subtype="Person", token_spans=spans)


@pytest.mark.model
def test_a_name_listed_with_towns_is_a_place(nlp):
    doc = nlp("Hematpur, Sonapur and Kiran Palli were the worst hit by the storm.")
    assert placed_person(_person(doc, "Kiran Palli"), doc, load_lexicons())


@pytest.mark.model
def test_a_name_after_in_with_no_person_mark_is_a_place(nlp):
    doc = nlp("The rebels are facing big problems in Marjah.")
    assert placed_person(_person(doc, "Marjah"), doc, load_lexicons())


@pytest.mark.model
def test_a_given_name_keeps_a_person_after_in(nlp):
    doc = nlp("Voters put their trust in Peter Vosk last year.")
    assert not placed_person(_person(doc, "Peter Vosk"), doc, load_lexicons())


@pytest.mark.model
def test_a_title_or_a_verb_of_speaking_keeps_a_person(nlp):
    lexicons = load_lexicons()
    doc = nlp("Crowds gathered in Orlanski. Mayor Orlanski said the bridge was safe.")
    assert not placed_person(_person(doc, "Orlanski"), doc, lexicons)
    doc = nlp("Crowds gathered in Orlanski. Orlanski told reporters the bridge was safe.")
    assert not placed_person(_person(doc, "Orlanski"), doc, lexicons)


def test_only_person_entities_are_asked(nlp):
    doc = nlp("The rebels are facing big problems in Marjah.")
    town = LocalEntity(key="t", name="Marjah", type="Region", subtype="City", token_spans=[(7, 8)])
    assert not placed_person(town, doc, load_lexicons())


@pytest.mark.model
def test_one_place_in_a_list_of_people_is_no_list_of_places(nlp):
    doc = nlp("The accused are Omar Vaziri, Tariq Lenz, Karim Dawud and Jalal Bahri.")
    assert not placed_person(_person(doc, "Jalal Bahri"), doc, load_lexicons())
