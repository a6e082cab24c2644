"""The full view: every entity of a big graph drawn with WebGL (sigma.js), as one offline HTML file.

The story view (vis-network) stays the engine for article-scale graphs; this page is for a whole
corpus, tens of thousands of entities. Positions are computed here (linked entities with
``layout_positions``, unlinked ones packed in a compact grid below), so the browser only draws.
Links are aggregated per pair of entities: how many claims, the most frequent relation. sigma.js
and graphology are vendored under ``viz/vendor`` and inlined; the data travels as JSON inside a
``<script>``, text reaches the screen through ``textContent`` only, and the page's CSP allows its
three scripts by hash and nothing from the network.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from graphbuild.model import ENTITY_TYPES
from graphbuild.viz.layout import DENSE_LAYOUT_MAX, communities, layout_positions
from graphbuild.viz.scripts import escape_text, json_for_script, script_hash
from graphbuild.viz.style import COLOURS

if TYPE_CHECKING:
    from graphbuild.graph import KnowledgeGraph

_HERE = Path(__file__).parent
_TEMPLATE = _HERE / "templates" / "full.html"
_STYLE = _TEMPLATE.with_suffix(".css")
VENDOR = (_HERE / "vendor" / "graphology.umd.min.js", _HERE / "vendor" / "sigma.min.js")
# A node's documents listed in its panel (the count is always given in full).
MAX_DOCS_LISTED = 12
# Aliases kept per entity for the search box (the label always is).
MAX_ALIASES = 8
# Unlinked entities sit this many layout pixels apart in their grid: denser than the linked ones
# (linked ones are about 55 apart), and no bigger than fits.
GRID_STEP = 20
# The biggest node's radius on screen at the default zoom (pixels); entities without links stay small.
MAX_SIZE, UNLINKED_MAX_SIZE = 15.0, 3.0
# Gap between the blocks (big components, small components, unlinked entities), in layout pixels.
GRID_GAP = 200
# Small components are packed at this fraction of their layout's size.
SMALL_SCALE = 0.4
# Room kept between two communities' circles, in layout pixels.
COMMUNITY_GAP = 60


@dataclass(frozen=True)
class FullData:
    """What the full view draws: one node per entity, one link per linked pair."""

    nodes: dict[str, list[Any]]  # column arrays: label, type, subtype, mentions, x, y, size, aliases, docs
    links: dict[str, list[Any]]  # column arrays: source, target, claims, relation (index)
    relations: list[str]
    subtypes: list[str]
    documents: list[str]
    isolated: int

    def page_data(self, title: str) -> dict[str, Any]:
        types = [{"type": t, "colour": COLOURS[t]} for t in ENTITY_TYPES]
        return {
            "title": title,
            "types": types,
            "nodes": self.nodes,
            "links": self.links,
            "relations": self.relations,
            "subtypes": self.subtypes,
            "documents": self.documents,
            "isolated": self.isolated,
        }


def full_page_html(graph: KnowledgeGraph, *, title: str = "graphbuild network") -> str:
    """The full view's HTML text for ``graph``; every script is pinned by hash in the page's CSP."""
    return page_from_data(full_data(graph), title=title)


def full_data(graph: KnowledgeGraph) -> FullData:
    """Nodes with precomputed positions and links aggregated per pair, as column arrays."""
    entities = graph.entities
    index = {e.id: i for i, e in enumerate(entities)}
    pairs = aggregate_links(graph, index)
    positions = full_positions(len(entities), pairs)
    linked = {n for pair in pairs for n in pair}
    doc_index = {d.id: i for i, d in enumerate(graph.documents)}
    type_index = {t: i for i, t in enumerate(ENTITY_TYPES)}
    subtype_index = {s: i for i, s in enumerate(sorted({e.subtype for e in entities if e.subtype}))}
    nodes: dict[str, list[Any]] = {k: [] for k in ("label", "type", "mentions", "x", "y", "size")}
    nodes.update(subtype=[], aliases=[], docs=[], ndocs=[])
    for i, e in enumerate(entities):
        x, y = positions[i]
        nodes["label"].append(e.label)
        nodes["type"].append(type_index.get(e.type, len(ENTITY_TYPES) - 1))
        nodes["subtype"].append(subtype_index[e.subtype] if e.subtype else -1)
        nodes["mentions"].append(e.mentions)
        nodes["x"].append(x)
        nodes["y"].append(y)
        nodes["size"].append(
            node_size(e.mentions) if i in linked else min(node_size(e.mentions), UNLINKED_MAX_SIZE)
        )
        nodes["aliases"].append(_aliases(e.label, e.aliases))
        docs = [doc_index[d] for d in e.docs if d in doc_index]
        nodes["docs"].append(docs[:MAX_DOCS_LISTED])
        nodes["ndocs"].append(len(e.docs))
    relation_ids = {r: i for i, r in enumerate(sorted({rel for _, rel in pairs.values()}))}
    links: dict[str, list[Any]] = {"source": [], "target": [], "claims": [], "relation": []}
    for (a, b), (count, rel) in sorted(pairs.items()):
        links["source"].append(a)
        links["target"].append(b)
        links["claims"].append(count)
        links["relation"].append(relation_ids[rel])
    return FullData(
        nodes=nodes,
        links=links,
        relations=list(relation_ids),
        subtypes=list(subtype_index),
        documents=[d.title or d.id for d in graph.documents],
        isolated=len(entities) - len(linked),
    )


def aggregate_links(graph: KnowledgeGraph, index: dict[str, int]) -> dict[tuple[int, int], tuple[int, str]]:
    """One link per unordered pair of distinct entities: its number of claims and most frequent relation."""
    per_pair: dict[tuple[int, int], Counter[str]] = defaultdict(Counter)
    for t in graph.triples:
        a = index.get(t.subject.entity_id or "")
        b = index.get(t.object.entity_id or "")
        if a is None or b is None or a == b:
            continue
        per_pair[(a, b) if a < b else (b, a)][t.relation.lemma] += 1
    pairs = {}
    for pair, rels in per_pair.items():
        # The most frequent relation; ties go to the alphabetically first, so output is deterministic.
        rel = min(rels, key=lambda r: (-rels[r], r))
        pairs[pair] = (sum(rels.values()), rel)
    return pairs


def node_size(mentions: int) -> float:
    """Radius on screen at the default zoom: grows with the square root of mentions, capped."""
    return round(min(1.5 + 0.6 * math.sqrt(max(mentions, 0)), MAX_SIZE), 1)


def full_positions(n: int, pairs: dict[tuple[int, int], tuple[int, str]]) -> list[tuple[int, int]]:
    """Positions of nodes ``0..n-1``, in layout pixels, top to bottom.

    Big connected components first, their Louvain communities each laid out on its own and placed
    near the communities they link to (``place_communities``); then the small components packed in
    rows (``layout_positions``); then the entities without links, in a compact grid.
    """
    g = nx.Graph()
    for (a, b), (count, _) in pairs.items():
        g.add_edge(a, b, weight=count)
    big = [c for c in nx.connected_components(g) if len(c) > DENSE_LAYOUT_MAX]
    big_nodes = set().union(*big)
    pos: dict[int, tuple[int, int]] = {}
    if big_nodes:
        core = g.subgraph(big_nodes)
        groups: dict[int, list[int]] = defaultdict(list)
        for node, community in communities(core).items():
            groups[community].append(node)
        pos = place_communities(core, [sorted(groups[c]) for c in sorted(groups)])
    small = g.subgraph(n for n in g if n not in big_nodes)
    if len(small):
        packed = layout_positions(small)  # pairs and small groups: kept tight, they are many
        pos.update(
            _below({k: (round(x * SMALL_SCALE), round(y * SMALL_SCALE)) for k, (x, y) in packed.items()}, pos)
        )
    isolated = [i for i in range(n) if i not in g]
    pos.update(grid_below(isolated, pos))
    return [pos[i] for i in range(n)]


def place_communities(g: nx.Graph, groups: list[list[int]]) -> dict[int, tuple[int, int]]:
    """Each group laid out on its own, then placed, biggest first, as near as it can get without
    overlapping to the groups it links to (weighted by links), searching outwards on a spiral."""
    group_of = {node: i for i, nodes in enumerate(groups) for node in nodes}
    between: Counter[tuple[int, int]] = Counter()
    for u, v, w in g.edges(data="weight", default=1):
        a, b = group_of[u], group_of[v]
        if a != b:
            between[(a, b)] += w
            between[(b, a)] += w
    placed: list[tuple[float, float, float]] = []  # centre x, centre y, radius
    pos: dict[int, tuple[int, int]] = {}
    for i, nodes in enumerate(groups):
        local = layout_positions(g.subgraph(nodes)) if len(nodes) > 1 else {nodes[0]: (0, 0)}
        cx = sum(p[0] for p in local.values()) / len(local)
        cy = sum(p[1] for p in local.values()) / len(local)
        radius = max(math.dist(p, (cx, cy)) for p in local.values()) + COMMUNITY_GAP / 2
        weights = [(between[(i, j)], placed[j]) for j in range(len(placed)) if between[(i, j)]]
        total = sum(w for w, _ in weights)
        tx = sum(w * c[0] for w, c in weights) / total if total else 0.0
        ty = sum(w * c[1] for w, c in weights) / total if total else 0.0
        x, y = _free_spot(tx, ty, radius, placed)
        placed.append((x, y, radius))
        for node, (px, py) in local.items():
            pos[node] = (round(x + px - cx), round(y + py - cy))
    return pos


def _free_spot(
    tx: float, ty: float, radius: float, placed: list[tuple[float, float, float]]
) -> tuple[float, float]:
    """The first point on a spiral out of (tx, ty) where a circle of ``radius`` overlaps no placed one."""
    step = max(radius / 3, 10.0)
    ring = 0
    while True:
        r = ring * step
        count = max(1, round(2 * math.pi * r / step))
        for k in range(count):
            x = tx + r * math.cos(2 * math.pi * k / count)
            y = ty + r * math.sin(2 * math.pi * k / count)
            if all(math.dist((x, y), (px, py)) >= radius + pr for px, py, pr in placed):
                return x, y
        ring += 1


def _below(
    layout: dict[int, tuple[int, int]], placed: dict[int, tuple[int, int]]
) -> dict[int, tuple[int, int]]:
    """``layout`` moved to sit centred under ``placed`` (unchanged when nothing is placed yet)."""
    if not placed:
        return layout
    xs = [p[0] for p in layout.values()]
    ys = [p[1] for p in layout.values()]
    px = [p[0] for p in placed.values()]
    dx = round((max(px) + min(px)) / 2 - (max(xs) + min(xs)) / 2)
    dy = max(p[1] for p in placed.values()) + GRID_GAP - min(ys)
    return {node: (x + dx, y + dy) for node, (x, y) in layout.items()}


def grid_below(nodes: list[int], placed: dict[int, tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """``nodes`` in a compact grid centred under the ``placed`` layout, row by row, in the given order."""
    if not nodes:
        return {}
    if placed:
        xs = [p[0] for p in placed.values()]
        ys = [p[1] for p in placed.values()]
        width, centre, top = max(xs) - min(xs), (max(xs) + min(xs)) / 2, max(ys) + GRID_GAP
    else:
        width, centre, top = 0, 0.0, 0
    # About as wide as the linked layout, but never a thin line: at least a square's side.
    columns = max(1, min(len(nodes), max(math.ceil(math.sqrt(len(nodes))), width // GRID_STEP)))
    left = centre - (columns - 1) * GRID_STEP / 2
    return {
        node: (round(left + (k % columns) * GRID_STEP), top + (k // columns) * GRID_STEP)
        for k, node in enumerate(nodes)
    }


def page_from_data(data: FullData, *, title: str) -> str:
    """The HTML file: vendored scripts, the data, the page's script; CSP pins each by hash."""
    template = _TEMPLATE.read_text(encoding="utf-8")
    head, _, rest = template.partition("<script>/*VENDOR_JS*/</script>")
    app_open = rest.index("<script>") + len("<script>")
    app_close = rest.index("</script>", app_open)
    vendor = [vendor_js(p) for p in VENDOR]
    app_js = "const GB_DATA = " + json_for_script(data.page_data(title)) + ";\n" + rest[app_open:app_close]
    hashes = " ".join(script_hash(s) for s in (*vendor, app_js))
    csp = (
        "default-src 'none'; "
        f"script-src {hashes}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    head = head.replace("{{CSP}}", csp, 1).replace("/*PAGE_CSS*/", _STYLE.read_text(encoding="utf-8"), 1)
    head = head.replace("{{TITLE}}", escape_text(title), 1)  # last, so the title holds no placeholder
    scripts = "".join(f"<script>{s}</script>" for s in vendor)
    return "".join((head, scripts, rest[:app_open], app_js, rest[app_close:]))


def vendor_js(path: Path) -> str:
    """A vendored script without its source-map comment (the map is not shipped)."""
    text = path.read_text(encoding="utf-8").rstrip()
    last = text.rfind("\n")
    if text[last + 1 :].startswith("//# sourceMappingURL="):
        text = text[:last]
    return text


def _aliases(label: str, aliases: list[str]) -> list[str]:
    """Distinct aliases other than the label, case-insensitively, the first ``MAX_ALIASES``."""
    seen = {label.casefold()}
    out = []
    for a in aliases:
        if a.casefold() not in seen:
            seen.add(a.casefold())
            out.append(a)
    return out[:MAX_ALIASES]
