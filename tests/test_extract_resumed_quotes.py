"""A quotation resumed in the next sentence (graphbuild.extract.resumed_quotes), on invented text."""

from __future__ import annotations

import pytest

from .parsed import qualified

pytestmark = pytest.mark.model


def test_a_quotation_resumed_after_said_x_is_the_same_speakers(nlp):
    # rule-check: '"Your conduct … is reprehensible," said Judge X. "To then give your son …"'
    text = (
        '"The mill was a good employer," said Lee, a spokesman for the union. "However, the owners'
        ' have sold the site to a developer."'
    )
    found = qualified(nlp(text))
    assert found["the owners | have sold | the site"][2] == "Lee"


def test_a_quotation_after_the_authors_sentence_has_no_speaker_from_it(nlp):
    text = 'The mill closed in May after a long strike. "The owners have sold the site to a developer."'
    found = qualified(nlp(text))
    assert found.get("The mill | closed in | May", (None, None, None))[2] is None
    assert all(value[2] is None for value in found.values())


def test_a_pronoun_speaker_named_in_the_sentence_before_is_not_carried(nlp):
    # fresh17: "he" is resolved only within the fact's own sentence; carried, it left the fact with
    # no source and dropped "Mary Harney is the Republic of Ireland's health minister"
    text = (
        '"I have spoken to other ministers about the flu," he explained. "I have also spoken to Mary'
        " Roe, the city's health minister.\""
    )
    found = qualified(nlp(text))
    assert found["Mary Roe | is | the city's health minister"][2] is None
