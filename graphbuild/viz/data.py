"""The page's data: which entities and triples are drawn, as vis-network nodes and edges with their evidence.

The node and edge lists are vis-network's, in the form pyvis 0.3 wrote them (an option dict each,
then ``id``, ``label`` and ``shape`` of a node, ``from`` and ``to`` of an edge); ``NetworkData``
carries them with the claims they point into. They are built here as plain dicts: pyvis's
``Network`` scans its node list at every addition, and importing it imports IPython.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import networkx as nx

from graphbuild.errors import RenderError
from graphbuild.model import ENTITY_TYPES
from graphbuild.viz.evidence import Evidence
from graphbuild.viz.layout import LAYOUT_THRESHOLD, communities, layout_positions
from graphbuild.viz.style import (
    COMMUNITY_PALETTE,
    SHAPES,
    edge_label,
    group_name,
    legend,
    subtype_colours,
    vis_groups,
)

if TYPE_CHECKING:
    from graphbuild.graph import KnowledgeGraph
    from graphbuild.model import Entity, Mention, Triple

# An edge: (subject node, object node, relation lemma, negated, modality).
EdgeKey = tuple[int, int, str, bool, str | None]
# The story view draws at most this many entities: the best-linked ones; the rest wait to be expanded.
STORY_CAP = 300
# Pairs linked to nothing else join the story only when the bigger groups have fewer entities than this.
STORY_MIN_GROUPED = 40


@dataclass
class NetworkData:
    """Everything the page needs: vis-network nodes and edges plus the evidence they point into.

    Edges and nodes refer to ``claims`` by index; claims refer to ``sentences``, sentences to
    ``documents``, so a sentence behind many edges is stored once.
    """

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    sentences: list[list[Any]]
    documents: list[dict[str, Any]]
    legend: list[dict[str, Any]]
    groups: dict[str, dict[str, Any]]
    relations: list[tuple[str, int]]
    precomputed_layout: bool
    story: bool = False  # only nodes marked ``gbStory`` start on the canvas; the others wait to be expanded

    @property
    def drawn(self) -> tuple[int, int]:
        """Nodes and edges on the canvas when the page opens."""
        if not self.story:
            return len(self.nodes), len(self.edges)
        shown = {n["id"] for n in self.nodes if n.get("gbStory")}
        return len(shown), sum(e["from"] in shown and e["to"] in shown for e in self.edges)

    def page_data(self, title: str) -> dict[str, Any]:
        return {
            "title": title,
            "nodes": self.nodes,
            "edges": self.edges,
            "claims": self.claims,
            "sentences": self.sentences,
            "documents": self.documents,
            "legend": self.legend,
            "groups": self.groups,
            "relations": self.relations,
            "palette": COMMUNITY_PALETTE,
            "precomputedLayout": self.precomputed_layout,
            "story": self.story,
        }


@dataclass(frozen=True)
class _Selection:
    """What is drawn: nodes are indices into ``entities`` (those in ``keep``), edges group triples."""

    entities: list[Entity]
    index: dict[str, int]  # entity id -> index in entities
    triples: list[Triple]  # every triple with enough confidence, drawn or not
    keep: set[int]
    edges: dict[EdgeKey, list[Triple]]

    def node_of(self, m: Mention) -> int | None:
        """The drawn node ``m`` resolves to, if any."""
        i = self.index.get(m.entity_id or "")
        return i if i is not None and i in self.keep else None


def network_data(
    graph: KnowledgeGraph,
    *,
    types: Iterable[str] | None = None,
    min_confidence: float = 0.0,
    top: int | None = None,
    size_by: str = "mentions",
    layout_threshold: int = LAYOUT_THRESHOLD,
    story: int | None = STORY_CAP,
) -> NetworkData:
    """Nodes, edges and evidence for the page.

    Every entity of the chosen ``types`` is a node (the ``top`` ones by degree if given). Triples
    between two distinct nodes with at least ``min_confidence`` are grouped into one edge per
    (subject, object, relation, negation, modality). Triples with one side unresolved still show
    as evidence on the node they touch.

    With ``story`` (the default) only the ``story`` best-corroborated linked entities start on the
    canvas, marked ``gbStory`` and ranked by ``gbRank``; every other node and edge is still in the
    data, so the page can expand a node's hidden neighbours offline. Isolated entities never start
    on the canvas: the page lists them instead. ``story=None`` draws every node.
    """
    wanted = _check_options(types, min_confidence, top, size_by)
    if story is not None and story < 1:
        raise RenderError(f"a story of {story} nodes shows nothing; pass a positive number of nodes")
    chosen = _select(graph, wanted, min_confidence, top)
    evidence = Evidence(graph.documents)
    edge_claims = _claim_numbers(chosen, evidence)
    kept = sorted(chosen.keep)
    ranks = story_ranks(chosen.edges, chosen.entities, story) if story is not None else None
    if ranks is not None:
        drawn = sorted(ranks)
        community, _ = _placement(kept, chosen.edges, len(kept))
        positions = None
        if len(kept) > layout_threshold:  # large: lay out only the story, in Python
            positions = _story_layout(drawn, _among(chosen.edges, ranks))
    else:
        community, positions = _placement(kept, chosen.edges, layout_threshold)
    nodes = _nodes(
        chosen, kept, evidence, size_by=size_by, community=community, positions=positions, ranks=ranks
    )
    edges = _edges(edge_claims, evidence.claims)
    shown = [chosen.entities[i] for i in kept]
    colours = subtype_colours(shown)
    relations = Counter(lemma for (_, _, lemma, _, _) in edge_claims)
    return NetworkData(
        nodes=nodes,
        edges=edges,
        claims=evidence.claims,
        sentences=evidence.sentences,
        documents=evidence.documents,
        legend=legend(shown, wanted, colours),
        groups=vis_groups(colours),
        relations=sorted(relations.items(), key=lambda kv: (-kv[1], kv[0])),
        precomputed_layout=positions is not None or (ranks is not None and len(kept) > layout_threshold),
        story=ranks is not None,
    )


def story_ranks(edges: dict[EdgeKey, list[Triple]], entities: Sequence[Entity], cap: int) -> dict[int, int]:
    """Rank (1 = first) of the ``cap`` entities the corpus says most about, each linked to another of them.

    An entity's score is the sum of its links' support: a pair of entities linked in more
    documents counts more than one linked by many sentences of a single article, so corroborated
    links outweigh one story's repetition. Ties go to more mentions, then label order.
    """
    docs: dict[tuple[int, int], set[str]] = defaultdict(set)
    claims: Counter[tuple[int, int]] = Counter()
    for (s, o, *_), ts in edges.items():
        pair = (min(s, o), max(s, o))
        docs[pair].update(t.provenance.doc_id for t in ts)
        claims[pair] += len(ts)
    score: Counter[int] = Counter()
    for pair, ds in docs.items():
        weight = len(ds) + 0.25 * math.log2(claims[pair])
        score[pair[0]] += weight
        score[pair[1]] += weight
    ranked = sorted(score, key=lambda i: (-score[i], -entities[i].mentions, entities[i].label))[:cap]
    chosen = set(ranked)
    inside = nx.Graph(pair for pair in docs if pair[0] in chosen and pair[1] in chosen)
    linked = set(inside)
    # Lone pairs read as a carpet of dashes: leave them to search and expand when bigger groups tell enough.
    grouped = {i for part in nx.connected_components(inside) if len(part) > 2 for i in part}
    if len(grouped) >= min(STORY_MIN_GROUPED, len(linked)):
        linked = grouped
    return {i: rank for rank, i in enumerate((i for i in ranked if i in linked), start=1)}


def _story_layout(nodes: list[int], edges: dict[EdgeKey, list[Triple]]) -> dict[int, tuple[int, int]]:
    """Positions for the story's nodes: links with more documents behind them pull harder."""
    g = nx.Graph()
    g.add_nodes_from(nodes)
    for (s, o, *_), ts in edges.items():
        docs = len({t.provenance.doc_id for t in ts})
        g.add_edge(s, o, weight=g.get_edge_data(s, o, {"weight": 0})["weight"] + docs)
    return layout_positions(g, spread=3.0)


