"""Names given as examples of a class (graphbuild.resolve.mentions.class_lists)."""

from __future__ import annotations

import pytest

from graphbuild.resolve.mentions.class_lists import class_noun

from .found_mentions import mention_names


def _span(doc, word):
    token = next(t for t in doc if t.text == word)
    return doc[token.i : token.i + 1]


@pytest.mark.model
def test_noun_a_list_of_examples_hangs_on(nlp):
    doc = nlp("He starred in films such as Cold Morning and Downhill.")
    assert class_noun(_span(doc, "Downhill")).text == "films"
    doc = nlp("The firm, whose brands include Silver Fox and Hartley & Sons, cut prices.")
    assert class_noun(_span(doc, "Hartley")).text == "brands"
    doc = nlp("Silver Fox and Hartley & Sons cut prices.")
    assert class_noun(_span(doc, "Hartley")) is None  # no list of examples


@pytest.mark.model
def test_examples_of_brands_are_products(nlp):
    # fresh29 other: a cigarette brand of a list of brands typed Actor/Organization
    found = mention_names(
        nlp, "Imperial Tobacco, whose brands include Golden Leaf and Lambert & Hedges, raised prices."
    )
    assert found["Lambert & Hedges"][1:] == ("Other", "Product")
    assert found["Imperial Tobacco"][1:] == ("Actor", "Organization")  # the maker stays a body


@pytest.mark.model
def test_examples_of_films_are_works(nlp):
    # fresh20 other: a film of a list of films typed Actor/Person
    found = mention_names(nlp, "He had hits with films such as Cold Morning, Downhill, and Lost Summer.")
    assert found["Downhill"][1:] == ("Other", "Work")


@pytest.mark.model
def test_examples_of_other_classes_keep_their_types(nlp):
    found = mention_names(nlp, "Companies such as Siemens and Alstom bid for the contract.")
    assert found["Siemens"][1:] == ("Actor", "Organization")
    found = mention_names(nlp, "Cities such as Lyon and Lille voted.")
    assert found["Lille"][1:] == ("Region", "City")


@pytest.mark.model
def test_names_a_relative_clause_lists_for_a_class_of_goods_are_products(nlp):
    found = mention_names(
        nlp, "A recall of the drugs, which included Zorvex, Kelmor and Brindax, was issued."
    )
    assert found["Zorvex"][1:] == ("Other", "Product")
    assert found["Brindax"][1:] == ("Other", "Product")


@pytest.mark.model
def test_names_a_relative_clause_lists_for_groups_stay_bodies(nlp):
    found = mention_names(
        nlp, "The rebel groups, which included Zorvan Front and Kestrel Brigade, signed the deal."
    )
    assert found["Zorvan Front"][1] == "Actor"
