"""A country named as the one who acts (typed as its government) is still the country a later
"the country" means (``resolve.acting_countries``)."""

from __future__ import annotations

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.acting_countries import with_acting_countries
from graphbuild.resolve.entities import LocalEntity

from .parsed import parsed

LEXICONS = load_lexicons()

# "Portugal respects the border"
DOC = """
Portugal 1 nsubj PROPN NNP Portugal B-GPE
respects 1 ROOT VERB VBZ respect
the 3 det DET DT the
border 1 dobj NOUN NN border
"""


def test_a_country_acting_lends_its_mentions_to_the_country():
    doc = parsed(DOC)
    government = LocalEntity("Actor:government of portugal", "government of Portugal", "Actor", "Government")
    government.token_spans.append((0, 1))
    country = LocalEntity("Region:portugal", "Portugal", "Region", "Country")
    candidates, own = with_acting_countries(doc, [government, country], LEXICONS)
    stand_in = next(e for e in candidates if e.name == "Portugal")
    assert stand_in.token_spans == [(0, 1)]
    assert own[id(stand_in)] is country  # the description joins the country itself
    assert country.token_spans == []


def test_a_country_acting_and_not_yet_an_entity_becomes_one():
    doc = parsed(DOC)
    government = LocalEntity("Actor:government of portugal", "government of Portugal", "Actor", "Government")
    government.token_spans.append((0, 1))
    candidates, own = with_acting_countries(doc, [government], LEXICONS)
    stand_in = next(e for e in candidates if e.name == "Portugal")
    assert (own[id(stand_in)].key, own[id(stand_in)].token_spans) == ("Region:portugal", [])


def test_a_government_named_otherwise_is_no_country_acting():
    doc = parsed(DOC)
    cabinet = LocalEntity("Actor:cabinet", "cabinet", "Actor", "Government", generic=True)
    cabinet.token_spans.append((0, 1))
    assert with_acting_countries(doc, [cabinet], LEXICONS) == ([cabinet], {})
