"""Verbs the parse hung on the wrong word lend no subject that does not do them: a conjunct after a
relative clause, a dated participle after the clause's object."""

from __future__ import annotations

from graphbuild.extract.misattached import dated_participle_noun, relative_before_conjunct

from .parsed import parsed, triple_strings

# "Most of the debate has been on rifles, bought by gangs who tried, but failed, to rob a bank."
BUT_FAILED_IN_A_RELATIVE = """
Most 5 nsubj ADJ JJS most
of 0 prep ADP IN of
the 3 det DET DT the
debate 1 pobj NOUN NN debate
has 5 aux AUX VBZ have
been 5 ROOT AUX VBN be
on 5 prep ADP IN on
rifles 6 pobj NOUN NNS rifle
, 5 punct PUNCT , ,
bought 5 advcl VERB VBN buy
by 9 agent ADP IN by
gangs 10 pobj NOUN NNS gang
who 13 nsubj PRON WP who
tried 11 relcl VERB VBD try
, 5 punct PUNCT , ,
but 5 cc CCONJ CC but
failed 5 conj VERB VBD fail
, 16 punct PUNCT , ,
to 19 aux PART TO to
rob 16 xcomp VERB VB rob
a 21 det DET DT a
bank 19 dobj NOUN NN bank
. 5 punct PUNCT . .
"""

# "The storm has weakened the willingness of donors to fund and support the shelters."
WILLINGNESS_TO_FUND_AND_SUPPORT = """
The 1 det DET DT the
storm 3 nsubj NOUN NN storm
has 3 aux AUX VBZ have
weakened 3 ROOT VERB VBN weaken
the 5 det DET DT the
willingness 3 dobj NOUN NN willingness
of 5 prep ADP IN of
donors 6 pobj NOUN NNS donor
to 9 aux PART TO to
fund 5 acl VERB VB fund
and 9 cc CCONJ CC and
support 9 conj VERB VB support
the 13 det DET DT the
shelters 11 dobj NOUN NNS shelter
. 3 punct PUNCT . .
"""

# "The company recalled the trucks, first sold in the spring of 2011."
TRUCKS_FIRST_SOLD = """
The 1 det DET DT the
company 2 nsubj NOUN NN company
recalled 2 ROOT VERB VBD recall
the 4 det DET DT the
trucks 2 dobj NOUN NNS truck
, 2 punct PUNCT , ,
first 7 advmod ADV RB first B-ORDINAL
sold 2 advcl VERB VBN sell
in 7 prep ADP IN in
the 10 det DET DT the B-DATE
spring 8 pobj NOUN NN spring I-DATE
of 10 prep ADP IN of I-DATE
2011 11 pobj NUM CD 2011 I-DATE
. 2 punct PUNCT . .
"""


def test_a_conjunct_set_off_after_a_relative_clause_is_the_relatives():
    doc = parsed(BUT_FAILED_IN_A_RELATIVE)
    assert relative_before_conjunct(doc[19]).text == "tried"  # through the infinitive "to rob"
    triples = triple_strings(doc)
    assert any(t.startswith("gangs | failed to rob | a bank") for t in triples)
    assert not any(t.startswith("Most of the debate | failed") for t in triples)


def test_a_conjunct_of_the_main_clause_keeps_its_subject():
    doc = parsed(BUT_FAILED_IN_A_RELATIVE)
    assert relative_before_conjunct(doc[9]) is None  # "bought" is no conjunct


def test_a_conjunct_of_a_complement_infinitive_is_no_fact_of_its_noun():
    # "fund" completes "willingness"; "support", coordinated with it, does too
    assert not any(
        t.startswith("the willingness of donors |")
        for t in triple_strings(parsed(WILLINGNESS_TO_FUND_AND_SUPPORT))
    )


def test_a_dated_participle_after_the_object_is_the_objects():
    doc = parsed(TRUCKS_FIRST_SOLD)
    assert dated_participle_noun(doc[7]).text == "trucks"
    triples = triple_strings(doc)
    assert any(t.startswith("the trucks | were first sold in | the spring of 2011") for t in triples)
    assert not any(t.startswith("The company | was first sold") for t in triples)


# "The Dutch lost the match, having done so in 1974."
LOST_HAVING_DONE_SO = """
The 1 det DET DT the
Dutch 2 nsubj PROPN NNPS dutch B-NORP
lost 2 ROOT VERB VBD lose
the 4 det DET DT the
match 2 dobj NOUN NN match
, 2 punct PUNCT , ,
having 7 aux AUX VBG having
done 2 advcl VERB VBN do
so 7 advmod ADV RB so
in 7 prep ADP IN in
1974 9 pobj NUM CD 1974 B-DATE
. 2 punct PUNCT . .
"""


def test_a_perfect_participle_is_the_subjects_act_not_the_objects():
    doc = parsed(LOST_HAVING_DONE_SO)
    assert dated_participle_noun(doc[7]) is None
    assert not any(t.startswith("the match |") for t in triple_strings(doc))
