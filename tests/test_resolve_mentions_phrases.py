"""Noun phrases grown by modifiers and complements (graphbuild.resolve.mentions.phrases)."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons

from .found_mentions import found_mentions, mention_names

LEXICONS = load_lexicons()


@pytest.mark.model
def test_find_mentions_roles_of_unnamed_office_holders(nlp):
    found = mention_names(
        nlp, "Kenya's president praised the police. A Nigerian official described the ambush."
    )
    assert found["Kenya's president"] == ("president of Kenya", "Actor", "Role")
    assert found["Nigerian official"] == ("official of Nigeria", "Actor", "Role")


@pytest.mark.model
def test_find_mentions_national_army_is_a_military_actor_of_the_country(nlp):
    doc = nlp("The rebels retreated after clashes with the Ethiopian army near the border.")
    army = next(m for m in found_mentions(nlp, doc) if m.type == "Actor" and m.subtype == "Military")
    assert army.name == "army of Ethiopia"
    assert dict(army.codes)["country"] == "ET"


@pytest.mark.model
def test_find_mentions_of_complement_names_the_country(nlp):
    found = mention_names(nlp, "The president of Syria met the foreign and defense ministers of Jordan.")
    assert found["president of Syria"] == ("president of Syria", "Actor", "Role")
    assert found["foreign and defense ministers of Jordan"][0] == "foreign and defense ministers of Jordan"


@pytest.mark.model
def test_find_mentions_city_of_a_place_is_the_place(nlp):
    found = mention_names(nlp, "Iraqi forces began the campaign to liberate the city of Mosul last year.")
    assert found["city of Mosul"][:3] == ("Mosul", "Region", "City")


@pytest.mark.model
def test_find_mentions_plural_place_noun_of_a_place_names_several_places(nlp):
    # "the boroughs of X" are parts of X, "the cities of A, B and C" a list: neither is X or A
    found = mention_names(nlp, "Protests spread to the boroughs of New York on Sunday.")
    assert "boroughs of New York" not in found and found["New York"][1] == "Region"
    found = mention_names(nlp, "The firm opened offices in the cities of Tarvos, Bariloche and Mendoza.")
    assert not any(text.startswith("cities of") for text in found)


@pytest.mark.model
def test_find_mentions_capital_or_region_of_a_place_is_a_part_of_it(nlp):
    # issue 14 (fresh3, fresh8, fresh9 wrong merge): "capital city of South Sudan", "the capital of the
    # Philippines" and "north-east region of Seoul" were aliases of the country and the city
    for text, place in (
        ("The minister died in a hospital in the capital city of Kenya on Monday.", "Kenya"),
        ("Floods hit the north-east region of Madrid on Monday.", "Madrid"),
    ):
        found = mention_names(nlp, text)
        assert found[place][0] == place
        assert [t for t, (name, _, _) in found.items() if name == place] == [place]
    # the noun's own name after "of" is still the place ("Iraq's capital of Baghdad")
    found = mention_names(nlp, "Bombs hit the Kenyan capital of Nairobi on Monday.")
    assert found["Kenyan capital of Nairobi"][0] == "Nairobi"


@pytest.mark.model
def test_find_mentions_armed_group_before_a_noun_stays_a_node(nlp):
    doc = nlp("Coalition aircraft destroyed 14 ISIL tanks near Palmyra.")
    mentions = found_mentions(nlp, doc)
    tanks = next(m for m in mentions if m.name == "tank")
    assert "ISIL tanks" in tanks.aliases
    assert any(m.name == "Islamic State" for m in mentions)


@pytest.mark.model
def test_find_mentions_clock_times_zone_is_no_modifier(nlp):
    found = mention_names(nlp, "Around 0530 GMT armed police returned fire, injuring the gunman.")
    assert not any("GMT" in name for name, _, _ in found.values())


@pytest.mark.model
def test_proper_place_keeps_the_word_glued_before_a_hyphen(nlp):
    # issue 14 (fresh5 junk): "the North-West Frontier Province" labelled "West Frontier Province"
    found = mention_names(nlp, "Two people died in a bombing in the South-East Border Province of Velmaria.")
    assert "South-East Border Province" in found
    assert "East Border Province" not in found


@pytest.mark.model
def test_find_mentions_compass_district_takes_its_of_place(nlp):
    # issue 14: "Western District" alone was a truncated name of "the Western District of Virginia"
    found = mention_names(nlp, "Prosecutors in the Western District of Virginia charged him.")
    assert found["Western District of Virginia"][1:] == ("Region", "AdminArea")
    assert "Western District" not in found
    # the place ends where a person's name begins
    found = mention_names(nlp, "U.S. Attorney for the Eastern District of Ohio Dana Whitlow spoke.")
    assert found["Eastern District of Ohio"][1] == "Region"
    # a name that is more than a compass word keeps its own end ("Tabqa Dam", then "of Syria")
    found = mention_names(nlp, "Tabqa Dam of Syria was hit.")
    assert "Tabqa Dam" in found


@pytest.mark.model
def test_find_mentions_ranked_city_of_a_country_is_one_of_its_cities(nlp):
    # "the second city of Ukraine" is a city in Ukraine, not Ukraine: no alias of the country
    found = mention_names(nlp, "Shells hit Velmar, the second city of Ukraine, on Monday.")
    assert [t for t, (name, _, _) in found.items() if name == "Ukraine"] == ["Ukraine"]


@pytest.mark.model
def test_find_mentions_country_inside_a_states_name_ties_no_phrase(nlp):
    found = mention_names(nlp, "New Jersey's state legislature has passed a bill on Monday.")
    names = {name for name, _, _ in found.values()}
    assert "Jersey" not in names
    assert not any("of Jersey" in name for name in names)


@pytest.mark.model
def test_find_mentions_name_after_the_of_of_a_longer_name_is_no_modifier(nlp):
    # "Westminster police" would be another force than the City of Westminster's
    found = mention_names(nlp, "The City of Westminster police opened an inquiry.")
    assert "Westminster police" not in found
    assert found["police"][1:] == ("Actor", "Military")


@pytest.mark.model
def test_find_mentions_several_countries_bodies_are_no_one_phrase(nlp):
    found = mention_names(nlp, "The French and Dutch embassies were closed on Friday.")
    assert found["embassies"][1] == "Actor"
    assert not any("and" in name for name, _, _ in found.values())


@pytest.mark.model
def test_find_mentions_region_a_people_names_is_a_part_of_the_country(nlp):
    # a people's adjective names no place: the region is no alias of the country it lies in
    found = mention_names(nlp, "Separatists in the Basque region of northern Spain called a truce.")
    assert found["Basque region"][0] != "Spain"


@pytest.mark.model
def test_find_mentions_country_opening_a_bodys_name_keeps_its_order(nlp):
    text = "Tom Hale, New Zealand First Party Law and Order spokesman, said the case is worrying."
    found = mention_names(nlp, text)
    assert found["New Zealand First Party"][0] == "New Zealand First Party"
    # a post is still of the country
    assert mention_names(nlp, "The Indonesian Attorney-General spoke.")["Indonesian Attorney-General"][0] == (
        "Attorney-general of Indonesia"
    )


@pytest.mark.model
def test_find_mentions_editor_s_brackets_are_no_word_of_a_phrase_s_name(nlp):
    # fresh4 junk: a quotation's "[French] forces" was named "[ ] forces of France"
    found = mention_names(nlp, 'The minister said "[Kenyan] troops will stay in the region until June."')
    assert all("[" not in name and "]" not in name for name, _, _ in found.values())
    assert any(name.endswith("of Kenya") for name, _, _ in found.values())


@pytest.mark.model
def test_find_mentions_the_and_common_modifiers_make_a_definite_description(nlp):
    doc = nlp("Later the mining company closed the mine, and a Valdoran mining company bought it.")
    definite = {m.text: m.definite for m in found_mentions(nlp, doc)}
    assert definite["mining company"] is True
    # a capitalised word says which one itself; an indefinite article brings a new one in
    doc = nlp("Later the Valdora mining company closed the mine.")
    assert not any(m.definite for m in found_mentions(nlp, doc) if m.text.endswith("company"))


@pytest.mark.model
def test_find_mentions_a_unit_of_measure_after_a_number_is_no_part_of_the_name(nlp):
    # issue 14 (re3d: "an 84 MW hydro-electricity station" was the node "MW hydro-electricity station")
    found = mention_names(nlp, "The new dam feeds a 40 MW power station and a 300 km canal.")
    assert "power station" in found and "canal" in found
    assert not any("MW" in text or "km" in text for text in found)


@pytest.mark.model
def test_find_mentions_adjective_before_a_name_is_no_word_of_it(nlp):
    found = mention_names(
        nlp, "Gunmen attacked the busy Tarsa market on Monday. The official Velda news agency said so."
    )
    market = next(v for k, v in found.items() if k.endswith("Tarsa market"))
    agency = next(v for k, v in found.items() if k.endswith("Velda news agency"))
    assert market[0] == "Tarsa market"
    assert agency[0] == "Velda news agency"


@pytest.mark.model
def test_describes_name_keeps_a_compass_word_and_a_post_qualifier(nlp):
    from graphbuild.lexicons import load_lexicons
    from graphbuild.resolve.mentions.phrases import describes_name

    lexicons = load_lexicons()
    kept = lexicons.terms("post_qualifiers") | lexicons.terms("compass_words")
    doc = nlp("The busy Tarsa market and the former Velda government met in northern Oskar province.")
    words = {t.text: t for t in doc}
    assert describes_name(words["busy"], kept, LEXICONS)
    assert not describes_name(words["former"], kept, LEXICONS)
    assert not describes_name(words["northern"], kept, LEXICONS)
    ally = nlp("Kenya, a major Ethiopia ally, agreed.")
    assert not describes_name(next(t for t in ally if t.text == "major"), kept, LEXICONS)


@pytest.mark.model
def test_find_mentions_number_after_a_name_is_a_word_of_it(nlp):
    found = mention_names(nlp, "A Velmor 310 aircraft crashed, and the Expedition 12 crew watched it.")
    names = {name for name, _, _ in found.values()}
    assert "Velmor 310 aircraft" in names
    assert "Expedition 12 crew" in names


@pytest.mark.model
def test_find_mentions_named_body_keeps_its_head_words(nlp):
    found = mention_names(nlp, "Workers went on strike on Monday, the Norwegian News Agency reported.")
    assert any(name == "Norwegian News Agency" for name, _, _ in found.values())
