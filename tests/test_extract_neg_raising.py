"""Neg-raising: "X does not think Y" is X's view that Y is not so; "X did not say Y" denies nothing of Y."""

from __future__ import annotations

from graphbuild.extract.neg_raising import raised_denial, raises_negation
from graphbuild.lexicons import load_lexicons

from .parsed import parsed, qualified


def _opinion(verb: str, lemma: str) -> str:
    """ "The engineer does not <verb> the bridge is safe." """
    return f"""
        The 1 det DET DT the
        engineer 4 nsubj NOUN NN engineer
        does 4 aux AUX VBZ do
        not 4 neg PART RB not
        {verb} 4 ROOT VERB VB {lemma}
        the 6 det DET DT the
        bridge 7 nsubj NOUN NN bridge
        is 4 ccomp AUX VBZ be
        safe 7 acomp ADJ JJ safe
        . 4 punct PUNCT . .
    """


def test_the_content_of_a_denied_opinion_is_denied():
    facts = qualified(parsed(_opinion("believe", "believe")))
    assert facts["the bridge | is | safe"][:2] == (True, None)
    assert facts["The engineer | does not believe | the bridge is safe"][0] is True


def test_the_content_of_a_denied_saying_is_not_denied():
    facts = qualified(parsed(_opinion("say", "say")))
    assert facts["the bridge | is | safe"][0] is False


def test_an_opinion_without_not_raises_nothing():
    doc = parsed("""
        The 1 det DET DT the
        engineer 2 nsubj NOUN NN engineer
        thinks 2 ROOT VERB VBZ think
        the 4 det DET DT the
        bridge 5 nsubj NOUN NN bridge
        is 2 ccomp AUX VBZ be
        safe 5 acomp ADJ JJ safe
        . 2 punct PUNCT . .
    """)
    lexicons = load_lexicons()
    assert not raises_negation(doc[2], lexicons)
    assert not raised_denial(doc[5], lexicons)
    assert qualified(doc)["the bridge | is | safe"] == (False, None, "The engineer")


def test_a_denied_opinion_inside_a_hope_is_hoped_not_stated():
    doc = parsed("""
        The 1 det DET DT the
        mayor 2 nsubj NOUN NN mayor
        hoped 2 ROOT VERB VBD hope
        that 8 mark SCONJ IN that
        the 5 det DET DT the
        board 8 nsubj NOUN NN board
        does 8 aux AUX VBZ do
        not 8 neg PART RB not
        think 2 ccomp VERB VB think
        the 10 det DET DT the
        plan 11 nsubj NOUN NN plan
        is 8 ccomp AUX VBZ be
        wise 11 acomp ADJ JJ wise
        . 2 punct PUNCT . .
    """)
    assert qualified(doc)["the plan | is | wise"][:2] == (True, "hope")
