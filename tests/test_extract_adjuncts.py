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


def test_an_absolute_with_clause_keeps_its_participle():
    # "with 300 injured" says how many were hurt; "with 300" alone says nothing
    doc = parsed("""
        Forty 1 nummod NUM CD forty
        miners 2 nsubj NOUN NNS miner
        died 2 ROOT VERB VBD die
        in 2 prep ADP IN in
        the 5 det DET DT the
        blast 3 pobj NOUN NN blast
        with 2 prep ADP IN with
        300 6 pobj NUM CD 300
        injured 7 acl VERB VBN injure
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["Forty miners | died in | the blast | with 300 injured"]


def test_an_absolute_with_clause_keeps_what_its_noun_is_doing():
    doc = parsed("""
        The 1 det DET DT the
        town 2 nsubj NOUN NN town
        lost 2 ROOT VERB VBD lose
        its 4 poss PRON PRP$ its
        mayor 2 dobj NOUN NN mayor
        , 2 punct PUNCT , ,
        with 2 prep ADP IN with
        rebels 6 pobj NOUN NNS rebel
        holding 7 acl VERB VBG hold
        the 10 det DET DT the
        roads 8 dobj NOUN NNS road
        . 2 punct PUNCT . .
    """)
    assert "The town | lost | its mayor | with rebels holding the roads" in triple_strings(doc)


def test_an_unspecific_prepositional_object_keeps_its_restrictive_clause():
    # fresh27 (issue 18): "were pushing for | language" lost "that would restrict …", which says
    # which language; "pushed for rules that limit overtime" is not a push for any rules
    doc = parsed("""
        The 1 det DET DT the
        union 2 nsubj NOUN NN union
        pushed 2 ROOT VERB VBD push
        for 2 prep ADP IN for
        rules 3 pobj NOUN NNS rule
        that 6 nsubj PRON WDT that
        limit 4 relcl VERB VBP limit
        overtime 6 dobj NOUN NN overtime
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc)[0] == "The union | pushed for | rules that limit overtime"


def test_a_specific_prepositional_object_needs_no_clause():
    # a possessed noun ("its rules") is specific, and a clause set off by a comma is a fact of its own
    doc = parsed("""
        The 1 det DET DT the
        union 2 nsubj NOUN NN union
        pushed 2 ROOT VERB VBD push
        for 2 prep ADP IN for
        its 5 poss PRON PRP$ its
        rules 3 pobj NOUN NNS rule
        , 5 punct PUNCT , ,
        which 8 nsubj PRON WDT which
        limit 5 relcl VERB VBP limit
        overtime 8 dobj NOUN NN overtime
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc)[0] == "The union | pushed for | its rules"


def test_a_measure_before_a_clauses_conjunction_is_no_time_of_that_clause():
    # fresh18 (issue 18): "The attack comes a week before Liverpool holds the festival" gave the
    # festival's holding the argument "a week", as if it lasted a week
    doc = parsed("""
        The 1 det DET DT the
        strike 2 nsubj NOUN NN strike
        comes 2 ROOT VERB VBZ come
        a 4 det DET DT a
        week 7 npadvmod NOUN NN week
        before 7 mark SCONJ IN before
        Leeds 7 nsubj PROPN NNP Leeds
        holds 2 advcl VERB VBZ hold
        its 9 poss PRON PRP$ its
        fair 7 dobj NOUN NN fair
        . 2 punct PUNCT . .
    """)
    assert "Leeds | holds | its fair" in triple_strings(doc)
    assert not [t for t in triple_strings(doc) if "a week" in t]


def test_a_bare_time_noun_of_the_clause_stays_its_argument():
    doc = parsed("""
        Leeds 1 nsubj PROPN NNP Leeds
        holds 1 ROOT VERB VBZ hold
        its 3 poss PRON PRP$ its
        fair 1 dobj NOUN NN fair
        every 5 det DET DT every
        week 1 npadvmod NOUN NN week
        . 1 punct PUNCT . .
    """)
    assert triple_strings(doc)[0] == "Leeds | holds | its fair | every week"
