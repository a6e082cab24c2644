"""A "not" or "no" that denies nothing leaves the fact stated, and out of its relation."""

from __future__ import annotations

from .parsed import parsed, qualified


def test_not_just_keeps_the_fact_and_leaves_the_relation():
    doc = parsed("""
        The 1 det DET DT the
        towns 2 nsubj NOUN NNS town
        are 2 ROOT AUX VBP be
        not 2 neg PART RB not
        just 2 advmod ADV RB just
        rivals 2 attr NOUN NNS rival
        but 5 cc CCONJ CC but
        partners 5 conj NOUN NNS partner
        . 2 punct PUNCT . .
    """)
    # "not just rivals but partners" says they are rivals: no "are not" in the relation
    assert qualified(doc)["The towns | are | rivals"] == (False, None, None)


def test_no_before_a_number_abbreviates_number():
    doc = parsed("""
        No 1 det DET DT no
        7 2 nsubj NUM CD 7
        carried 2 ROOT VERB VBD carry
        a 4 det DET DT a
        load 2 dobj NOUN NN load
        . 2 punct PUNCT . .
    """)
    assert qualified(doc) == {"No 7 | carried | a load": (False, None, None)}


def test_no_starting_a_dashed_compound_denies_nothing():
    doc = parsed("""
        The 1 det DET DT the
        council 2 nsubj NOUN NN council
        set+ 2 ROOT VERB VBD set
        up 2 prt ADP RP up
        a 8 det DET DT a
        no+ 8 det DET DT no
        - 7 punct PUNCT HYPH -
        go 8 compound NOUN NN go
        zone 2 dobj NOUN NN zone
        . 2 punct PUNCT . .
    """)
    assert all(not negated for negated, _, _ in qualified(doc).values())


def test_no_contest_is_a_plea():
    doc = parsed("""
        Lopez 1 nsubj PROPN NNP Lopez
        pleaded 1 ROOT VERB VBD plead
        no 3 det DET DT no
        contest 1 dobj NOUN NN contest
        to 3 prep ADP IN to
        the 6 det DET DT the
        charge 4 pobj NOUN NN charge
        . 1 punct PUNCT . .
    """)
    assert qualified(doc) == {"Lopez | pleaded | no contest to the charge": (False, None, None)}


def test_no_further_than_is_a_bound_not_a_denial():
    doc = parsed("""
        The 1 det DET DT the
        ash 3 nsubj NOUN NN ash
        would 3 aux AUX MD would
        reach 3 ROOT VERB VB reach
        the 5 det DET DT the
        farms 3 dobj NOUN NNS farm
        no 7 neg ADV RB no
        further 3 advmod ADV RBR far
        than 7 prep ADP IN than
        the 10 det DET DT the
        valley 8 pobj NOUN NN valley
        . 3 punct PUNCT . .
    """)
    assert qualified(doc)["The ash | would reach | the farms"] == (False, "would", None)


def test_no_longer_still_denies():
    doc = parsed("""
        The 1 det DET DT the
        ferry 4 nsubj NOUN NN ferry
        no 3 neg ADV RB no
        longer 4 advmod ADV RBR long
        serves 4 ROOT VERB VBZ serve
        the 6 det DET DT the
        island 4 dobj NOUN NN island
        . 4 punct PUNCT . .
    """)
    assert qualified(doc)["The ferry | serves | the island"][0] is True


def test_an_auxiliary_before_just_stays_in_the_relation():
    doc = parsed("""
        The 1 det DET DT the
        band 4 nsubj NOUN NN band
        's 4 aux AUX VBZ be
        just 4 advmod ADV RB just
        playing 4 ROOT VERB VBG play
        covers 4 dobj NOUN NNS cover
        . 4 punct PUNCT . .
    """)
    assert "The band | 's just playing | covers" in qualified(doc)
