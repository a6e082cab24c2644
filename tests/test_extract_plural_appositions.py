"""Appositions on a plural common noun (extract/plural_appositions.py): variants, or "is one of"."""

from __future__ import annotations

from .parsed import parsed, triple_strings


def test_an_apposition_describing_the_clause_is_no_fact_of_the_plural_before_it():
    # "Builders put up flats in the valley, a move critics opposed": the move is the building
    doc = parsed("""
        Builders 1 nsubj NOUN NNS builder
        built 1 ROOT VERB VBD build
        flats 1 dobj NOUN NNS flat
        in 2 prep ADP IN in
        the 5 det DET DT the
        valley 3 pobj NOUN NN valley
        , 2 punct PUNCT , ,
        a 8 det DET DT a
        move 2 appos NOUN NN move
        critics 10 nsubj NOUN NNS critic
        opposed 8 relcl VERB VBD oppose
        . 1 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert not any(t.startswith("flats") and t.endswith("| a move") for t in triples)
    # the relative clause keeps its own fact, read with its object gap
    assert "critics | opposed | a move" in triples
    assert any(t.endswith("| a move critics opposed") for t in triple_strings(doc, variants=True))


def test_a_part_of_a_plural_set_off_after_it_is_no_fact_of_the_plural():
    doc = parsed("""
        She 1 nsubj PRON PRP she
        owns 1 ROOT VERB VBZ own
        stakes 1 dobj NOUN NNS stake
        in 2 prep ADP IN in
        local 5 amod ADJ JJ local
        firms 3 pobj NOUN NNS firm
        , 5 punct PUNCT , ,
        chiefly 9 advmod ADV RB chiefly
        small 9 amod ADJ JJ small
        bakeries 5 appos NOUN NNS bakery
        . 1 punct PUNCT . .
    """)
    assert not any(t.startswith("local firms |") for t in triple_strings(doc))


def test_names_of_the_plural_members_are_still_stated():
    doc = parsed("""
        The 1 det DET DT the
        founders 9 nsubj NOUN NNS founder
        of 1 prep ADP IN of
        the 4 det DET DT the
        studio 2 pobj NOUN NN studio
        , 1 punct PUNCT , ,
        Ana 7 compound PROPN NNP Ana B-PERSON
        Ruiz 1 appos PROPN NNP Ruiz I-PERSON
        , 1 punct PUNCT , ,
        spoke 9 ROOT VERB VBD speak
        . 9 punct PUNCT . .
    """)
    assert any(t.startswith("Ana Ruiz |") for t in triple_strings(doc))


def test_a_name_the_tagger_read_as_a_plural_keeps_its_apposition():
    doc = parsed("""
        Menendes 7 nsubjpass NOUN NNS menendes
        , 0 punct PUNCT , ,
        a 4 det DET DT a
        former 4 amod ADJ JJ former
        clerk 0 appos NOUN NN clerk
        , 0 punct PUNCT , ,
        was 7 auxpass AUX VBD be
        arrested 7 ROOT VERB VBN arrest
        . 7 punct PUNCT . .
    """)
    assert any(t.startswith("Menendes |") and t.endswith("| a former clerk") for t in triple_strings(doc))


def test_a_bracketed_restatement_of_a_plural_is_still_stated():
    doc = parsed("""
        The 1 det DET DT the
        treaty 2 nsubj NOUN NN treaty
        banned 2 ROOT VERB VBD ban
        refrigerant 4 compound NOUN NN refrigerant
        gases 2 dobj NOUN NNS gas
        ( 6 punct PUNCT -LRB- (
        RGs 4 appos PROPN NNPS RGs
        ) 6 punct PUNCT -RRB- )
        . 2 punct PUNCT . .
    """)
    assert any("RGs" in t and "refrigerant gases" in t for t in triple_strings(doc))


def test_each_name_listed_after_a_plural_is_one_of_it(nlp):
    doc = nlp("Two other depots, Elm Park and Oak Hill, were shut on Friday.")
    facts = [f"{t.subject.text} | {t.relation.text} | {t.object.text}" for t in doc._.gb_triples]
    assert "Elm Park | is one of | Two other depots" in facts
    assert not any("| are |" in f for f in facts)


def test_a_name_listed_after_a_role_plural_still_holds_the_role(nlp):
    doc = nlp("The founders of Norvik Media, Tom Berg and Lisa Holm, were charged with fraud.")
    facts = [f"{t.subject.text} | {t.relation.text} | {t.object.text}" for t in doc._.gb_triples]
    assert "Tom Berg | is one of | The founders of Norvik Media" in facts
    assert "Tom Berg | be founder of | Norvik Media" in facts


def test_each_name_of_a_couple_is_one_of_the_couple():
    # "A married couple, Ana Ruiz and Li Wei, opened a bakery.": neither name alone is the couple
    doc = parsed("""
        A 2 det DET DT a
        married 2 amod ADJ JJ married
        couple 11 nsubj NOUN NN couple
        , 2 punct PUNCT , ,
        Ana 5 compound PROPN NNP Ana B-PERSON
        Ruiz 2 appos PROPN NNP Ruiz I-PERSON
        and 5 cc CCONJ CC and
        Li 8 compound PROPN NNP Li B-PERSON
        Wei 5 conj PROPN NNP Wei I-PERSON
        , 5 punct PUNCT , ,
        also 11 advmod ADV RB also
        opened 11 ROOT VERB VBD open
        . 11 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert "Ana Ruiz | is one of | A married couple" in triples
    assert "Ana Ruiz | is | A married couple" not in triples


def test_names_a_title_precedes_without_a_comma_are_each_the_title():
    # "Guests include chairman Ana Ruiz and director Li Wei.": Ruiz is the chairman
    doc = parsed("""
        Guests 1 nsubj NOUN NNS guest
        include 1 ROOT VERB VBP include
        chairman 1 dobj NOUN NN chairman
        Ana 4 compound PROPN NNP Ana B-PERSON
        Ruiz 2 appos PROPN NNP Ruiz I-PERSON
        and 4 cc CCONJ CC and
        director 7 compound NOUN NN director
        Li 8 compound PROPN NNP Li B-PERSON
        Wei 4 conj PROPN NNP Wei I-PERSON
        . 1 punct PUNCT . .
    """)
    assert "Ana Ruiz | is | chairman" in triple_strings(doc)
