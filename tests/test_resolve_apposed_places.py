"""A place apposed to a name: where a place lies, where a person comes from."""

from __future__ import annotations

import pytest

from .parsed_edges import has_edge, linked_edges


def _print(edges: set[tuple[str, str, str]], name: str) -> list[tuple[str, str, str]]:
    return sorted(e for e in edges if name in (e[0], e[2]))


@pytest.mark.model
def test_a_country_in_brackets_after_a_person_is_where_they_are_from(nlp):
    text = "The finalists were Tomas Varga (Hungary), Ana Ruiz (Peru) and Lena Brandt (Austria)."
    edges = linked_edges(nlp, text)
    for person, country in (("Tomas Varga", "Hungary"), ("Lena Brandt", "Austria")):
        assert has_edge(edges, person, "be from", country), _print(edges, person)
    for person, country in (("Tomas Varga", "Hungary"), ("Ana Ruiz", "Peru"), ("Lena Brandt", "Austria")):
        assert not has_edge(edges, person, "be in", country), _print(edges, person)


@pytest.mark.model
def test_a_place_apposed_to_a_town_still_says_where_it_lies(nlp):
    edges = linked_edges(nlp, "The race started in Quillota (Chile) on Sunday.")
    assert has_edge(edges, "Quillota", "be in", "Chile"), _print(edges, "Quillota")
    edges = linked_edges(nlp, "Floods hit Kutama, Zimbabwe, on Monday.")
    assert has_edge(edges, "Kutama", "be in", "Zimbabwe"), _print(edges, "Kutama")
