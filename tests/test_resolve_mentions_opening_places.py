"""A sentence's opening "Near X," names a place NER left untagged
(graphbuild.resolve.mentions.opening_places), on hand-built parses."""

from __future__ import annotations

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.mentions.opening_places import opening_places

from .parsed import parsed

LEXICONS = load_lexicons()


def test_untagged_words_after_an_opening_near_and_before_the_comma_are_a_town():
    # re3d dev: "Near <town>, one strike destroyed ..." gave no node for an unknown town
    doc = parsed("""
        Near 2 compound PROPN NNP Near
        Kafr 2 compound PROPN NNP Kafr
        Tulam 6 nsubj PROPN NNP Tulam
        , 6 punct PUNCT , ,
        one 5 nummod NUM CD one
        raid 6 nsubj NOUN NN raid
        destroyed 6 ROOT VERB VBD destroy
        a 8 det DET DT a
        truck 6 dobj NOUN NN truck
        . 6 punct PUNCT . .
    """)
    [place] = opening_places(doc, LEXICONS)
    assert (place.text, place.type, place.subtype) == ("Kafr Tulam", "Region", "City")


def test_a_name_with_a_lower_case_particle_is_read_whole():
    doc = parsed("""
        Outside 3 prep ADP IN outside
        Tell 3 compound PROPN NNP Tell
        al 3 compound PROPN NNP al
        Harir 7 nsubj PROPN NNP Harir
        , 7 punct PUNCT , ,
        police 7 nsubj NOUN NNS police
        stopped 7 ROOT VERB VBD stop
        . 6 punct PUNCT . .
    """)
    assert [m.text for m in opening_places(doc, LEXICONS)] == ["Tell al Harir"]


def test_a_name_ner_already_tagged_is_left_to_ner():
    doc = parsed("""
        Near 1 prep ADP IN near
        Norvik 4 pobj PROPN NNP Norvik B-ORG
        , 4 punct PUNCT , ,
        workers 4 nsubj NOUN NNS worker
        marched 4 ROOT VERB VBD march
        . 4 punct PUNCT . .
    """)
    assert opening_places(doc, LEXICONS) == []


def test_no_place_without_the_closing_comma_or_an_opening_preposition():
    doc = parsed("""
        Near 1 advmod ADV RB near
        Elm 2 nsubj PROPN NNP Elm
        stood 2 ROOT VERB VBD stand
        a 4 det DET DT a
        barn 2 dobj NOUN NN barn
        . 2 punct PUNCT . .
    """)
    assert opening_places(doc, LEXICONS) == []
    doc = parsed("""
        After 1 prep ADP IN after
        Easter 4 pobj PROPN NNP Easter
        , 4 punct PUNCT , ,
        crowds 4 nsubj NOUN NNS crowd
        gathered 4 ROOT VERB VBD gather
        . 4 punct PUNCT . .
    """)
    assert opening_places(doc, LEXICONS) == []
