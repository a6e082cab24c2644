"""Names used for one thing they stand for (a car, a race), not the entity they name."""

from __future__ import annotations

from graphbuild.resolve.mentions.instances import instance_reading
from graphbuild.resolve.mentions.mention import EntityMention

from .parsed import parsed


def _mention(doc, i: int) -> EntityMention:
    return EntityMention(i, i + 1, doc[i].text, doc[i].text, "Actor", "Organization", "ner")


def test_a_makers_name_after_an_indefinite_article_is_one_of_its_cars():
    doc = parsed("""
        A 1 det DET DT a
        Peugeot 2 nsubj PROPN NNP Peugeot B-ORG
        hit 2 ROOT VERB VBD hit
        the 4 det DET DT the
        barrier 2 dobj NOUN NN barrier
        . 2 punct PUNCT . .
    """)
    assert instance_reading(doc, _mention(doc, 1))


def test_a_makers_name_after_a_model_year_is_one_of_its_cars():
    doc = parsed("""
        The 3 det DET DT the
        red 3 amod ADJ JJ red
        2004 3 nummod NUM CD 2004 B-DATE
        Volvo 4 nsubj PROPN NNP Volvo B-ORG
        overturned 4 ROOT VERB VBD overturn
        . 4 punct PUNCT . .
    """)
    assert instance_reading(doc, _mention(doc, 3))


def test_a_companys_name_with_a_definite_article_is_the_company():
    doc = parsed("""
        Shares 1 nsubj NOUN NNS share
        fell 1 ROOT VERB VBD fall
        after 1 prep ADP IN after
        the 4 det DET DT the
        Peugeot 5 nsubj PROPN NNP Peugeot B-ORG
        warned 2 pcomp VERB VBD warn
        . 1 punct PUNCT . .
    """)
    assert not instance_reading(doc, _mention(doc, 4))


def test_a_place_after_an_indefinite_article_stays_the_place():
    doc = parsed("""
        They 1 nsubj PRON PRP they
        want 1 ROOT VERB VBP want
        a 4 det DET DT a
        united 4 amod ADJ JJ united
        Korea 1 dobj PROPN NNP Korea B-GPE
        . 1 punct PUNCT . .
    """)
    assert not instance_reading(doc, _mention(doc, 4))


def test_a_places_name_counted_by_a_number_after_it_is_a_race_held_there():
    doc = parsed("""
        She 1 nsubj PRON PRP she
        won 1 ROOT VERB VBD win
        the 3 det DET DT the
        Brickfield 1 dobj PROPN NNP Brickfield B-GPE
        400 3 nummod NUM CD 400 B-CARDINAL
        . 1 punct PUNCT . .
    """)
    assert instance_reading(doc, _mention(doc, 3))


def test_a_place_before_a_number_of_another_phrase_stays_the_place():
    doc = parsed("""
        In 5 prep ADP IN in
        Brickfield 0 pobj PROPN NNP Brickfield B-GPE
        40 3 nummod NUM CD 40 B-CARDINAL
        homes 5 nsubjpass NOUN NNS home
        were 5 auxpass AUX VBD be
        flooded 5 ROOT VERB VBN flood
        . 5 punct PUNCT . .
    """)
    assert not instance_reading(doc, _mention(doc, 1))


def test_an_acronym_after_an_indefinite_article_stays_a_name():
    doc = parsed("""
        She 1 nsubj PRON PRP she
        received 1 ROOT VERB VBD receive
        an 3 det DET DT an
        MBE 1 dobj PROPN NNP MBE B-ORG
        . 1 punct PUNCT . .
    """)
    assert not instance_reading(doc, _mention(doc, 3))


def test_a_name_after_a_year_that_modifies_another_noun_is_no_car():
    doc = parsed("""
        They 1 nsubj PRON PRP they
        recalled 1 ROOT VERB VBD recall
        the 5 det DET DT the
        2009 4 nummod NUM CD 2009 B-DATE
        Velmar 5 compound PROPN NNP Velmar B-ORG
        floods 1 dobj NOUN NNS flood
        . 1 punct PUNCT . .
    """)
    assert not instance_reading(doc, _mention(doc, 4))


def test_a_place_before_a_score_of_two_digits_stays_the_place():
    # a score whose dash was lost ("1-0" written "10") counts nothing the place is named with
    doc = parsed("""
        Norvia 1 nsubj PROPN NNP Norvia B-GPE
        beat 1 ROOT VERB VBD beat
        Dalvia 1 dobj PROPN NNP Dalvia B-GPE
        10 2 nummod NUM CD 10 B-CARDINAL
        . 1 punct PUNCT . .
    """)
    assert not instance_reading(doc, _mention(doc, 2))
