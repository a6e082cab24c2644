"""Cross-document merging and place links, on hand-made local entities (no model needed)."""

from __future__ import annotations

from collections import Counter

from graphbuild.model import Entity
from graphbuild.resolve import merge_entities
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.linking import link_places

BASE = "https://example.org/id/"


def _local(name: str, type_: str = "Actor", subtype: str = "Person", *aliases: str, **kw) -> LocalEntity:
    return LocalEntity(
        key=f"{type_}:{name.lower()}",
        name=name,
        type=type_,
        subtype=subtype,
        aliases=Counter(aliases or (name,)),
        mentions=1,
        **kw,
    )


def test_merge_entities_same_name_in_two_documents_is_one_node():
    entities, mapping = merge_entities(
        [
            ("a", [_local("Kwesi Aning", "Actor", "Person", "Kwesi Aning", "Aning")]),
            ("b", [_local("Kwesi Aning")]),
        ],
        BASE,
    )
    assert len(entities) == 1
    node = entities[0]
    assert node.docs == ["a", "b"]
    assert node.merges == [
        {"doc": "b", "alias": "Kwesi Aning", "reason": "same name and type in another document", "score": 1.0}
    ]
    assert mapping[("a", "Actor:kwesi aning")] == mapping[("b", "Actor:kwesi aning")] == node.id


def test_merge_entities_acronym_defined_in_another_document():
    long = _local(
        "al Qaeda in the Islamic Maghreb", "Actor", "ArmedGroup", "al Qaeda in the Islamic Maghreb", "AQIM"
    )
    short = _local("AQIM", "Actor", "Organization", "AQIM")
    entities, mapping = merge_entities([("a", [long]), ("b", [short])], BASE)
    assert [e.label for e in entities] == ["al Qaeda in the Islamic Maghreb"]
    assert entities[0].merges[-1]["reason"] == "alias of a named entity in another document"
    assert mapping[("b", "Actor:aqim")] == entities[0].id


def test_merge_entities_surname_in_another_document():
    entities, _ = merge_entities(
        [("a", [_local("Muammar Gaddafi")]), ("b", [_local("Gaddafi", "Actor", "Organization")])], BASE
    )
    assert [e.label for e in entities] == ["Muammar Gaddafi"]
    assert entities[0].merges[0]["score"] == 0.8


def test_merge_entities_keeps_different_types_apart():
    entities, _ = merge_entities(
        [("a", [_local("Niger", "Region", "Country")]), ("b", [_local("Niger")])], BASE
    )
    assert sorted(e.type for e in entities) == ["Actor", "Region"]


def test_merge_entities_generic_nouns_do_not_absorb_names():
    weapons = _local("weapon", "Weapon", "Arms", "weapons", "SA-7", generic=True)
    entities, _ = merge_entities([("a", [weapons]), ("b", [_local("SA-7", "Weapon", "Missile")])], BASE)
    assert len(entities) == 2


def test_link_places_fills_iso_and_geonames_codes():
    country = Entity("x:1", "Chad", "Region", "Country")
    city = Entity("x:2", "Niamey", "Region", "City")
    link_places([country, city])
    assert country.codes["iso3166"] == "TD"
    assert city.codes["geonames"] == "2440485"


def test_merge_entities_common_noun_actors_stay_per_document():
    a = _local("officials", "Actor", "Role", generic=True)
    b = _local("officials", "Actor", "Role", generic=True)
    chad_a = _local("president of Chad", "Actor", "Role", generic=True, codes={"country": "TD"})
    chad_b = _local("president of Chad", "Actor", "Role", generic=True, codes={"country": "TD"})
    entities, _ = merge_entities([("a", [a, chad_a]), ("b", [b, chad_b])], BASE)
    assert sorted(e.label for e in entities) == ["officials", "officials", "president of Chad"]
