"""Figures of the entity network a build draws: how many nodes, how many are joined, how many alone.

A network edge is what the page draws: a triple whose subject and object are two different
entities (``viz`` groups such triples into its edges). The figures are written to ``report.json``
so a build says, with no page opened, whether its facts became lines between entities.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from graphbuild.model import Entity, Triple

TYPED = ("Actor", "Weapon", "Region")


def network_figures(entities: Sequence[Entity], triples: Iterable[Triple]) -> dict[str, Any]:
    """Typed nodes, distinct connected pairs of them, the share with no edge, and self-loop triples."""
    typed = {e.id for e in entities if e.type in TYPED}
    pairs: set[frozenset[str]] = set()
    self_loops = 0
    for t in triples:
        s, o = t.subject.entity_id, t.object.entity_id
        if not s or not o:
            continue
        if s == o:
            self_loops += 1
        elif s in typed and o in typed:
            pairs.add(frozenset((s, o)))
    linked = {node for pair in pairs for node in pair}
    return {
        "typed_nodes": len(typed),
        "connected_pairs": len(pairs),
        "isolated_share": round(1 - len(linked) / len(typed), 3) if typed else 0.0,
        "self_loops": self_loops,
    }
