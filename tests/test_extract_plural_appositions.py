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


def test_a_lone_name_after_one_of_a_plural_is_one_of_it():
    # "The letter went to one of the mayor's aides, Dan Brook.": Brook is one aide, not "are aides"
    doc = parsed("""
        The 1 det DET DT the
        letter 2 nsubj NOUN NN letter
        went 2 ROOT VERB VBD go
        to 2 prep ADP IN to
        one 3 pobj NUM CD one
        of 4 prep ADP IN of
        the 7 det DET DT the
        mayor+ 9 poss NOUN NN mayor
        's 7 case PART POS 's
        aides 5 pobj NOUN NNS aide
        , 9 punct PUNCT , ,
        Dan 12 compound PROPN NNP Dan B-PERSON
        Brook 9 appos PROPN NNP Brook I-PERSON
        . 2 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert "Dan Brook | is one of | the mayor's aides" in triples
    assert not any(t.startswith("Dan Brook | are |") for t in triples)


def test_a_lone_name_after_a_plural_inside_one_of_is_one_of_the_outer_plural():
    # "One of the lawyers for the tenants, Eva Lund, spoke.": Lund is a lawyer, not the tenants
    doc = parsed("""
        One 10 nsubj NUM CD one
        of 0 prep ADP IN of
        the 3 det DET DT the
        lawyers 1 pobj NOUN NNS lawyer
        for 3 prep ADP IN for
        the 6 det DET DT the
        tenants 4 pobj NOUN NNS tenant
        , 6 punct PUNCT , ,
        Eva 9 compound PROPN NNP Eva B-PERSON
        Lund 6 appos PROPN NNP Lund I-PERSON
        spoke 10 ROOT VERB VBD speak
        . 10 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert "Eva Lund | is one of | the lawyers for the tenants" in triples
    assert not any(t.startswith("Eva Lund |") and t.endswith("| the tenants") for t in triples)


def test_one_persons_or_places_name_after_a_plural_does_not_rename_it():
    # "Police held 40 people in the town square, Kirkby." (the parse hangs the town on "people");
    # "Talks were led by the chairman of the board of directors, Ana Ruiz." (Ruiz is the chairman)
    held = parsed("""
        Police 1 nsubj NOUN NNS police
        held 1 ROOT VERB VBD hold
        40 3 nummod NUM CD 40
        people 1 dobj NOUN NNS people
        in 3 prep ADP IN in
        the 7 det DET DT the
        town 7 compound NOUN NN town
        square 4 pobj NOUN NN square
        , 3 punct PUNCT , ,
        Kirkby 3 appos PROPN NNP Kirkby B-GPE
        . 1 punct PUNCT . .
    """)
    assert not any(t.startswith("Kirkby |") for t in triple_strings(held))
    led = parsed("""
        Talks 2 nsubjpass NOUN NNS talk
        were 2 auxpass AUX VBD be
        led 2 ROOT VERB VBN lead
        by 2 agent ADP IN by
        the 5 det DET DT the
        chairman 3 pobj NOUN NN chairman
        of 5 prep ADP IN of
        the 8 det DET DT the
        board 6 pobj NOUN NN board
        of 8 prep ADP IN of
        directors 9 pobj NOUN NNS director
        , 10 punct PUNCT , ,
        Ana 13 compound PROPN NNP Ana B-PERSON
        Ruiz 10 appos PROPN NNP Ruiz I-PERSON
        . 2 punct PUNCT . .
    """)
    assert not any(t.startswith("Ana Ruiz | are") for t in triple_strings(led))


def test_an_organisation_after_a_plural_may_be_its_group():
    # "Troops fought the militants, Al-Shabaab, near the port.": the group is the militants
    doc = parsed("""
        Troops 1 nsubj NOUN NNS troop
        fought 1 ROOT VERB VBD fight
        the 3 det DET DT the
        militants 1 dobj NOUN NNS militant
        , 3 punct PUNCT , ,
        Al+ 7 compound PROPN NNP Al B-ORG
        -+ 7 punct PUNCT HYPH - I-ORG
        Shabaab 3 appos PROPN NNP Shabaab I-ORG
        , 3 punct PUNCT , ,
        near 1 prep ADP IN near
        the 11 det DET DT the
        port 9 pobj NOUN NN port
        . 1 punct PUNCT . .
    """)
    assert any(t.startswith("Al-Shabaab |") and t.endswith("| the militants") for t in triple_strings(doc))
