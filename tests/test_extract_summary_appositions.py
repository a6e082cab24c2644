"""An indefinite "a move", "a decision" set off after a clause sums up the clause, and renames
no noun of it (extract/summary_appositions.py)."""

from __future__ import annotations

from .parsed import parsed, triple_strings


def test_a_move_after_the_agent_is_no_fact_of_the_agent():
    # "The port was closed by the army, a move that angered traders."
    doc = parsed("""
        The 1 det DET DT the
        port 3 nsubjpass NOUN NN port
        was 3 auxpass AUX VBD be
        closed 3 ROOT VERB VBN close
        by 3 agent ADP IN by
        the 6 det DET DT the
        army+ 4 pobj NOUN NN army
        , 6 punct PUNCT , ,
        a 9 det DET DT a
        move 6 appos NOUN NN move
        that 11 nsubj PRON WDT that
        angered 9 relcl VERB VBD anger
        traders+ 11 dobj NOUN NNS trader
        . 3 punct PUNCT . .
    """)
    assert not any(t.startswith("the army | is |") for t in triple_strings(doc))
    assert any(t.startswith("the army | is |") for t in triple_strings(doc, variants=True))


def test_the_subjects_summary_apposition_still_renames_it():
    # "The closure, a move that angered traders, was lifted."
    doc = parsed("""
        The 1 det DET DT the
        closure+ 10 nsubjpass NOUN NN closure
        , 1 punct PUNCT , ,
        a 4 det DET DT a
        move 1 appos NOUN NN move
        that 6 nsubj PRON WDT that
        angered 4 relcl VERB VBD anger
        traders+ 6 dobj NOUN NNS trader
        , 1 punct PUNCT , ,
        was 10 auxpass AUX VBD be
        lifted+ 10 ROOT VERB VBN lift
        . 10 punct PUNCT . .
    """)
    assert any(t.startswith("The closure | is | a move") for t in triple_strings(doc))


def test_a_description_of_a_person_at_the_clause_end_is_still_stated():
    # "She met Tom Hale, a chemist from Oslo."
    doc = parsed("""
        She 1 nsubj PRON PRP she
        met 1 ROOT VERB VBD meet
        Tom 3 compound PROPN NNP Tom B-PERSON
        Hale+ 1 dobj PROPN NNP Hale I-PERSON
        , 3 punct PUNCT , ,
        a 6 det DET DT a
        chemist 3 appos NOUN NN chemist
        from 6 prep ADP IN from
        Oslo+ 7 pobj PROPN NNP Oslo B-GPE
        . 1 punct PUNCT . .
    """)
    assert any(t.startswith("Tom Hale | is | a chemist") for t in triple_strings(doc))
