"""A degree word (*too*, *enough*) stays in the relation of the infinitive it governs."""

from __future__ import annotations

from .parsed import parsed, triple_strings


def test_too_stays_in_the_relation_of_its_infinitive():
    doc = parsed("""
        The 1 det DET DT the
        mayor 2 nsubj NOUN NN mayor
        was 2 ROOT AUX VBD be
        too 4 advmod ADV RB too
        tired 2 acomp ADJ JJ tired
        to 6 aux PART TO to
        finish 4 xcomp VERB VB finish
        the 8 det DET DT the
        speech 6 dobj NOUN NN speech
        . 2 punct PUNCT . .
    """)
    triples = triple_strings(doc)
    assert "The mayor | was too tired to finish | the speech" in triples
    assert "The mayor | was tired to finish | the speech" not in triples


def test_enough_stays_after_its_adjective():
    doc = parsed("""
        She 1 nsubj PRON PRP she
        was 1 ROOT AUX VBD be
        old 1 acomp ADJ JJ old
        enough 2 advmod ADV RB enough
        to 5 aux PART TO to
        join 2 xcomp VERB VB join
        the 7 det DET DT the
        army 5 dobj NOUN NN army
        . 1 punct PUNCT . .
    """)
    assert "She | was old enough to join | the army" in triple_strings(doc)


def test_an_adjective_without_a_degree_word_keeps_its_relation():
    doc = parsed("""
        The 1 det DET DT the
        company 2 nsubj NOUN NN company
        was 2 ROOT AUX VBD be
        able 2 acomp ADJ JJ able
        to 5 aux PART TO to
        raise 3 xcomp VERB VB raise
        the 7 det DET DT the
        money 5 dobj NOUN NN money
        . 2 punct PUNCT . .
    """)
    assert "The company | was able to raise | the money" in triple_strings(doc)
