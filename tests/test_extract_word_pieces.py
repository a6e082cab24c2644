"""The first piece of a hyphened verb is part of the relation, no argument of its own."""

from __future__ import annotations

from .parsed import parsed, triple_strings


def test_a_hyphened_verb_keeps_its_first_piece():
    doc = parsed("""
        The 1 det DET DT the
        agency 4 nsubj NOUN NN agency
        fore+ 4 npadvmod NOUN NN fore
        -+ 4 punct PUNCT HYPH -
        told 4 ROOT VERB VBN tell
        a 6 det DET DT a
        slump 4 dobj NOUN NN slump
        . 4 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert "The agency | fore-told | a slump" in triples
    assert not any(t.startswith("The agency | told") for t in triples)


def test_a_modifier_written_apart_stays_an_argument():
    doc = parsed("""
        The 1 det DET DT the
        agency 3 nsubj NOUN NN agency
        again 3 advmod ADV RB again
        booked 3 ROOT VERB VBD book
        a 5 det DET DT a
        hall 3 dobj NOUN NN hall
        last 7 amod ADJ JJ last
        week 3 npadvmod NOUN NN week
        . 3 punct PUNCT . .
    """)
    assert any(
        t.startswith("The agency | again booked | a hall") and "last week" in t for t in triple_strings(doc)
    )
