"""Stock ticker symbols after a company's name are no nodes (graphbuild.resolve.tickers), on
invented text with the NER labels set."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _entities(nlp, text: str, spans: list[tuple[str, str]]) -> set[str]:
    """Names of the local entities when NER labels exactly ``spans`` ((words, label), first occurrence)."""
    with nlp.select_pipes(disable=["graphbuild_entities"]):
        doc = nlp(text)
    doc.ents = [doc.char_span(text.index(w), text.index(w) + len(w), label) for w, label in spans]
    doc = nlp.get_pipe("graphbuild_entities")(doc)
    return {e.name for e in doc._.gb_entities}


def test_a_symbol_after_an_exchange_code_and_a_colon_is_no_node(nlp):
    text = "Velmora Systems (NYSE:VLMR) said on Monday that its profits rose sharply."
    names = _entities(nlp, text, [("Velmora Systems", "ORG"), ("NYSE", "ORG"), ("VLMR", "ORG")])
    assert "VLMR" not in names
    assert "Velmora Systems" in names


def test_an_acronym_in_brackets_after_a_name_stays(nlp):
    text = "The Velmora Trade Union (VTU) said on Monday that its members would strike."
    names = _entities(nlp, text, [("Velmora Trade Union", "ORG"), ("VTU", "ORG")])
    assert "Velmora Trade Union" in names or "VTU" in names
