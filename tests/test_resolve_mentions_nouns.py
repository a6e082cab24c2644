"""Common-noun mentions from the lexicons (graphbuild.resolve.mentions.nouns), on real sentences."""

from __future__ import annotations

import pytest

from .found_mentions import mention_names


def test_find_mentions_arms_are_weapons_but_an_arm_is_not(nlp):
    found = mention_names(nlp, "The rebels agreed to lay down their arms. A soldier was shot in the arm.")
    assert found["arms"] == ("arms", "Weapon", "Arms")
    assert "arm" not in found


@pytest.mark.model
def test_find_mentions_national_body_named_by_ner_is_the_countrys_actor(nlp):
    found = mention_names(nlp, "The UK Government conducted seven airdrops of humanitarian aid.")
    assert found["UK Government"] == ("government of United Kingdom", "Actor", "Government")


@pytest.mark.model
def test_find_mentions_name_holding_a_towns_name_is_no_national_body(nlp):
    found = mention_names(nlp, "She will work for the Canadian Enterprise Institute in Ottawa.")
    assert "Canadian Enterprise Institute" in found
    assert not any(" of Canada" in name for name, _, _ in found.values())


@pytest.mark.model
def test_find_mentions_a_reservation_named_so_is_a_place(nlp):
    found = mention_names(nlp, "The festival took place on the Coyote Creek Reservation in Montana.")
    assert found["Coyote Creek Reservation"][1] == "Region"


@pytest.mark.model
def test_location_noun_ending_a_churchs_name_makes_no_place(nlp):
    # issue 14 (fresh3, fresh9 wrong type): "the Roman Catholic Church" (NER: ORG) typed Site
    found = mention_names(nlp, "The Velmor Orthodox Church opposed the law.")
    assert found["Velmor Orthodox Church"][1] == "Actor"
    # a name NER did not give to a person or a body stays a place
    found = mention_names(nlp, "Troops reached Tabqa Dam on Monday.")
    assert found["Tabqa Dam"][1] == "Region"


@pytest.mark.model
def test_a_name_ending_in_a_parish_or_prefecture_is_an_admin_area(nlp):
    # fresh10 (issue 14): "Jefferson Parish" typed Person
    doc = nlp("Deputies in Jefferson Parish arrested the man on Monday.")
    assert [(e.name, e.type) for e in doc._.gb_entities] == [("Jefferson Parish", "Region")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Protesters gathered beside Willow Park on Sunday.", "Willow Park"),
        ("Thousands attended the Mass at Holy Cross Cathedral in Manila.", "Holy Cross Cathedral"),
        ("The funeral took place at Rosewood Cemetery on Monday.", "Rosewood Cemetery"),
        # grounds and walkways: stadiums, race tracks, paths (NER: ORG or FAC)
        ("The home side won the opener at Harlan Ballpark on Monday.", "Harlan Ballpark"),
        ("The race was held at Dunmore Motor Speedway on Sunday.", "Dunmore Motor Speedway"),
        ("Drivers returned to Carver Speedway for the second race.", "Carver Speedway"),
    ],
)
def test_find_mentions_name_ending_in_a_site_noun_is_a_place(nlp, text, name):
    found = {n: (t, s) for n, t, s in mention_names(nlp, text).values()}
    assert found[name] == ("Region", "Site")


@pytest.mark.model
def test_find_mentions_person_whose_surname_is_a_site_noun_stays_a_person(nlp):
    found = mention_names(nlp, "Linda Park said the vote was fair. Park Ji-sung scored twice.")
    assert found["Linda Park"][1:] == ("Actor", "Person")
    assert found["Park Ji-sung"][1:] == ("Actor", "Person")
    found = mention_names(nlp, "Greg Walk said the company would expand.")
    assert found["Greg Walk"][1:] == ("Actor", "Person")  # "walk" heads ORG names only


@pytest.mark.model
def test_find_mentions_saints_hospital_is_one_place(nlp):
    found = mention_names(nlp, "The victims were taken to St. Mary's General Hospital in Boston.")
    assert found["St. Mary's General Hospital"][1:] == ("Region", "Site")
    assert not {"St. Mary", "General Hospital"} & {name for name, _, _ in found.values()}


@pytest.mark.model
def test_find_mentions_school_of_a_named_body_is_not_cut_at_of(nlp):
    found = mention_names(nlp, "She studied at the Dance School of the Lisbon Conservatory before moving on.")
    names = {name for name, _, _ in found.values()}
    assert "Dance School" not in names
    assert any(name.endswith("Dance School of the Lisbon Conservatory") for name in names)


