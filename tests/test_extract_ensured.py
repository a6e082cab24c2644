"""What someone will or would make sure of is an aim; what someone made sure of happened."""

from __future__ import annotations

from .parsed import parsed, qualified


def test_will_make_sure_marks_the_content_as_intended():
    doc = parsed("""
        Officials 2 nsubj NOUN NNS official
        will 2 aux AUX MD will
        make 2 ROOT VERB VB make
        sure 2 acomp ADJ JJ sure
        the 5 det DET DT the
        ballots 7 nsubjpass NOUN NNS ballot
        are 7 auxpass AUX VBP be
        counted 3 ccomp VERB VBN count
        by 7 agent ADP IN by
        hand 8 pobj NOUN NN hand
        . 2 punct PUNCT . .
    """)
    assert qualified(doc)["the ballots | are counted by | hand"] == (False, "intended", None)


def test_sure_hung_on_the_subject_still_makes_an_aim():
    doc = parsed("""
        He 2 nsubj PRON PRP he
        would 2 aux AUX MD would
        make 2 ROOT VERB VB make
        sure 5 amod ADJ JJ sure
        unfair 5 amod ADJ JJ unfair
        fees 8 nsubjpass NOUN NNS fee
        were 8 auxpass AUX VBD be
        not 8 neg PART RB not
        charged 2 ccomp VERB VBN charge
        by 8 agent ADP IN by
        banks 9 pobj NOUN NNS bank
        . 2 punct PUNCT . .
    """)
    triples = qualified(doc)
    flags = [found for text, found in triples.items() if text.startswith("banks")]
    assert flags == [(True, "intended", None)]


def test_made_sure_in_the_past_tells_what_happened():
    doc = parsed("""
        The 1 det DET DT the
        guards 2 nsubj NOUN NNS guard
        made 2 ROOT VERB VBD make
        sure 2 oprd ADJ JJ sure
        that 7 mark SCONJ IN that
        the 6 det DET DT the
        visitors 7 nsubj NOUN NNS visitor
        left 3 ccomp VERB VBD leave
        the 9 det DET DT the
        hall 7 dobj NOUN NN hall
        . 2 punct PUNCT . .
    """)
    assert qualified(doc)["the visitors | left | the hall"] == (False, None, None)


def test_a_custom_that_dictates_states_a_requirement():
    doc = parsed("""
        Local 1 amod ADJ JJ local
        custom 2 nsubj NOUN NN custom
        dictates 2 ROOT VERB VBZ dictate
        that 7 mark SCONJ IN that
        the 5 det DET DT the
        dead 7 nsubjpass NOUN NNS dead
        are 7 auxpass AUX VBP be
        buried 2 ccomp VERB VBN bury
        before 7 prep ADP IN before
        sunset 8 pobj NOUN NN sunset
        . 2 punct PUNCT . .
    """)
    assert qualified(doc)["the dead | are buried before | sunset"][1] == "dictate"
