"""What an accusation accuses of is alleged, also when the parser lists the act as a verb of its own."""

from __future__ import annotations

from .parsed import parsed, qualified


def _listed(participle: str, lemma: str) -> str:
    """ "He is <participle> of fraud and secretly selling weapons." """
    return f"""
        He 2 nsubjpass PRON PRP he
        is 2 auxpass AUX VBZ be
        {participle} 2 ROOT VERB VBN {lemma}
        of 2 prep ADP IN of
        fraud 3 pobj NOUN NN fraud
        and 2 cc CCONJ CC and
        secretly 7 advmod ADV RB secretly
        selling 2 conj VERB VBG sell
        weapons 7 dobj NOUN NNS weapon
        . 2 punct PUNCT . .
    """


def test_a_gerund_listed_after_an_accusation_is_alleged():
    facts = qualified(parsed(_listed("accused", "accuse")))
    assert facts["He | secretly selling | weapons"] == (False, "alleged", None)


def test_a_gerund_after_a_finding_is_stated():
    facts = qualified(parsed(_listed("convicted", "convict")))
    assert all(modality is None for _, modality, _ in facts.values())


def test_a_list_of_gerunds_after_the_act_of_a_charge_is_alleged():
    doc = parsed("""
        She 2 nsubjpass PRON PRP she
        was 2 auxpass AUX VBD be
        charged 2 ROOT VERB VBN charge
        with 2 prep ADP IN with
        theft 3 pobj NOUN NN theft
        , 2 punct PUNCT , ,
        forging 2 advcl VERB VBG forge
        cheques 6 dobj NOUN NNS cheque
        and 6 cc CCONJ CC and
        threatening 6 conj VERB VBG threaten
        a 11 det DET DT a
        clerk 9 dobj NOUN NN clerk
        . 2 punct PUNCT . .
    """)
    facts = qualified(doc)
    assert facts["She | threatening | a clerk"] == (False, "alleged", None)
