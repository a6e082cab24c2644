"""Words around a name that make it a place (graphbuild.resolve.mentions.contexts)."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve import mention_tables
from graphbuild.resolve.mentions.contexts import (
    listed_with_place,
    locative,
    place_part,
    public_place,
)

from .found_mentions import mention_names

LEXICONS = load_lexicons()


@pytest.mark.model
def test_name_listed_with_a_known_city_after_a_preposition_is_a_place(nlp):
    # issue 14 (fresh6 wrong type): "trains between Bangalore and Chennai", "Bangalore" tagged PERSON
    doc = nlp("Rail officials reported no cancellations for trains between Kolapuram and Chennai.")
    first = next(t for t in doc if t.text == "Kolapuram")
    assert listed_with_place(doc[first.i : first.i + 1], frozenset({"between"}), LEXICONS) == "City"
    doc = nlp("Anna Lind and Chennai Super Kings players met the press.")
    # no preposition: no list of places
    assert listed_with_place(doc[0:2], frozenset({"between"}), LEXICONS) is None
    # a person's name or a common noun in the list is no known place, whatever GeoNames says
    doc = nlp("The motion was signed by Obama and the Kestor Defense Board.")
    board = next(t for t in doc if t.text == "Kestor")
    assert listed_with_place(doc[board.i : board.i + 3], frozenset({"by"}), LEXICONS) is None


@pytest.mark.model
def test_name_after_in_with_a_copula_is_in_a_places_context(nlp):
    # issue 14 (fresh6 wrong type): "Adamov was in Bern attempting to ..." ("Bern" tagged ORG)
    doc = nlp("The banker was in Thun attempting to unblock accounts belonging to his son.")
    thun = next(t for t in doc if t.text == "Thun")
    assert locative(doc[thun.i : thun.i + 1], mention_tables(nlp, load_lexicons()))


@pytest.mark.model
def test_find_mentions_town_on_a_side_of_a_game_is_its_club(nlp):
    # a town beaten in a game, or owning a counted unit of the score, is the town's club
    assert mention_names(nlp, "Morwell defeated Traralgon in the final.")["Traralgon"][1:] == (
        "Actor",
        "Organization",
    )
    found = mention_names(nlp, "The last quarter saw Warragul kick three goals to Traralgon's two goals.")
    assert found["Traralgon"][1:] == ("Actor", "Organization")
    # the same town hit by a flood, or owning hospitals, stays the place
    assert mention_names(nlp, "Floods hit Traralgon on Monday.")["Traralgon"][1] == "Region"


@pytest.mark.model
def test_find_mentions_town_beaten_in_the_passive_or_lost_to_is_its_club(nlp):
    # issue 14 (fresh21/fresh33 wrong type): a town that was beaten, or that a side lost or drew
    # to by a counted margin, is the town's club
    found = mention_names(nlp, "Maffra lost to Warragul by two points on Saturday.")
    assert found["Warragul"][1:] == ("Actor", "Organization")
    found = mention_names(nlp, "Kansas beat Missouri in the final.")
    assert found["Missouri"][1:] == ("Actor", "Organization")  # a state's side, as a town's
    # losing to an illness, and a margin of no game, keep the town
    found = mention_names(nlp, "The retired teacher lost to cancer in Warragul by the age of 80.")
    assert found["Warragul"][1] == "Region"


@pytest.mark.model
def test_name_listed_with_a_town_ner_tagged_a_place_is_a_place(nlp):
    # issue 14 (re3d: villages too small for GeoNames, one of them tagged a people or a person):
    # a name NER tagged GPE in the list stands for a town, so the list is one of places
    found = mention_names(nlp, "The raids in Qarnel, Sotin and Belamenes killed nine people.")
    assert found["Sotin"][1:] == ("Region", "City")
    # only a list that says where: NER tags unknown persons GPE too ("pleas from A and B")
    found = mention_names(nlp, "The judge would not accept pleas from Benalshar and al-Kasimi.")
    assert found["al-Kasimi"][1] == "Actor"
    # a country in the list does not make its partner a place
    found = mention_names(nlp, "Fighting broke out between Israel and Hamas.")
    assert found["Hamas"][1] == "Actor"


@pytest.mark.model
def test_find_mentions_town_that_plays_in_a_sentence_about_a_game_is_its_club(nlp):
    # issue 14 (fresh33 wrong type): towns that "will miss the finals" are the towns' clubs
    found = mention_names(nlp, "Moe, Sale, Wonthaggi and Warragul will miss the finals.")
    assert found["Warragul"][1:] == ("Actor", "Organization")
    assert found["Sale"][1:] == ("Actor", "Organization")
    # a town that hosts a game is the place; missing a deadline is no play
    assert mention_names(nlp, "London will host the final of the tournament.")["London"][1] == "Region"


@pytest.mark.model
def test_find_mentions_town_beaten_after_a_noun_of_a_result_is_its_club(nlp):
    # issue 14 (fresh33 wrong type): "a 118 point victory over Warragul in their ... match"
    text = "Riverton closed on the leaders with a forty point victory over Easton in their league match."
    assert mention_names(nlp, text)["Easton"][1:] == ("Actor", "Organization")
    # a victory over a town in no game keeps the place
    text = "The army claimed victory over Easton after a week of shelling."
    assert mention_names(nlp, text)["Easton"][1] == "Region"


@pytest.mark.model
def test_town_team_stays_the_club_beside_the_town_named_elsewhere(nlp):
    # issue 14 (fresh33 wrong type): a club beaten in one sentence is no place because the town is
    # named as a place in another
    text = (
        "Riverton closed on the leaders with a forty point victory over Easton in their league match. "
        "Fans later gathered in Easton, a town of ten thousand people."
    )
    kinds = {(e.name, e.type) for e in nlp(text)._.gb_entities}
    assert ("Easton", "Actor") in kinds


@pytest.mark.model
def test_public_place_nouns_are_read_with_the_compound_before_them(nlp):
    tables = mention_tables(nlp, load_lexicons())
    doc = nlp("She crossed a busy square, then the old rail station, and called a radio station.")
    square = next(t for t in doc if t.text == "square")
    rail, radio = (t for t in doc if t.text == "station")
    assert public_place(square, tables) and public_place(rail, tables)
    assert not public_place(radio, tables)  # a broadcaster, a body in news


@pytest.mark.model
def test_find_mentions_name_apposed_to_a_public_place_noun_is_that_place(nlp):
    found = mention_names(nlp, "Protesters gathered on Velmorplatz, a square near the old harbour.")
    assert found["Velmorplatz"][1:] == ("Region", "Site")
    found = mention_names(nlp, "Kestrel Row, the road where the van was found, remained closed on Sunday.")
    assert found["Kestrel Row"][1:] == ("Region", "Site")
    found = mention_names(nlp, "The two men left a gay bar, Velvet Moon, shortly after midnight.")
    assert found["Velvet Moon"][1:] == ("Region", "Site")
    found = mention_names(nlp, "The convoy was hit at the Shahrak crossroads, near a checkpoint.")
    assert found["Shahrak crossroads"][1:] == ("Region", "Site")
    found = mention_names(nlp, "Lena Marsh, the host of a radio station in Ohio, resigned on Friday.")
    assert found["Lena Marsh"][1:] == ("Actor", "Person")


@pytest.mark.model
def test_name_after_a_place_only_post_and_of_is_a_place(nlp):
    # issue 14 (Wikinews types): "The police chief of Aleg" ("Aleg", a town, tagged ORG)
    tables = mention_tables(nlp, load_lexicons())
    assert mention_names(nlp, "The sheriff of Tindouf said the road was closed.")["Tindouf"][1:] == (
        "Region",
        "City",
    )
    doc = nlp("The police chief of Kiffa said two men were arrested.")
    chief = next(t for t in doc if t.text == "chief")
    assert place_part(chief, tables.lexicons)  # a compound of the post's words
    doc = nlp("The chief of Kiffa Holdings resigned on Monday.")
    chief = next(t for t in doc if t.text == "chief")
    assert not place_part(chief, tables.lexicons)  # a chief alone may head a firm


@pytest.mark.model
def test_name_before_a_natural_features_noun_is_that_place(nlp):
    # fresh40 (wrong type): "in the Amazon rainforest" (NER: ORG) typed Actor/Organization
    from .test_resolve_mentions_ner import _labelled, _typed

    text = "The dam would flood a wide stretch of the Zorvexa rainforest, critics said."
    found = _labelled(nlp, text, [("Zorvexa", "ORG")])
    assert _typed(found, "Zorvexa rainforest") == ("Region", "GeoRegion")


@pytest.mark.model
def test_a_band_named_after_its_noun_is_a_body(nlp):
    found = mention_names(nlp, "Leonard Orrin, the namesake of rock band Lynyrd Skynyrd, has died at 77.")
    assert found["Lynyrd Skynyrd"][1] == "Actor"
