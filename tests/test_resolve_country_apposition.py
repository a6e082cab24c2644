"""A comma and a country after a name (graphbuild.resolve.country_apposition)."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.country_apposition import before_country


def _span(nlp, text: str, name: str):
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    return doc[start : start + len(name.split())]


@pytest.mark.model
def test_a_name_before_its_country_is_placed_there(nlp):
    span = _span(nlp, "Flooding hit Port Orvale, Mexico, on Tuesday.", "Port Orvale")
    assert before_country(span, load_lexicons())


@pytest.mark.model
def test_a_source_before_a_speaking_country_is_not_placed_there(nlp):
    text = "The debt is rising, according to the Ledger, China says it will lend more."
    assert not before_country(_span(nlp, text, "Ledger"), load_lexicons())


@pytest.mark.model
def test_a_country_that_reports_opens_a_clause_of_its_own(nlp):
    text = "The talks stalled with Velcor, Brazil announced on Monday."
    assert not before_country(_span(nlp, text, "Velcor"), load_lexicons())
