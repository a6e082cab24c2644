"""A condition the parser hung on a verb as a second content clause is a condition of the first."""

from __future__ import annotations

from graphbuild.extract.conditional_clauses import mend_conditional_complements

from .parsed import parsed, triple_strings

# "The council considers the plan essential if the bridge is rebuilt", as the small model parses it:
# the "if" clause a second content clause of "considers".
CONSIDERS = """
    The 1 det DET DT the
    council 2 nsubj NOUN NN council
    considers 2 ROOT VERB VBZ consider
    the 4 det DET DT the
    plan 5 nsubj NOUN NN plan
    essential 2 ccomp ADJ JJ essential
    if 10 mark SCONJ IN if
    the 8 det DET DT the
    bridge 10 nsubjpass NOUN NN bridge
    is 10 auxpass AUX VBZ be
    rebuilt 2 ccomp VERB VBN rebuild
    . 2 punct PUNCT . .
"""


def test_an_if_clause_after_another_content_clause_is_a_condition():
    doc = parsed(CONSIDERS)
    assert mend_conditional_complements(doc) == 1
    assert doc[10].dep_ == "advcl"
    assert doc[5].dep_ == "ccomp"


def test_the_condition_is_kept_as_the_argument_of_the_fact_it_holds_for():
    doc = parsed(CONSIDERS)
    mend_conditional_complements(doc)
    found = triple_strings(doc)
    assert "The council | considers | the plan essential | condition if the bridge is rebuilt" in found
    assert not any("considers | if" in t for t in found)


def test_an_if_clause_that_is_the_verb_s_only_content_is_the_question_it_asks():
    doc = parsed("""
        Reporters 1 nsubj NOUN NNS reporter
        asked 1 ROOT VERB VBD ask
        if 5 mark SCONJ IN if
        the 4 det DET DT the
        talks 5 nsubj NOUN NNS talk
        failed 1 ccomp VERB VBD fail
        . 1 punct PUNCT . .
    """)
    assert mend_conditional_complements(doc) == 0
    assert doc[5].dep_ == "ccomp"
