"""Country mentions and metonymy (graphbuild.resolve.mentions.countries), on real sentences."""

from __future__ import annotations

import pytest

from .found_mentions import mention_names


@pytest.mark.model
def test_find_mentions_a_country_that_acts_is_its_government(nlp):
    found = mention_names(nlp, "Turkey supports the Syrian opposition.")
    assert found["Turkey"] == ("government of Turkey", "Actor", "Government")


@pytest.mark.model
def test_find_mentions_every_country_of_a_list_that_acts_is_its_government(nlp):
    # re3d dev: the third and later countries of "A, B and C signed ..." stayed places
    found = mention_names(nlp, "Kenya, Uganda and Ethiopia signed the border treaty on Monday.")
    assert {found[c][1] for c in ("Kenya", "Uganda", "Ethiopia")} == {"Actor"}
    found = mention_names(nlp, "The storm hit Cuba, Haiti and Jamaica on Monday.")
    assert {found[c][1] for c in ("Cuba", "Haiti", "Jamaica")} == {"Region"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Member nations that have sent troops to the mission include Ghana and Peru.", ("Ghana", "Peru")),
        ("Allied states that have pledged aid include Portugal and Greece.", ("Portugal", "Greece")),
    ],
)
def test_find_mentions_a_country_named_as_a_member_of_an_acting_set_of_states_acts(nlp, text, countries):
    # issue 14 (re3d: "coalition nations which have conducted strikes include A, B and C")
    found = mention_names(nlp, text)
    assert {found[c][1:] for c in countries} == {("Actor", "Government")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Countries that border Iraq include Syria and Jordan.",
        "She toured countries such as Portugal and Greece.",
    ],
)
def test_find_mentions_a_country_listed_in_a_set_that_does_not_act_stays_a_place(nlp, text):
    found = mention_names(nlp, text)
    assert {v[1] for k, v in found.items() if k in ("Syria", "Jordan", "Portugal", "Greece")} == {"Region"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chile and Norway will play each other for third place on Saturday.",
        "Chile used the second half to press, and scored twice.",
        "Chile have won the tournament once, in 1987.",
    ],
)
def test_find_mentions_a_country_that_plays_a_game_is_its_national_team(nlp, text):
    found = mention_names(nlp, text)
    assert found["Chile"] == ("national team of Chile", "Actor", "Organization")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chile rejected the final proposal on Monday.",
        "In the second half of the year, Chile cut its copper exports.",
        "Chile sent a bomb squad to the port.",
    ],
)
def test_find_mentions_a_final_offer_is_no_game(nlp, text):
    found = mention_names(nlp, text)
    assert found["Chile"] == ("government of Chile", "Actor", "Government")


@pytest.mark.model
def test_find_mentions_a_country_name_ending_a_longer_place_name_is_no_country(nlp):
    # fresh14 junk: "Jersey" of "New Jersey" inside a store's name
    found = mention_names(nlp, "A boy took over the New Jersey Wal-Mart's speakers on Monday.")
    assert "Jersey" not in found
    found = mention_names(nlp, "Papua New Guinea and New Mexico signed a trade deal.")
    assert "Guinea" not in found and "Mexico" not in found
    assert "New Mexico" in found
    # an article is no part of the name
    assert "Congo" in mention_names(nlp, "The Congo and Niger signed a trade deal.")


@pytest.mark.model
def test_a_country_name_ending_a_curated_place_name_is_no_country(nlp):
    # issue 14 (fresh28 junk): "Ireland" of "Police Service of Northern Ireland"; the place
    # lookup has no row for the longer place, the curated gazetteer has
    found = mention_names(nlp, "The constable joined the Police Service of Northern Ireland in May.")
    assert "Ireland" not in found
    found = mention_names(nlp, "Ferries from Ireland to Northern Ireland resumed on Friday.")
    assert found["Ireland"][1] == "Region" and "Northern Ireland" in found


@pytest.mark.model
def test_find_mentions_a_sea_named_after_a_country_is_no_mention_of_the_country(nlp):
    found = mention_names(nlp, "Two fishing boats sank in the Gulf of Mexico after the storm.")
    assert found["Gulf of Mexico"][1] == "Region"
    assert "Mexico" not in found
    found = mention_names(nlp, "Fishermen from Mexico sailed home on Monday.")
    assert found["Mexico"][1:] == ("Region", "Country")