def _among(edges: dict[EdgeKey, list[Triple]], nodes: Iterable[int]) -> dict[EdgeKey, list[Triple]]:
    inside = set(nodes)
    return {k: v for k, v in edges.items() if k[0] in inside and k[1] in inside}


def _check_options(
    types: Iterable[str] | None, min_confidence: float, top: int | None, size_by: str
) -> set[str]:
    """The wanted entity types, after checking every option names something the page can draw."""
    wanted = set(types) if types is not None else set(ENTITY_TYPES)
    unknown = sorted(wanted - set(ENTITY_TYPES))
    if unknown:
        raise RenderError(f"unknown entity type(s) {', '.join(unknown)}; use {', '.join(ENTITY_TYPES)}")
    if not 0.0 <= min_confidence <= 1.0:
        raise RenderError(f"minimum confidence {min_confidence} is outside 0..1; pass a value like 0.5")
    if top is not None and top < 1:
        raise RenderError(f"top {top} keeps no node; pass a positive number of nodes")
    if size_by not in ("mentions", "degree"):
        raise RenderError(f"cannot size nodes by {size_by!r}; use mentions or degree")
    return wanted


def _select(graph: KnowledgeGraph, wanted: set[str], min_confidence: float, top: int | None) -> _Selection:
    """The entities of the wanted types (the ``top`` ones by degree) and the edges between them."""
    entities = [e for e in graph.entities if e.type in wanted]
    index = {e.id: i for i, e in enumerate(entities)}
    triples = [t for t in graph.triples if t.confidence >= min_confidence]
    edges = _edge_groups(triples, index)
    keep = _top_nodes(_degree(edges), entities, top) if top is not None else set(range(len(entities)))
    edges = {k: v for k, v in edges.items() if k[0] in keep and k[1] in keep}
    return _Selection(entities, index, triples, keep, edges)


