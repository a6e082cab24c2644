"""The owner named before the first weapon of a list owns the other weapons of the list."""

from __future__ import annotations

import pytest

from .parsed_edges import has_edge, linked_edges

pytestmark = pytest.mark.model


def test_the_weapons_listed_after_an_owned_weapon_are_the_owner_s_too(nlp):
    # re3d (issue 13): "destroying ISIL heavy weapons, ..., VBIEDs, technical vehicles" gave ISIL only
    # the first item
    edges = linked_edges(nlp, "Allied jets destroyed Hezbollah rockets, drones and VBIEDs near Port Leon.")
    assert has_edge(edges, "Hezbollah", "have", "rockets")
    assert has_edge(edges, "Hezbollah", "have", "VBIED")


def test_a_listed_weapon_with_an_owner_or_maker_of_its_own_is_not_the_first_owner_s(nlp):
    owned = linked_edges(
        nlp, "Allied jets destroyed Hezbollah rockets, drones and Hamas VBIEDs near Port Leon."
    )
    made = linked_edges(
        nlp, "Allied jets destroyed Hezbollah rockets, drones and Syrian VBIEDs near Port Leon."
    )
    assert has_edge(owned, "Hamas", "have", "VBIED")
    assert not has_edge(owned, "Hezbollah", "have", "VBIED")
    assert not has_edge(made, "Hezbollah", "have", "VBIED")
