"""A bare "the police", tagged plural by its verb, is the one police force named before (stop 52)."""

from __future__ import annotations

import pytest

from .parsed_edges import subject_nodes


@pytest.mark.model
def test_the_police_as_a_plural_subject_is_the_one_force_named(nlp):
    text = "Kestrel Valley Police searched the house on Monday. The police arrested two men."
    assert subject_nodes(nlp, text).get("The police | arrested") == "Kestrel Valley Police"
    # a place's police, written in lower case, is one force too
    text = "The Metro Manila police are on full alert after the blast. The police arrested two men."
    assert subject_nodes(nlp, text).get("The police | arrested") == "Metro Manila police"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # another police, said whose, came before: either may have made the arrests
        "Iraqi police guarded the road. Kestrel Valley Police searched the house on Monday. "
        "The police arrested two men.",
        # police met before the force was named may be the ones who go on
        "Police sealed the street on Monday. A Kestrel Valley Police officer found the car. "
        "The police arrested two men.",
        # a source's name the parser ran into the noun is no force ("According to the X police said")
        "According to the Kestrel Gazette police said the car crashed. The police arrested two men.",
        # another police body named, whatever its head ("the Marlow Police Department")
        "Kestrel Valley Police searched the house on Monday. The Marlow Police Department sealed the "
        "street. The police arrested two men.",
        # two forces named
        "Kestrel Valley Police and Marlow Police searched the house on Monday. The police arrested two men.",
    ],
)
def test_the_police_stays_open_when_another_police_fits(nlp, text):
    assert subject_nodes(nlp, text).get("The police | arrested") is None
