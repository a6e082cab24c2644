"""What is a node (graphbuild.resolve.nodes): typed mentions users can trust as nodes, the rest text."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _entities(nlp, text: str) -> dict[str, tuple[str, str, bool]]:
    """Each local entity's name -> (type, subtype, node)."""
    return {e.name: (e.type, e.subtype, e.node) for e in nlp(text)._.gb_entities}


def _nodes(nlp, text: str) -> set[str]:
    return {name for name, (_, _, node) in _entities(nlp, text).items() if node}


def test_generic_role_and_place_nouns_are_typed_mentions_not_nodes(nlp):
    text = "Protesters gathered outside the school while officials met the interior minister."
    assert not {"protesters", "school", "interior minister"} & _nodes(nlp, text)
    assert _entities(nlp, text)["school"][0] == "Region"  # still a typed mention


def test_common_noun_tied_to_a_country_is_a_node(nlp):
    assert "military of Mali" in _nodes(nlp, "Malian troops entered the town on Tuesday.")


def test_actor_class_is_a_node_without_a_name(nlp):
    assert "rebels" in _nodes(nlp, "The rebels seized two villages near the border on Monday.")


def test_triples_keep_text_of_a_mention_that_is_no_node(nlp):
    doc = nlp("The officials visited Kandor on Monday.")
    keys = {e.key for e in doc._.gb_entities if not e.node}
    assert all(t.subject.entity_id not in keys for t in doc._.gb_triples)


def test_bare_nationality_adjective_is_no_node(nlp):
    nodes = _nodes(nlp, "Four of the victims were Peruvian, and a Peruvian court opened an inquiry.")
    assert "Peruvian" not in nodes


def test_latin_phrase_is_no_place(nlp):
    found = _entities(nlp, "The former mayor was tried in absentia by a court in Lisbon.")
    assert "absentia" not in found


def test_head_noun_alone_is_no_node(nlp):
    nodes = _nodes(nlp, "Hospitals in the region were full. County officials asked for help.")
    assert not {"Hospitals", "County"} & nodes


def test_estuary_named_by_ner_as_organisation_is_a_region(nlp):
    found = _entities(nlp, "Firefighters were called to a hotel overlooking the Tallon Estuary.")
    assert found["Tallon Estuary"][0] == "Region"


def test_place_in_apposition_with_a_country_is_a_region(nlp):
    found = _entities(nlp, "The murder rate in Villa Moreno, Paraguay has risen sharply.")
    assert found["Villa Moreno"][0] == "Region"


def test_legislature_of_a_place_is_an_actor(nlp):
    found = _entities(nlp, "The bill passed the U.S. House on Friday.")
    assert found.get("U.S. House", ("Actor",))[0] == "Actor"


def test_person_name_of_a_foreign_town_stays_a_person(nlp):
    found = _entities(nlp, "Obama was quoted as saying that talks would resume.")
    assert found["Obama"][0] == "Actor"


def test_bill_is_no_organisation(nlp):
    found = _entities(nlp, "Lawmakers passed the Coastal Water Reform Bill on Monday.")
    assert all(t != "Actor" for name, (t, _, _) in found.items() if name.endswith("Bill"))
