"""Clauses a subordinator opens that the parse coordinated (extract/subordinated.py)."""

from __future__ import annotations

from graphbuild.extract.subjects import subjects
from graphbuild.extract.subordinated import subordinated_subject
from graphbuild.lexicons import load_lexicons

from .parsed import parsed


def test_a_clause_a_subordinator_opens_has_the_subordinators_object_as_subject():
    # "Ruiz was unknown, until a role in a film brought him fame.": the role brought it, not Ruiz
    doc = parsed("""
        Ruiz 1 nsubj PROPN NNP Ruiz B-PERSON
        was 1 ROOT AUX VBD be
        unknown 1 acomp ADJ JJ unknown
        , 1 punct PUNCT , ,
        until 1 prep ADP IN until
        a 6 det DET DT a
        role 4 pobj NOUN NN role
        in 6 prep ADP IN in
        a 9 det DET DT a
        film 7 pobj NOUN NN film
        brought 1 conj VERB VBD bring
        him 10 dative PRON PRP he
        fame 10 dobj NOUN NN fame
        . 1 punct PUNCT . .
    """)
    assert subordinated_subject(doc[10]).text == "role"
    assert [t.text for t in subjects(doc[10], load_lexicons())] == ["role"]


def test_a_verb_coordinated_with_and_keeps_the_shared_subject():
    # "Ruiz waited until noon and left.": Ruiz left
    doc = parsed("""
        Ruiz 1 nsubj PROPN NNP Ruiz B-PERSON
        waited 1 ROOT VERB VBD wait
        until 1 prep ADP IN until
        noon 2 pobj NOUN NN noon
        and 1 cc CCONJ CC and
        left 1 conj VERB VBD leave
        . 1 punct PUNCT . .
    """)
    assert subordinated_subject(doc[5]) is None
    assert [t.text for t in subjects(doc[5], load_lexicons())] == ["Ruiz"]


def test_a_subordinator_on_a_phrase_of_the_verb_with_coordinated_nouns_opens_a_clause():
    # "The vote was delayed for a day after ballots and boxes were lost.": the ballots were lost
    doc = parsed("""
        The 1 det DET DT the
        vote 3 nsubjpass NOUN NN vote
        was 3 auxpass AUX VBD be
        delayed 3 ROOT VERB VBN delay
        for 3 prep ADP IN for
        a 6 det DET DT a
        day 4 pobj NOUN NN day
        after 6 prep ADP IN after
        ballots 7 pobj NOUN NNS ballot
        and 8 cc CCONJ CC and
        boxes 8 conj NOUN NNS box
        were 12 auxpass AUX VBD be
        lost 3 conj VERB VBN lose
        . 3 punct PUNCT . .
    """)
    assert subordinated_subject(doc[12]).text == "ballots"


def test_as_before_a_named_storm_opens_a_clause():
    # "Two boats sank as Storm Ada, a late storm, hits the coast.": the storm hits it, not the boats
    doc = parsed("""
        Two 1 nummod NUM CD two
        boats 2 nsubj NOUN NNS boat
        sank 2 ROOT VERB VBD sink
        as 2 prep ADP IN as
        Storm 5 compound PROPN NNP Storm
        Ada 3 pobj PROPN NNP Ada
        , 5 punct PUNCT , ,
        a 9 det DET DT a
        late 9 amod ADJ JJ late
        storm 5 appos NOUN NN storm
        , 5 punct PUNCT , ,
        hits 2 conj VERB VBZ hit
        the 13 det DET DT the
        coast 11 dobj NOUN NN coast
        . 2 punct PUNCT . .
    """)
    assert [t.text for t in subjects(doc[11], load_lexicons())] == ["Ada"]


def test_such_as_lists_and_opens_no_clause():
    # "Officials from states such as Ohio, have not yet answered.", "answered" read as a conjunct
    doc = parsed("""
        Officials 5 nsubj NOUN NNS official
        from 0 prep ADP IN from
        states 1 pobj NOUN NNS state
        such 4 amod ADJ JJ such
        as 2 prep ADP IN as
        affected 5 ROOT VERB VBN affect
        Ohio 4 pobj PROPN NNP Ohio
        , 5 punct PUNCT , ,
        have 10 aux AUX VBP have
        not 10 neg PART RB not
        answered 5 conj VERB VBN answer
        . 5 punct PUNCT . .
    """)
    assert subordinated_subject(doc[10]) is None
