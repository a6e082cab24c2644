"""Names whose own phrase says what they name (graphbuild.resolve.mentions.name_cues).

The mentions are written by hand, as NER would have typed them, so the rules are tested whatever
the tagger makes of these invented names.
"""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve import EntityMention, mention_tables
from graphbuild.resolve.mentions.name_cues import cued_names


def _typed(nlp, text: str, name: str, type_: str, subtype: str) -> tuple[str, str]:
    """The (type, subtype) ``cued_names`` gives the first mention of the one-word ``name``."""
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name)
    found = [EntityMention(start, start + 1, name, name, type_, subtype, "ner")]
    out = cued_names(doc, found, mention_tables(nlp, load_lexicons()))
    return (out[0].type, out[0].subtype)


@pytest.mark.model
def test_a_name_before_provincial_is_the_province(nlp):
    # fresh55 wrong type: "Chief Inspector of Sulu provincial police", the province typed a person
    text = "Nel Arvo, chief of the Kalsu provincial police, said the man had fled."
    assert _typed(nlp, text, "Kalsu", "Actor", "Person") == ("Region", "AdminArea")


@pytest.mark.model
def test_a_name_given_as_what_someone_is_called_is_a_person(nlp):
    # fresh54 wrong type: "one of the pirates, who goes by the name of Hassan", typed a city
    text = "One of the raiders, who goes by the name of Tarvik, spoke to reporters."
    assert _typed(nlp, text, "Tarvik", "Region", "City") == ("Actor", "Person")
    text = "The imam gave his name as Tarvik and said he had prayed there for years."
    assert _typed(nlp, text, "Tarvik", "Region", "City") == ("Actor", "Person")


@pytest.mark.model
def test_a_place_after_other_names_or_prepositions_stays_a_place(nlp):
    text = "He lives in a village near Tarvik, by the name of the river."
    assert _typed(nlp, text, "Tarvik", "Region", "City") == ("Region", "City")
    text = "Officials in the name of Tarvik said it was closed."
    assert _typed(nlp, text, "Tarvik", "Region", "City") == ("Region", "City")
    text = "Nel Arvo said Tarvik police would patrol the road."
    assert _typed(nlp, text, "Tarvik", "Actor", "Organization") == ("Actor", "Organization")
