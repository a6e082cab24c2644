"""A title's owner (a country, a people, a body named in it) need not be repeated by a later bare
description of the post: "British Business Secretary Ana Ruiz … The business secretary"."""

from __future__ import annotations

import pytest

from .parsed_edges import subject_nodes


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # a people's adjective in the title says whose post, not which
        (
            "British Business Secretary Ana Ruiz spoke on Monday. "
            "The business secretary apologised for the remarks.",
            "The business secretary | apologised for",
            "Ana Ruiz",
        ),
        # a country's possessive before the title, the name in apposition
        (
            "Valdoria's prime minister, Tom Hale, has ruled out an early vote. "
            "On Sunday the prime minister rejected the offer.",
            "the prime minister | rejected",
            "Tom Hale",
        ),
    ],
)
def test_a_bare_post_is_its_holder_whatever_owner_the_title_named(nlp, text, key, expected):
    assert subject_nodes(nlp, text).get(key, "absent") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # two holders of the post, each with their own country: which one is meant stays open
        "British Prime Minister Ana Ruiz met French Prime Minister Tom Hale. "
        "The prime minister thanked the hosts.",
        # a rank word is no owner: a deputy is no prime minister
        "Deputy Prime Minister Ana Ruiz spoke on Monday. The prime minister thanked the hosts.",
    ],
)
def test_a_post_with_two_holders_or_another_rank_stays_open(nlp, text):
    assert subject_nodes(nlp, text).get("The prime minister | thanked", "absent") in (None, "absent")
