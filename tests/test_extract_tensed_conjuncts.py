"""A conjoined verb in a tense of its own shares no "did not" or modal of the bare verb before it."""

from __future__ import annotations

from .parsed import parsed, qualified


def _joined(second: str, tag: str, lemma: str) -> str:
    """ "The guards did not open the gate and <second> the mayor." """
    return f"""
        The 1 det DET DT the
        guards 4 nsubj NOUN NNS guard
        did 4 aux AUX VBD do
        not 4 neg PART RB not
        open 4 ROOT VERB VB open
        the 6 det DET DT the
        gate 4 dobj NOUN NN gate
        and 4 cc CCONJ CC and
        {second} 4 conj VERB {tag} {lemma}
        the 10 det DET DT the
        mayor 8 dobj NOUN NN mayor
        . 4 punct PUNCT . .
    """


def test_a_past_conjunct_of_a_denied_bare_verb_happened():
    facts = qualified(parsed(_joined("called", "VBD", "call")))
    assert facts["The guards | did not open | the gate"] == (True, None, None)
    assert facts["The guards | called | the mayor"] == (False, None, None)


def test_a_bare_conjunct_shares_the_denial():
    facts = qualified(parsed(_joined("call", "VB", "call")))
    assert facts["The guards | call | the mayor"] == (True, None, None)


def test_a_conjunct_whose_past_is_its_bare_form_still_shares_the_auxiliary():
    # "cut" tagged as a past tense after "did not open" may be the bare form: it stays denied
    facts = qualified(parsed(_joined("cut", "VBD", "cut")))
    assert facts["The guards | cut | the mayor"] == (True, None, None)
