"""How nodes and edges look: shape and colour by type, shades by subtype, dashes and widths of edges."""

from __future__ import annotations

from graphbuild import viz
from tests.viz_graphs import small_graph


def test_network_data_styles_nodes_by_type_and_subtype():
    data = viz.network_data(small_graph())
    by_label = {n["label"]: n for n in data.nodes}
    assert by_label["Rebels"]["shape"] == "dot" and by_label["rifles"]["shape"] == "triangle"
    assert by_label["Freedonia"]["shape"] == "square" and by_label["depot"]["shape"] == "diamond"
    # Two actor subtypes: two different shades of the actor colour, both listed in the legend.
    colour = {name: group["color"]["background"] for name, group in data.groups.items()}
    assert by_label["Rebels"]["group"] == "Actor/ArmedGroup"
    assert colour["Actor/ArmedGroup"] != colour["Actor/Organization"]
    actor = next(item for item in data.legend if item["type"] == "Actor")
    assert {s["name"] for s in actor["subtypes"]} == {"ArmedGroup", "Organization"}
    assert by_label["Rebels"]["size"] > by_label["depot"]["size"]  # 9 mentions against 1


def test_network_data_dashes_negated_and_hedged_edges_and_widens_supported_ones():
    data = viz.network_data(small_graph())
    by_label = {e["label"]: e for e in data.edges}
    by_label["receive"] = by_label["receive (2)"]
    assert by_label["not attack"]["dashes"] and by_label["may enter"]["dashes"]
    assert not by_label["receive"].get("dashes")
    assert by_label["receive"]["width"] > by_label["may enter"]["width"]
