"""Clauses of comment opened by "as", on hand-built parses of invented sentences."""

from __future__ import annotations

from graphbuild.extract.as_clauses import comment_clause

from .parsed import parsed, triple_strings


def test_an_as_clause_of_comment_lends_no_subject():
    # "The mayor had resigned, as was reported in the press.": the resignation was reported
    doc = parsed("""
        The 1 det DET DT the
        mayor 3 nsubj NOUN NN mayor
        had 3 aux AUX VBD have
        resigned 3 ROOT VERB VBN resign
        , 3 punct PUNCT , ,
        as 7 mark SCONJ IN as
        was 7 auxpass AUX VBD be
        reported 3 advcl VERB VBN report
        in 7 prep ADP IN in
        the 10 det DET DT the
        press 8 pobj NOUN NN press
        . 3 punct PUNCT . .
    """)
    assert comment_clause(doc[7])
    assert not any("| was reported in |" in t for t in triple_strings(doc))


def test_a_passive_with_a_subject_of_its_own_is_no_comment():
    # "The mayor resigned as the plan was reported in the press."
    doc = parsed("""
        The 1 det DET DT the
        mayor 2 nsubj NOUN NN mayor
        resigned 2 ROOT VERB VBD resign
        as 7 mark SCONJ IN as
        the 5 det DET DT the
        plan 7 nsubjpass NOUN NN plan
        was 7 auxpass AUX VBD be
        reported 2 advcl VERB VBN report
        in 7 prep ADP IN in
        the 10 det DET DT the
        press 8 pobj NOUN NN press
        . 2 punct PUNCT . .
    """)
    assert not comment_clause(doc[7])
    assert any(t.startswith("the plan | was reported in | the press") for t in triple_strings(doc))


def test_as_such_is_no_clause_of_comment():
    # "Lee was made a saint, and as such was honoured by the town.": Lee was honoured
    doc = parsed("""
        Lee 2 nsubjpass PROPN NNP Lee B-PERSON
        was 2 auxpass AUX VBD be
        made 2 ROOT VERB VBN make
        a 4 det DET DT a
        saint 2 oprd NOUN NN saint
        , 2 punct PUNCT , ,
        and 2 cc CCONJ CC and
        as 10 mark SCONJ IN as
        such 7 amod ADJ JJ such
        was 10 auxpass AUX VBD be
        honoured 2 advcl VERB VBN honour
        by 10 agent ADP IN by
        the 13 det DET DT the
        town 11 pobj NOUN NN town
        . 2 punct PUNCT . .
    """)
    assert not comment_clause(doc[10])
