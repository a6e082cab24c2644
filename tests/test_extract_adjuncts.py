"""A verb's further arguments: which prepositional phrases are arguments of its fact."""

from __future__ import annotations

from .parsed import parsed, triple_strings


def test_a_phrase_with_its_own_not_is_no_argument_of_the_fact():
    # "the question is one for the voters, not for this court": nothing holds "for this court"
    doc = parsed("""
        The 1 det DET DT the
        money 2 nsubj NOUN NN money
        went 2 ROOT VERB VBD go
        to 2 prep ADP IN to
        schools 3 pobj NOUN NNS school
        , 2 punct PUNCT , ,
        not 7 neg PART RB not
        to 2 prep ADP IN to
        the 9 det DET DT the
        army 7 pobj NOUN NN army
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["The money | went to | schools"]
