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
