"""What the page draws: every entity a node, claims grouped into edges, and the options that filter them."""

from __future__ import annotations

import pytest

from graphbuild import viz
from graphbuild.errors import RenderError
from graphbuild.graph import KnowledgeGraph
from graphbuild.model import Document
from graphbuild.viz import data as data_module
from tests.viz_graphs import claim, entity, small_graph


def test_network_data_draws_every_entity_and_groups_claims_into_edges():
    data = viz.network_data(small_graph())
    assert [n["label"] for n in data.nodes] == ["Rebels", "Army", "rifles", "Freedonia", "depot"]
    edges = {(data.nodes[e["from"]]["label"], e["label"], data.nodes[e["to"]]["label"]) for e in data.edges}
    assert edges == {
        ("Rebels", "receive (2)", "rifles"),  # the label counts the sentences behind the edge
        ("Army", "not attack", "Rebels"),
        ("Army", "may enter", "Freedonia"),
    }
    received = next(e for e in data.edges if e.get("gbRelation") == "receive")
    assert len(received["gbClaims"]) == 2 and received["gbConfidence"] == 0.9
    assert {data.documents[data.claims[c]["d"]]["id"] for c in received["gbClaims"]} == {"d1", "d2"}


def test_network_data_keeps_plain_and_hedged_claims_of_one_pair_apart():
    army, town = entity("Army"), entity("Town", "Region", "City")
    triples = [
        claim(army, "enter", town, "The army entered the town.", confidence=0.8),
        claim(army, "enter", town, "The army may enter the town.", modality="may", confidence=0.6),
    ]
    data = viz.network_data(KnowledgeGraph([Document("d1", "", "")], [], [army, town], triples))
    assert sorted(e["label"] for e in data.edges) == ["enter", "may enter"]


def test_network_data_filters_types_confidence_and_top():
    assert {n["gbType"] for n in viz.network_data(small_graph(), types=["Actor", "Weapon"]).nodes} == {
        "Actor",
        "Weapon",
    }
    strong = viz.network_data(small_graph(), min_confidence=0.75)
    assert [e["label"] for e in strong.edges] == ["receive"] and len(strong.edges[0]["gbClaims"]) == 1
    top = viz.network_data(small_graph(), top=2)
    assert {n["label"] for n in top.nodes} == {"Rebels", "Army"}
    assert [e["label"] for e in top.edges] == ["not attack"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"types": ["Actor", "Vehicle"]}, "unknown entity type(s) Vehicle; use Actor, Weapon, Region, Other"),
        ({"min_confidence": 1.5}, "minimum confidence 1.5 is outside 0..1; pass a value like 0.5"),
        ({"top": 0}, "top 0 keeps no node; pass a positive number of nodes"),
        ({"story": 0}, "a story of 0 nodes shows nothing; pass a positive number of nodes"),
    ],
)
def test_network_data_rejects_bad_options(options, message):
    with pytest.raises(RenderError) as e:
        viz.network_data(small_graph(), **options)
    assert str(e.value) == message


def test_story_starts_with_the_best_linked_entities_and_keeps_the_rest_for_expanding():
    data = viz.network_data(small_graph())
    story = {n["label"]: n["gbRank"] for n in data.nodes if n.get("gbStory")}
    # rifles (one link, two documents) outranks Army (two links of one document each); depot has no
    # link at all and waits in the list.
    assert story == {"Rebels": 1, "rifles": 2, "Army": 3, "Freedonia": 4}
    assert data.drawn == (4, 3) and len(data.nodes) == 5 and data.story
    everything = viz.network_data(small_graph(), story=None)
    assert not everything.story and everything.drawn == (5, 3)
    assert not any("gbStory" in n for n in everything.nodes)


def test_story_ranks_weigh_links_by_documents_and_cap_the_story(monkeypatch):
    hub, a, b, c, d = (entity(k) for k in ("Hub", "A", "B", "C", "D"))
    triples = [claim(hub, "meet", a, "The hub met A.", doc=f"d{i}") for i in range(3)]
    triples += [claim(hub, "meet", b, "The hub met B.", doc="d1") for _ in range(3)]
    triples += [claim(c, "meet", d, "C met D.", doc="d2")]
    docs = [Document(f"d{i}", "", "") for i in range(3)]
    graph = KnowledgeGraph(docs, [], [hub, a, b, c, d], triples)
    ranked = {data["label"]: data["gbRank"] for data in viz.network_data(graph).nodes if "gbRank" in data}
    assert ranked["Hub"] == 1 and ranked["A"] < ranked["B"]  # three documents beat three sentences of one
    assert ranked["C"] > ranked["B"]  # a lone pair joins a story this small, last
    monkeypatch.setattr(data_module, "STORY_MIN_GROUPED", 3)
    grouped = {n["label"] for n in viz.network_data(graph).nodes if n.get("gbStory")}
    assert grouped == {"Hub", "A", "B"}  # the lone pair waits for search, once groups tell enough
    capped = {n["label"] for n in viz.network_data(graph, story=2).nodes if n.get("gbStory")}
    assert capped == {"Hub", "A"}
