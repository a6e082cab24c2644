"""Gerund clauses with their own subject after a noun of record or hearsay ("reports of X doing Y")."""

from __future__ import annotations

import pytest

from graphbuild.extract.gerund_subjects import mend_gerund_subjects
from graphbuild.lexicons import load_lexicons

from .parsed import parsed, qualified


def test_a_subject_and_gerund_read_as_compounds_of_the_object_make_an_alleged_clause():
    # issue 13: "reports of X recruiting fighters" was one noun, so no fact was made
    doc = parsed("""
        The 1 det DET DT the
        ministry 2 nsubj NOUN NN ministry
        denied 2 ROOT VERB VBD deny
        reports 2 dobj NOUN NNS report
        of 3 prep ADP IN of
        the 8 det DET DT the
        Ravens 8 compound PROPN NNPS Ravens
        recruiting 8 compound NOUN VBG recruit
        fighters 4 pobj NOUN NNS fighter
        . 2 punct PUNCT . .
    """)
    assert mend_gerund_subjects(doc, load_lexicons()) == 1
    assert (doc[6].dep_, doc[6].head.i, doc[5].head.i) == ("pobj", 4, 6)
    assert (doc[7].dep_, doc[7].head.i, doc[8].dep_, doc[8].head.i) == ("acl", 6, "dobj", 7)
    assert qualified(doc)["the Ravens | recruiting | fighters"][1] == "alleged"


def test_a_gerund_hung_on_a_noun_of_record_takes_the_noun_after_of_as_its_subject():
    # "footage of police beating protesters": the footage beat nobody
    doc = parsed("""
        The 1 det DET DT the
        channel 2 nsubj NOUN NN channel
        aired 2 ROOT VERB VBD air
        footage 2 dobj NOUN NN footage
        of 3 prep ADP IN of
        police 4 pobj NOUN NNS police
        beating 3 acl VERB VBG beat
        marchers 6 dobj NOUN NNS marcher
        . 2 punct PUNCT . .
    """)
    assert mend_gerund_subjects(doc, load_lexicons()) == 1
    assert doc[6].head.i == 5
    assert qualified(doc)["police | beating | marchers"][1] is None  # footage shows, it does not allege


def test_a_gerund_with_no_subject_before_it_is_left_alone():
    # "accusations of mishandling the inquiry": the accused do the mishandling, no noun says who
    doc = parsed("""
        They 1 nsubj PRON PRP they
        rejected 1 ROOT VERB VBD reject
        accusations 1 dobj NOUN NNS accusation
        of 2 prep ADP IN of
        mishandling 3 pcomp VERB VBG mishandle
        the 6 det DET DT the
        inquiry 4 dobj NOUN NN inquiry
        . 1 punct PUNCT . .
    """)
    assert mend_gerund_subjects(doc, load_lexicons()) == 0


def test_a_gerund_after_a_noun_of_no_record_keeps_its_parse():
    # "the price of oil rising fast": only nouns that report or show carry a gerund's subject
    doc = parsed("""
        Traders 1 nsubj NOUN NNS trader
        watched 1 ROOT VERB VBD watch
        the 3 det DET DT the
        price 1 dobj NOUN NN price
        of 3 prep ADP IN of
        grain 4 pobj NOUN NN grain
        rising 3 acl VERB VBG rise
        . 1 punct PUNCT . .
    """)
    assert mend_gerund_subjects(doc, load_lexicons()) == 0


@pytest.mark.model
def test_allegations_of_soldiers_torturing_detainees_allege_the_soldiers_torture(nlp):
    found = qualified(nlp("Rights groups documented allegations of soldiers torturing detainees."))
    assert found["soldiers | torturing | detainees"][1] == "alleged"


def test_a_gerund_hung_on_of_beside_its_object_takes_the_object_as_its_subject():
    # "footage of Kenyan police beating refugees": "of" was given the police and the beating both
    doc = parsed("""
        The 1 det DET DT the
        channel 2 nsubj NOUN NN channel
        aired 2 ROOT VERB VBD air
        footage 2 dobj NOUN NN footage
        of 3 prep ADP IN of
        riot 6 compound NOUN NN riot
        police 4 pobj NOUN NNS police
        beating 4 pcomp VERB VBG beat
        marchers 7 dobj NOUN NNS marcher
        . 2 punct PUNCT . .
    """)
    assert mend_gerund_subjects(doc, load_lexicons()) == 1
    assert (doc[7].dep_, doc[7].head.i) == ("acl", 6)
    assert "riot police | beating | marchers" in qualified(doc)


def test_a_participle_of_topic_after_a_hearsay_noun_keeps_its_parse():
    # "charges of fraud relating to the sale": the charges relate to it, nobody does anything
    doc = parsed("""
        She 1 nsubj PRON PRP she
        faces 1 ROOT VERB VBZ face
        charges 1 dobj NOUN NNS charge
        of 2 prep ADP IN of
        fraud 3 pobj NOUN NN fraud
        relating 2 acl VERB VBG relate
        to 5 prep ADP IN to
        the 8 det DET DT the
        sale 6 pobj NOUN NN sale
        . 1 punct PUNCT . .
    """)
    assert mend_gerund_subjects(doc, load_lexicons()) == 0
