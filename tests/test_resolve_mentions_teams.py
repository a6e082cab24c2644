"""Countries on a side of a game in an article about one are national teams
(graphbuild.resolve.mentions.teams), on invented articles."""

from __future__ import annotations

import pytest

from .found_mentions import found_mentions

# Two sentences with a word of a game make the article one about a game.
GAME = "Ghana won the tournament on Sunday. Peru scored twice in the second half. "


def last_mention(nlp, text: str, name: str) -> tuple[str, str, str]:
    """The (name, type, subtype) of the last mention written ``name``."""
    found = [m for m in found_mentions(nlp, nlp(text)) if m.text == name]
    return found[-1].name, found[-1].type, found[-1].subtype


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier, Peru eliminated Norway.",
        "On Tuesday, Fiji drew with Norway.",
        "The defeat of Norway surprised many.",
        "Norway's elimination surprised many.",
        "On Tuesday, Peru edged the holders, Norway.",
        "Next week, Peru will face Norway.",
    ],
)
def test_a_country_on_a_side_of_a_game_in_a_game_article_is_its_team(nlp, sentence):
    found = last_mention(nlp, GAME + sentence, "Norway")
    assert found == ("national team of Norway", "Actor", "Organization")


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier, Norway eliminated Peru.",
        "On Thursday, Norway achieved a surprise win.",
    ],
)
def test_a_country_that_plays_in_a_game_article_is_its_team_not_its_government(nlp, sentence):
    found = last_mention(nlp, GAME + sentence, "Norway")
    assert found == ("national team of Norway", "Actor", "Organization")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The defeat of Norway in 1940 opened the way north.",
        # one sentence with a word of a game is no article about a game
        "Fiji will host the match on Sunday. The defeat of Norway in 1940 opened the way north.",
        "Ghana won the tournament on Sunday. Peru scored twice in the second half. Tourists from Norway "
        "filled the hotels.",
    ],
)
def test_a_country_off_a_side_of_a_game_stays_the_place(nlp, text):
    assert last_mention(nlp, text, "Norway")[1:] == ("Region", "Country")


@pytest.mark.model
def test_a_country_that_acts_in_ordinary_news_stays_its_government(nlp):
    found = last_mention(nlp, "Talks resumed on Monday. Norway eliminated the tariff on fish.", "Norway")
    assert found == ("government of Norway", "Actor", "Government")
