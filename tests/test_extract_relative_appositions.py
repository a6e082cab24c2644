"""A name closing a relative clause renames the subject the clause is on (extract/relative_appositions.py)."""

from __future__ import annotations

from graphbuild.extract.relative_appositions import mend_relative_appositions, renamed_antecedent

from .parsed import parsed

# "The widow who sued the owners of the mines, Anna Berg, said."
WIDOW = """
    The 1 det DET DT the
    widow 13 nsubj NOUN NN widow
    who 3 nsubj PRON WP who
    sued 1 relcl VERB VBD sue
    the 5 det DET DT the
    owners 3 dobj NOUN NNS owner
    of 5 prep ADP IN of
    the 8 det DET DT the
    mines 6 pobj NOUN NNS mine
    , 8 punct PUNCT , ,
    Anna 11 compound PROPN NNP Anna B-PERSON
    Berg 8 appos PROPN NNP Berg I-PERSON
    , 1 punct PUNCT , ,
    said 13 ROOT VERB VBD say
    . 13 punct PUNCT . .
"""


def test_a_name_after_a_relative_clause_renames_its_subject_not_a_plural_noun_in_it():
    doc = parsed(WIDOW)
    assert renamed_antecedent(doc[11]).text == "widow"
    assert mend_relative_appositions(doc) == 1
    assert doc[11].head.text == "widow"  # the widow is Anna Berg, no mine is


def test_a_singular_person_noun_in_the_clause_may_be_the_one_named():
    # "The aide who worked for the senator, Tom Hart, said.": Hart may be the senator
    doc = parsed("""
        The 1 det DET DT the
        aide 10 nsubj NOUN NN aide
        who 3 nsubj PRON WP who
        worked 1 relcl VERB VBD work
        for 3 prep ADP IN for
        the 6 det DET DT the
        senator 4 pobj NOUN NN senator
        , 6 punct PUNCT , ,
        Tom 9 compound PROPN NNP Tom B-PERSON
        Hart 6 appos PROPN NNP Hart I-PERSON
        , 1 punct PUNCT , ,
        said 10 ROOT VERB VBD say
        . 10 punct PUNCT . .
    """)
    assert renamed_antecedent(doc[9]) is None
    assert mend_relative_appositions(doc) == 0


def test_a_name_not_followed_by_the_subjects_verb_stays():
    # "The widow who sued the owners of the mines, Anna Berg, and her son said.": a list, not a name
    doc = parsed("""
        The 1 det DET DT the
        widow 17 nsubj NOUN NN widow
        who 3 nsubj PRON WP who
        sued 1 relcl VERB VBD sue
        the 5 det DET DT the
        owners 3 dobj NOUN NNS owner
        of 5 prep ADP IN of
        the 8 det DET DT the
        mines 6 pobj NOUN NNS mine
        , 8 punct PUNCT , ,
        Anna 11 compound PROPN NNP Anna B-PERSON
        Berg 8 appos PROPN NNP Berg I-PERSON
        , 1 punct PUNCT , ,
        and 1 cc CCONJ CC and
        her 15 poss PRON PRP$ her
        son 1 conj NOUN NN son
        really 17 advmod ADV RB really
        said 17 ROOT VERB VBD say
        . 17 punct PUNCT . .
    """)
    assert renamed_antecedent(doc[11]) is None
