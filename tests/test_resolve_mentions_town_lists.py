"""A known town listed with other known towns is a town (graphbuild.resolve.mentions.town_lists)."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import given_names, load_lexicons
from graphbuild.resolve.mentions.town_lists import list_names, listed_town

from .found_mentions import mention_names

LEXICONS = load_lexicons()


def _span(doc, word):
    token = next(t for t in doc if t.text == word)
    return doc[token.i : token.i + 1]


@pytest.mark.model
def test_other_names_of_a_list_are_read_off_the_words(nlp):
    doc = nlp("Buses left for Chillan, Talca and Concepcion on Friday.")
    assert [n.text for n in list_names(_span(doc, "Talca"))] == ["Chillan", "Concepcion"]
    # a common noun ends the list: "the capital" is no name of it
    doc = nlp("The storm reached Linares, Talca, and the capital on Friday.")
    assert [n.text for n in list_names(_span(doc, "Talca"))] == ["Linares"]


@pytest.mark.model
def test_known_town_listed_with_two_known_towns_is_a_town(nlp):
    given = given_names(load_lexicons())
    doc = nlp("Buses left for Chillan, Talca and Concepcion on Friday.")
    assert listed_town(_span(doc, "Concepcion"), given, LEXICONS)
    doc = nlp("Buses left for Talca and Concepcion on Friday.")
    # one other town: a pair may be anything
    assert not listed_town(_span(doc, "Concepcion"), given, LEXICONS)
    doc = nlp("Chillan, Talca and Concepcion met the minister on Monday.")
    assert not listed_town(_span(doc, "Concepcion"), given, LEXICONS)  # no preposition: surnames towns share


@pytest.mark.model
def test_list_with_a_person_named_in_full_is_no_list_of_towns(nlp):
    given = given_names(load_lexicons())
    doc = nlp("The prize was shared by Anna Kowalska, Talca and Concepcion.")
    assert not listed_town(_span(doc, "Concepcion"), given, LEXICONS)


@pytest.mark.model
def test_towns_ner_took_for_people_in_a_list_are_towns(nlp):
    # fresh35/fresh38 wrong type: Chilean towns of a list typed Actor/Person
    found = mention_names(nlp, "Buses left for Chillan, Talca and Concepcion on Friday.")
    assert found["Concepcion"][1:] == ("Region", "City")
    assert found["Chillan"][1:] == ("Region", "City")
