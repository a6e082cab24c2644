"""Names NER cut short or mislabelled, made whole (graphbuild.resolve.mentions.cut_names and
relabels), on hand-built parses."""

from __future__ import annotations

from graphbuild.lexicons import given_names, load_lexicons
from graphbuild.resolve.mentions.cut_names import given_name_before, joined_at_links
from graphbuild.resolve.mentions.relabels import (
    acronym_taken_for_person,
    hyphenated_place,
    opening_preposition,
    surname_taken_for_place,
    titled_person_taken_for_body,
)

from .parsed import parsed

GIVEN = given_names(load_lexicons())
POSTS = frozenset({"pastor", "minister"})


def test_a_one_word_place_after_a_given_name_is_a_persons_surname():
    # blind sheet fresh19: "Vít Bárta, the Minister of Transport" gave a place "Bárta"
    doc = parsed("""
        Tomáš 1 compound PROPN NNP Tomáš
        Vrána 2 nsubj PROPN NNP Vrána B-GPE
        resigned 2 ROOT VERB VBD resign
        . 2 punct PUNCT . .
    """)
    ent = doc.ents[0]
    person, span = surname_taken_for_place(ent, ent, GIVEN, POSTS)
    assert (person.text, person.label_) == ("Tomáš Vrána", "PERSON")
    assert span is person


def test_a_place_after_a_word_that_is_no_given_name_stays_a_place():
    doc = parsed("""
        Police 1 nsubj NOUN NNS police
        left 1 ROOT VERB VBD leave
        Lyon 1 dobj PROPN NNP Lyon B-GPE
        . 1 punct PUNCT . .
    """)
    ent = doc.ents[0]
    assert surname_taken_for_place(ent, ent, GIVEN, POSTS) == (ent, ent)


def test_a_title_that_lists_of_names_also_hold_opens_no_name():
    doc = parsed("""
        Pastor 1 compound PROPN NNP Pastor
        Jones 2 nsubj PROPN NNP Jones B-PERSON
        spoke 2 ROOT VERB VBD speak
        . 2 punct PUNCT . .
    """)
    span = doc.ents[0]
    assert given_name_before(span, GIVEN | {"pastor"}, POSTS).text == "Jones"


def test_a_word_of_capitals_ner_took_for_a_person_is_a_body():
    # blind sheet fresh19: a station's call sign "KSL" was a person, and "He" resolved to it
    doc = parsed("""
        KXTV 1 nsubj PROPN NNP KXTV B-PERSON
        reported 1 ROOT VERB VBD report
        it 1 dobj PRON PRP it
        . 1 punct PUNCT . .
    """)
    ent = doc.ents[0]
    body, span = acronym_taken_for_person(ent, ent)
    assert (body.text, body.label_) == ("KXTV", "ORG")
    assert span is body
    doc = parsed("""
        Smith 1 nsubj PROPN NNP Smith B-PERSON
        reported 1 ROOT VERB VBD report
        . 1 punct PUNCT . .
    """)
    assert acronym_taken_for_person(doc.ents[0], doc.ents[0])[0].label_ == "PERSON"


def _glued(words: list[str], spaces: list[bool], ents: list[str]):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, ents=ents)


def test_a_place_name_glued_by_hyphens_to_a_linking_word_goes_on_through_them():
    # blind sheet fresh19: "the village of Moreton-on-Lugg" gave a town "Moreton"
    doc = _glued(
        ["near", "Aston", "-", "on", "-", "Trent", "today"],
        [True, False, False, False, False, True, False],
        ["O", "B-PERSON", "O", "O", "O", "O", "O"],
    )
    place, span = hyphenated_place(doc.ents[0], doc.ents[0])
    assert (place.text, place.label_) == ("Aston-on-Trent", "GPE")
    assert span is place


def test_two_names_joined_by_a_hyphen_alone_stay_apart():
    doc = _glued(
        ["the", "Israel", "-", "Gaza", "war"],
        [True, False, False, True, False],
        ["O", "B-GPE", "O", "O", "O"],
    )
    assert hyphenated_place(doc.ents[0], doc.ents[0])[0].text == "Israel"


def test_a_name_in_capitals_after_a_title_stays_a_person():
    # a transcript's "MR KIRBY:" is a person
    doc = parsed("""
        MR 1 compound PROPN NNP mr
        KIRBY 2 nsubj PROPN NNP KIRBY B-PERSON
        said 2 ROOT VERB VBD say
        . 2 punct PUNCT . .
    """)
    ent = doc.ents[0]
    assert acronym_taken_for_person(ent, ent, frozenset({"mr"}))[0].label_ == "PERSON"


def test_a_title_before_a_given_name_and_a_surname_ner_took_for_a_body_is_a_person():
    doc = parsed("""
        Councilwoman 3 compound PROPN NNP Councilwoman B-ORG
        Rosabella 3 compound PROPN NNP Rosabella I-ORG
        Lindqvist 4 nsubj PROPN NNP Lindqvist I-ORG
        resigned 4 ROOT VERB VBD resign
        . 4 punct PUNCT . .
    """)
    ent = doc.ents[0]
    person, span = titled_person_taken_for_body(ent, ent, GIVEN, POSTS | {"councilwoman"})
    assert (person.text, person.label_) == ("Councilwoman Rosabella Lindqvist", "PERSON")
    assert span is person


