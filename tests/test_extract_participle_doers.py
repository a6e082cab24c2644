"""Participles whose doer is not the word the parse hangs them on: a gerund after a noun of
hardship, a participle on a clause read as one noun, a participle telling what a state implies."""

from __future__ import annotations

from graphbuild.extract.participle_doers import (
    clause_read_as_noun,
    doer_above,
    state_consequence,
)
from graphbuild.lexicons import load_lexicons

from .parsed import parsed, triple_strings

# "Some buyers had difficulty finishing their orders."
DIFFICULTY_FINISHING = """
Some 1 det DET DT some
buyers 2 nsubj NOUN NNS buyer
had 2 ROOT VERB VBD have
difficulty 2 dobj NOUN NN difficulty
finishing 3 acl VERB VBG finish
their 6 poss PRON PRP$ their
orders 4 dobj NOUN NNS order
. 2 punct PUNCT . .
"""

# "The minister acknowledged the difficulty fighting the gangs."
ACKNOWLEDGED_THE_DIFFICULTY = """
The 1 det DET DT the
minister 2 nsubj NOUN NN minister
acknowledged 2 ROOT VERB VBD acknowledge
the 4 det DET DT the
difficulty 2 dobj NOUN NN difficulty
fighting 4 acl VERB VBG fight
the 7 det DET DT the
gangs 5 dobj NOUN NNS gang
. 2 punct PUNCT . .
"""

# "Lee defeated Kovac in Paris Tuesday, ending his run of wins.", read as one noun phrase
# headed by "Kovac" with "Lee defeated" as its modifiers.
CLAUSE_AS_NOUN = """
Lee 1 nsubj PROPN NNP Lee B-PERSON
defeated 2 amod VERB VBD defeat
Kovac 2 ROOT PROPN NNP Kovac B-PERSON
in 2 prep ADP IN in
Paris 3 pobj PROPN NNP Paris B-GPE
Tuesday 2 npadvmod PROPN NNP Tuesday B-DATE
, 2 punct PUNCT , ,
ending 2 acl VERB VBG end
his 9 poss PRON PRP$ his
run 7 dobj NOUN NN run
of 9 prep ADP IN of
wins 10 pobj NOUN NNS win
. 2 punct PUNCT . .
"""

# "Ships carrying grain reached the port." (a reduced relative on the subject noun)
SHIPS_CARRYING_GRAIN = """
Ships 3 nsubj NOUN NNS ship
carrying 0 acl VERB VBG carry
grain 1 dobj NOUN NN grain
reached 3 ROOT VERB VBD reach
the 5 det DET DT the
port 3 dobj NOUN NN port
. 3 punct PUNCT . .
"""


def test_a_gerund_after_a_hardship_is_the_act_of_whoever_has_it():
    doc = parsed(DIFFICULTY_FINISHING)
    assert doer_above(doc[4], load_lexicons())
    triples = triple_strings(doc)
    assert any(t.startswith("Some buyers | finishing | their orders") for t in triples)
    assert not any(t.startswith("difficulty |") for t in triples)


def test_a_hardship_only_acknowledged_lends_no_subject():
    # the minister acknowledges the difficulty; who fights the gangs is not said
    doc = parsed(ACKNOWLEDGED_THE_DIFFICULTY)
    assert not doer_above(doc[5], load_lexicons())
    assert not any(t.startswith("The minister | fighting") for t in triple_strings(doc))


def test_a_participle_on_a_clause_read_as_one_noun_states_no_fact():
    doc = parsed(CLAUSE_AS_NOUN)
    assert clause_read_as_noun(doc[7])
    assert not any("| ending |" in t for t in triple_strings(doc))


def test_a_reduced_relative_on_a_subject_noun_keeps_its_noun():
    doc = parsed(SHIPS_CARRYING_GRAIN)
    assert not clause_read_as_noun(doc[1])
    assert any(t.startswith("Ships | carrying | grain") for t in triple_strings(doc))


# "Many shops are on holiday, meaning buyers have nowhere to go."
ON_HOLIDAY_MEANING = """
Many 1 amod ADJ JJ many
shops 2 nsubj NOUN NNS shop
are 2 ROOT AUX VBP be
on 2 prep ADP IN on
holiday 3 pobj NOUN NN holiday
, 2 punct PUNCT , ,
meaning 2 advcl VERB VBG mean
buyers 8 nsubj NOUN NNS buyer
have 6 ccomp VERB VBP have
nowhere 8 advmod ADV RB nowhere
to 11 aux PART TO to
go 8 xcomp VERB VB go
. 2 punct PUNCT . .
"""

# "The bridge was a century old, making it the oldest in the region."
OLD_MAKING_IT_THE_OLDEST = """
The 1 det DET DT the
bridge 2 nsubj NOUN NN bridge
was 2 ROOT AUX VBD be
a 4 det DET DT a
century 5 npadvmod NOUN NN century
old 2 acomp ADJ JJ old
, 2 punct PUNCT , ,
making 2 advcl VERB VBG make
it 10 nsubj PRON PRP it
the 10 det DET DT the
oldest 7 ccomp ADJ JJS old
in 10 prep ADP IN in
the 13 det DET DT the
region 11 pobj NOUN NN region
. 2 punct PUNCT . .
"""

# "Ruiz was a member of the council, serving as its treasurer."
MEMBER_SERVING_AS = """
Ruiz 1 nsubj PROPN NNP Ruiz B-PERSON
was 1 ROOT AUX VBD be
a 3 det DET DT a
member 1 attr NOUN NN member
of 3 prep ADP IN of
the 6 det DET DT the
council 4 pobj NOUN NN council
, 1 punct PUNCT , ,
serving 1 advcl VERB VBG serve
as 8 prep ADP IN as
its 11 poss PRON PRP$ its
treasurer 9 pobj NOUN NN treasurer
. 1 punct PUNCT . .
"""


def test_what_a_fact_means_is_no_act_of_its_subject():
    doc = parsed(ON_HOLIDAY_MEANING)
    assert state_consequence(doc[6], load_lexicons())
    assert not any(t.startswith("Many shops | meaning") for t in triple_strings(doc))


def test_what_a_state_makes_so_is_no_act_of_its_subject():
    doc = parsed(OLD_MAKING_IT_THE_OLDEST)
    assert state_consequence(doc[7], load_lexicons())
    assert not any(t.startswith("The bridge | making") for t in triple_strings(doc))


def test_a_participle_of_the_subjects_own_after_a_copula_keeps_it():
    doc = parsed(MEMBER_SERVING_AS)
    assert not state_consequence(doc[8], load_lexicons())
    assert any(t.startswith("Ruiz | serving as | its treasurer") for t in triple_strings(doc))


# "Ruiz became a regular in the side, making his debut in May."
REGULAR_MAKING_HIS_DEBUT = """
Ruiz 1 nsubj PROPN NNP Ruiz B-PERSON
became 1 ROOT VERB VBD become
a 3 det DET DT a
regular 1 attr NOUN NN regular
in 3 prep ADP IN in
the 6 det DET DT the
side 4 pobj NOUN NN side
, 1 punct PUNCT , ,
making 1 advcl VERB VBG make
his 10 poss PRON PRP$ his
debut 8 dobj NOUN NN debut
in 8 prep ADP IN in
May 11 pobj PROPN NNP May B-DATE
. 1 punct PUNCT . .
"""


def test_making_with_a_bare_object_is_the_subjects_own_act():
    doc = parsed(REGULAR_MAKING_HIS_DEBUT)
    assert not state_consequence(doc[8], load_lexicons())
    assert any(t.startswith("Ruiz | making | his debut") for t in triple_strings(doc))
