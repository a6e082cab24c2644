"""Participles whose doer the parse cannot show, on hand-built parses of invented sentences."""

from __future__ import annotations

from graphbuild.extract.far_participles import (
    according_speaker,
    far_participle,
    participle_after_relative,
    participle_after_subordinate,
)
from graphbuild.lexicons import load_lexicons

from .parsed import parsed, triple_strings

# "A patrol boat gave help to the crew, who were near the reef, towing the trawler.", the
# participle hung on "help" across the relative clause on "crew"
HELP_TOWING = """
A 2 det DET DT a
patrol 2 compound NOUN NN patrol
boat 3 nsubj NOUN NN boat
gave 3 ROOT VERB VBD give
help 3 dobj NOUN NN help
to 4 prep ADP IN to
the 7 det DET DT the
crew 5 pobj NOUN NN crew
, 7 punct PUNCT , ,
who 10 nsubj PRON WP who
were 7 relcl AUX VBD be
near 10 prep ADP IN near
the 13 det DET DT the
reef 11 pobj NOUN NN reef
, 4 punct PUNCT , ,
towing 4 acl VERB VBG tow
the 17 det DET DT the
trawler 15 dobj NOUN NN trawler
. 3 punct PUNCT . .
"""


def test_a_participle_hung_across_a_relative_clause_has_no_doer():
    doc = parsed(HELP_TOWING)
    assert far_participle(doc[15], load_lexicons())
    strings = triple_strings(doc)
    assert any(t.startswith("A patrol boat | gave | help") for t in strings)
    assert not any("| towing |" in t for t in strings)  # the boat, or the crew, towed it: not "help"


def test_a_participle_hung_across_an_infinitive_has_no_doer():
    # "The win gave the club a point to lift them above Mora, finishing the season in third place."
    doc = parsed("""
        The 1 det DET DT the
        win 2 nsubj NOUN NN win
        gave 2 ROOT VERB VBD give
        the 4 det DET DT the
        club 2 dative NOUN NN club
        a 6 det DET DT a
        point 2 dobj NOUN NN point
        to 8 aux PART TO to
        lift 6 acl VERB VB lift
        them 8 dobj PRON PRP they
        above 8 prep ADP IN above
        Mora 10 pobj PROPN NNP mora B-PERSON
        , 6 punct PUNCT , ,
        finishing 6 acl VERB VBG finish
        the 15 det DET DT the
        season 13 dobj NOUN NN season
        in 13 prep ADP IN in
        third 18 amod ADJ JJ third B-ORDINAL
        place 16 pobj NOUN NN place
        . 2 punct PUNCT . .
    """)
    assert far_participle(doc[13], load_lexicons())
    assert not any(t.startswith("a point | finishing") for t in triple_strings(doc))


def test_a_person_before_a_thing_stays_the_participle_s_doer():
    # "The army sent soldiers to the port, which was closed, carrying rifles."
    doc = parsed("""
        The 1 det DET DT the
        army 2 nsubj NOUN NN army
        sent 2 ROOT VERB VBD send
        soldiers 2 dobj NOUN NNS soldier
        to 2 prep ADP IN to
        the 6 det DET DT the
        port 4 pobj NOUN NN port
        , 6 punct PUNCT , ,
        which 10 nsubjpass PRON WDT which
        was 10 auxpass AUX VBD be
        closed 6 relcl VERB VBN close
        , 3 punct PUNCT , ,
        carrying 3 acl VERB VBG carry
        rifles 12 dobj NOUN NNS rifle
        . 2 punct PUNCT . .
    """)
    assert not far_participle(doc[12], load_lexicons())
    assert "soldiers | carrying | rifles" in triple_strings(doc)


def test_a_participle_right_after_its_noun_keeps_it():
    # "The firm hired staff from the town running the mill."
    doc = parsed("""
        The 1 det DET DT the
        firm 2 nsubj NOUN NN firm
        hired 2 ROOT VERB VBD hire
        staff 2 dobj NOUN NN staff
        from 3 prep ADP IN from
        the 6 det DET DT the
        town 4 pobj NOUN NN town
        running 3 acl VERB VBG run
        the 9 det DET DT the
        mill 7 dobj NOUN NN mill
        . 2 punct PUNCT . .
    """)
    assert not far_participle(doc[7], load_lexicons())  # a bare prepositional phrase: no clause between


