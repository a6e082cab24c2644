"""The bare noun of a light-verb idiom is no antecedent (extract/light_nouns.py)."""

from __future__ import annotations

from graphbuild.extract.light_nouns import idiom_subject

from .parsed import parsed, triple_strings

# "A charity dinner took place that raised money.", the relative clause hung on "place"
TOOK_PLACE = """
A 2 det DET DT a
charity 2 compound NOUN NN charity
dinner 3 nsubj NOUN NN dinner
took 3 ROOT VERB VBD take
place 3 dobj NOUN NN place
that 6 nsubj PRON WDT that
raised 4 relcl VERB VBD raise
money 6 dobj NOUN NN money
. 3 punct PUNCT . .
"""

# "The dinner took the place of a concert."
TOOK_THE_PLACE = """
The 1 det DET DT the
dinner 2 nsubj NOUN NN dinner
took 2 ROOT VERB VBD take
the 4 det DET DT the
place 2 dobj NOUN NN place
of 4 prep ADP IN of
a 7 det DET DT a
concert 5 pobj NOUN NN concert
. 2 punct PUNCT . .
"""


def test_a_clause_after_took_place_tells_of_the_event_that_took_place():
    doc = parsed(TOOK_PLACE)
    assert idiom_subject(doc[4]).text == "dinner"
    assert "A charity dinner | raised | money" in triple_strings(doc)
    assert not any(t.startswith("place |") for t in triple_strings(doc))


def test_a_determined_place_is_a_thing_of_its_own():
    doc = parsed(TOOK_THE_PLACE)
    assert idiom_subject(doc[4]) is None