@pytest.mark.model
def test_find_mentions_a_museum_named_after_a_state_is_not_cut_at_of(nlp):
    found = mention_names(nlp, "A study by the Ohio Museum of Natural History found the bones.")
    names = {name for name, _, _ in found.values()}
    assert "Ohio Museum" not in names
    assert "Ohio Museum of Natural History" in names


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A man died on Friday at Kestrel Valley Medical Center in Tyler.", "Kestrel Valley Medical Center"),
        (
            "The luger crashed during training at the Morvan Sliding Centre on Friday.",
            "Morvan Sliding Centre",
        ),
        (
            "The phone was unveiled at the Arlo Brenna Center for the Arts in Denver.",
            "Arlo Brenna Center for the Arts",
        ),
    ],
)
def test_find_mentions_name_ending_in_a_buildings_words_is_a_place(nlp, text, name):
    # issue 14 (fresh26 wrong type): a hospital, a sports ground and a hall typed Actor ("Center")
    found = {n: (t, s) for n, t, s in mention_names(nlp, text).values()}
    assert found[name] == ("Region", "Site")


@pytest.mark.model
def test_find_mentions_center_heading_a_body_stays_an_actor(nlp):
    found = {
        n: t
        for n, t, _ in mention_names(
            nlp, "The Halvard Center for Security Studies published a report."
        ).values()
    }
    assert found["Halvard Center for Security Studies"] == "Actor"


@pytest.mark.model
def test_find_mentions_a_hospitals_unit_is_a_place_in_it_not_a_military_unit(nlp):
    # issue 14 (re3d: "a kidney transplant unit" typed Military): a care noun before "unit" makes
    # a hospital's department, and the pair keeps the words before it
    found = mention_names(nlp, "The clinic opened a kidney transplant unit and a burns unit last year.")
    assert found["kidney transplant unit"][1:] == ("Region", "Site")
    assert found["burns unit"][1:] == ("Region", "Site")
    found = mention_names(nlp, "The toddler was moved to the intensive care unit at Lindhurst General.")
    assert found["intensive care unit"][1:] == ("Region", "Site")
    assert mention_names(nlp, "Police said an army unit had sealed the road.")["army unit"][1] == "Actor"


@pytest.mark.model
def test_find_mentions_capitalised_body_after_a_countrys_possessive_is_the_countrys(nlp):
    # issue 14 (re3d: "Iraq's Security Forces" was no mention at all): a country's possessive before
    # a capitalised force or body noun NER named ties it to the country, as it does in lower case
    upper = mention_names(nlp, "Kenya's Armed Forces crossed the border on Tuesday.")["Kenya's Armed Forces"]
    lower = mention_names(nlp, "Kenya's armed forces crossed the border on Tuesday.")["Kenya's armed forces"]
    assert upper == lower
    assert upper[1:] == ("Actor", "Military") and "Kenya" in upper[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Three workers were trapped in the Santa Ilda mine after a collapse.", "Santa Ilda mine"),
        ("The firm shut the Orlan mine in May.", "Orlan mine"),
    ],
)
def test_a_mine_after_a_proper_name_is_a_site(nlp, text, name):
    # issue 14 (fresh28 wrong type): "the Los Reyes mine" typed Weapon
    found = mention_names(nlp, text)
    assert found[name][1:] == ("Region", "Site")


@pytest.mark.model
def test_a_mine_named_by_its_mineral_is_a_site_and_a_bare_mine_a_weapon(nlp):
    found = mention_names(nlp, "Rescuers reached the flooded coal mine near the border.")
    assert found["flooded coal mine"][1:] == ("Region", "Site")
    found = mention_names(nlp, "A soldier stepped on a mine near the border.")
    assert found["mine"][1] == "Weapon"


@pytest.mark.model
def test_a_legislatures_upper_or_lower_house_is_a_government_body_not_a_building(nlp):
    # issue 14 (fresh14, fresh30 wrong type): "the upper house of British Parliament", "the NSW upper
    # house" typed Region/Site ("house" is a building's noun)
    found = mention_names(nlp, "The bill must now pass the upper house, where the vote will be close.")
    assert found["upper house"][1:] == ("Actor", "Government")
    found = mention_names(nlp, "The lower chamber of the Ruritanian parliament rejected the budget.")
    assert found["lower chamber"][1:] == ("Actor", "Government")
    # a house alone is still a building
    found = mention_names(nlp, "Fire destroyed the house of a farmer on Monday.")
    assert found["house"][1:] == ("Region", "Site")
