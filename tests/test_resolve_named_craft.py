"""A bare "the plane" or "the vessel" repeats the one aircraft or ship named before it (stop 52)."""

from __future__ import annotations

import pytest

from .parsed_edges import subject_nodes


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # a flight number names one aircraft: "the plane" and "the aircraft" go on with it
        (
            "Vireo Airlines Flight 212 left Lisbon on Monday with 90 passengers. "
            "The plane landed safely in Porto after a fire.",
            "The plane | landed in",
            "Flight 212",
        ),
        (
            "Vireo Airlines Flight 212 left Lisbon on Monday with 90 passengers. "
            "The aircraft landed safely in Porto after a fire.",
            "The aircraft | landed in",
            "Flight 212",
        ),
        # a vessel noun before the name makes it a ship, which "the vessel" repeats
        (
            "The cruise ship Marla Bright left Lisbon on Monday with 90 passengers. "
            "The vessel sank near Porto after a fire.",
            "The vessel | sank near",
            "Marla Bright",
        ),
        # a merchant prefix names one ship
        (
            "The ferry MV Kestrel Dawn left Lisbon on Monday. The ship sank near Porto.",
            "The ship | sank near",
            "MV Kestrel Dawn",
        ),
    ],
)
def test_a_bare_craft_noun_repeats_the_one_craft_named(nlp, text, key, expected):
    assert subject_nodes(nlp, text).get(key) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "key"),
    [
        # two flights named: which one landed, no rule can tell
        (
            "Vireo Airlines Flight 212 and Vireo Airlines Flight 318 left Lisbon on Monday. "
            "The plane landed safely in Porto.",
            "The plane | landed in",
        ),
        # another aircraft, unnamed, came in between and may be the one meant
        (
            "Vireo Airlines Flight 212 left Lisbon on Monday. A replacement aircraft was sent from Faro. "
            "The aircraft landed safely in Porto.",
            "The aircraft | landed in",
        ),
        (
            "The ferry MV Kestrel Dawn left Lisbon on Monday. The Kestrel Oil tanker followed it. "
            "The ship sank near Porto.",
            "The ship | sank near",
        ),
    ],
)
def test_a_craft_noun_stays_open_when_another_craft_fits(nlp, text, key):
    assert subject_nodes(nlp, text).get(key) is None


@pytest.mark.model
def test_a_craft_written_by_its_model_is_the_one_the_bare_noun_repeats(nlp):
    # one craft named only by its maker and model, no flight number: "the aircraft" is that craft
    text = (
        "A six-seater Corvan Falco aircraft crashed near the town of Alder on Monday. "
        "The aircraft hit a hillside after take-off."
    )
    assert subject_nodes(nlp, text).get("The aircraft | hit") is not None


@pytest.mark.model
def test_a_named_craft_wins_over_its_model_description(nlp):
    # the model description is the named ship described again, not a second craft
    doc = nlp(
        "HMS Kestrel, a Royal Navy nuclear submarine, ran aground near Skye on Monday. "
        "A tug towed the vessel to the port of Mallaig."
    )
    objects = {t.object.text: t.object.entity_label for t in doc._.gb_triples}
    assert objects.get("the vessel") == "HMS Kestrel"
