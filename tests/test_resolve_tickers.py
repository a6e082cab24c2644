"""Stock ticker symbols after a company's name are no nodes (graphbuild.resolve.tickers), on
invented text with the NER labels set."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_symbol_after_an_exchange_code_and_a_colon_is_no_node(labelled_entities):
    text = "Velmora Systems (NYSE:VLMR) said on Monday that its profits rose sharply."
    names = labelled_entities(text, [("Velmora Systems", "ORG"), ("NYSE", "ORG"), ("VLMR", "ORG")])
    assert "VLMR" not in names
    assert "Velmora Systems" in names


def test_an_acronym_in_brackets_after_a_name_stays(labelled_entities):
    text = "The Velmora Trade Union (VTU) said on Monday that its members would strike."
    names = labelled_entities(text, [("Velmora Trade Union", "ORG"), ("VTU", "ORG")])
    assert "Velmora Trade Union" in names or "VTU" in names
