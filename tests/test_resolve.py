"""Entity resolution rules, each on a real sentence: typing, canonical names, coreference."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_triples
from graphbuild.lexicons import load_lexicons
from graphbuild.resolve import find_mentions, group_mentions, resolve_document
from graphbuild.resolve.canonical import short_form_of
from graphbuild.resolve.coref import UNRESOLVED_CONFIDENCE, antecedent, is_expletive, token_owners
from graphbuild.resolve.entities import normalise
from graphbuild.resolve.mentions import coordinates
from graphbuild.resolve.places import lookup_place


def _mentions(nlp, text: str) -> dict[str, tuple[str, str, str]]:
    doc = nlp(text)
    return {m.text: (m.name, m.type, m.subtype) for m in find_mentions(doc, nlp, load_lexicons())}


def _entities(nlp, text: str):
    doc = nlp(text)
    return group_mentions(doc, find_mentions(doc, nlp, load_lexicons()))


def test_normalise_folds_case_determiners_and_possessives():
    assert normalise("the Sahel's") == normalise("Sahel") == "sahel"
    assert normalise("al-Qaeda") == normalise("al Qaeda")


def test_lookup_place_finds_countries_cities_and_dotless_abbreviations():
    assert lookup_place("U.S").name == "United States"
    assert dict(lookup_place("Chad").codes)["iso3166"] == "TD"
    assert lookup_place("Nouakchott").subtype == "City"
    assert "geonames" in dict(lookup_place("Nouakchott").codes)
    assert lookup_place("Libyan", demonym=True).name == "Libya"


def test_short_form_of_takes_surnames_and_leading_names():
    names = ["Amadou Toumani Toure", "Osama bin Laden", "Andre LeSage"]
    assert short_form_of("LeSage", names) == "Andre LeSage"
    assert short_form_of("bin Laden", names) == "Osama bin Laden"
    assert short_form_of("Amadou Toumani", names) == "Amadou Toumani Toure"
    assert short_form_of("Kwesi", names) is None


@pytest.mark.model
def test_find_mentions_gazetteer_and_places_override_ner(nlp):
    found = _mentions(
        nlp, "The leaders of Mali and Chad believe looted weapons have reached Niger and the Sahel."
    )
    assert found["Mali"][1:] == ("Region", "Country")
    assert found["Chad"][1:] == ("Region", "Country")
    assert found["Niger"][1:] == ("Region", "Country")
    assert found["Sahel"][1:] == ("Region", "GeoRegion")


@pytest.mark.model
def test_find_mentions_weapons_with_designations_and_generic_nouns(nlp):
    found = _mentions(
        nlp,
        "Fighters received SA-7 missiles and a truckload of AK's, "
        "and stolen explosives were turned into bombs.",
    )
    assert found["SA-7 missiles"] == ("SA-7", "Weapon", "Missile")
    assert found["AK's"][1:] == ("Weapon", "SmallArm")
    assert found["stolen explosives"] == ("stolen explosive", "Weapon", "Explosive")
    assert found["bombs"] == ("bomb", "Weapon", "Explosive")


def test_find_mentions_arms_are_weapons_but_an_arm_is_not(nlp):
    found = _mentions(nlp, "The rebels agreed to lay down their arms. A soldier was shot in the arm.")
    assert found["arms"] == ("arms", "Weapon", "Arms")
    assert "arm" not in found


@pytest.mark.model
def test_find_mentions_compass_word_makes_a_region_of_a_place(nlp):
    found = _mentions(nlp, "Looted weapons have reached AQIM bases in Northern Mali.")
    assert found["Northern Mali"] == ("northern Mali", "Region", "GeoRegion")


@pytest.mark.model
def test_find_mentions_roles_of_unnamed_office_holders(nlp):
    found = _mentions(
        nlp, "Chad's president warned of the threat. An Algerian official spoke of several convoys."
    )
    assert found["Chad's president"] == ("president of Chad", "Actor", "Role")
    assert found["Algerian official"] == ("official of Algeria", "Actor", "Role")


@pytest.mark.model
def test_find_mentions_national_army_is_a_military_actor_of_the_country(nlp):
    doc = nlp("AQIM has come under pressure from the Algerian army to the north.")
    army = next(
        m for m in find_mentions(doc, nlp, load_lexicons()) if m.type == "Actor" and m.subtype == "Military"
    )
    assert army.name == "army of Algeria"
    assert dict(army.codes)["country"] == "DZ"


@pytest.mark.model
def test_find_mentions_groups_are_not_people(nlp):
    found = _mentions(nlp, "Gaddafi recruited Tuareg nomads, and the Mujahideen fought alongside Islamists.")
    assert found["Tuareg"][1:] == ("Actor", "Group")
    assert found["Mujahideen"][1:] == ("Actor", "ArmedGroup")
    assert found["Islamists"][1:] == ("Actor", "Group")


@pytest.mark.model
def test_find_mentions_strips_titles_from_names(nlp):
    found = _mentions(nlp, "Foreign Secretary Boris Johnson met President Barack Obama in London.")
    names = {name for name, type_, subtype in found.values() if subtype == "Person"}
    assert names == {"Boris Johnson", "Barack Obama"}


@pytest.mark.model
def test_find_mentions_place_followed_by_its_country_is_one_mention(nlp):
    found = _mentions(nlp, "Coalition aircraft struck a bridge near Baghdad, Iraq.")
    assert found["Baghdad, Iraq"][:2] == ("Baghdad", "Region")


@pytest.mark.model
def test_find_mentions_a_country_that_acts_is_its_government(nlp):
    found = _mentions(nlp, "Turkey supports the Syrian opposition.")
    assert found["Turkey"] == ("government of Turkey", "Actor", "Government")


@pytest.mark.model
def test_group_mentions_acronym_defined_in_text(nlp):
    entities = _entities(
        nlp, "Fighters of al Qaeda in the Islamic Maghreb (AQIM) have received weapons. AQIM emerged in 2007."
    )
    aqim = [e for e in entities if e.subtype == "ArmedGroup" and not e.generic]
    assert len(aqim) == 1
    assert set(aqim[0].aliases) == {"al Qaeda in the Islamic Maghreb", "AQIM"}


@pytest.mark.model
def test_group_mentions_surname_joins_full_name_whatever_ner_said(nlp):
    entities = _entities(
        nlp,
        "Andre LeSage, an expert at the National Defense University, said it was hard. "
        "LeSage said the group was adapting.",
    )
    people = {e.name: set(e.aliases) for e in entities if e.subtype == "Person"}
    assert people["Andre LeSage"] == {"Andre LeSage", "LeSage"}
    assert not [e for e in entities if e.name == "LeSage"]


@pytest.mark.model
def test_group_mentions_definite_description_refers_back(nlp):
    entities = _entities(
        nlp, "AQIM has become increasingly active in the Sahara region. The group has taken advantage of it."
    )
    aqim = next(e for e in entities if e.name == "al Qaeda in the Islamic Maghreb")
    assert aqim.mentions == 2
    assert not [e for e in entities if e.name == "group"]


def _resolved(nlp, text: str):
    doc = nlp(text)
    lexicons = load_lexicons()
    triples = list(extract_triples(doc, doc_id="t", lexicons=lexicons))
    return resolve_document(doc, triples, nlp=nlp, lexicons=lexicons).triples


@pytest.mark.model
def test_resolve_document_personal_pronoun_takes_person_antecedent(nlp):
    triples = _resolved(
        nlp, "Peter Bouckaert documented the looted arsenals. He said the weapons were missing."
    )
    he = next(t for t in triples if t.subject.text == "He")
    assert he.subject.entity_label == "Peter Bouckaert"


@pytest.mark.model
def test_resolve_document_plural_pronoun_takes_group_antecedent(nlp):
    triples = _resolved(nlp, "The militants crossed the border. They attacked a convoy.")
    they = next(t for t in triples if t.subject.text == "They")
    assert they.subject.entity_label == "militants"


@pytest.mark.model
def test_resolve_document_it_takes_a_place_that_was_a_subject(nlp):
    triples = _resolved(nlp, "Northern Kenya is poor and isolated. The militants have turned it into a base.")
    it = next(t for t in triples if t.object.text == "it")
    assert it.object.entity_label is not None and "Kenya" in it.object.entity_label


@pytest.mark.model
def test_resolve_document_it_skips_a_place_that_was_only_a_setting(nlp):
    triples = _resolved(nlp, "Officials in Niger bought a drone last year. It crashed near the border.")
    it = next(t for t in triples if t.subject.text == "It")
    assert it.subject.entity_label == "drone"


@pytest.mark.model
def test_antecedent_relative_pronoun_takes_the_modified_noun(nlp):
    doc = nlp(
        "Few think it would take much for AQIM, which is plugged into smuggling networks, to obtain them."
    )
    owners = token_owners(group_mentions(doc, find_mentions(doc, nlp, load_lexicons())))
    which = next(t for t in doc if t.lower_ == "which")
    assert antecedent(which, owners, load_lexicons()).name == "al Qaeda in the Islamic Maghreb"


@pytest.mark.model
def test_is_expletive_it_refers_to_nothing(nlp):
    doc = nlp("It is natural that some of the weapons would get into very bad hands.")
    assert is_expletive(doc[0], load_lexicons())


@pytest.mark.model
def test_resolve_document_unresolved_pronoun_lowers_confidence(nlp):
    triples = _resolved(nlp, "We will defeat the enemy, the commander said.")
    we = [t for t in triples if t.subject.text == "We"]
    assert we and all(t.confidence <= UNRESOLVED_CONFIDENCE for t in we)


def test_coordinates_reads_degree_and_decimal_notations():
    assert coordinates("33.783; 44.500") == (33.783, 44.5)
    lat, lon = coordinates("33°47′N 44°30′E")
    assert (round(lat, 3), lon) == (33.783, 44.5)
    assert coordinates("12.5°S 130.8°E") == (-12.5, 130.8)
    assert coordinates("not a place") is None


@pytest.mark.model
def test_find_mentions_coordinates_are_a_region(nlp):
    found = _mentions(nlp, "The dam lies at 33°47′N 44°30′E on the river.")
    assert found["33°47′N 44°30′E"] == ("33.783, 44.500", "Region", "Coordinates")


@pytest.mark.model
def test_find_mentions_name_inside_a_longer_mention_is_kept(nlp):
    doc = nlp("The last meeting of Coalition foreign ministers took place in Rome, Italy, on February 2.")
    mentions = find_mentions(doc, nlp, load_lexicons())
    italy = [m for m in mentions if m.name == "Italy"]
    assert italy and italy[0].nested
    rome = next(m for m in mentions if m.name == "Rome")
    assert rome.text == "Rome, Italy" and not rome.nested


@pytest.mark.model
def test_find_mentions_title_marks_a_person_ner_missed(nlp):
    found = _mentions(
        nlp, "The strikes destroyed nine structures, Pentagon Press Secretary Peter Cook told reporters."
    )
    assert found["Peter Cook"] == ("Peter Cook", "Actor", "Person")


@pytest.mark.model
def test_find_mentions_of_complement_names_the_country(nlp):
    found = _mentions(nlp, "The president of Syria met the foreign and defense ministers of Jordan.")
    assert found["president of Syria"] == ("president of Syria", "Actor", "Role")
    assert found["foreign and defense ministers of Jordan"][0] == "foreign and defense ministers of Jordan"


@pytest.mark.model
def test_find_mentions_city_of_a_place_is_the_place(nlp):
    found = _mentions(nlp, "Iraqi forces began the campaign to liberate the city of Mosul last year.")
    assert found["city of Mosul"][:3] == ("Mosul", "Region", "City")


@pytest.mark.model
def test_find_mentions_armed_group_before_a_noun_stays_a_node(nlp):
    doc = nlp("Coalition aircraft destroyed 14 ISIL tanks near Palmyra.")
    mentions = find_mentions(doc, nlp, load_lexicons())
    tanks = next(m for m in mentions if m.name == "tank")
    assert "ISIL tanks" in tanks.aliases
    assert any(m.name == "Islamic State" for m in mentions)


@pytest.mark.model
def test_antecedent_object_pronoun_is_not_its_verbs_subject(nlp):
    doc = nlp("Militants have long used the Sahara region. AQIM has turned it into a rear base.")
    owners = token_owners(group_mentions(doc, find_mentions(doc, nlp, load_lexicons())))
    it = next(t for t in doc if t.lower_ == "it")
    found = antecedent(it, owners, load_lexicons())
    assert found is None or found.name != "al Qaeda in the Islamic Maghreb"


@pytest.mark.model
def test_is_expletive_cleft_and_extraposed_clauses(nlp):
    doc = nlp("It may not just be the weapons that flow south either.")
    assert is_expletive(doc[0], load_lexicons())
    doc = nlp("Few think it would take much for AQIM to obtain them.")
    assert is_expletive(next(t for t in doc if t.lower_ == "it"), load_lexicons())


@pytest.mark.model
def test_find_mentions_national_body_named_by_ner_is_the_countrys_actor(nlp):
    found = _mentions(nlp, "The UK Government conducted seven airdrops of humanitarian aid.")
    assert found["UK Government"] == ("government of United Kingdom", "Actor", "Government")


@pytest.mark.model
def test_find_mentions_nationality_inside_a_phrase_is_kept(nlp):
    doc = nlp("The Defense Department has identified the American service member who was killed.")
    mentions = find_mentions(doc, nlp, load_lexicons())
    member = next(m for m in mentions if m.text == "American service member")
    assert member.name == "service member of United States"
    assert any(m.nested and m.text == "American" and m.subtype == "Group" for m in mentions)
