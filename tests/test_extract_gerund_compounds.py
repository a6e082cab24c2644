"""Nouns made of an -ing word and a noun that the parser read as a verb and its object."""

from __future__ import annotations

from graphbuild.extract.gerund_compounds import mend_gerund_compounds
from graphbuild.lexicons import load_lexicons

from .parsed import parsed, triple_strings


def test_a_listed_compound_after_by_is_the_agent_and_its_place_goes_to_the_verb():
    # fresh36: "executed by firing squad in Utah" gave "firing squad in Utah | execute | X"
    doc = parsed("""
        The 2 det DET DT the
        convicted 2 amod VERB VBN convict
        smuggler 4 nsubjpass NOUN NN smuggler
        was 4 auxpass AUX VBD be
        shot 4 ROOT VERB VBN shoot
        by 4 agent ADP IN by
        firing 5 pcomp VERB VBG fire
        squad 6 dobj NOUN NN squad
        in 6 prep ADP IN in
        Sonora 8 pobj PROPN NNP Sonora
        . 4 punct PUNCT . .
    """)
    assert mend_gerund_compounds(doc, load_lexicons()) == 1
    assert (doc[6].dep_, doc[6].head.i, doc[6].pos_) == ("compound", 7, "NOUN")
    assert (doc[7].dep_, doc[7].head.i) == ("pobj", 5)
    assert doc[8].head.i == 4
    assert triple_strings(doc) == ["The convicted smuggler | was shot by | firing squad | in Sonora"]


def test_a_listed_compound_in_a_plural_form_is_one_noun():
    doc = parsed("""
        Voters 1 nsubj NOUN NNS voter
        queued 1 ROOT VERB VBD queue
        outside 1 prep ADP IN outside
        polling 2 pcomp VERB VBG poll
        stations 3 dobj NOUN NNS station
        . 1 punct PUNCT . .
    """)
    assert mend_gerund_compounds(doc, load_lexicons()) == 1
    assert triple_strings(doc) == ["Voters | queued outside | polling stations"]


def test_a_gerund_with_an_object_of_no_listed_compound_keeps_its_parse():
    # "accused of firing rockets": an act done to the rockets
    doc = parsed("""
        The 1 det DET DT the
        rebels 3 nsubjpass NOUN NNS rebel
        were 3 auxpass AUX VBD be
        accused 3 ROOT VERB VBN accuse
        of 3 prep ADP IN of
        firing 4 pcomp VERB VBG fire
        rockets 5 dobj NOUN NNS rocket
        . 3 punct PUNCT . .
    """)
    assert mend_gerund_compounds(doc, load_lexicons()) == 0
    assert (doc[5].dep_, doc[6].dep_) == ("pcomp", "dobj")
