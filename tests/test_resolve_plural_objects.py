"""The object "them" takes a body named in the singular only when it is its sentence's named source."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.coref import antecedent, token_owners


def _them(nlp, text: str) -> str | None:
    doc = nlp(text)
    owner = token_owners(doc._.gb_entities)
    them = next(t for t in doc if t.lower_ == "them")
    found = antecedent(them, owner, load_lexicons())
    return found.name if found else None


@pytest.mark.model
def test_them_after_a_body_named_in_the_singular_stays_open(nlp):
    # the buses are returned to service, not the firm
    text = "Last month, Valdora Transit announced the buses were safe and began returning them to service."
    assert _them(nlp, text) is None


@pytest.mark.model
def test_them_takes_the_named_source_of_its_sentence(nlp):
    text = "According to the Valdora Times, a former adviser told them of the plan."
    assert _them(nlp, text) == "Valdora Times"


@pytest.mark.model
def test_them_in_words_the_body_reports_is_the_body(nlp):
    text = "The Orvic Group has explained that the theft of fuel causes them to lose money."
    assert _them(nlp, text) == "Orvic Group"
