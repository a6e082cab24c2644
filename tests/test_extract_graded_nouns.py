"""A noun graded by a scale word and a number that the parser split into two phrases."""

from __future__ import annotations

from graphbuild.extract.graded_nouns import mend_graded_nouns

from .parsed import parsed, triple_strings


def test_a_scale_word_split_off_as_a_second_subject_grades_the_noun():
    doc = parsed("""
        A 1 det DET DT a
        category 4 nsubj NOUN NN category
        4 3 nummod NUM CD 4
        hurricane 4 nsubj NOUN NN hurricane
        hit 4 ROOT VERB VBD hit
        the 6 det DET DT the
        island 4 dobj NOUN NN island
        . 4 punct PUNCT . .
    """)
    assert mend_graded_nouns(doc) == 1
    assert (doc[1].dep_, doc[1].head.i, doc[0].head.i) == ("compound", 3, 3)
    assert triple_strings(doc) == ["A category 4 hurricane | hit | the island"]


def test_two_nouns_in_different_places_are_left_alone():
    doc = parsed("""
        The 1 det DET DT the
        storm 2 nsubj NOUN NN storm
        left 2 ROOT VERB VBD leave
        3 4 nummod NUM CD 3
        houses 2 dobj NOUN NNS house
        . 2 punct PUNCT . .
    """)
    assert mend_graded_nouns(doc) == 0
