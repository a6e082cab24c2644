"""An argument cut one item short of its list, the last item hung on the verb, is left out."""

from __future__ import annotations

from .parsed import parsed, triple_strings


def test_an_object_cut_before_the_last_item_of_its_list_is_left_out():
    doc = parsed("""
        Reports 1 nsubj NOUN NNS report
        say 1 ROOT VERB VBP say
        the 3 det DET DT the
        suspects 5 nsubjpass NOUN NNS suspect
        are 5 auxpass AUX VBP be
        described 1 ccomp VERB VBN describe
        as 5 prep ADP IN as
        coming 6 pcomp VERB VBG come
        from 7 prep ADP IN from
        Europe+ 8 pobj PROPN NNP Europe B-LOC
        , 9 punct PUNCT , ,
        North 12 compound PROPN NNP North B-GPE
        Africa+ 9 appos PROPN NNP Africa I-GPE
        , 5 punct PUNCT , ,
        and 5 cc CCONJ CC and
        the 17 det DET DT the
        Gulf 17 compound PROPN NNP Gulf B-LOC
        states 5 conj NOUN NNS state
        . 1 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert "the suspects | are described as | coming from Europe, North Africa" not in triples
    assert (
        triple_strings(doc, variants=True).count(
            "the suspects | are described as | coming from Europe, North Africa"
        )
        == 1
    )


def test_a_whole_list_is_kept():
    doc = parsed("""
        The 1 det DET DT the
        police 2 nsubj NOUN NNS police
        seized 2 ROOT VERB VBD seize
        goods+ 2 dobj NOUN NNS good
        , 3 punct PUNCT , ,
        including 3 prep VERB VBG include
        cars+ 5 pobj NOUN NNS car
        , 6 punct PUNCT , ,
        boats+ 6 conj NOUN NNS boat
        , 8 punct PUNCT , ,
        and 8 cc CCONJ CC and
        a 12 det DET DT a
        plane 8 conj NOUN NN plane
        . 2 punct PUNCT . .
    """)
    assert "The police | seized | goods, including cars, boats, and a plane" in triple_strings(doc)


def test_a_comma_between_repeated_adverbs_is_no_list():
    doc = parsed("""
        Anna 1 nsubj PROPN NNP Anna B-PERSON
        has 1 ROOT VERB VBZ have
        very+ 5 advmod ADV RB very
        , 5 punct PUNCT , ,
        very 5 advmod ADV RB very
        pale 6 amod ADJ JJ pale
        skin+ 1 dobj NOUN NN skin
        , 1 punct PUNCT , ,
        and 1 cc CCONJ CC and
        freckles+ 1 conj NOUN NNS freckle
        . 1 punct PUNCT . .
    """)
    assert "Anna | has | very, very pale skin" in triple_strings(doc)


def test_an_apposition_that_is_itself_one_item_is_no_cut_list():
    doc = parsed("""
        Police 1 nsubj NOUN NNS Police
        arrested 1 ROOT VERB VBD arrest
        Ben 3 compound PROPN NNP Ben B-PERSON
        Fox+ 1 dobj PROPN NNP Fox I-PERSON
        , 3 punct PUNCT , ,
        a 7 det DET DT a
        young 7 amod ADJ JJ young
        boy+ 3 appos NOUN NN boy
        , 3 punct PUNCT , ,
        and 1 cc CCONJ CC and
        Jo 11 compound PROPN NNP Jo B-PERSON
        Fox+ 1 conj PROPN NNP Fox I-PERSON
        . 1 punct PUNCT . .
    """)
    assert "Ben Fox | is | a young boy" in triple_strings(doc)
