"""The graph as networkx: entities as nodes, every claim between two distinct entities as an edge."""

from __future__ import annotations

from graphbuild import viz
from tests.viz_graphs import small_graph


def test_to_networkx_keeps_every_claim_between_two_entities():
    g = viz.to_networkx(small_graph())
    assert g.number_of_nodes() == 5 and g.nodes["https://example.org/Freedonia"]["codes"] == {"iso3166": "FD"}
    edges = [(g.nodes[s]["label"], d["relation"], g.nodes[o]["label"]) for s, o, d in g.edges(data=True)]
    # Both rifle claims stay edges; the self-loop and the half-resolved claim do not.
    assert sorted(edges) == [
        ("Army", "attack", "Rebels"),
        ("Army", "enter", "Freedonia"),
        ("Rebels", "receive", "rifles"),
        ("Rebels", "receive", "rifles"),
    ]
