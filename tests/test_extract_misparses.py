"""Mending the misparse where a reported clause's subject is read as the reporting verb's object."""

from __future__ import annotations

import pytest

from graphbuild.extract.misparses import mend_reported_subjects, mend_unjoined_content
from graphbuild.lexicons import load_lexicons
from graphbuild.nlp import token_table

from .parsed import parsed, qualified


def test_the_object_before_a_subjectless_finite_clause_becomes_its_subject():
    # "Police confirmed two men were arrested ." parsed with "men" as the object of "confirmed"
    doc = parsed("""
        Police 1 nsubj PROPN NNP police
        confirmed 1 ROOT VERB VBD confirm
        two 3 nummod NUM CD two
        men 1 dobj NOUN NNS man
        were 5 auxpass AUX VBD be
        arrested 1 conj VERB VBN arrest
        . 1 punct PUNCT . .
    """)
    assert mend_reported_subjects(doc, load_lexicons()) == 1
    assert (doc[3].dep_, doc[3].head.i) == ("nsubjpass", 5)
    assert (doc[5].dep_, doc[5].head.i) == ("ccomp", 1)


def test_a_clause_joined_by_and_keeps_its_parse():
    # "Police arrested two men and were praised ." : a second act of the police, not content
    doc = parsed("""
        Police 1 nsubj PROPN NNP police
        arrested 1 ROOT VERB VBD arrest
        two 3 nummod NUM CD two
        men 1 dobj NOUN NNS man
        and 1 cc CCONJ CC and
        were 6 auxpass AUX VBD be
        praised 1 conj VERB VBN praise
        . 1 punct PUNCT . .
    """)
    assert mend_reported_subjects(doc, load_lexicons()) == 0
    assert doc[3].dep_ == "dobj"


@pytest.mark.model
def test_what_was_confirmed_is_the_whole_clause_and_its_fact_is_reported(nlp):
    # fresh10 (issue 18): "X confirmed two people, aged 15 and 18, were detained" gave
    # "X | confirmed | two people"
    found = qualified(
        nlp("Inspector Dana Voss confirmed two people, aged 15 and 18, were detained in the area.")
    )
    assert "Inspector Dana Voss | confirmed | two people" not in found
    assert found["two people | were detained in | the area"][2] == "Inspector Dana Voss"


@pytest.mark.model
def test_a_clause_hung_on_a_reporting_verb_with_nothing_to_join_them_is_its_content(nlp):
    # fresh6 (issue 18): "The fire service indicated on Twitter the baby girl was critically ill"
    # parsed "was" as a conjunct of "indicated" and stated the girl's state as the author's
    found = qualified(nlp("The fire service indicated on Twitter the baby girl was critically ill."))
    assert found["the baby girl | was | critically ill"][2] == "The fire service"
    # a clause joined by "and" is the author's own
    found = qualified(nlp("The fire service left at noon and the baby girl was taken to hospital."))
    assert found["the baby girl | was taken to | hospital"][2] is None


def test_a_clause_with_its_own_subject_hung_on_a_reporting_verb_by_nothing_is_its_content():
    # "Police said Monday the men fled ." parsed with "fled" as a conjunct of "said"
    doc = parsed("""
        Police 1 nsubj PROPN NNP police
        said 1 ROOT VERB VBD say
        Monday 1 npadvmod PROPN NNP Monday
        the 4 det DET DT the
        men 5 nsubj NOUN NNS man
        fled 1 conj VERB VBD flee
        . 1 punct PUNCT . .
    """)
    assert mend_unjoined_content(doc, load_lexicons()) == 1
    assert doc[5].dep_ == "ccomp"


def test_the_token_table_read_after_a_mending_holds_the_mended_parse():
    # the mendings pick their words from the token table; the passes after them read the new labels
    doc = parsed("""
        Police 1 nsubj PROPN NNP police
        confirmed 1 ROOT VERB VBD confirm
        two 3 nummod NUM CD two
        men 1 dobj NOUN NNS man
        were 5 auxpass AUX VBD be
        arrested 1 conj VERB VBN arrest
        . 1 punct PUNCT . .
    """)
    assert token_table(doc).dep[3] == "dobj"
    mend_reported_subjects(doc, load_lexicons())
    assert (token_table(doc).dep[3], token_table(doc).head[3]) == ("nsubjpass", 5)
    assert token_table(doc).children[5] == [3, 4]
