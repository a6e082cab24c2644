"""The graph as a networkx ``MultiDiGraph``: entities as nodes, triples between them as edges."""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    from graphbuild.graph import KnowledgeGraph


def to_networkx(graph: KnowledgeGraph) -> nx.MultiDiGraph:
    """Entities as nodes; every triple linking two entities as an edge with its evidence."""
    g = nx.MultiDiGraph()
    for e in graph.entities:
        g.add_node(
            e.id,
            label=e.label,
            type=e.type,
            subtype=e.subtype,
            mentions=e.mentions,
            aliases=list(e.aliases),
            codes=dict(e.codes),
        )
    for t in graph.triples:
        s, o = t.subject.entity_id, t.object.entity_id
        if s and o and s != o:
            g.add_edge(
                s,
                o,
                relation=t.relation.lemma,
                text=t.relation.text,
                negated=t.negated,
                modality=t.modality,
                attributed_to=t.attributed_to,
                confidence=t.confidence,
                doc=t.provenance.doc_id,
                sentence=t.provenance.sentence,
            )
    return g
