"""Mending the parse of a work's title that reads as a clause, so no fact is built from its words."""

from __future__ import annotations

import pytest

from graphbuild.extract.work_titles import TITLES_KEY, mend_work_titles, mended_title
from graphbuild.lexicons import load_lexicons

from .parsed import parsed, triple_strings

# "The host of the show Dogs Eat the Oddest Things , retired ." read as "Dogs eat the Oddest Things"
SHOW_TITLE_READ_AS_CLAUSE = """
    The 1 det DET DT the
    host 11 nsubj NOUN NN host
    of 1 prep ADP IN of
    the 4 det DET DT the
    show 2 pobj NOUN NN show
    Dogs 6 nsubj NOUN NNS dog
    Eat 1 relcl VERB VBP eat
    the 9 det DET DT the
    Oddest 9 compound PROPN NNP Oddest
    Things 6 dobj NOUN NNS thing
    , 6 punct PUNCT , ,
    retired 11 ROOT VERB VBD retire
    . 11 punct PUNCT . .
"""


def test_a_title_after_a_work_noun_is_one_name_in_apposition_to_it():
    doc = parsed(SHOW_TITLE_READ_AS_CLAUSE)
    assert mend_work_titles(doc, load_lexicons()) == 1
    things = doc[9]
    assert (things.dep_, things.head.i) == ("appos", 4)
    assert all((doc[i].dep_, doc[i].head.i) == ("compound", 9) for i in range(5, 9))
    assert doc[6].pos_ == "PROPN"  # "Eat" heads no clause
    assert (doc[10].head.i, doc[1].head.i) == (9, 11)  # the comma goes with the title; the rest stays
    assert [(e.text, e.label_) for e in doc.ents] == [("Dogs Eat the Oddest Things", "WORK_OF_ART")]
    assert doc.user_data[TITLES_KEY] == [(5, 10)]
    assert mended_title(doc[5:10]) and mended_title(doc[7:10]) and not mended_title(doc[5:7])
    assert not any("| Eat |" in t for t in triple_strings(doc))


def test_a_title_the_parse_already_reads_as_one_noun_phrase_is_left_alone():
    # "She praised the film Night Train ." : one name already
    doc = parsed("""
        She 1 nsubj PRON PRP she
        praised 1 ROOT VERB VBD praise
        the 3 det DET DT the
        film 1 dobj NOUN NN film
        Night 5 compound PROPN NNP Night
        Train 3 appos PROPN NNP Train
        . 1 punct PUNCT . .
    """)
    assert mend_work_titles(doc, load_lexicons()) == 0


def test_a_fronted_phrase_ending_in_a_work_noun_introduces_no_title():
    # "In the show , Ana and Bo danced ." : a title set off by a comma must be closed by one
    doc = parsed("""
        In 7 prep ADP IN in
        the 2 det DET DT the
        show 0 pobj NOUN NN show
        , 7 punct PUNCT , ,
        Ana 7 nsubj PROPN NNP Ana
        and 4 cc CCONJ CC and
        Bo 4 conj PROPN NNP Bo
        danced 7 ROOT VERB VBD dance
        . 7 punct PUNCT . .
    """)
    assert mend_work_titles(doc, load_lexicons()) == 0


@pytest.mark.model
def test_a_title_among_examples_of_works_is_one_book_and_no_negated_clause(nlp):
    found = triple_strings(
        nlp("Lund wrote nine other novels, including We Won't Sleep on a Burning Roof, her memoir.")
    )
    assert "We Won't Sleep on a Burning Roof | is | her memoir" in found
    assert not any("Sleep on" in t.split(" | ")[1] for t in found)


@pytest.mark.model
def test_titles_listed_after_a_copula_are_each_a_book_of_the_subject(nlp):
    text = (
        "A few of her other books are Nobody Told Me Twice, Winter is Not for Dancers, "
        "and Songs of a Tired Sailor."
    )
    found = triple_strings(nlp(text))
    assert found == [
        "A few of her other books | are | Nobody Told Me Twice",
        "A few of her other books | are | Winter is Not for Dancers",
        "A few of her other books | are | Songs of a Tired Sailor",
    ]


@pytest.mark.model
def test_titles_dated_in_brackets_are_the_films_not_what_they_feature(nlp):
    doc = nlp("She starred in two films with Ed Marr, Night Without a Moon (1961) and Harbor (1963).")
    found = triple_strings(doc)
    assert "two films with Ed Marr | featuring | Harbor" not in found
    assert {e.text for e in doc.ents if e.label_ == "WORK_OF_ART"} == {"Night Without a Moon", "Harbor"}


@pytest.mark.model
def test_a_title_is_a_work_and_no_actor(nlp):
    doc = nlp("Mara Quill, creator of the television show Kids Draw the Funniest Dogs, retired on Friday.")
    assert not any("| Draw |" in t for t in triple_strings(doc))
    kinds = {e.name: (e.type, e.subtype) for e in doc._.gb_entities}
    assert kinds["Kids Draw the Funniest Dogs"] == ("Other", "Work")


@pytest.mark.model
def test_a_place_after_a_preposition_ends_the_title(nlp):
    doc = nlp("Critics panned the film Dark Water Rising in China on Monday.")
    assert not any(e.label_ == "WORK_OF_ART" and "China" in e.text for e in doc.ents)


def test_a_name_before_a_verb_after_a_work_noun_is_a_relative_clause_subject():
    # "The books Ann Lee wrote sold ." : whose books, no title
    doc = parsed("""
        The 1 det DET DT the
        books 5 nsubj NOUN NNS book
        Ann 3 compound PROPN NNP Ann
        Lee 4 nsubj PROPN NNP Lee
        wrote 1 relcl VERB VBD write
        sold 5 ROOT VERB VBD sell
        . 5 punct PUNCT . .
    """)
    assert mend_work_titles(doc, load_lexicons()) == 0


@pytest.mark.model
def test_a_pronoun_after_a_plural_work_noun_is_no_title(nlp):
    found = triple_strings(nlp("The other books I read had a lot to do with history."))
    assert not any(t.startswith("I | are") for t in found)


@pytest.mark.model
def test_a_subtitle_after_a_colon_belongs_to_the_title(nlp):
    doc = nlp("Police seized copies of his new book, Once a Sailor: Harbour Justice in the Dock.")
    assert not any(t.startswith("Harbour Justice | is in") for t in triple_strings(doc))
    assert "Once a Sailor: Harbour Justice in the Dock" in {e.text for e in doc.ents}
