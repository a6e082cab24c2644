"""The "of" edge of a noun phrase between two entities, on hand-built parses."""

from __future__ import annotations

from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.of_phrases import of_label, of_targets

from .parsed import parsed


def _entity(name: str, type_: str, subtype: str) -> LocalEntity:
    return LocalEntity(key=name.lower(), name=name, type=type_, subtype=subtype)


def test_a_common_noun_keeps_its_word_in_the_of_relation():
    # "Lumo is the capital of Vesta": the capital, linked to Lumo, is capital of Vesta
    doc = parsed("""
        Lumo 1 nsubj PROPN NNP Lumo B-GPE
        is 1 ROOT AUX VBZ be
        the 3 det DET DT the
        capital 1 attr NOUN NN capital
        of 3 prep ADP IN of
        Vesta 4 pobj PROPN NNP Vesta B-GPE
    """)
    assert of_label(doc[3], "of", frozenset()) == "be capital of"
    assert of_label(doc[0], "of", frozenset()) == "of"


def test_people_acting_for_what_they_are_of_keep_the_bare_of():
    # "fighters of the Front": the Front's own fighters
    doc = parsed("""
        fighters 0 ROOT NOUN NNS fighter
        of 0 prep ADP IN of
        the 3 det DET DT the
        Front 1 pobj PROPN NNP Front B-ORG
    """)
    assert of_label(doc[0], "of", frozenset(), frozenset({"fighter"})) == "of"


def test_a_name_of_a_body_keeps_the_bare_of():
    doc = parsed("""
        Ana 1 compound PROPN NNP Ana B-PERSON
        Ruiz 1 ROOT PROPN NNP Ruiz I-PERSON
        of 1 prep ADP IN of
        Acme 2 pobj PROPN NNP Acme B-ORG
    """)
    owner = {0: _entity("Ana Ruiz", "Actor", "Person"), 1: _entity("Ana Ruiz", "Actor", "Person")}
    owner[3] = _entity("Acme", "Actor", "Organization")
    assert of_targets(doc[1], doc[3], "of", owner) == [doc[3]]


def test_an_act_of_a_person_is_no_owner_of_the_act():
    # "the Canonisation of Cardinal John Ashby": about Ashby, not owned by him
    doc = parsed("""
        the 1 det DET DT the
        Canonisation 1 ROOT PROPN NNP Canonisation
        of 1 prep ADP IN of
        Cardinal 5 compound PROPN NNP Cardinal
        John 5 compound PROPN NNP John B-PERSON
        Ashby 2 pobj PROPN NNP Ashby I-PERSON
    """)
    owner = {1: _entity("Canonisation", "Other", ""), 5: _entity("John Ashby", "Actor", "Person")}
    assert of_targets(doc[1], doc[5], "of", owner) == []


def test_a_name_of_a_list_names_its_members_not_its_owner():
    # "the Lake States of Ardena and Borva": the states are Ardena and Borva
    doc = parsed("""
        the 2 det DET DT the
        Lake 2 compound PROPN NNP Lake
        States 2 ROOT PROPN NNP States
        of 2 prep ADP IN of
        Ardena 3 pobj PROPN NNP Ardena B-GPE
        and 4 cc CCONJ CC and
        Borva 4 conj PROPN NNP Borva B-GPE
    """)
    owner = {4: _entity("Ardena", "Region", "AdminArea"), 6: _entity("Borva", "Region", "AdminArea")}
    assert of_targets(doc[2], doc[4], "of", owner) == []


def test_a_person_of_a_name_ner_took_for_a_person_keeps_the_bare_of():
    # "Ana Ruiz of William Hale": a firm named after its founder
    doc = parsed("""
        Ana 1 compound PROPN NNP Ana B-PERSON
        Ruiz 1 ROOT PROPN NNP Ruiz I-PERSON
        of 1 prep ADP IN of
        William 4 compound PROPN NNP William B-PERSON
        Hale 2 pobj PROPN NNP Hale I-PERSON
    """)
    owner = {1: _entity("Ana Ruiz", "Actor", "Person"), 4: _entity("William Hale", "Actor", "Person")}
    assert of_targets(doc[1], doc[4], "of", owner) == [doc[4]]


def test_a_place_named_with_its_wider_place_is_no_list():
    # "the Bethel Church of Linden, Ostra": one town and its state, no list
    doc = parsed("""
        Church 0 ROOT PROPN NNP Church
        of 0 prep ADP IN of
        Linden 1 pobj PROPN NNP Linden B-GPE
        , 2 punct PUNCT , ,
        Ostra 2 conj PROPN NNP Ostra B-GPE
    """)
    owner = {0: _entity("Bethel Church", "Actor", "Organization"), 2: _entity("Linden", "Region", "City")}
    owner[4] = _entity("Ostra", "Region", "AdminArea")
    assert of_targets(doc[0], doc[2], "of", owner) == [doc[2], doc[4]]


def test_a_title_of_a_person_is_no_post_held_at_the_person():
    # "Secretary of Home Affairs Ana Ruiz": the title's "of" runs into its holder's name
    doc = parsed("""
        Secretary 0 ROOT PROPN NNP Secretary
        of 0 prep ADP IN of
        Ana 3 compound PROPN NNP Ana B-PERSON
        Ruiz 1 pobj PROPN NNP Ruiz I-PERSON
    """)
    owner = {0: _entity("Secretary", "Other", ""), 3: _entity("Ana Ruiz", "Actor", "Person")}
    assert of_targets(doc[0], doc[3], "be secretary of", owner) == []
