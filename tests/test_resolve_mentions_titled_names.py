"""Surnames a title shows (graphbuild.resolve.mentions.titled_names), and the names whose last word
says what they name (``site_heads``, ``venue_heads``, ``body_name_heads``)."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve import EntityMention, mention_tables
from graphbuild.resolve.mentions.place_types import retyped_places
from graphbuild.resolve.mentions.titled_names import titled_surnames
from tests.found_mentions import mention_names


@pytest.mark.model
def test_surname_after_a_title_is_a_person_not_a_place(nlp):
    # fresh55 wrong type: a president's surname, named alone, typed a region
    doc = nlp("The prize went to Zambian president Kaluba wa Senteru. Senteru thanked the crowd.")
    start = [t.i for t in doc if t.text == "Senteru"][1]
    found = [EntityMention(start, start + 1, "Senteru", "Senteru", "Region", "AdminArea", "ner")]
    out = retyped_places(doc, found, mention_tables(nlp, load_lexicons()))
    assert (out[0].type, out[0].subtype) == ("Actor", "Person")


@pytest.mark.model
def test_a_title_opening_a_place_name_or_before_a_preposition_shows_no_surname(nlp):
    doc = nlp(
        "Visitors came from Prince Edward Island. The President of Arlovia spoke at the General Cemetery."
    )
    assert titled_surnames(doc, mention_tables(nlp, load_lexicons())) == set()


@pytest.mark.model
def test_a_street_a_ground_and_a_courthouse_are_places(nlp):
    # fresh54, fresh46, fresh45 wrong type: a street, a sports reserve and a courthouse typed Actor
    names = mention_names(
        nlp,
        "Playing at the Harlan Recreation Reserve, the hosts never led. Arraignment is set for "
        "May at the Tamsworth County Courthouse in Arlo.",
    )
    assert names["Harlan Recreation Reserve"][1:] == ("Region", "Site")
    assert names["Tamsworth County Courthouse"][1:] == ("Region", "Site")


@pytest.mark.model
def test_a_name_ending_in_organization_is_a_body_but_a_reserve_alone_stays_one(nlp):
    # fresh55 wrong type: a body whose name opens with a coast, typed a region
    names = mention_names(
        nlp, "The money will go to the Gulf Coast Relief Organization. The Federal Reserve declined."
    )
    assert names["Gulf Coast Relief Organization"][1:] == ("Actor", "Organization")
    assert names["Federal Reserve"][1:] == ("Actor", "Organization")
