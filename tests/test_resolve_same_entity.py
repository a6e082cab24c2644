"""One thing, one node (graphbuild.resolve.same_entity): names the text shows to be another entity."""

from __future__ import annotations

from collections import Counter

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.same_entity import index_text, place_owners, retype_by_text

from .test_resolve_nodes import _entities, _nodes, _resolved_with_ents

LEXICONS = load_lexicons()

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
    # two departments: which one is not said, and a lone head word is no node of its own either
    # (``lone_common_word``: bare "Court", "Foundation", "State" were judged wrong on every sheet)
    assert _nodes(nlp, text) == {"Karvo Fire Department", "Health Department"}


def test_platform_named_without_its_prefix_is_the_platform(nlp):
    text = "A naval vessel, the ROKS Hanbit, sank near the border. The Hanbit was on patrol."
    found = nlp(text)._.gb_entities
    ships = [e for e in found if e.type == "Weapon"]
    assert len(ships) == 1 and "Hanbit" in ships[0].aliases
    assert not [e for e in found if e.name == "Hanbit"]


def test_civil_craft_named_without_its_prefix_is_the_craft(nlp):
    text = (
        "Four men were convicted over the sinking of MV Princess Velora. "
        "An inquiry found that the firm bought Princess Velora without proper surveys."
    )
    found = nlp(text)._.gb_entities
    crafts = [e for e in found if "Velora" in e.name]
    assert len(crafts) == 1 and crafts[0].name == "MV Princess Velora"
    assert "Princess Velora" in crafts[0].aliases


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


def test_place_guess_of_a_name_the_text_gives_a_made_thing_is_the_thing():
    # issue 14 (fresh wrong type): "the Crew Dragon spacecraft", then "the next Crew Dragon
    # mission" (NER: FAC) typed a Site
    craft, guess = _local("Halcyon Wing", "Other", "Product"), _local("Halcyon Wing", "Region", "Site")
    guess.source = "ner"
    retype_by_text(guess, index_text([craft, guess]), frozenset(), LEXICONS)
    assert (guess.type, guess.subtype) == ("Other", "Product")
    # a town's name (NER: GPE) a product shares stays the town: "reached Velmora by bus"
    town = _local("Halcyon Wing", "Region", "City")
    town.source = "ner"
    retype_by_text(town, index_text([craft, town]), frozenset(), LEXICONS)
    assert town.type == "Region"


def test_place_guess_of_a_name_the_text_gives_a_person_is_the_person():
    # issue 14 (fresh wrong type): "Qaboos bin Said ... Qaboos" and "Reiss" (NER: person four
    # times, GPE twice) typed AdminArea
    full, guess = _local("Tarek bin Velmor", "Actor", "Person"), _local("Tarek", "Region", "AdminArea")
    retype_by_text(guess, index_text([full, guess]), frozenset(), LEXICONS)
    assert (guess.type, guess.subtype) == ("Actor", "Person")
    person, guess = _local("Vandrell", "Actor", "Person"), _local("Vandrell", "Region", "AdminArea")
    person.mentions, guess.mentions = 4, 2
    retype_by_text(guess, index_text([person, guess]), frozenset(), LEXICONS)
    assert guess.type == "Actor"
    # NER's place as often as its person: no evidence either way; a town a gazetteer knows stays
    person, guess = _local("Vandrell", "Actor", "Person"), _local("Vandrell", "Region", "AdminArea")
    person.mentions, guess.mentions = 2, 2
    retype_by_text(guess, index_text([person, guess]), frozenset(), LEXICONS)
    assert guess.type == "Region"
    town = _local("Tarek", "Region", "City")
    town.codes = {"country": "US"}
    retype_by_text(town, index_text([full, town]), frozenset(), LEXICONS)
    assert town.type == "Region"


def test_animal_a_noun_names_is_the_animal_in_every_sentence():
    # issue 14 (fresh8 other): "an octopus called Paul", then "Paul the Octopus, who lives ..." typed Person
    animal, guess = _local("Rupert", "Other", "Animal"), _local("Rupert", "Actor", "Person")
    retype_by_text(guess, index_text([animal, guess]), frozenset(), LEXICONS)
    assert (guess.type, guess.subtype) == ("Other", "Animal")


def _local(name: str, type_: str, subtype: str, alias: str = "") -> LocalEntity:
    return LocalEntity(f"{type_}:{name.lower()}", name, type_, subtype, Counter({alias or name: 1}))


