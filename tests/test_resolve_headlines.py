"""A headline's words are read with the body: a surname in a headline is the person the body names."""

from __future__ import annotations

import pytest

from graphbuild.resolve import group_mentions
from graphbuild.resolve.canonical import headline_end

from .found_mentions import found_mentions

# Invented articles whose headlines name people by surname, as the body names them in full.
ARTICLE = (
    "Straw backs Smith over plan to cut police budget\n\n"
    "John Smith, the minister, said the plan would leave towns without officers. Jack Straw agreed."
)
SURNAMES = (
    "Howard attacks Blair over tax\n\n"
    "Michael Howard, the opposition leader, said on Monday that Tony Blair had raised taxes."
)


def _entities(nlp, text: str):
    doc = nlp(text)
    return doc, group_mentions(doc, found_mentions(nlp, doc))


@pytest.mark.model
def test_headline_end_is_the_first_line_without_final_punctuation(nlp):
    doc = nlp.make_doc(ARTICLE)
    assert doc[headline_end(doc) - 1].text == "budget"
    assert headline_end(nlp.make_doc("John Smith said so.\nHe left.")) == 0
    assert headline_end(nlp.make_doc("A single line without a stop")) == 0


@pytest.mark.model
def test_headline_surname_joins_the_person_named_in_the_body(nlp):
    _, entities = _entities(nlp, ARTICLE)
    smiths = [e for e in entities if "Smith" in e.aliases]
    assert len(smiths) == 1, [(e.name, e.type, e.subtype) for e in entities]
    assert (smiths[0].name, smiths[0].subtype) == ("John Smith", "Person")
    assert smiths[0].token_spans[0] == (2, 3)  # the headline mention is part of it


@pytest.mark.model
def test_headline_surnames_are_people_not_places(nlp):
    _, entities = _entities(nlp, SURNAMES)
    people = {e.name: set(e.aliases) for e in entities if e.subtype == "Person"}
    assert people == {"Michael Howard": {"Howard", "Michael Howard"}, "Tony Blair": {"Blair", "Tony Blair"}}
    assert not [e for e in entities if e.type == "Region"], [(e.name, e.subtype) for e in entities]


@pytest.mark.model
def test_headline_only_ner_name_is_dropped(nlp):
    _, entities = _entities(
        nlp,
        "Royal Couple Watch Nation\n\nThousands of people lined the streets of Paris on Sunday.",
    )
    names = {e.name for e in entities}
    assert not [n for n in names if "Royal" in n or "nation" in n.lower()], names
    assert "Paris" in names


@pytest.mark.model
def test_headline_name_the_body_shortens_is_kept(nlp):
    _, entities = _entities(
        nlp,
        "Peter Okafor condemns attacks on schools\n\nOkafor said the attacks were a crime against children.",
    )
    assert "Peter Okafor" in {e.name for e in entities}


@pytest.mark.model
def test_headline_place_stays_itself_beside_a_longer_place_name(nlp):
    _, entities = _entities(
        nlp, "Ministers discuss crisis in Ukraine\n\nFighting went on in eastern Ukraine."
    )
    assert "Ukraine" in {e.name for e in entities}