def _edge_groups(triples: Iterable[Triple], index: dict[str, int]) -> dict[EdgeKey, list[Triple]]:
    """Triples between two distinct entities, one group per edge key, in order of first triple."""
    grouped: dict[EdgeKey, list[Triple]] = defaultdict(list)
    for t in triples:
        s, o = index.get(t.subject.entity_id or ""), index.get(t.object.entity_id or "")
        if s is not None and o is not None and s != o:
            grouped[(s, o, t.relation.lemma, t.negated, t.modality)].append(t)
    return grouped


def _degree(edges: Iterable[EdgeKey]) -> Counter[int]:
    """Edges per node, counting each drawn edge once however many claims it groups."""
    degree: Counter[int] = Counter()
    for s, o, *_ in edges:
        degree[s] += 1
        degree[o] += 1
    return degree


def _top_nodes(degree: Counter[int], entities: Sequence[Entity], top: int) -> set[int]:
    """Indices of the ``top`` nodes by degree; ties go to more mentions, then label order."""
    ranked = sorted(
        range(len(entities)), key=lambda i: (-degree[i], -entities[i].mentions, entities[i].label)
    )
    return set(ranked[:top])


def _claim_numbers(chosen: _Selection, evidence: Evidence) -> dict[EdgeKey, list[int]]:
    """Claims for every edge (edges in sorted order), then for triples touching only one node."""
    # the modality of a key may be None: it sorts first
    ordered = sorted(chosen.edges.items(), key=lambda item: (*item[0][:4], item[0][4] or ""))
    edge_claims = {key: [evidence.claim(t) for t in ts] for key, ts in ordered}
    for t in chosen.triples:  # half-resolved triples: evidence for the one node they touch
        if any(chosen.node_of(m) is not None for m in (t.subject, t.object)):
            evidence.claim(t)
    return edge_claims