def test_a_body_after_a_countrys_initials_stays_a_body():
    doc = parsed("""
        US 3 compound PROPN NNP US B-ORG
        Supreme 3 compound PROPN NNP Supreme I-ORG
        Court 4 nsubj PROPN NNP Court I-ORG
        ruled 4 ROOT VERB VBD rule
        . 4 punct PUNCT . .
    """)
    ent = doc.ents[0]
    assert titled_person_taken_for_body(ent, ent, GIVEN, POSTS | {"us"})[0].label_ == "ORG"


def test_a_preposition_opening_the_sentence_is_cut_off_the_name_it_places():
    # re3d dev: a sentence opening "Near <town>," gave a person "Near <town>"
    doc = parsed("""
        Near 2 compound PROPN NNP Near B-PERSON
        Beit 2 compound PROPN NNP Beit I-PERSON
        Sahour 5 nsubj PROPN NNP Sahour I-PERSON
        , 5 punct PUNCT , ,
        soldiers 5 nsubj NOUN NNS soldier
        closed 5 ROOT VERB VBD close
        roads 5 dobj NOUN NNS road
        . 5 punct PUNCT . .
    """)
    ent = doc.ents[0]
    place, span = opening_preposition(ent, ent)
    assert (place.text, place.label_) == ("Beit Sahour", "GPE")
    assert span is place


def test_a_body_after_an_opening_preposition_keeps_its_label():
    doc = parsed("""
        At 1 compound PROPN NNP At B-ORG
        Norvik 4 nsubj PROPN NNP Norvik I-ORG
        , 4 punct PUNCT , ,
        workers 4 nsubj NOUN NNS worker
        struck 4 ROOT VERB VBD strike
        . 4 punct PUNCT . .
    """)
    body = opening_preposition(doc.ents[0], doc.ents[0])[0]
    assert (body.text, body.label_) == ("Norvik", "ORG")


def test_a_name_opening_the_sentence_without_a_preposition_stays_whole():
    doc = parsed("""
        Ana 1 compound PROPN NNP Ana B-PERSON
        Lorenz 2 nsubj PROPN NNP Lorenz I-PERSON
        spoke 2 ROOT VERB VBD speak
        . 2 punct PUNCT . .
    """)
    person = opening_preposition(doc.ents[0], doc.ents[0])[0]
    assert (person.text, person.label_) == ("Ana Lorenz", "PERSON")


def test_a_title_of_two_words_before_a_given_name_and_a_surname_ner_took_for_a_body_is_a_person():
    # fresh40 (issue 18): "Police Constable <given> <surname>" tagged ORG left "Mitchell" and "he" to a
    # law firm of the same surname
    doc = parsed("""
        Police 4 compound PROPN NNP Police B-ORG
        Constable 4 compound PROPN NNP Constable I-ORG
        Rosabella 4 compound PROPN NNP Rosabella I-ORG
        Lindqvist 5 nsubj PROPN NNP Lindqvist I-ORG
        resigned 5 ROOT VERB VBD resign
        . 5 punct PUNCT . .
    """)
    ent = doc.ents[0]
    person, span = titled_person_taken_for_body(ent, ent, GIVEN, POSTS | {"police constable", "constable"})
    assert (person.text, person.label_) == ("Police Constable Rosabella Lindqvist", "PERSON")
    assert span is person


def test_a_two_word_title_before_a_body_word_stays_a_body():
    doc = parsed("""
        Police 4 compound PROPN NNP Police B-ORG
        Constable 4 compound PROPN NNP Constable I-ORG
        Rosabella 4 compound PROPN NNP Rosabella I-ORG
        Academy 5 nsubj PROPN NNP Academy I-ORG
        Trust 5 nsubj PROPN NNP Trust I-ORG
        closed 5 ROOT VERB VBD close
        . 5 punct PUNCT . .
    """)
    ent = doc.ents[0]
    posts = POSTS | {"police constable", "academy"}
    assert titled_person_taken_for_body(ent, ent, GIVEN, posts)[0].label_ == "ORG"


def test_a_name_of_an_organisation_ending_in_a_legal_form_after_of_is_one_name():
    doc = parsed("""
        He 1 nsubj PRON PRP he
        chaired 1 ROOT VERB VBD chair
        Harbour 3 compound PROPN NNP Harbour B-ORG
        Festival 1 dobj PROPN NNP Festival I-ORG
        of 3 prep ADP IN of
        Dunmore 6 compound PROPN NNP Dunmore B-ORG
        Inc. 4 pobj PROPN NNP Inc. I-ORG
        . 1 punct PUNCT . .
    """)
    assert [(e.text, e.label_) for e in joined_at_links(doc.ents)] == [
        ("Harbour Festival of Dunmore Inc.", "ORG")
    ]


def test_two_organisations_joined_by_of_without_a_legal_form_stay_two():
    doc = parsed("""
        He 1 nsubj PRON PRP he
        chaired 1 ROOT VERB VBD chair
        Harbour 3 compound PROPN NNP Harbour B-ORG
        Festival 1 dobj PROPN NNP Festival I-ORG
        of 3 prep ADP IN of
        Dunmore 6 compound PROPN NNP Dunmore B-ORG
        Council 4 pobj PROPN NNP Council I-ORG
        . 1 punct PUNCT . .
    """)
    assert [e.text for e in joined_at_links(doc.ents)] == ["Harbour Festival", "Dunmore Council"]
