"""Places the article shows to be people, bodies or venues (graphbuild.resolve.mentions.place_types).

The place mentions are written by hand, as NER would have typed them, so the rules are tested
whatever the tagger makes of these invented names.
"""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve import EntityMention, mention_tables
from graphbuild.resolve.mentions.place_types import retyped_places


def _mention(doc, words: str, type_: str, subtype: str, source: str = "ner", nth: int = 0) -> EntityMention:
    """The mention of the ``nth`` occurrence of ``words`` in ``doc``, typed as given."""
    n = len(words.split())
    start = [i for i in range(len(doc)) if doc[i : i + n].text == words][nth]
    return EntityMention(start, start + n, words, words, type_, subtype, source)


def _retyped(nlp, doc, found):
    out = retyped_places(doc, found, mention_tables(nlp, load_lexicons()))
    return [(m.text, m.name, m.type, m.subtype) for m in out]


@pytest.mark.model
def test_surname_of_a_person_named_in_full_is_no_place(nlp):
    # fresh53 wrong type: "Gregory Arlotta of Florida ... Arlotta had recently bought the vessel"
    doc = nlp("Gregory Vellano of Florida drowned. Vellano had bought the yacht in Boston.")
    found = [
        _mention(doc, "Gregory Vellano", "Actor", "Organization"),
        _mention(doc, "Vellano", "Region", "AdminArea", nth=1),
    ]
    assert _retyped(nlp, doc, found)[1] == ("Vellano", "Vellano", "Actor", "Person")


@pytest.mark.model
def test_courtesy_title_and_full_name_of_a_surname_are_a_person(nlp):
    # fresh40 wrong type: "Carol Park" (a murdered woman) typed a site for its last word
    doc = nlp("Staff said Mr Harlow died at noon. Harlow had killed his wife, Nell Harlow, in 1976.")
    found = [
        _mention(doc, "Mr Harlow", "Region", "Site", "phrase"),
        _mention(doc, "Nell Harlow", "Region", "Site", "phrase"),
    ]
    assert _retyped(nlp, doc, found) == [
        ("Mr Harlow", "Harlow", "Actor", "Person"),
        ("Nell Harlow", "Nell Harlow", "Actor", "Person"),
    ]


@pytest.mark.model
def test_surname_in_a_places_context_or_a_big_city_stays_a_place(nlp):
    doc = nlp("Gregory Vellano flew to Vellano on Monday. Anna Houston said Houston was calm.")
    found = [
        _mention(doc, "Gregory Vellano", "Actor", "Person"),
        _mention(doc, "Vellano", "Region", "City", nth=1),
        _mention(doc, "Anna Houston", "Actor", "Person"),
        _mention(doc, "Houston", "Region", "City", "place", nth=1),
    ]
    assert [t for _, _, t, _ in _retyped(nlp, doc, found)] == ["Actor", "Region", "Actor", "Region"]


@pytest.mark.model
def test_unknown_place_before_a_noun_only_a_body_has_is_a_body(nlp):
    # fresh53 "the Nielsen ratings", fresh52 "Wright County Egg's owner": typed Region
    doc = nlp("The show lagged in the Vellmark ratings. Vellmark said the figures were early.")
    found = [
        _mention(doc, "Vellmark", "Region", "AdminArea"),
        _mention(doc, "Vellmark", "Region", "AdminArea", nth=1),
    ]
    assert [t for _, _, t, _ in _retyped(nlp, doc, found)] == ["Actor", "Actor"]
    # a known town's residents, or a town's ratings, are the town's
    doc = nlp("The Vellmark residents left. Boston ratings of the mayor fell.")
    found = [_mention(doc, "Vellmark", "Region", "AdminArea"), _mention(doc, "Boston", "Region", "City")]
    assert [t for _, _, t, _ in _retyped(nlp, doc, found)] == ["Region", "Region"]


@pytest.mark.model
def test_seat_of_government_named_only_as_a_venue_is_a_place(nlp):
    # fresh51 wrong type: "the ceremony at the White House", typed the government
    doc = nlp("The medal was presented at the White House on Friday.")
    found = [_mention(doc, "the White House", "Actor", "Government", "gazetteer")]
    assert _retyped(nlp, doc, found)[0][2:] == ("Region", "Site")
    # once it speaks, the seat stands for the government in every mention
    doc = nlp("The White House said talks would resume. The medal was presented at the White House.")
    found = [
        _mention(doc, "The White House", "Actor", "Government", "gazetteer"),
        _mention(doc, "the White House", "Actor", "Government", "gazetteer"),
    ]
    assert [t for _, _, t, _ in _retyped(nlp, doc, found)] == ["Actor", "Actor"]
