"""A short bracket inside a noun phrase keeps the phrase whole; one at its end does not widen it."""

from __future__ import annotations

from .parsed import parsed, triple_strings


def test_an_acronym_before_the_head_noun_does_not_cut_the_phrase():
    doc = parsed("""
        The 1 det DET DT the
        fight 12 nsubj NOUN NN fight
        with 1 prep ADP IN with
        the 11 det DET DT the
        three 11 nummod NUM CD three B-CARDINAL
        Royal 11 nmod PROPN NNP Royal B-ORG
        Irish 11 nmod PROPN NNP Irish I-ORG
        Constabulary 11 nmod PROPN NNP Constabulary I-ORG
        (+ 7 punct PUNCT -LRB- (
        RIC+ 7 appos PROPN NNP RIC
        ) 11 punct PUNCT -RRB- )
        guards 2 pobj NOUN NNS guard
        led 12 ROOT VERB VBD lead
        to 12 prep ADP IN to
        the 15 det DET DT the
        death 13 pobj NOUN NN death
        . 12 punct PUNCT . .
    """)
    assert triple_strings(doc)[0] == (
        "The fight with the three Royal Irish Constabulary (RIC) guards | led to | the death"
    )


def test_an_acronym_that_ends_the_phrase_stays_out_of_it():
    doc = parsed("""
        The 3 det DET DT the B-ORG
        World 3 compound PROPN NNP World I-ORG
        Health 3 compound PROPN NNP Health I-ORG
        Organization 7 nsubj PROPN NNP Organization I-ORG
        ( 3 punct PUNCT -LRB- ( I-ORG
        WHO 3 appos PROPN NNP WHO I-ORG
        ) 3 punct PUNCT -RRB- )
        said 7 ROOT VERB VBD say
        the 9 det DET DT the
        outbreak 10 nsubj NOUN NN outbreak
        was 7 ccomp AUX VBD be
        over 10 advmod ADV RB over
        . 7 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert "The World Health Organization | said | the outbreak was over" in triples
    assert "The World Health Organization | is | WHO" in triples


def test_a_name_modifying_a_noun_after_its_acronym_drops_the_noun_s_number():
    doc = parsed("""
        The 1 det DET DT the
        clash 12 nsubj NOUN NN clash
        with 1 prep ADP IN with
        the 11 det DET DT the
        three 7 nummod NUM CD three B-CARDINAL
        Ontario 7 nmod PROPN NNP Ontario B-ORG
        Provincial 7 compound PROPN NNP Provincial I-ORG
        Police 11 nmod PROPN NNP Police I-ORG
        ( 7 punct PUNCT -LRB- (
        OPP 7 appos PROPN NNP OPP B-ORG
        ) 7 punct PUNCT -RRB- )
        officers 2 pobj NOUN NNS officer
        lasted 12 ROOT VERB VBD last
        an 14 det DET DT an B-TIME
        hour 12 npadvmod NOUN NN hour I-TIME
        . 12 punct PUNCT . .
    """)
    assert "Ontario Provincial Police | is | OPP" in triple_strings(doc)


def test_a_bracket_on_the_head_itself_is_its_other_name_not_part_of_the_phrase():
    doc = parsed("""
        The 1 det DET DT the
        firm 2 nsubj NOUN NN firm
        bought 2 ROOT VERB VBD buy
        a 4 det DET DT a
        stake 2 dobj NOUN NN stake
        in 4 prep ADP IN in
        the 8 det DET DT the B-ORG
        Toll 8 compound PROPN NNP Toll I-ORG
        Route 5 pobj PROPN NNP Route I-ORG
        ( 8 punct PUNCT -LRB- (
        ETR 8 appos PROPN NNP ETR B-ORG
        ) 8 punct PUNCT -RRB- )
        near 8 prep ADP IN near
        Toronto 12 pobj PROPN NNP Toronto B-GPE
        . 2 punct PUNCT . .
    """)
    assert "a stake | is in | the Toll Route" in triple_strings(doc)