def test_a_speech_participle_after_an_according_to_source_is_the_source_s_words():
    # "Troops took the town, according to an army spokesman, adding that the roads were closed."
    doc = parsed("""
        Troops 1 nsubj NOUN NNS troop
        took 1 ROOT VERB VBD take
        the 3 det DET DT the
        town 1 dobj NOUN NN town
        , 1 punct PUNCT , ,
        according 1 prep VERB VBG accord
        to 5 prep ADP IN to
        an 9 det DET DT an
        army 9 compound NOUN NN army
        spokesman 6 pobj NOUN NN spokesman
        , 1 punct PUNCT , ,
        adding 1 advcl VERB VBG add
        that 16 mark SCONJ IN that
        the 14 det DET DT the
        roads 16 nsubjpass NOUN NNS road
        were 16 auxpass AUX VBD be
        closed 11 ccomp VERB VBN close
        . 1 punct PUNCT . .
    """)
    lexicons = load_lexicons()
    assert according_speaker(doc[11], lexicons).text == "spokesman"
    strings = triple_strings(doc, lexicons=lexicons)
    assert any(t.startswith("an army spokesman | adding that | the roads were closed") for t in strings)
    assert not any(t.startswith("Troops | adding") for t in strings)


def test_a_participle_after_a_relative_clause_may_be_its_event_s():
    # "The dam broke under water which made the walls crack, flooding the valley."
    doc = parsed("""
        The 1 det DET DT the
        dam 2 nsubj NOUN NN dam
        broke 2 ROOT VERB VBD break
        under 2 prep ADP IN under
        water 3 pobj NOUN NN water
        which 6 nsubj PRON WDT which
        made 4 relcl VERB VBD make
        the 8 det DET DT the
        walls 9 nsubj NOUN NNS wall
        crack 6 ccomp VERB VB crack
        , 2 punct PUNCT , ,
        flooding 2 advcl VERB VBG flood
        the 13 det DET DT the
        valley 11 dobj NOUN NN valley
        . 2 punct PUNCT . .
    """)
    assert participle_after_relative(doc[11])
    assert not any(t.startswith("The dam | flooding") for t in triple_strings(doc))


def test_a_statement_after_a_relative_clause_is_still_the_subject_s():
    # "The court struck down a law that banned the books, ruling that it was void."
    doc = parsed("""
        The 1 det DET DT the
        court 2 nsubj NOUN NN court
        struck 2 ROOT VERB VBD strike
        down 2 prt ADP RP down
        a 5 det DET DT a
        law 2 dobj NOUN NN law
        that 7 nsubj PRON WDT that
        banned 5 relcl VERB VBD ban
        the 9 det DET DT the
        books 7 dobj NOUN NNS book
        , 2 punct PUNCT , ,
        ruling 2 advcl VERB VBG rule
        that 14 mark SCONJ IN that
        it 14 nsubj PRON PRP it
        was 11 ccomp AUX VBD be
        void 14 acomp ADJ JJ void
        . 2 punct PUNCT . .
    """)
    assert not participle_after_relative(doc[11])
    assert any(t.startswith("The court | ruling that | it was void") for t in triple_strings(doc))


def test_a_participle_after_a_purpose_infinitive_is_still_the_subject_s():
    # "The gang used the chaos to rob the shops, earning millions.", the infinitive parsed as a
    # relative clause on "chaos": it has no tense, so no relative clause closes before "earning"
    doc = parsed("""
        The 1 det DET DT the
        gang 2 nsubj NOUN NN gang
        used 2 ROOT VERB VBD use
        the 4 det DET DT the
        chaos 2 dobj NOUN NN chaos
        to 6 aux PART TO to
        rob 4 relcl VERB VB rob
        the 8 det DET DT the
        shops 6 dobj NOUN NNS shop
        , 2 punct PUNCT , ,
        earning 2 advcl VERB VBG earn
        millions 10 dobj NOUN NNS million
        . 2 punct PUNCT . .
    """)
    assert not participle_after_relative(doc[10])
    assert "The gang | earning | millions" in triple_strings(doc)


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
