"""Descriptions inside a list of names, on hand-built parses of invented sentences."""

from __future__ import annotations

from graphbuild.extract.listed_descriptions import name_description

from .parsed import parsed, triple_strings

# "The winners are: Ann Lee, poet; Bo Ray, billionaire executive and philanthropist; Cy Dunn."
# parsed, as the model does, with the descriptions coordinated with the names
WINNERS = """
The 1 det DET DT the
winners 2 nsubj NOUN NNS winner
are 2 ROOT AUX VBP be
: 2 punct PUNCT : :
Ann 5 compound PROPN NNP Ann B-PERSON
Lee 2 attr PROPN NNP Lee I-PERSON
, 5 punct PUNCT , ,
poet 5 appos NOUN NN poet
; 5 punct PUNCT : ;
Bo 10 compound PROPN NNP Bo B-PERSON
Ray 5 conj PROPN NNP Ray I-PERSON
, 10 punct PUNCT , ,
billionaire 13 compound NOUN NN billionaire
executive 10 conj NOUN NN executive
and 13 cc CCONJ CC and
philanthropist 13 conj NOUN NN philanthropist
; 10 punct PUNCT : ;
Cy 18 compound PROPN NNP Cy B-PERSON
Dunn 10 conj PROPN NNP Dunn I-PERSON
. 2 punct PUNCT . .
"""


def test_a_description_after_a_listed_name_is_no_member():
    doc = parsed(WINNERS)
    assert name_description(doc[13]) and name_description(doc[15])
    strings = triple_strings(doc)
    assert not any(t.startswith("The winners | are | billionaire executive") for t in strings)
    assert not any(t.startswith("The winners | are | philanthropist") for t in strings)
    assert any(t.startswith("The winners | are | Bo Ray") for t in strings)
    assert any(t.startswith("The winners | are | Cy Dunn") for t in strings)


def test_a_list_with_no_semicolon_keeps_its_common_noun_member():
    # "The winners are Ann Lee, Bo Ray, poets and Cy Dunn.": no item mark, so "poets" stays a member
    doc = parsed("""
        The 1 det DET DT the
        winners 2 nsubj NOUN NNS winner
        are 2 ROOT AUX VBP be
        Ann 4 compound PROPN NNP Ann B-PERSON
        Lee 2 attr PROPN NNP Lee I-PERSON
        , 4 punct PUNCT , ,
        Bo 7 compound PROPN NNP Bo B-PERSON
        Ray 4 conj PROPN NNP Ray I-PERSON
        , 7 punct PUNCT , ,
        poets 7 conj NOUN NNS poet
        and 9 cc CCONJ CC and
        Cy 12 compound PROPN NNP Cy B-PERSON
        Dunn 9 conj PROPN NNP Dunn I-PERSON
        . 2 punct PUNCT . .
    """)
    assert not name_description(doc[9])
    assert any(t.startswith("The winners | are | poets") for t in triple_strings(doc))
