"""Cross-document merging and place links, on hand-made local entities (no model needed)."""

from __future__ import annotations

from collections import Counter

from graphbuild.lexicons import load_lexicons
from graphbuild.model import Entity
from graphbuild.resolve import merge_entities
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.linking import link_places

BASE = "https://example.org/id/"
LEXICONS = load_lexicons()


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
            ("a", [_local("Maria Lopez", "Actor", "Person", "Maria Lopez", "Lopez")]),
            ("b", [_local("Maria Lopez")]),
        ],
        BASE,
        LEXICONS,
    )
    assert len(entities) == 1
    node = entities[0]
    assert node.docs == ["a", "b"]
    assert node.merges == [
        {"doc": "b", "alias": "Maria Lopez", "reason": "same name and type in another document", "score": 1.0}
    ]
    assert mapping[("a", "Actor:maria lopez")] == mapping[("b", "Actor:maria lopez")] == node.id


def test_merge_entities_acronym_defined_in_another_document():
    long = _local(
        "Revolutionary Armed Forces of Colombia",
        "Actor",
        "ArmedGroup",
        "Revolutionary Armed Forces of Colombia",
        "FARC",
    )
    short = _local("FARC", "Actor", "Organization", "FARC")
    entities, mapping = merge_entities([("a", [long]), ("b", [short])], BASE, LEXICONS)
    assert [e.label for e in entities] == ["Revolutionary Armed Forces of Colombia"]
    assert entities[0].merges[-1]["reason"] == "alias of a named entity in another document"
    assert mapping[("b", "Actor:farc")] == entities[0].id


def test_merge_entities_bare_form_of_a_countrys_body_stays_in_its_document():
    # "Supreme Court of Thailand" keeps its written form "Supreme Court" as an alias; another
    # article's bare "Supreme Court" (a country no rule found) is not Thailand's court
    thai = _local(
        "Supreme Court of Thailand", "Actor", "Organization", "Supreme Court of Thailand", "Supreme Court"
    )
    bare = _local("Supreme Court", "Actor", "Organization", "Supreme Court")
    entities, _ = merge_entities([("a", [thai]), ("b", [bare])], BASE, LEXICONS)
    assert sorted((e.label, tuple(e.docs)) for e in entities) == [
        ("Supreme Court", ("b",)),
        ("Supreme Court of Thailand", ("a",)),
    ]


def test_merge_entities_surname_in_another_document():
    entities, _ = merge_entities(
        [("a", [_local("Hugo Chavez")]), ("b", [_local("Chavez", "Actor", "Organization")])],
        BASE,
        LEXICONS,
    )
    assert [e.label for e in entities] == ["Hugo Chavez"]
    assert entities[0].merges[0]["score"] == 0.8


def test_merge_entities_keeps_different_types_apart():
    entities, _ = merge_entities(
        [("a", [_local("Georgia", "Region", "Country")]), ("b", [_local("Georgia")])], BASE, LEXICONS
    )
    assert sorted(e.type for e in entities) == ["Actor", "Region"]


def test_merge_entities_generic_nouns_do_not_absorb_names():
    weapons = _local("weapon", "Weapon", "Arms", "weapons", "AK-47", generic=True)
    entities, _ = merge_entities(
        [("a", [weapons]), ("b", [_local("AK-47", "Weapon", "SmallArm")])], BASE, LEXICONS
    )
    assert len(entities) == 2


def test_link_places_fills_iso_and_geonames_codes():
    country = Entity("x:1", "Uganda", "Region", "Country")
    city = Entity("x:2", "Kampala", "Region", "City")
    link_places([country, city], LEXICONS)
    assert country.codes["iso3166"] == "UG"
    assert city.codes["geonames"] == "232422"


def test_merge_entities_common_noun_actors_stay_per_document():
    a = _local("officials", "Actor", "Role", generic=True)
    b = _local("officials", "Actor", "Role", generic=True)
    peru_a = _local("president of Peru", "Actor", "Role", generic=True, codes={"country": "PE"})
    peru_b = _local("president of Peru", "Actor", "Role", generic=True, codes={"country": "PE"})
    entities, _ = merge_entities([("a", [a, peru_a]), ("b", [b, peru_b])], BASE, LEXICONS)
    assert sorted(e.label for e in entities) == ["officials", "officials", "president of Peru"]


def test_merge_entities_keeps_people_with_different_given_names_apart():
    # one article: "Paul Henry Marsh was hanged in Ohio"; another: "Karen Marsh" under an alias "Marsh"
    hanged = _local("Paul Henry Marsh", "Actor", "Person", "Paul Henry Marsh", "Marsh")
    singer = _local("Karen Marsh")
    entities, _ = merge_entities([("a", [hanged]), ("b", [singer])], BASE, LEXICONS)
    assert sorted(e.label for e in entities) == ["Karen Marsh", "Paul Henry Marsh"]


def test_merge_entities_surname_split_from_its_given_name_stays_in_its_article():
    # 'Olivia "Liv" Marsh, the singer, died ...': NER took "Olivia" and "Marsh" apart, so the bare
    # "Marsh" is Olivia's, not the Paul Henry Marsh of another article
    hanged = _local("Paul Henry Marsh", "Actor", "Person", "Paul Henry Marsh", "Marsh")
    given = _local("Olivia", token_spans=[(0, 1)])
    surname = _local("Marsh", token_spans=[(4, 5), (30, 31)])
    entities, mapping = merge_entities([("a", [hanged]), ("b", [given, surname])], BASE, LEXICONS)
    assert mapping[("b", "Actor:marsh")] != mapping[("a", "Actor:paul henry marsh")]
    assert {e.label for e in entities} == {"Paul Henry Marsh", "Olivia", "Marsh"}


def test_merge_entities_surname_after_the_same_given_name_joins():
    # 'Paul "Pip" Marsh' in the second article is the Paul Henry Marsh of the first
    hanged = _local("Paul Henry Marsh", "Actor", "Person", "Paul Henry Marsh", "Marsh")
    given = _local("Paul", token_spans=[(0, 1)])
    surname = _local("Marsh", token_spans=[(4, 5)])
    _, mapping = merge_entities([("a", [hanged]), ("b", [given, surname])], BASE, LEXICONS)
    assert mapping[("b", "Actor:marsh")] == mapping[("a", "Actor:paul henry marsh")]


def test_merge_entities_bare_given_name_of_another_article_joins_no_one():
    # "Karen Marsh said ... Karen added" in one article; another quotes a "Karen" never named in full
    singer = _local("Karen Marsh", "Actor", "Person", "Karen Marsh", "Karen")
    entities, _ = merge_entities([("a", [singer]), ("b", [_local("Karen")])], BASE, LEXICONS)
    assert sorted(e.label for e in entities) == ["Karen", "Karen Marsh"]


def test_merge_entities_initial_agrees_with_the_given_name():
    # "P. Marsh" is a short form too: an initial does not contradict "Paul"
    from graphbuild.resolve.person_clash import clash_given_names, given_names_clash

    given = clash_given_names(LEXICONS)
    assert not given_names_clash("P. Marsh", "Paul Marsh", given)
    assert given_names_clash("Karen Marsh", "Paul Marsh", given)
    assert not given_names_clash("Governor Marsh", "Paul Marsh", given)
    assert not given_names_clash("Captain Paul Marsh", "Paul Marsh", given)
