"""The evidence behind nodes: claims, their sentences and documents, stored once."""

from __future__ import annotations

from graphbuild import viz
from tests.viz_graphs import small_graph


def test_network_data_keeps_half_resolved_claims_as_node_evidence():
    data = viz.network_data(small_graph())
    rebels = data.nodes[0]
    sentences = {data.sentences[data.claims[c]["s"]][2] for c in rebels["gbClaims"]}
    assert "Rebels fought someone." in sentences
    assert "Rebels are rebels." in sentences  # a self-loop is evidence, not an edge
    assert rebels["gbAliases"] == ["the rebels"]
