"""Relation words written with a hyphen: the whole written word is the relation's word."""

from __future__ import annotations

from graphbuild.extract import extract_triples

from .parsed import parsed, triple_strings


def _relations(doc) -> list[tuple[str, str]]:
    return [(t.relation.text, t.relation.lemma) for t in extract_triples(doc)]


def test_a_prefixed_verb_keeps_its_prefix_in_the_relation_and_its_lemma():
    # "to re-open": "open" alone says the bridge was never open
    doc = parsed("""
        The 1 det DET DT the
        council 2 nsubj NOUN NN council
        voted 2 ROOT VERB VBD vote
        to 6 aux PART TO to
        re+ 6 advmod ADV RB re
        -+ 6 punct PUNCT HYPH -
        open 2 xcomp VERB VB open
        the 9 det DET DT the
        old 9 amod ADJ JJ old
        bridge 6 dobj NOUN NN bridge
        . 2 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["The council | voted to re-open | the old bridge"]
    assert _relations(doc)[0][1].endswith("re-open")


def test_a_prefix_that_reverses_the_verb_is_kept():
    # "de-regulate" is the opposite of "regulate"
    doc = parsed("""
        The 1 det DET DT the
        mayor 4 nsubj NOUN NN mayor
        de+ 4 advmod ADV RB de
        -+ 4 punct PUNCT HYPH -
        regulated 4 ROOT VERB VBD regulate
        the 7 det DET DT the
        taxi 7 compound NOUN NN taxi
        trade 4 dobj NOUN NN trade
        . 4 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["The mayor | de-regulated | the taxi trade"]
    assert _relations(doc) == [("de-regulated", "de-regulate")]


def test_a_passive_participle_with_a_prefix_turned_active_keeps_it():
    doc = parsed("""
        The 1 det DET DT the
        study 7 nsubj NOUN NN study
        co+ 4 advmod ADV RB co
        -+ 4 punct PUNCT HYPH -
        authored 1 acl VERB VBN author
        by 4 agent ADP IN by
        Lund 5 pobj PROPN NNP Lund B-PERSON
        found 7 ROOT VERB VBD find
        a 9 det DET DT a
        flaw 7 dobj NOUN NN flaw
        . 7 punct PUNCT . .
    """)
    assert "Lund | co-author | The study" in triple_strings(doc)


def test_a_word_opened_by_a_negating_prefix_is_no_verb():
    # "working non-stop to treat": no one stopped
    doc = parsed("""
        Nurses 3 nsubj NOUN NNS nurse
        have 3 aux AUX VBP have
        been 3 aux AUX VBN be
        working 3 ROOT VERB VBG work
        non+ 6 amod ADJ JJ non
        -+ 6 punct PUNCT HYPH -
        stop 3 advcl VERB VB stop
        to 8 aux PART TO to
        treat 6 xcomp VERB VB treat
        the 10 det DET DT the
        injured 8 dobj NOUN NN injured
        . 3 punct PUNCT . .
    """)
    assert not any("stop" in line for line in triple_strings(doc))


def test_a_plain_verb_is_left_as_it_is():
    doc = parsed("""
        The 1 det DET DT the
        council 2 nsubj NOUN NN council
        opened 2 ROOT VERB VBD open
        the 4 det DET DT the
        bridge 2 dobj NOUN NN bridge
        . 2 punct PUNCT . .
    """)
    assert _relations(doc) == [("opened", "open")]
