"""One thing, one node (graphbuild.resolve.same_entity): names the text shows to be another entity."""

from __future__ import annotations

import pytest

from .test_resolve_nodes import _entities, _nodes, _resolved_with_ents

pytestmark = pytest.mark.model


def test_place_the_text_defines_is_that_place_in_every_sentence(nlp):
    text = "The nearest settlement to the base is Velmora. Hundreds of fans reached Velmora by bus."
    found = {(e.name, e.type) for e in nlp(text)._.gb_entities}
    assert ("Velmora", "Region") in found and ("Velmora", "Actor") not in found


def test_titled_name_a_city_shares_is_the_person_throughout(nlp):
    text = "Critics opposed Senator Kennedy's plan. Aides recalled the night Kennedy was shot."
    found = _entities(nlp, text)
    assert found["Kennedy"][:2] == ("Actor", "Person")
    assert not [e for e in nlp(text)._.gb_entities if e.type == "Region"]


def test_names_listed_with_a_town_of_the_text_are_towns(nlp):
    text = "The village of Okular was worst hit. The governor said Okular, Yukarkanatl and Kayalk lost most."
    found = _entities(nlp, text)
    assert found["Yukarkanatl"][0] == "Region" and found["Kayalk"][0] == "Region"
    text = "Protesters marched in Paris. Paris, Amnesty International and Oxfam said so."
    assert _entities(nlp, text)["Oxfam"][0] == "Actor"


def test_head_word_of_one_organisation_of_the_text_is_that_organisation(nlp):
    text = "The Karvo Fire Department said the fire spread. At midnight the Department was seeking access."
    assert _nodes(nlp, text) == {"Karvo Fire Department"}
    text += " The Health Department disagreed."
    assert "Department" in _nodes(nlp, text)  # two departments: which one is not said


def test_platform_named_without_its_prefix_is_the_platform(nlp):
    text = "A naval vessel, the ROKS Hanbit, sank near the border. The Hanbit was on patrol."
    found = nlp(text)._.gb_entities
    ships = [e for e in found if e.type == "Weapon"]
    assert len(ships) == 1 and "Hanbit" in ships[0].aliases
    assert not [e for e in found if e.name == "Hanbit"]


def test_branch_of_an_organisation_is_no_person(nlp):
    found = _entities(nlp, "He told CNN Ankara that the damage was small. CNN reported the quake.")
    assert found["CNN Ankara"][:2] == ("Actor", "Organization")


def test_name_ner_calls_a_place_and_elsewhere_an_organisation_is_the_place(nlp):
    text = (
        "The dispute is not restricted to Uttarakhand, as it flows through Bengal. Uttarakhand's court ruled"
    )
    found = [(e.name, e.type) for e in nlp(text)._.gb_entities if e.name == "Uttarakhand"]
    assert found and all(t == "Region" for _, t in found)


def test_name_of_a_craft_is_a_product_in_every_sentence(nlp):
    text = "The VOYAGER-9 spacecraft was launched in 2004. VOYAGER-9 is due to reach orbit in April."
    found = {(e.name, e.type) for e in nlp(text)._.gb_entities if "VOYAGER" in e.name}
    assert found and all(t == "Other" for _, t in found)


def test_title_of_a_work_is_a_work_in_every_sentence(nlp):
    # issue 14 (fresh5 wrong type): "In The Grand Design, ..." and "The Grand Design was co-authored"
    # (NER: FAC both times) typed Region
    text = "In The Silent Orchard, Professor Lund says the universe needs no creator. "
    second = "The Silent Orchard was written by Lund and Berg."
    spans = [(text.index("Silent"), "Silent Orchard", "FAC"), (len(text), "The Silent Orchard", "FAC")]
    found = _resolved_with_ents(nlp, text + second, spans)
    assert {t for name, t, _ in found if name == "Silent Orchard"} == {"Other"}
    found = _resolved_with_ents(nlp, second, [(0, "The Silent Orchard", "FAC")])
    # alone, a capitalised article opening a sentence says nothing of a title
    assert {t for name, t, _ in found if name == "Silent Orchard"} - {"Other"}
