"""Node positions and communities computed with networkx, for graphs too big for the browser's physics.

Above ``LAYOUT_THRESHOLD`` nodes the page draws these fixed positions with physics off instead of
simulating thousands of bodies.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import networkx as nx

# Above this many nodes the layout is computed here and physics starts off (vis-network's own
# simulation takes minutes at a few thousand nodes).
LAYOUT_THRESHOLD = 400
# networkx's spring layout without scipy is dense (n x n arrays); bigger pieces are split first.
DENSE_LAYOUT_MAX = 400
_PX_PER_UNIT = 55.0


def communities(g: nx.Graph, *, seed: int = 0) -> dict[Any, int]:
    """Louvain community of every node, numbered by size (0 = largest); deterministic for ``seed``."""
    parts = nx.community.louvain_communities(g, seed=seed) if g.number_of_edges() else [{n} for n in g]
    ordered = sorted(parts, key=lambda p: (-len(p), min(map(str, p))))
    return {n: i for i, part in enumerate(ordered) for n in part}


def layout_positions(
    g: nx.Graph, *, seed: int = 0, partition: dict[Any, int] | None = None, spread: float = 1.0
) -> dict[Any, tuple[int, int]]:
    """Pixel positions for every node of ``g``, computed with networkx (no scipy needed).

    Connected components are laid out one by one and packed in rows, biggest first. A component
    too big for the dense spring layout is split into Louvain communities: each community is laid
    out on its own and placed where a spring layout of the community graph puts it. A known
    ``partition`` (node -> community, as from ``communities``) saves running Louvain again.
    A ``spread`` above 1 pushes nodes further apart than their links pull them together, which
    keeps a hub's neighbours (and their labels) from piling up on it.
    """
    pos = _layout(g, seed, partition, spread)
    return {n: (round(float(x) * _PX_PER_UNIT), round(float(y) * _PX_PER_UNIT)) for n, (x, y) in pos.items()}


def _layout(
    g: nx.Graph, seed: int, partition: dict[Any, int] | None = None, spread: float = 1.0
) -> dict[Any, tuple[float, float]]:
    """Positions in units of about one node spacing, centred on 0."""
    n = len(g)
    if n == 0:
        return {}
    if n == 1:
        return {next(iter(g)): (0.0, 0.0)}
    if not nx.is_connected(g):
        parts = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(map(str, c))))
        return _pack([_layout(g.subgraph(c), seed, partition, spread) for c in parts])
    if n <= DENSE_LAYOUT_MAX:
        k = spread / math.sqrt(n)
        raw = nx.spring_layout(g, k=k, seed=seed, iterations=50 if spread == 1.0 else 100, weight="weight")
        radius = 0.75 * math.sqrt(n) * math.sqrt(spread)
        return {k: (float(v[0]) * radius, float(v[1]) * radius) for k, v in raw.items()}
    groups: dict[int, list[Any]] = defaultdict(list)
    for node in sorted(g, key=str):
        groups[partition[node] if partition and node in partition else 0].append(node)
    parts = list(groups.values())
    if len(parts) < 2:
        parts = [sorted(p, key=str) for p in nx.community.louvain_communities(g, seed=seed, weight="weight")]
    if len(parts) < 2:  # no community structure: cut the breadth-first order into pieces
        order = list(nx.bfs_tree(g, min(g, key=str)))
        parts = [order[i : i + DENSE_LAYOUT_MAX] for i in range(0, n, DENSE_LAYOUT_MAX)]
    block_of = {node: i for i, part in enumerate(parts) for node in part}
    blocks = nx.Graph()
    blocks.add_nodes_from(range(len(parts)))
    for u, v in g.edges():
        bu, bv = block_of[u], block_of[v]
        if bu != bv:
            w = blocks.get_edge_data(bu, bv, {"weight": 0})["weight"]
            blocks.add_edge(bu, bv, weight=w + 1)
    centres = _layout(blocks, seed)
    spread = 1.7 * math.sqrt(n / len(parts))
    pos: dict[Any, tuple[float, float]] = {}
    for i, part in enumerate(parts):
        cx, cy = centres[i]
        for node, (x, y) in _layout(g.subgraph(part), seed).items():
            pos[node] = (cx * spread + x, cy * spread + y)
    return pos


def _pack(layouts: list[dict[Any, tuple[float, float]]]) -> dict[Any, tuple[float, float]]:
    """Place separately laid-out pieces in rows, left to right, one unit apart."""
    boxes = []
    for pos in layouts:
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + 1.0, max(ys) - min(ys) + 1.0))
    row_width = max(max(b[2] for b in boxes), math.sqrt(sum(b[2] * b[3] for b in boxes)) * 1.3)
    out: dict[Any, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for pos, (x0, y0, w, h) in zip(layouts, boxes, strict=True):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in pos.items():
            out[node] = (x + px - x0, y + py - y0)
        x += w
        row_height = max(row_height, h)
    cx = sum(p[0] for p in out.values()) / len(out)
    cy = sum(p[1] for p in out.values()) / len(out)
    return {node: (px - cx, py - cy) for node, (px, py) in out.items()}
