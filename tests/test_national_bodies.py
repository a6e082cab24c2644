"""State bodies many countries share (graphbuild.resolve.national_bodies): whose one is it?"""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.national_bodies import body_country, main_country, one_country

LEXICONS = load_lexicons()

pytestmark = pytest.mark.model


def test_possessor_names_the_bodys_country(nlp):
    doc = nlp("Norway's Supreme Court and the courts of Sweden disagreed.")
    place = body_country(doc[2:4], LEXICONS)
    assert place is not None and place.name == "Norway"


def test_two_countries_in_the_text_leave_it_open(nlp):
    doc = nlp("Officials from Ghana and Togo met, and the Supreme Court listened.")
    assert one_country(doc[:], LEXICONS) is None
    assert body_country(doc[9:11], LEXICONS) is None


def test_the_one_country_of_the_article_is_the_bodys(nlp):
    doc = nlp("Floods hit Bolivia on Monday. Later the Supreme Court closed for a week.")
    place = body_country(doc[8:10], LEXICONS)
    assert place is not None and place.name == "Bolivia"


def test_the_country_an_article_keeps_naming_is_the_bodys(nlp):
    doc = nlp(
        "Ghana's president spoke in Accra. Ghana will vote in May, and Ghana's rivals agree. "
        "A Togolese envoy attended. Later the Supreme Court closed."
    )
    place = main_country(doc[:], LEXICONS)
    assert place is not None and place.name == "Ghana"
    assert main_country(nlp("Ghana and Togo met. The Supreme Court closed.")[:], LEXICONS) is None
