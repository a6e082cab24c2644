"""The issue's must-show on the seed article: typed, merged, resolved entities."""

from __future__ import annotations

import pytest

from graphbuild.resolve.coref import BARE_PRONOUNS

pytestmark = pytest.mark.model

PEOPLE = [
    "Kwesi Aning",
    "Peter Bouckaert",
    "Nick Pratt",
    "Andre LeSage",
    "Amadou Toumani Toure",
    "Muammar Gaddafi",
]


def test_seed_places_are_regions(seed_graph):
    regions = {e.label: e for e in seed_graph.entities if e.type == "Region"}
    for name in (
        "Chad",
        "Mali",
        "Niger",
        "Libya",
        "Mauritania",
        "Ghana",
        "Kenya",
        "Sahel",
        "Sahara",
        "Niamey",
    ):
        assert name in regions, name
    assert regions["Chad"].codes["iso3166"] == "TD"
    assert "geonames" in regions["Niamey"].codes
    assert not [e for e in seed_graph.entities if e.type == "Actor" and e.label in regions]


def test_seed_people_are_one_person_node_each(seed_graph):
    people = [e.label for e in seed_graph.entities if e.subtype == "Person"]
    for name in PEOPLE:
        assert people.count(name) == 1, name
    surnames = {n.split()[-1] for n in PEOPLE}
    assert not [e for e in seed_graph.entities if e.label in surnames]


def test_seed_aqim_is_one_armed_group_with_its_long_name(seed_graph):
    aqim = [e for e in seed_graph.entities if "AQIM" in e.aliases]
    assert len(aqim) == 1
    assert aqim[0].subtype == "ArmedGroup"
    assert "al Qaeda in the Islamic Maghreb" in {aqim[0].label, *aqim[0].aliases}


def test_seed_weapons_are_weapon_nodes(seed_graph):
    weapons = {e.label: e for e in seed_graph.entities if e.type == "Weapon"}
    assert weapons["SA-7"].subtype == "Missile"
    assert "SA-7 missiles" in weapons["SA-7"].aliases
    assert any(e.subtype == "SmallArm" and "AK's" in e.aliases for e in weapons.values())


def test_seed_roles_of_unnamed_office_holders(seed_graph):
    labels = {e.label: e for e in seed_graph.entities}
    assert labels["president of Chad"].subtype == "Role"
    assert labels["army of Algeria"].subtype == "Military"


def test_seed_no_bare_pronoun_argument_without_antecedent(seed_graph):
    for t in seed_graph.triples:
        for m in (t.subject, t.object):
            assert m.text.strip().lower() not in BARE_PRONOUNS or m.entity_id, (m.text, t.provenance.sentence)
