"""Given names listed before a full name share its surname (graphbuild.resolve.shared_surnames)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _entities(nlp, text: str) -> dict[str, bool]:
    return {e.name: e.node for e in nlp(text)._.gb_entities if e.subtype == "Person"}


def test_given_name_before_and_a_full_name_takes_its_surname(nlp):
    # fresh28 junk: "Brothers Josh and Zac Farro" left the node "Josh"
    found = _entities(nlp, "The band lost two members when Josh and Zac Morrow left after the show.")
    assert "Josh Morrow" in found
    assert "Josh" not in found


def test_surname_before_and_a_full_name_is_left(nlp):
    found = _entities(nlp, "The committee heard Halvorsen and Mary Ekdahl on Tuesday.")
    assert "Halvorsen Ekdahl" not in found
