"""Mentions from NER labels (graphbuild.resolve.mentions.ner), on real sentences."""

from __future__ import annotations

import pytest

from .found_mentions import mention_names


@pytest.mark.model
def test_find_mentions_groups_are_not_people(nlp):
    found = mention_names(nlp, "Bashir recruited Hutu nomads, and the Mujahideen fought alongside Islamists.")
    # "Hutu nomads" is one mention of the Hutu (issue 14: a people and "... nomads" are one node)
    assert found["Hutu nomads"] == ("Hutus", "Actor", "Group")
    assert found["Mujahideen"][1:] == ("Actor", "ArmedGroup")
    assert found["Islamists"][1:] == ("Actor", "Group")


@pytest.mark.model
def test_find_mentions_list_of_known_towns_after_a_preposition_is_places(nlp):
    found = mention_names(nlp, "Crews came from Dolgellau, Harlech, Barmouth and Bala after the alarm.")
    assert all(found[town][1] == "Region" for town in ("Harlech", "Barmouth", "Bala"))


@pytest.mark.model
def test_find_mentions_list_of_surnames_is_no_list_of_towns(nlp):
    found = mention_names(nlp, "Smith, Jones and Taylor met the minister on Monday.")
    assert all(found[name][1] == "Actor" for name in ("Smith", "Jones", "Taylor") if name in found)


def test_name_of_reads_the_entity_off_iob_tags_as_doc_ents_does():
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from graphbuild.resolve.mentions.ner import _name_of

    words = ["Troops", "of", "New", "Ruritania", "met", "Anna", "Vesk", "Bo", "Lind", "."]
    doc = Doc(Vocab(), words=words)
    # two adjacent entities ("Anna Vesk" then "Bo Lind" would merge if "B" were read as "I")
    doc.ents = [Span(doc, 2, 4, "GPE"), Span(doc, 5, 7, "PERSON"), Span(doc, 7, 9, "PERSON")]
    for token in doc:
        expected = next((e for e in doc.ents if e.start <= token.i < e.end), doc[token.i : token.i + 1])
        found = _name_of(token)
        assert (found.start, found.end) == (expected.start, expected.end)
    assert _name_of(doc[3]).text == "New Ruritania"
    assert _name_of(doc[4]).text == "met"
    assert _name_of(doc[7]).text == "Bo Lind"
