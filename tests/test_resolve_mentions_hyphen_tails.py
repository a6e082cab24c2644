"""No phrase opens inside a hyphenated word (graphbuild.resolve.mentions.hyphen_tails)."""

from __future__ import annotations

import pytest

from .found_mentions import mention_names


@pytest.mark.model
def test_a_phrase_keeps_a_hyphenated_word_whole(nlp):
    found = mention_names(nlp, "The pilot flew a four-seater training aircraft over the bay.")
    assert "four-seater training aircraft" in found
    assert "seater training aircraft" not in found


@pytest.mark.model
def test_an_age_stays_one_word(nlp):
    found = mention_names(nlp, "A 24-year-old soldier was wounded on Monday.")
    assert not any(text.startswith("year") for text in found)


@pytest.mark.model
def test_a_count_before_a_noun_still_drops(nlp):
    found = mention_names(nlp, "The army moved 30 tanks to the border.")
    assert "tanks" in found
