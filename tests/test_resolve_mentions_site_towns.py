"""A site's name and the town it stands in, drawn as one name (graphbuild.resolve.mentions.site_towns)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.mentions.site_towns import site_and_town

from .found_mentions import mention_names

LEXICONS = load_lexicons()

SITE_WORDS = frozenset({"temple", "mosque"})


@pytest.mark.model
def test_site_named_with_the_town_it_is_in_is_two_names(nlp):
    # issue 14 (Wikinews types): "the Mahabodhi Temple in Bodh Gaya" drawn as one FAC name
    found = mention_names(nlp, "Explosions hit the Kestrel Temple in Bodh Gaya, India.")
    assert found["Kestrel Temple"][1:] == ("Region", "Site")
    assert [(n, t, s) for n, t, s in found.values() if n == "Bodh Gaya"] == [("Bodh Gaya", "Region", "City")]


@pytest.mark.model
def test_body_whose_name_holds_in_and_a_country_stays_whole(nlp):
    doc = nlp("Fighters of the Kestrel Front in Iraq attacked a convoy.")
    ent = Span(doc, 3, 7, label="ORG")
    assert site_and_town(ent, SITE_WORDS, LEXICONS) == [ent]  # no place's noun before "in": a body's name
    doc = nlp("Pilgrims filled the Kestrel Temple in Bodh Gaya on Sunday.")
    site, town = site_and_town(Span(doc, 2, 8, label="FAC"), SITE_WORDS, LEXICONS)
    assert (site.text, town.text, town.label_) == ("the Kestrel Temple", "Bodh Gaya", "GPE")


@pytest.mark.model
def test_site_in_a_name_no_gazetteer_knows_stays_whole(nlp):
    doc = nlp("They met at the Kestrel Temple in Velmorshire on Sunday.")
    ent = Span(doc, 3, 8, label="FAC")
    assert site_and_town(ent, SITE_WORDS, LEXICONS) == [ent]
