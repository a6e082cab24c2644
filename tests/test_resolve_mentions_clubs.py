"""A town's name on a side of a game is its club, in every mention of an article about a game
(graphbuild.resolve.mentions.clubs), on invented articles."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.mentions.clubs import club_mentions, fixture_side, surnames
from graphbuild.resolve.mentions.mention import EntityMention
from graphbuild.resolve.mentions.teams import sport_sentence

from .found_mentions import found_mentions


def kinds(nlp, text: str, name: str) -> list[tuple[str, str]]:
    """The (type, subtype) of every mention written ``name``, in order."""
    return [(m.type, m.subtype) for m in found_mentions(nlp, nlp(text)) if m.text == name]


CLUB = ("Actor", "Organization")


@pytest.mark.model
def test_a_town_shown_a_side_once_is_the_club_in_every_mention_of_a_game_article(nlp):
    text = (
        "Bendigo defeated Ballarat by forty runs in the final on Sunday. "
        "Ballarat resumed at six for fifty and lost two wickets in the first over. "
        "The innings ended at 120. The next final will be played in Ballarat."
    )
    # where a preposition of place puts the name, it is the town
    assert kinds(nlp, text, "Ballarat") == [CLUB, CLUB, ("Region", "City")]


@pytest.mark.model
def test_a_town_named_as_one_side_of_a_fixture_is_its_club(nlp):
    text = "In the other semi-final match, Shepparton will host Ballarat on Saturday night."
    assert kinds(nlp, text, "Ballarat") == [CLUB]
    # a second fixture of the same sentence shares the first one's subject
    text = "In the round ten matches, Bendigo will host Mildura and Ballarat will host Shepparton."
    assert kinds(nlp, text, "Shepparton") == [CLUB]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Next week Shepparton will host Ballarat.", True),
        ("Next week Shepparton will host the final of the tournament.", False),
        ("Next week Shepparton will host Prime Minister John Howard.", False),
        ("The report said that Shepparton would host the World Cup in 2030.", False),
    ],
)
def test_a_fixture_has_a_name_on_its_other_side_no_game_nor_person(nlp, text, side):
    doc = nlp(text)
    town = next(t for t in doc if t.text == "Shepparton")
    assert fixture_side(doc[town.i : town.i + 1], load_lexicons().terms("fixture_verbs")) is side


@pytest.mark.model
def test_outside_a_game_article_only_the_side_itself_is_the_club(nlp):
    # one sentence about a game makes no article about one: the town's other mention is the place
    text = "Floods cut the roads into Ballarat on Monday. Last year Bendigo defeated Ballarat in the final."
    assert kinds(nlp, text, "Ballarat") == [("Region", "City"), CLUB]


@pytest.mark.model
def test_a_word_of_a_game_tagged_an_adjective_ending_its_phrase_is_its_noun(nlp):
    words = load_lexicons().terms("sport_words")
    assert sport_sentence(nlp("It was good to win the one day final on Sunday.")[:], words)
    assert not sport_sentence(nlp("The decision of the council is final.")[:], words)
    assert not sport_sentence(nlp("The council made its final decision.")[:], words)


@pytest.mark.model
def test_a_country_shown_its_team_once_is_the_team_but_where_a_place(nlp):
    text = (
        "Ghana won the tournament on Sunday. Peru scored twice in the second half. "
        "Earlier, Peru eliminated Norway. The defeat ended a good year for Norway. "
        "Fans waited for the players at the airport in Norway."
    )
    found = [(m.name, m.type) for m in found_mentions(nlp, nlp(text)) if m.text == "Norway"]
    team = ("national team of Norway", "Actor")
    assert found == [team, team, ("Norway", "Region")]


def test_the_last_word_of_an_actor_named_in_full_is_no_town_to_make_a_club():
    # "Robin Ballarat won", then "Ballarat beat Nadal": the player's short name, though a town has it
    found = [
        EntityMention(0, 2, "Robin Ballarat", "Robin Ballarat", "Actor", "Organization", "ner"),
        EntityMention(9, 10, "Ballarat", "Ballarat", "Region", "City", "place"),
    ]
    assert surnames(found) == {"Ballarat"}


def _town_mentions(doc, name: str) -> list[EntityMention]:
    """Every one-word mention of ``name`` in ``doc``, typed a town as NER would."""
    return [EntityMention(t.i, t.i + 1, name, name, "Region", "City", "ner") for t in doc if t.text == name]


@pytest.mark.model
def test_a_possessor_after_to_is_the_club_and_half_time_is_a_word_of_a_game(nlp):
    # fresh33 and fresh50 wrong type: "won 20-13 (136) to Warragul's 2-6", a club typed its town;
    # "At half time" makes the second sentence of a game
    doc = nlp(
        "Bendigo defeated Ballarat by forty runs in the final. At half time Bendigo led by ten runs. "
        "At the end, Bendigo won 12-10 (82) to Ballarat's 7-5 (47)."
    )
    found = club_mentions(doc, _town_mentions(doc, "Ballarat"), load_lexicons())
    assert [(m.type, m.subtype) for m in found] == [CLUB, CLUB]


@pytest.mark.model
def test_a_town_after_to_without_a_possessive_stays_the_place(nlp):
    doc = nlp(
        "Bendigo defeated Ballarat by forty runs in the final. At half time Bendigo led by ten runs. "
        "The fans later drove home to Ballarat."
    )
    found = club_mentions(doc, _town_mentions(doc, "Ballarat"), load_lexicons())
    assert [(m.type, m.subtype) for m in found] == [CLUB, ("Region", "City")]
