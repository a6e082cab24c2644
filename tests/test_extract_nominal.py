"""Facts inside noun phrases: appositions, titles before names, possessives, places."""

from __future__ import annotations

from .parsed import parsed, triple_strings


def test_apposition_is_and_role_at_organisation():
    doc = parsed("""
        Aning 8 nsubj PROPN NNP Aning
        , 0 punct PUNCT , ,
        an 3 det DET DT an
        official 0 appos NOUN NN official
        at 3 prep ADP IN at
        the 6 det DET DT the
        Center 4 pobj PROPN NNP Center
        , 0 punct PUNCT , ,
        spoke 8 ROOT VERB VBD speak
        . 8 punct PUNCT . .
    """)
    assert triple_strings(doc) == [
        "Aning | is | an official at the Center",
        "Aning | is an official at | the Center",
    ]


def test_apposition_name_after_a_description_becomes_the_subject():
    doc = parsed("""
        the 2 det DET DT the
        former 2 amod ADJ JJ former
        manager 6 nsubj NOUN NN manager
        , 2 punct PUNCT , ,
        Christopher 5 compound PROPN NNP Christopher
        Drogoul 2 appos PROPN NNP Drogoul
        resigned 6 ROOT VERB VBD resign
        . 6 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["Christopher Drogoul | is | the former manager"]


def test_apposition_of_two_places_is_in():
    doc = parsed("""
        Kutama 0 ROOT PROPN NNP Kutama B-GPE
        , 0 punct PUNCT , , O
        Zimbabwe 0 appos PROPN NNP Zimbabwe B-GPE
    """)
    assert triple_strings(doc) == ["Kutama | is in | Zimbabwe"]


def test_title_before_a_name_with_its_country():
    doc = parsed("""
        Mali 1 compound PROPN NNP Mali
        President 4 compound PROPN NNP president
        Amadou 4 compound PROPN NNP Amadou
        Toumani 4 compound PROPN NNP Toumani
        Toure 5 nsubj PROPN NNP Toure
        sought 5 ROOT VERB VBD seek
        support 5 dobj NOUN NN support
        . 5 punct PUNCT . .
    """)
    assert triple_strings(doc) == [
        "Mali President Amadou Toumani Toure | sought | support",
        "Amadou Toumani Toure | is President of | Mali",
    ]


def test_title_before_a_name_with_an_adjective():
    doc = parsed("""
        Libyan 1 amod ADJ JJ libyan
        leader 3 compound NOUN NN leader
        Muammar 3 compound PROPN NNP Muammar
        Gaddafi 3 ROOT PROPN NNP Gaddafi
    """)
    assert triple_strings(doc) == ["Muammar Gaddafi | is | Libyan leader"]


def test_possessive_has_and_named_role_holder():
    doc = parsed("""
        Chad 2 poss PROPN NNP Chad
        's 0 case PART POS 's
        president 6 nsubj NOUN NN president
        , 2 punct PUNCT , ,
        Idriss 5 compound PROPN NNP Idriss
        Deby 2 appos PROPN NNP Deby
        spoke 6 ROOT VERB VBD speak
        . 6 punct PUNCT . .
    """)
    assert triple_strings(doc) == [
        "Idriss Deby | is president of | Chad",
        "Chad | had | president",  # the tense follows the sentence's main verb
        "Idriss Deby | is | Chad 's president",
    ]


def test_noun_placed_by_a_name_is_in():
    doc = parsed("""
        Fans 1 nsubj NOUN NNS fan
        filled 1 ROOT VERB VBD fill
        the 3 det DET DT the
        hall 1 dobj NOUN NN hall
        in 3 prep ADP IN in
        Glasgow 4 pobj PROPN NNP Glasgow
        . 1 punct PUNCT . .
    """)
    assert triple_strings(doc) == ["Fans | filled | the hall in Glasgow", "the hall | is in | Glasgow"]
