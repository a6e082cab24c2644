"""Phrase bounds: what an argument covers, and where it stops."""

from __future__ import annotations

from graphbuild.extract.phrases import clause_span, conjuncts_after, coordinated_span, noun_span

from .parsed import parsed

# "the final , delicate stages of talks , which ended ."
STAGES = parsed("""
the 4 det DET DT the
final 4 amod ADJ JJ final
, 4 punct PUNCT , ,
delicate 4 amod ADJ JJ delicate
stages 4 ROOT NOUN NNS stage
of 4 prep ADP IN of
talks 5 pobj NOUN NNS talk
, 6 punct PUNCT , ,
which 9 nsubj PRON WDT which
ended 6 relcl VERB VBD end
. 4 punct PUNCT . .
""")

# "Austria and Hungary border Slovakia ."
BORDER = parsed("""
Austria 3 nsubj PROPN NNP Austria
and 0 cc CCONJ CC and
Hungary 0 conj PROPN NNP Hungary
border 3 ROOT VERB VBP border
Slovakia 3 dobj PROPN NNP Slovakia
. 3 punct PUNCT . .
""")


def _text(doc, span):
    return doc[span[0] : span[1]].text


def test_noun_span_keeps_an_inner_comma_and_cuts_a_comma_set_relative():
    assert _text(STAGES, noun_span(STAGES[4])) == "the final , delicate stages of talks"


def test_noun_span_leaves_out_coordinated_siblings():
    assert _text(BORDER, noun_span(BORDER[0])) == "Austria"


def test_coordinated_span_keeps_them():
    assert _text(BORDER, coordinated_span(BORDER[0])) == "Austria and Hungary"


def test_clause_span_drops_edge_punctuation():
    assert _text(STAGES, clause_span(STAGES[9])) == "which ended"


def test_a_bare_number_coordinated_with_a_noun_is_an_elided_noun_not_an_object():
    doc = parsed("""
        Nurses 2 nsubj NOUN NNS nurse
        may 2 aux AUX MD may
        receive 2 ROOT VERB VB receive
        one 4 nummod NUM CD one
        month 6 poss NOUN NN month
        's 4 case PART POS 's
        pay 2 dobj NOUN NN pay
        instead 8 advmod ADV RB instead
        of 6 cc ADP IN of
        two 6 conj NUM CD two
        . 2 punct PUNCT . .
    """)
    pay = doc[6]
    assert conjuncts_after([pay]) == [pay]  # not "may receive two"