def _node_claims(chosen: _Selection, evidence: Evidence) -> dict[int, list[int]]:
    """The claims naming each drawn node, in claim order (a claim about a node and itself once)."""
    found: dict[int, list[int]] = defaultdict(list)
    for number, t in enumerate(evidence.triples):
        for m in (t.subject, t.object):
            i = chosen.node_of(m)
            if i is not None and number not in found[i][-1:]:
                found[i].append(number)
    return found


def _placement(
    kept: list[int], edges: Iterable[EdgeKey], layout_threshold: int
) -> tuple[dict[int, int], dict[int, tuple[int, int]] | None]:
    """The community of every node, and positions if there are more than ``layout_threshold``."""
    simple = nx.Graph()
    simple.add_nodes_from(kept)
    simple.add_edges_from((s, o) for s, o, *_ in edges)
    community = communities(simple)
    if len(kept) <= layout_threshold:
        return community, None
    return community, layout_positions(simple, partition=community)


def _nodes(
    chosen: _Selection,
    kept: list[int],
    evidence: Evidence,
    *,
    size_by: str,
    community: dict[int, int],
    positions: dict[int, tuple[int, int]] | None,
    ranks: dict[int, int] | None = None,
) -> list[dict[str, Any]]:
    """One node per kept entity, sized by mentions or degree; empty fields are left out."""
    degree = _degree(chosen.edges)
    node_claims = _node_claims(chosen, evidence)
    nodes = []
    for i in kept:
        e = chosen.entities[i]
        weight = e.mentions if size_by == "mentions" else degree[i]
        options: dict[str, Any] = {
            "group": group_name(e.type, e.subtype),
            "size": round(9 + 4 * math.sqrt(min(weight, 100)), 1),
            "gbIri": e.id,
            "gbType": e.type,
            "gbMentions": e.mentions,
            "gbDegree": degree[i],
            "gbDocs": sorted({evidence.doc(d) for d in e.docs}),
            "gbClaims": node_claims.get(i, []),
            "gbCommunity": community[i],
        }
        # Empty fields are left out: at corpus scale every byte repeats thousands of times.
        if e.subtype:
            options["gbSubtype"] = e.subtype
        if aliases := [a for a in e.aliases if a != e.label]:
            options["gbAliases"] = aliases
        if e.codes:
            options["gbCodes"] = e.codes
        if ranks is not None and i in ranks:
            options["gbStory"], options["gbRank"] = 1, ranks[i]
        if positions is not None and i in positions:
            options["x"], options["y"] = positions[i]
        nodes.append({**options, "id": i, "label": e.label or i, "shape": SHAPES[e.type]})
    return nodes


def _edges(edge_claims: dict[EdgeKey, list[int]], claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One edge per key, as wide as its best claim and its support; dashed if negated or hedged.

    No edge has ``arrows``: the page sets it once for all."""
    edges = []
    for n, ((s, o, lemma, negated, modality), numbers) in enumerate(edge_claims.items()):
        confidence = max(claims[c]["conf"] for c in numbers)
        options = {"label": edge_label(lemma, negated, modality)}
        if len(numbers) > 1:  # the support, read without clicking
            options["label"] += f" ({len(numbers)})"
        if options["label"] != lemma:
            options["gbRelation"] = lemma
        if negated or modality is not None:
            options["dashes"] = True
        edges.append(
            {
                "id": f"e{n}",
                "width": round(0.5 + 2.5 * confidence + min(len(numbers) - 1, 4), 2),
                "gbConfidence": confidence,
                "gbClaims": numbers,
                **options,
                "from": s,
                "to": o,
            }
        )
    return edges
