"""The network figures of report.json, on a hand-built graph."""

from __future__ import annotations

from graphbuild.model import Entity, Mention, Provenance, Relation, Triple
from graphbuild.network import network_figures


def _triple(subject: str | None, obj: str | None) -> Triple:
    where = Provenance("d1", 0, "An invented sentence.", 0, 21)
    return Triple(Mention("s", 0, 1, subject), Relation("attacked", "attack"), Mention("o", 2, 3, obj), where)


def test_figures_count_pairs_once_and_isolated_typed_nodes():
    entities = [
        Entity("a", "Red Valley Front", "Actor"),
        Entity("b", "Marlow", "Region"),
        Entity("c", "Type 9 rifle", "Weapon"),
        Entity("d", "Jon Abel", "Actor"),
        Entity("x", "a thing", "Other"),
    ]
    triples = [_triple("a", "b"), _triple("b", "a"), _triple("a", "a"), _triple("c", None), _triple("d", "x")]
    assert network_figures(entities, triples) == {
        "typed_nodes": 4,
        "connected_pairs": 1,  # a-b in both directions is one pair
        "isolated_share": 0.5,  # c and d have no edge to a typed entity
        "self_loops": 1,
    }


def test_an_empty_build_has_no_isolated_share():
    assert network_figures([], [])["isolated_share"] == 0.0
