"""Names NER cut inside a longer name, made whole (graphbuild.resolve.mentions.name_runs), on
invented text with the NER labels set, so the rules are read whatever the model guesses."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from .found_mentions import found_mentions


def texts(nlp, text: str, spans: list[tuple[str, str]], *, names: bool = False) -> list[str]:
    """The mentions' texts (or ``names``) when NER labels exactly ``spans`` ((words, label), first
    occurrence each)."""
    doc = nlp(text)
    ents = [doc.char_span(text.index(w), text.index(w) + len(w), label=label) for w, label in spans]
    doc.ents = [Span(doc, e.start, e.end, label=e.label_) for e in ents]
    return [m.name if names else m.text for m in found_mentions(nlp, doc)]


@pytest.mark.model
def test_a_people_word_modifying_an_untagged_body_name_is_a_word_of_it(nlp):
    found = texts(nlp, "The Norvish Prosecution Authority opened an inquiry.", [("Norvish", "NORP")])
    assert "Norvish Prosecution Authority" in found
    assert "Norvish" not in found


@pytest.mark.model
def test_a_possessive_inside_a_name_before_a_body_head_is_one_name(nlp):
    text = "The hearing was held at the Kellbridge Magistrate's Court on Monday."
    found = texts(nlp, text, [("Kellbridge Magistrate's", "ORG")])
    assert "Kellbridge Magistrate's Court" in found


@pytest.mark.model
def test_an_owner_and_its_thing_stay_apart(nlp):
    found = texts(nlp, "Reviewers praised Zentrix's Gallop for its screen.", [("Zentrix's", "ORG")])
    assert "Zentrix" in found


@pytest.mark.model
def test_a_title_after_a_people_word_is_a_person_s(nlp):
    text = "The Norvish President Ela Marrow spoke."
    found = texts(nlp, text, [("Norvish", "NORP"), ("Ela Marrow", "PERSON")], names=True)
    assert "Norvish President" not in found  # no body's name; the post stays a role ("norvish president")


@pytest.mark.model
def test_a_name_ended_on_a_preposition_goes_on_over_its_untagged_object(nlp):
    text = "Ann Lee, director of the Sleep Research Center at Children's Hospital of Dunmore, said so."
    found = texts(nlp, text, [("Ann Lee", "PERSON"), ("the Sleep Research Center at", "ORG")])
    assert "Sleep Research Center at Children's Hospital of Dunmore" in found


@pytest.mark.model
def test_a_name_never_ends_on_a_preposition_before_a_place(nlp):
    text = "He studied at the University of Harlow in Wessexland."
    found = texts(nlp, text, [("University of Harlow in", "ORG"), ("Wessexland", "GPE")])
    assert "University of Harlow" in found and "Wessexland" in found


@pytest.mark.model
def test_a_proper_noun_before_and_sharing_the_name_s_head_opens_it(nlp):
    text = "Marlow and Fenby University Hospitals NHS Trust was fined on Tuesday."
    found = texts(nlp, text, [("Fenby University Hospitals NHS Trust", "ORG")])
    assert "Marlow and Fenby University Hospitals NHS Trust" in found
