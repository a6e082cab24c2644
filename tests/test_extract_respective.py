"""Coordinations paired "respectively": one fact per pair, never a cross pair."""

from __future__ import annotations

from .parsed import parsed, triple_strings


def test_two_lists_of_one_length_pair_off_in_order():
    doc = parsed("""
        Oslo 3 nsubj PROPN NNP Oslo
        and 0 cc CCONJ CC and
        Rome 0 conj PROPN NNP Rome
        won 3 ROOT VERB VBD win
        gold 3 dobj NOUN NN gold
        and 4 cc CCONJ CC and
        silver 4 conj NOUN NN silver
        respectively 3 advmod ADV RB respectively
        . 3 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["Oslo | won | gold", "Rome | won | silver"]
    assert "Oslo | won | silver" in triple_strings(doc, variants=True)  # only for Open IE benchmarks


def test_the_paired_word_of_a_preposition_is_each_subject_own():
    doc = parsed("""
        Ada 4 nsubjpass PROPN NNP Ada
        and 0 cc CCONJ CC and
        Ben 0 conj PROPN NNP Ben
        were 4 auxpass AUX VBD be
        fined 4 ROOT VERB VBN fine
        for 4 prep ADP IN for
        speeding 5 pobj NOUN NN speeding
        and 6 cc CCONJ CC and
        theft 6 conj NOUN NN theft
        , 4 punct PUNCT , ,
        respectively 4 advmod ADV RB respectively
        . 4 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["Ada | were fined for | speeding", "Ben | were fined for | theft"]


def test_the_adverb_hung_on_the_last_word_is_no_part_of_it():
    doc = parsed("""
        Ann 3 nsubj PROPN NNP Ann
        and 0 cc CCONJ CC and
        Eve 0 conj PROPN NNP Eve
        are 3 ROOT AUX VBP be
        the 5 det DET DT the
        chair 3 attr NOUN NN chair
        and 5 cc CCONJ CC and
        the 8 det DET DT the
        clerk 5 conj NOUN NN clerk
        , 8 punct PUNCT , ,
        respectively 8 advmod ADV RB respectively
        . 3 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["Ann | are | the chair", "Eve | are | the clerk"]


def test_lists_of_two_lengths_pair_nothing():
    doc = parsed("""
        Oslo 3 nsubj PROPN NNP Oslo
        and 0 cc CCONJ CC and
        Rome 0 conj PROPN NNP Rome
        won 3 ROOT VERB VBD win
        gold 3 dobj NOUN NN gold
        , 4 punct PUNCT , ,
        silver 4 conj NOUN NN silver
        and 6 cc CCONJ CC and
        bronze 6 conj NOUN NN bronze
        respectively 3 advmod ADV RB respectively
        . 3 punct PUNCT . .
    """)
    assert triple_strings(doc) == []
