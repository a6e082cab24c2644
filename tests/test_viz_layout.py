"""Communities and precomputed positions for graphs too big for the browser's physics."""

from __future__ import annotations

import networkx as nx

from graphbuild import viz
from graphbuild.viz import layout
from tests.viz_graphs import small_graph, synthetic_graph


def test_network_data_precomputes_layout_above_threshold():
    small = viz.network_data(small_graph())
    assert not small.precomputed_layout and "x" not in small.nodes[0]
    data = viz.network_data(synthetic_graph(120, 300), layout_threshold=100)
    assert data.precomputed_layout
    xs = [(n["x"], n["y"]) for n in data.nodes if n.get("gbStory")]
    assert len(set(xs)) == len(xs) == data.drawn[0], "every node on the canvas gets its own position"
    assert not any("x" in n for n in data.nodes if not n.get("gbStory")), "the page places expanded nodes"
    every = viz.network_data(synthetic_graph(120, 300), layout_threshold=100, story=None)
    assert len({(n["x"], n["y"]) for n in every.nodes}) == len(every.nodes) == 120


def test_layout_positions_splits_graphs_too_big_for_the_dense_layout(monkeypatch):
    monkeypatch.setattr(layout, "DENSE_LAYOUT_MAX", 50)
    g = nx.connected_caveman_graph(8, 20)  # 160 nodes in 8 clear communities
    g.add_nodes_from(["lonely", "alone"])
    pos = viz.layout_positions(g)
    assert set(pos) == set(g)
    assert len(set(pos.values())) == len(g)
    # Members of one cave sit closer together than the graph is wide.
    cave = [pos[n] for n in range(20)]
    width = max(p[0] for p in pos.values()) - min(p[0] for p in pos.values())
    assert max(p[0] for p in cave) - min(p[0] for p in cave) < width / 2


def test_communities_number_nodes_by_community_size():
    g = nx.connected_caveman_graph(3, 5)
    g.add_node("alone")
    found = viz.communities(g)
    assert found["alone"] == 3
    assert sorted(set(found.values())) == [0, 1, 2, 3]
    assert found == viz.communities(g), "deterministic"
