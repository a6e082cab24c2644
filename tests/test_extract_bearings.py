"""A distance object runs on through its bearing ("12 km north of X"): hand-built parses."""

from __future__ import annotations

from .parsed import parsed, triple_strings


def test_distance_object_keeps_its_bearing_and_place():
    doc = parsed("""
        The 1 det DET DT the
        ferry 3 nsubjpass NOUN NN ferry
        was 3 auxpass AUX VBD be
        stranded 3 ROOT VERB VBN strand
        40 5 nummod NUM CD 40
        miles 3 dobj NOUN NNS mile
        north 5 appos NOUN NN north
        of 6 prep ADP IN of
        the 9 det DET DT the
        harbour 7 pobj NOUN NN harbour
        . 3 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["The ferry | was stranded | 40 miles north of the harbour"]


def test_conversion_in_brackets_and_hyphened_bearing_are_passed():
    doc = parsed("""
        The 1 det DET DT the
        quake 2 nsubj NOUN NN quake
        was 2 ROOT AUX VBD be
        30 4 nummod NUM CD 30
        kilometres 2 attr NOUN NNS kilometre
        (+ 4 punct PUNCT -LRB- (
        19 7 nummod NUM CD 19
        miles+ 4 appos NOUN NNS mile
        ) 4 punct PUNCT -RRB- )
        north+ 11 amod ADJ JJ north
        -+ 11 punct PUNCT HYPH -
        northwest 4 appos NOUN NN northwest
        of 11 prep ADP IN of
        Lakeport 12 pobj PROPN NNP Lakeport
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["The quake | was | 30 kilometres (19 miles) north-northwest of Lakeport"]


def test_distance_without_bearing_is_left_alone():
    doc = parsed("""
        The 1 det DET DT the
        runners 2 nsubj NOUN NNS runner
        covered 2 ROOT VERB VBD cover
        20 4 nummod NUM CD 20
        kilometres 2 dobj NOUN NNS kilometre
        on 2 prep ADP IN on
        Sunday 5 pobj PROPN NNP Sunday
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["The runners | covered | 20 kilometres | on Sunday"]


def test_from_phrase_hung_on_the_distance_is_kept():
    doc = parsed("""
        The 1 det DET DT the
        camp 2 nsubj NOUN NN camp
        is 2 ROOT AUX VBZ be
        15 4 nummod NUM CD 15
        kilometres 2 attr NOUN NNS kilometre
        from 4 prep ADP IN from
        the 7 det DET DT the
        border 5 pobj NOUN NN border
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["The camp | is | 15 kilometres from the border"]
