"""Towns NER took for people (graphbuild.resolve.mentions.town_names)."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.mentions.cut_names import personal_words
from graphbuild.resolve.mentions.town_names import taken_for_person

SPEECH = load_lexicons().terms("speaker_verbs")


def span_of(doc, words: str):
    tokens = words.split()
    for i in range(len(doc) - len(tokens) + 1):
        if [t.text for t in doc[i : i + len(tokens)]] == tokens:
            return doc[i : i + len(tokens)]
    raise AssertionError(words)


@pytest.fixture(scope="module")
def personal():
    return personal_words(load_lexicons())


@pytest.mark.model
def test_a_name_with_no_persons_word_may_be_a_town(nlp, personal):
    doc = nlp("Heavy rain flooded the streets of the harbour after a storm reached Puerto Montt.")
    assert taken_for_person(span_of(doc, "Puerto Montt"), "PERSON", personal, SPEECH)
    doc = nlp("Heavy rain reached Punta de Lobos on Monday.")
    assert taken_for_person(span_of(doc, "Punta de Lobos"), "PERSON", personal, SPEECH)


@pytest.mark.model
def test_a_given_name_a_title_or_speech_keeps_the_person(nlp, personal):
    doc = nlp("Mayor Puerto Montt opened the new bridge on Monday.")
    assert not taken_for_person(span_of(doc, "Puerto Montt"), "PERSON", personal, SPEECH)
    doc = nlp("Puerto Montt said the bridge would open on Monday.")
    assert not taken_for_person(span_of(doc, "Puerto Montt"), "PERSON", personal, SPEECH)
    doc = nlp("The bridge was opened by John Harlow on Monday.")
    assert not taken_for_person(span_of(doc, "John Harlow"), "PERSON", personal, SPEECH)


@pytest.mark.model
def test_a_one_word_name_or_a_body_is_left_to_other_rules(nlp, personal):
    doc = nlp("The storm reached Malton on Monday.")
    assert not taken_for_person(span_of(doc, "Malton"), "PERSON", personal, SPEECH)
    doc = nlp("The storm reached Puerto Montt on Monday.")
    assert not taken_for_person(span_of(doc, "Puerto Montt"), "ORG", personal, SPEECH)
