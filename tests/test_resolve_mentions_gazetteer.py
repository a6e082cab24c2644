"""Gazetteer mentions (graphbuild.resolve.mentions.gazetteer), on real sentences."""

from __future__ import annotations

import pytest

from .found_mentions import mention_names


@pytest.mark.model
def test_find_mentions_weapons_with_designations_and_generic_nouns(nlp):
    found = mention_names(
        nlp,
        "Fighters received SA-7 missiles and a truckload of AK's, "
        "and stolen explosives were turned into bombs.",
    )
    assert found["SA-7 missiles"] == ("SA-7", "Weapon", "Missile")
    assert found["AK's"][1:] == ("Weapon", "SmallArm")
    # issue 14: a participle describes, it does not name a class ("stolen explosives" is an alias)
    assert found["explosives"] == ("explosive", "Weapon", "Explosive")
    assert found["bombs"] == ("bomb", "Weapon", "Explosive")


@pytest.mark.model
def test_a_lower_case_name_after_an_indefinite_article_is_a_description(nlp):
    # "declare an Islamic state": a kind of state, not the group of that name
    doc = nlp("The rebels wanted to declare an Islamic state in the north.")
    assert not [e for e in doc._.gb_entities if e.name == "Islamic State"]
    doc = nlp("An Islamic State fighter was killed in the north.")
    assert [e for e in doc._.gb_entities if e.name == "Islamic State"]


@pytest.mark.model
def test_find_mentions_social_network_is_an_organisation(nlp):
    found = mention_names(nlp, "Speaker Lena Ortiz wrote on Instagram that the ban was wrong.")
    assert found["Instagram"][1:] == ("Actor", "Organization")


@pytest.mark.model
def test_weapon_synonym_in_lower_case_is_a_class_noun_not_the_entry(nlp):
    # issue 14 (fresh5, fresh4 generic): "a car bomb exploded" became the gazetteer's node "VBIED"
    entities = {
        e.name: (e.type, e.node)
        for e in nlp("A car bomb exploded in Varnel, killing six people.")._.gb_entities
    }
    assert "VBIED" not in entities
    assert entities["car bomb"] == ("Weapon", False)
    found = mention_names(nlp, "Police found two VBIEDs in a garage in Varnel.")
    assert found["VBIEDs"][:2] == ("VBIED", "Weapon")


@pytest.mark.model
def test_everyday_spellings_of_islamic_state_are_the_group(nlp):
    # issue 14: "Da’esh" (with an apostrophe) and "... of Iraq and Levant" (no article) are ISIL
    found = mention_names(nlp, "Local fighters vowed to destroy Da’esh in the valley.")
    assert found["Da’esh"][:2] == ("Islamic State", "Actor")
    found = mention_names(nlp, "Villagers fled the Islamic State of Iraq and Levant last year.")
    assert found["Islamic State of Iraq and Levant"][:2] == ("Islamic State", "Actor")


@pytest.mark.model
def test_an_entry_opening_a_longer_name_is_no_mention_of_the_entry(nlp):
    # "the Gulf" is the Persian Gulf, but not as the first words of "the Gulf of Oman"
    found = mention_names(nlp, "A tanker was seized in the Gulf of Oman, far from the Gulf.")
    assert found["Gulf of Oman"][1] == "Region"
    assert found["the Gulf"][0] == "Persian Gulf"


@pytest.mark.model
def test_a_city_written_without_its_accents_is_a_place(nlp):
    # GeoNames spells them "Thessaloníki" and "Lashkar Gāh"; NER took them for a body and a person
    found = mention_names(nlp, "Students marched in Thessaloniki yesterday.")
    assert found["Thessaloniki"][1:] == ("Region", "City")
    found = mention_names(nlp, "A bus overturned near Lashkar Gah on Sunday.")
    assert found["Lashkar Gah"] == ("Lashkar Gah", "Region", "City")
