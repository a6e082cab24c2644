"""A preposition read where a clause opens: its object is only the clause's subject."""

from __future__ import annotations

from .parsed import parsed, triple_strings


def test_the_subject_of_a_clause_opened_by_after_is_no_object():
    doc = parsed("""
        The 1 det DET DT the
        bank 2 nsubj NOUN NN bank
        apologised 2 ROOT VERB VBD apologise
        after 2 prep ADP IN after
        thousands 3 pobj NOUN NNS thousand
        of 4 prep ADP IN of
        clients 5 pobj NOUN NNS client
        found 2 advcl VERB VBD find
        the 9 det DET DT the
        website 10 nsubj NOUN NN website
        closed 7 ccomp VERB VBN close
        . 2 punct PUNCT . .
    """)
    assert "The bank | apologised after | thousands of clients" not in triple_strings(doc)
    assert "The bank | apologised after | thousands of clients" in triple_strings(doc, variants=True)


def test_a_preposition_whose_object_ends_before_a_coordinated_verb_keeps_it():
    doc = parsed("""
        The 1 det DET DT the
        minister 2 nsubj NOUN NN minister
        spoke 2 ROOT VERB VBD speak
        after 2 prep ADP IN after
        the 5 det DET DT the
        vote 3 pobj NOUN NN vote
        and 2 cc CCONJ CC and
        left 2 conj VERB VBD leave
        . 2 punct PUNCT . .
    """)
    assert "The minister | spoke after | the vote" in triple_strings(doc)


def test_an_object_ending_in_a_later_conjunct_is_not_read_as_a_subject():
    doc = parsed("""
        The 1 det DET DT the
        storm 2 nsubj NOUN NN storm
        raged 2 ROOT VERB VBD rage
        until 2 prep ADP IN until
        dawn+ 3 pobj NOUN NN dawn
        , 4 punct PUNCT , ,
        when 9 advmod SCONJ WRB when
        trains 9 nsubjpass NOUN NNS train
        were 9 auxpass AUX VBD be
        stopped 4 relcl VERB VBN stop
        and 9 cc CCONJ CC and
        a 12 det DET DT a
        bridge 4 conj NOUN NN bridge
        was 14 auxpass AUX VBD be
        shut 2 advcl VERB VBN shut
        . 2 punct PUNCT . .
    """)
    assert "The storm | raged until | dawn, when trains were stopped and a bridge" in triple_strings(doc)


def test_a_speech_tag_after_the_object_is_no_clause_of_its_own():
    doc = parsed("""
        Ticket 1 compound NOUN NN ticket
        sales 2 nsubj NOUN NNS sale
        rose 2 ROOT VERB VBD rise
        to 2 prep ADP IN to
        90 5 compound NUM CD 90
        million 6 nummod NUM CD million
        euros 3 pobj NOUN NNS euro
        reported 2 advcl VERB VBD report
        the 9 det DET DT the
        league 7 dobj NOUN NN league
        . 2 punct PUNCT . .
    """)
    assert "Ticket sales | rose to | 90 million euros" in triple_strings(doc)
