"""Untagged surnames of people named in full (graphbuild.resolve.mentions.surnames), on invented text."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve import mention_tables
from graphbuild.resolve.mentions.surnames import surname_mentions

from .found_mentions import found_mentions


def surnames(nlp, text: str) -> list[tuple[str, str, str]]:
    found = surname_mentions(nlp(text), mention_tables(nlp, load_lexicons()))
    return [(m.text, m.type, m.subtype) for m in found]


@pytest.mark.model
def test_a_later_surname_the_tagger_missed_is_the_person_again(nlp):
    text = 'The commander of the unit, Col. David C. Lyons, visited the base. "We are ready," Lyons said.'
    assert surnames(nlp, text) == [("Lyons", "Actor", "Person")]


@pytest.mark.model
def test_a_surname_opening_a_sentence_is_the_person_again(nlp):
    text = "Harbor scientist Kelly Brandvold spoke first. Later Brandvold went on to add a warning."
    assert surnames(nlp, text) == [("Brandvold", "Actor", "Person")]
    assert [m.text for m in found_mentions(nlp, nlp(text))].count("Brandvold") == 1


@pytest.mark.model
def test_a_word_before_the_full_name_is_no_reference_back(nlp):
    assert surnames(nlp, "Lyons is a town in the west. Later Maria Anne Lyons opened a shop there.") == []


@pytest.mark.model
def test_a_surname_inside_another_name_is_left_to_that_name(nlp):
    text = "Visitors met Professor Helen Marsh on Monday. They later walked along Marsh Road to the park."
    assert surnames(nlp, text) == []


@pytest.mark.model
def test_a_body_the_tagger_called_a_person_lends_no_surname(nlp):
    doc = nlp("A spokesman for Tasmania Police said two men were held. They spoke to the Police already.")
    doc.ents = [Span(doc, 3, 5, label="PERSON")]  # "Tasmania Police" mistaken for a person
    assert surname_mentions(doc, mention_tables(nlp, load_lexicons())) == []


@pytest.mark.model
def test_an_acronym_ending_a_tagged_name_is_no_surname(nlp):
    doc = nlp("Farmers blamed the Ruvo-PF party. Its rivals said PF supporters burned the farm.")
    doc.ents = [Span(doc, 3, 6, label="PERSON")]  # "Ruvo-PF" mistaken for a person
    assert surname_mentions(doc, mention_tables(nlp, load_lexicons())) == []
