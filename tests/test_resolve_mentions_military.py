"""Platforms, weapons and units by general shape (graphbuild.resolve.mentions.military)."""

from __future__ import annotations

import pytest

from .found_mentions import mention_names

pytestmark = pytest.mark.model


def test_find_mentions_ship_by_navy_prefix(nlp):
    found = mention_names(nlp, "The destroyer USS Kestrel Bay and HMS Lanyard sailed into the gulf.")
    assert found["USS Kestrel Bay"][1:] == ("Weapon", "Ship")
    assert found["HMS Lanyard"][1:] == ("Weapon", "Ship")


def test_find_mentions_merchant_ship_is_a_craft_not_a_weapon_or_an_actor(nlp):
    # "MV X" read by NER as a person or a company: a merchant vessel, typed Other (no network node)
    found = mention_names(nlp, "Pirates seized the MV Kestrel Bay off the coast on Monday.")
    assert found["MV Kestrel Bay"][1:] == ("Other", "Product")


def test_find_mentions_designation_named_without_its_class_noun(nlp):
    found = mention_names(nlp, "Rebels fired a ZX-41 assault rifle and shot down a QR-7B drone.")
    assert found["ZX-41 assault rifle"] == ("ZX-41", "Weapon", "SmallArm")
    assert found["QR-7B drone"] == ("QR-7B", "Weapon", "Aircraft")


def test_find_mentions_summit_code_is_no_weapon(nlp):
    found = mention_names(nlp, "Leaders met at the G-20 summit to discuss COVID-19.")
    assert all(t != "Weapon" for _, t, _ in found.values())


def test_find_mentions_numbered_units_are_military(nlp):
    found = mention_names(nlp, "The 3rd Battalion and the 212th Mountain Brigade moved north.")
    assert found["3rd Battalion"][1:] == ("Actor", "Military")
    assert found["212th Mountain Brigade"][1:] == ("Actor", "Military")


def test_find_mentions_national_forces_are_the_countrys_military(nlp):
    found = mention_names(
        nlp, "Malian troops and the Iraqi Armed Forces attacked, and Kenya's security forces left."
    )
    assert found["Malian troops"][0] == "military of Mali"
    assert found["Iraqi Armed Forces"][0] == "military of Iraq"
    assert found["Kenya's security forces"][0] == "military of Kenya"


def test_find_mentions_a_family_of_codes_in_the_stop_list_is_no_weapon(nlp):
    # "STS-*" in designation_stops.txt: a Space Shuttle mission is no weapon designation
    found = mention_names(nlp, "The crew of the STS-140 mission returned to Earth.")
    assert not any(t == "Weapon" for _, t, _ in found.values())


@pytest.mark.model
def test_find_mentions_coast_guard_cutter_prefix_names_a_ship(nlp):
    # fresh-set wrong type: "USCGC Sherman" left its name a person
    found = mention_names(nlp, "The cutter USCGC Harlan Bay returned to port after the storm.")
    assert found["USCGC Harlan Bay"][1:] == ("Weapon", "Ship")


def test_find_mentions_a_road_s_code_or_a_clock_s_offset_is_no_weapon(nlp):
    # fresh23: "Honolulu's H-1 Freeway ... The portion of H-1", "local time (UTC-5)" were typed Weapon
    found = mention_names(
        nlp,
        "At 10:00 local time (UTC-5), a car crashed on the Q-7 Freeway. A stretch of Q-7 was closed."
        " Rebels fired a ZX-41 assault rifle.",
    )
    assert [text for text, (_, type_, _) in found.items() if type_ == "Weapon"] == ["ZX-41 assault rifle"]
    assert found["Q-7"] == ("Q-7 Freeway", "Region", "Site")
