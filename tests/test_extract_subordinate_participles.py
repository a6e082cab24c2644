"""A participle set off after a subordinate clause states no doer (extract/subordinate_participles.py)."""

from __future__ import annotations

from graphbuild.extract.subordinate_participles import participle_after_subordinate

from .parsed import parsed, triple_strings

# "The mines exploded while the workers held them, causing injuries."
WHILE_HELD = """
The 1 det DET DT the
mines 2 nsubj NOUN NNS mine
exploded 2 ROOT VERB VBD explode
while 6 mark SCONJ IN while
the 5 det DET DT the
workers 6 nsubj NOUN NNS worker
held 2 advcl VERB VBD hold
them 6 dobj PRON PRP they
, 6 punct PUNCT , ,
causing 6 advcl VERB VBG cause
injuries 9 dobj NOUN NNS injury
. 2 punct PUNCT . .
"""

# "The mines exploded, causing injuries."
EXPLODED = """
The 1 det DET DT the
mines 2 nsubj NOUN NNS mine
exploded 2 ROOT VERB VBD explode
, 2 punct PUNCT , ,
causing 2 advcl VERB VBG cause
injuries 4 dobj NOUN NNS injury
. 2 punct PUNCT . .
"""


def test_a_participle_after_a_while_clause_is_not_said_of_that_clauses_subject():
    doc = parsed(WHILE_HELD)
    assert participle_after_subordinate(doc[9])
    assert not any(t.startswith("the workers | causing") for t in triple_strings(doc))


def test_a_participle_after_the_main_clause_keeps_its_subject():
    doc = parsed(EXPLODED)
    assert not participle_after_subordinate(doc[4])
    assert "The mines | causing | injuries" in triple_strings(doc)


def test_a_participle_after_a_clause_of_time_keeps_that_clauses_subject():
    # "Riots began after a mob attacked the office, killing two.": the mob killed them
    doc = parsed("""
        Riots 1 nsubj NOUN NNS riot
        began 1 ROOT VERB VBD begin
        after 5 mark SCONJ IN after
        a 4 det DET DT a
        mob 5 nsubj NOUN NN mob
        attacked 1 advcl VERB VBD attack
        the 7 det DET DT the
        office 5 dobj NOUN NN office
        , 5 punct PUNCT , ,
        killing 5 advcl VERB VBG kill
        two 9 dobj NUM CD two
        . 1 punct PUNCT . .
    """)
    assert not participle_after_subordinate(doc[9])
    assert "a mob | killing | two" in triple_strings(doc)


def test_a_participle_after_a_while_of_contrast_keeps_that_clauses_subject():
    # "The team wept, while the fans sang, waving flags.": the fans waved them
    doc = parsed("""
        The 1 det DET DT the
        team 2 nsubj NOUN NN team
        wept 2 ROOT VERB VBD weep
        , 2 punct PUNCT , ,
        while 7 mark SCONJ IN while
        the 6 det DET DT the
        fans 7 nsubj NOUN NNS fan
        sang 2 advcl VERB VBD sing
        , 7 punct PUNCT , ,
        waving 7 advcl VERB VBG wave
        flags 9 dobj NOUN NNS flag
        . 2 punct PUNCT . .
    """)
    assert not participle_after_subordinate(doc[9])
    assert "the fans | waving | flags" in triple_strings(doc)
