"""A light-verb idiom written with its noun in the plural is still one predicate."""

from __future__ import annotations

from .parsed import parsed, triple_strings


def test_a_plural_light_noun_joins_the_relation():
    doc = parsed("""
        The 1 det DET DT the
        mayor 2 nsubj NOUN NN mayor
        paid 2 ROOT VERB VBD pay
        tributes 2 dobj NOUN NNS tribute
        to 2 prep ADP IN to
        the 6 det DET DT the
        volunteers 4 pobj NOUN NNS volunteer
        . 2 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert "The mayor | paid tributes to | the volunteers" in triples
    assert "The mayor | paid | tributes | to the volunteers" not in triples


def test_a_plural_noun_of_no_idiom_stays_the_object():
    doc = parsed("""
        The 1 det DET DT the
        firm 2 nsubj NOUN NN firm
        paid 2 ROOT VERB VBD pay
        bonuses 2 dobj NOUN NNS bonus
        to 2 prep ADP IN to
        the 6 det DET DT the
        staff 4 pobj NOUN NN staff
        . 2 punct PUNCT . .
    """)
    assert "The firm | paid | bonuses | to the staff" in triple_strings(doc)
