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


def test_a_way_of_putting_to_death_is_no_agent_of_the_execution():
    doc = parsed("""
        The 1 det DET DT the
        bomber 3 nsubjpass NOUN NN bomber
        was 3 auxpass AUX VBD be
        executed 3 ROOT VERB VBN execute
        by 3 agent ADP IN by
        lethal 6 amod ADJ JJ lethal
        injection 4 pobj NOUN NN injection
        . 3 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["The bomber | was executed by | lethal injection"]