def test_person_guess_of_a_name_ner_reads_elsewhere_as_a_place_is_the_place():
    # issue 14 (fresh6 wrong type): "in Saqqara" a place, then "Abydos, Saqqara, and ..." a person
    place, guess = _local("Tarvalla", "Region", "GeoRegion"), _local("Tarvalla", "Actor", "Person")
    retype_by_text(guess, index_text([place, guess]), frozenset(), LEXICONS)
    assert (guess.type, guess.subtype) == ("Region", "GeoRegion")
    # "Lee Tarvalla" named in full, or "Senator Tarvalla": the one-word name stays the person's
    full = _local("Lee Tarvalla", "Actor", "Person")
    guess = _local("Tarvalla", "Actor", "Person")
    retype_by_text(guess, index_text([place, full, guess]), frozenset(), LEXICONS)
    assert guess.type == "Actor"
    titled_guess = _local("Tarvalla", "Actor", "Person", "Senator Tarvalla")
    titled_guess.aliases["Tarvalla"] += 1
    retype_by_text(titled_guess, index_text([place, titled_guess]), frozenset(), LEXICONS)
    assert titled_guess.type == "Actor"


def test_name_owning_a_capital_or_a_coast_is_a_place(nlp):
    # issue 14 (fresh6 wrong type): "Tamil Nadu's capital Chennai", "Tamil Nadu" tagged PERSON
    doc = nlp("Buses from Rayala Nadu's capital were stopped, and Kestor's coast was closed.")
    parts = load_lexicons().terms("place_part_nouns")
    assert place_owners(doc, parts) == {"Rayala Nadu", "Kestor"}
    guess = _local("Rayala Nadu", "Actor", "Person")
    retype_by_text(guess, index_text([guess], place_owners(doc, parts)), frozenset(), LEXICONS)
    assert guess.type == "Region"
    assert not place_owners(nlp("Lena Berg's secretary and her lawyer left."), parts)


def test_name_owning_a_beach_or_streets_is_a_place(nlp):
    # issue 14 (fresh27 wrong type): "on the beach of Pichilemu" (NER: a person) typed Actor/Person
    parts = load_lexicons().terms("place_part_nouns")
    doc = nlp("Fishermen found the boat on the beach of Velbrook, and crowds filled the streets of Kestor.")
    assert place_owners(doc, parts) == {"Velbrook", "Kestor"}
    # NER's place reading of the name is kept, though NER took it for a person more often
    place, guess = _local("Velbrook", "Region", "AdminArea"), _local("Velbrook", "Actor", "Person")
    place.mentions, guess.mentions = 1, 2
    index = index_text([place, guess], place_owners(doc, parts))
    for entity in (place, guess):
        retype_by_text(entity, index, frozenset(), LEXICONS)
    assert place.type == guess.type == "Region"


def test_person_guess_with_an_apposed_role_or_more_mentions_stays_a_person():
    # "Wiranto, a former general, ...": one stray place reading does not make the person a place
    place = _local("Tarvalla", "Region", "AdminArea")
    apposed = _local("Tarvalla", "Actor", "Person", "a former general")
    apposed.aliases["Tarvalla"] += 1
    retype_by_text(apposed, index_text([place, apposed]), frozenset(), LEXICONS)
    assert apposed.type == "Actor"
    guess = _local("Tarvalla", "Actor", "Person")
    place.mentions, guess.mentions = 1, 2
    retype_by_text(guess, index_text([place, guess]), frozenset(), LEXICONS)
    assert guess.type == "Actor"


def test_name_after_the_mayor_of_is_a_place(nlp):
    parts = load_lexicons().terms("place_part_nouns")
    assert place_owners(nlp("The mayor of Velbrook said the coast of Kestor was closed."), parts) == {
        "Velbrook",
        "Kestor",
    }


def _typed_as(nlp, text: str, name: str, labels: tuple[str, ...]) -> set[str]:
    """The types of ``name``'s local entities when NER labels its mentions ``labels`` in turn."""
    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    spans = [(start, name, label) for start, label in zip(starts, labels, strict=True)]
    return {type_ for found, type_, _ in _resolved_with_ents(nlp, text, spans) if found == name}


def test_name_ner_calls_a_body_and_an_unknown_place_is_the_body(nlp):
    # fresh43 (wrong type): "BPC" a body in one sentence, NER's place in two
    text = (
        "The chairman of Zorvexa resigned. Analysts expect Zorvexa's profits to rise. Rivals of Zorvexa fell."
    )
    assert _typed_as(nlp, text, "Zorvexa", ("ORG", "GPE", "GPE")) == {"Actor"}
    # a name written where a place stands keeps NER's place reading ("in X")
    text = "The chairman of Zorvexa resigned. Floods hit towns in Zorvexa. Rivals of Zorvexa fell."
    assert _typed_as(nlp, text, "Zorvexa", ("ORG", "GPE", "GPE")) == {"Region"}
