"""A "which" hung on a person's name stands for the thing whose phrase holds the name
(extract/thing_relatives.py)."""

from __future__ import annotations

from graphbuild.extract.thing_relatives import thing_for_which

from .parsed import parsed, triple_strings

# "The union will live in a house owned by Tom Hale, which is located near the river."
HOUSE_OWNED_BY = """
    The 1 det DET DT the
    union 3 nsubj NOUN NN union
    will 3 aux AUX MD will
    live 3 ROOT VERB VB live
    in 3 prep ADP IN in
    a 6 det DET DT a
    house 4 pobj NOUN NN house
    owned 6 acl VERB VBN own
    by 7 agent ADP IN by
    Tom 10 compound PROPN NNP Tom B-PERSON
    Hale+ 8 pobj PROPN NNP Hale I-PERSON
    , 10 punct PUNCT , ,
    {relative} 14 nsubjpass PRON {tag} {relative}
    is 14 auxpass AUX VBZ be
    located 10 relcl VERB VBN locate
    near 14 prep ADP IN near
    the 17 det DET DT the
    river+ 15 pobj NOUN NN river
    . 3 punct PUNCT . .
"""


def test_which_after_the_owners_name_is_the_thing_owned():
    triples = triple_strings(parsed(HOUSE_OWNED_BY.format(relative="which", tag="WDT")))
    assert "a house | is located near | the river" in triples
    assert not any(t.startswith("Tom Hale | is located near") for t in triples)


def test_which_after_a_proposers_name_is_the_plan():
    # "The deal was weaker than a plan proposed by Ana Ruiz, which would cap the deficit."
    doc = parsed("""
        The 1 det DET DT the
        deal 2 nsubj NOUN NN deal
        was 2 ROOT AUX VBD be
        weaker 2 acomp ADJ JJR weak
        than 3 prep ADP IN than
        a 6 det DET DT a
        plan 4 pobj NOUN NN plan
        proposed 6 acl VERB VBN propose
        by 7 agent ADP IN by
        Ana 10 compound PROPN NNP Ana B-PERSON
        Ruiz+ 8 pobj PROPN NNP Ruiz I-PERSON
        , 10 punct PUNCT , ,
        which 14 nsubj PRON WDT which
        would 14 aux AUX MD would
        cap 10 relcl VERB VB cap
        the 16 det DET DT the
        deficit+ 14 dobj NOUN NN deficit
        . 2 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert "a plan | would cap | the deficit" in triples
    assert not any(t.startswith("Ana Ruiz | would cap") for t in triples)


def test_who_after_the_name_is_still_the_person():
    triples = triple_strings(parsed(HOUSE_OWNED_BY.format(relative="who", tag="WP")))
    assert "Tom Hale | is located near | the river" in triples


def test_which_after_the_agent_of_a_passive_is_its_subject():
    # "A suit was filed by Tom Hale, which asked for a review."
    doc = parsed("""
        A 1 det DET DT a
        suit 3 nsubjpass NOUN NN suit
        was 3 auxpass AUX VBD be
        filed 3 ROOT VERB VBN file
        by 3 agent ADP IN by
        Tom 6 compound PROPN NNP Tom B-PERSON
        Hale+ 4 pobj PROPN NNP Hale I-PERSON
        , 6 punct PUNCT , ,
        which 9 nsubj PRON WDT which
        asked 6 relcl VERB VBD ask
        for 9 prep ADP IN for
        a 12 det DET DT a
        review+ 10 pobj NOUN NN review
        . 3 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert "A suit | asked for | a review" in triples
    assert not any(t.startswith("Tom Hale | asked") for t in triples)


def test_which_after_an_example_name_is_left_to_agreement():
    # "They cited tongues such as Ana Ruiz, which have spread.": an example's "which" is no owner's
    # or doer's; the rule leaves it alone
    doc = parsed("""
        They 1 nsubj PRON PRP they
        cited 1 ROOT VERB VBD cite
        tongues 1 dobj NOUN NNS tongue
        such 5 amod ADJ JJ such
        as 2 prep ADP IN as
        Ana 6 compound PROPN NNP Ana B-PERSON
        Ruiz+ 4 pobj PROPN NNP Ruiz I-PERSON
        , 6 punct PUNCT , ,
        which 10 nsubj PRON WDT which
        have 10 aux AUX VBP have
        spread+ 6 relcl VERB VBN spread
        . 1 punct PUNCT . .
    """)
    assert thing_for_which(doc[10]) is None
