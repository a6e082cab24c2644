"""A report's source is a speaker or a body (graphbuild.resolve.mentions.sources)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from .found_mentions import found_mentions


def _tagged(nlp, text: str, name: str, label: str) -> dict[str, tuple[str, str]]:
    """Mentions of ``text`` where NER is made to tag the one-word ``name`` with ``label``."""
    doc = nlp(text)
    span = next(Span(doc, t.i, t.i + 1, label=label) for t in doc if t.text == name)
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    return {m.text: (m.type, m.subtype) for m in found_mentions(nlp, doc)}


@pytest.mark.model
def test_a_source_taken_for_a_place_is_a_body(nlp):
    text = "Critics called it the worst song of the year, according to Newsline."
    assert _tagged(nlp, text, "Newsline", "GPE")["Newsline"] == ("Actor", "Organization")


@pytest.mark.model
def test_a_place_after_in_stays_a_place(nlp):
    text = "Critics called it the worst song of the year in Newsline."
    assert _tagged(nlp, text, "Newsline", "GPE")["Newsline"][0] == "Region"
