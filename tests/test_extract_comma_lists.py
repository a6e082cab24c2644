"""Lists of names joined by commas and a last conjunction (graphbuild.extract.comma_lists)."""

from __future__ import annotations

import spacy

from graphbuild.extract.comma_lists import comma_list

_NLP = spacy.blank("en")


def _names(text: str, start: int, **options) -> list[str]:
    doc = _NLP(text)

    def capitalised(i: int) -> int | None:  # a member: one capitalised word
        return i + 1 if i < len(doc) and doc[i].text.istitle() else None

    return [doc[i:end].text for i, end in comma_list(doc, start, capitalised, **options)]


def test_a_list_runs_over_commas_and_the_last_conjunction():
    text = "They met Arvo, Bel, and Tolmen."
    assert _names(text, 2, comma_needed=True) == ["Arvo", "Bel", "Tolmen"]
    assert _names(text, 2, comma_needed=False) == ["Arvo", "Bel", "Tolmen"]


def test_a_member_without_a_comma_after_it_ends_a_list_that_needs_one():
    text = "They met Arvo and Bel and Tolmen."
    assert _names(text, 2, comma_needed=True) == ["Arvo"]
    assert _names(text, 2, comma_needed=False) == ["Arvo", "Bel", "Tolmen"]


def test_a_member_after_the_conjunction_is_the_last_of_a_list_that_needs_commas():
    assert _names("They met Arvo, and Bel, Tolmen.", 2, comma_needed=True) == ["Arvo", "Bel"]


def test_a_trailer_after_a_member_is_stepped_over():
    text = "Films were Giant (1956) and Rebel (1955)."
    assert _names(text, 2, comma_needed=False) == ["Giant"]
    assert _names(text, 2, comma_needed=False, past=lambda end: end + 3) == ["Giant", "Rebel"]
