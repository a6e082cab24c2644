"""Which aliases are forms of a node's name (graphbuild.resolve.aliases)."""

from __future__ import annotations

from collections import Counter

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.aliases import drop_broken_aliases
from graphbuild.resolve.entities import LocalEntity

LEXICONS = load_lexicons()


def _place(name: str, *aliases: str) -> LocalEntity:
    return LocalEntity(f"Region:{name}", name, "Region", "Country", aliases=Counter(aliases))


def test_a_part_of_a_place_is_no_alias_of_it():
    # fresh3/fresh7 (issue 14): "capital city of South Sudan" (Juba) and "border region of China" were
    # aliases of the countries, and the annotators judged the nodes wrong merges
    norvia = _place(
        "Norvia",
        "Norvia",
        "the capital city of Norvia",
        "the border region of Norvia",
        "the capital of Norvia",
    )
    drop_broken_aliases(norvia, LEXICONS)
    assert list(norvia.aliases) == ["Norvia"]


def test_a_place_s_own_long_name_stays_an_alias():
    korea = _place("Korea", "Korea", "Republic of Korea", "the southern region of Korea")
    drop_broken_aliases(korea, LEXICONS)
    assert set(korea.aliases) == {"Korea", "Republic of Korea"}
    basra = LocalEntity(
        "Region:Basra", "Basra", "Region", "City", aliases=Counter(["the southern city of Basra"])
    )
    drop_broken_aliases(basra, LEXICONS)  # the place itself: a city in the south
    assert list(basra.aliases) == ["the southern city of Basra"]
    manama = LocalEntity(
        "Region:Manama", "Manama", "Region", "City", aliases=Counter(["the capital city of Manama"])
    )
    drop_broken_aliases(manama, LEXICONS)
    assert list(manama.aliases) == ["the capital city of Manama"]


def test_a_named_kind_of_place_of_a_name_is_that_place():
    # "the Paris suburb of La Courneuve" is La Courneuve; "the US capital city of Washington" is Washington
    place = _place("La Courneuve", "the Paris suburb of La Courneuve")
    drop_broken_aliases(place, LEXICONS)
    assert list(place.aliases) == ["the Paris suburb of La Courneuve"]


def test_a_compass_region_of_a_place_is_a_part_of_it():
    # the compass words of compass_words, their points with a hyphen, and "-ern" adjectives alike
    norvia = _place(
        "Norvia",
        "Norvia",
        "the north-east region of Norvia",
        "the northeastern area of Norvia",
        "the coastal areas of Norvia",
        "the region of Norvia",
    )
    drop_broken_aliases(norvia, LEXICONS)
    assert list(norvia.aliases) == ["Norvia", "the region of Norvia"]
