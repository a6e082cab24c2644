"""Appositions hung on the wrong noun (extract/misplaced_appositions.py) state no fact of it."""

from __future__ import annotations

from .parsed import parsed, triple_strings


def test_an_apposition_after_the_verbs_words_renames_no_subject():
    # "The deal helped the firm enter new markets, a sector worth billions.": the sector is the
    # markets, which the parse hung on the subject
    doc = parsed("""
        The 1 det DET DT the
        deal 2 nsubj NOUN NN deal
        helped 2 ROOT VERB VBD help
        the 4 det DET DT the
        firm 5 nsubj NOUN NN firm
        enter 2 ccomp VERB VB enter
        new 7 amod ADJ JJ new
        markets 5 dobj NOUN NNS market
        , 2 punct PUNCT , ,
        a 10 det DET DT a
        sector 1 appos NOUN NN sector
        worth 10 amod ADJ JJ worth
        billions 11 npadvmod NOUN NNS billion
        . 2 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert not any(t.startswith("The deal | is |") for t in triples)
    assert any(t.startswith("The deal | is |") for t in triple_strings(doc, variants=True))


def test_an_apposition_beside_its_noun_is_still_stated():
    doc = parsed("""
        Ana 1 compound PROPN NNP Ana B-PERSON
        Ruiz 6 nsubj PROPN NNP Ruiz I-PERSON
        , 1 punct PUNCT , ,
        a 4 det DET DT a
        chemist 1 appos NOUN NN chemist
        , 1 punct PUNCT , ,
        spoke 6 ROOT VERB VBD speak
        . 6 punct PUNCT . .
    """)
    assert "Ana Ruiz | is | a chemist" in triple_strings(doc)


def test_a_description_after_a_town_and_its_region_is_no_fact_of_the_region():
    # "Planes flew from Elmford, Ontario, the nearest base to the lake.": the base is not Ontario
    doc = parsed("""
        Planes 1 nsubj NOUN NNS plane
        flew 1 ROOT VERB VBD fly
        from 1 prep ADP IN from
        Elmford 2 pobj PROPN NNP Elmford B-GPE
        , 3 punct PUNCT , ,
        Ontario 3 appos PROPN NNP Ontario B-GPE
        , 5 punct PUNCT , ,
        the 9 det DET DT the
        nearest 9 amod ADJ JJS near
        base 5 appos NOUN NN base
        to 9 prep ADP IN to
        the 12 det DET DT the
        lake 10 pobj NOUN NN lake
        . 1 punct PUNCT . .
    """)
    assert not any(t.startswith("Ontario | is |") for t in triple_strings(doc))


def test_an_apposition_after_the_subjects_predicate_renames_the_subject():
    # "The ruling is seen as a landmark, the first ruling of its kind.": the ruling is the first
    doc = parsed("""
        The 1 det DET DT the
        ruling 3 nsubjpass NOUN NN ruling
        is 3 auxpass AUX VBZ be
        seen 3 ROOT VERB VBN see
        as 3 prep ADP IN as
        a 6 det DET DT a
        landmark 4 pobj NOUN NN landmark
        , 1 punct PUNCT , ,
        the 10 det DET DT the
        first 10 amod ADJ JJ first
        ruling 1 appos NOUN NN ruling
        of 10 prep ADP IN of
        its 13 poss PRON PRP$ its
        kind 11 pobj NOUN NN kind
        . 3 punct PUNCT . .
    """)
    assert "The ruling | is | the first ruling of its kind" in triple_strings(doc)
