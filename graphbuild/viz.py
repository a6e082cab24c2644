"""The only module that knows pyvis: the interactive network as one self-contained HTML file.

pyvis builds the node and edge lists; the page comes from our template, which inlines
vis-network's JavaScript and CSS from the pyvis package, so the file opens offline from
``file://`` and links to no CDN. Article text reaches the page only as JSON inside a ``<script>``
element (``<`` and ``>`` escaped) and is put on screen with ``textContent``, never as markup; the
page's Content-Security-Policy allows only its own two scripts, by hash.

Graphs above ``LAYOUT_THRESHOLD`` nodes get their layout from networkx here, so the browser draws
fixed positions with physics off instead of simulating thousands of bodies.
"""

from __future__ import annotations

import base64
import colorsys
import hashlib
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from graphbuild.errors import RenderError, StoreError
from graphbuild.model import ENTITY_TYPES

if TYPE_CHECKING:
    from graphbuild.graph import KnowledgeGraph
    from graphbuild.model import Entity, Triple

COLOURS = {"Actor": "#d95f02", "Weapon": "#7570b3", "Region": "#1b9e77", "Other": "#8c8c8c"}
SHAPES = {"Actor": "dot", "Weapon": "triangle", "Region": "square", "Other": "diamond"}
# Colours for the optional "colour by community" view; communities past the palette repeat it.
COMMUNITY_PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#bcbd22", "#17becf", "#393b79", "#637939", "#843c39",
)  # fmt: skip
# Above this many nodes the layout is computed here and physics starts off (vis-network's own
# simulation takes minutes at a few thousand nodes).
LAYOUT_THRESHOLD = 400
# networkx's spring layout without scipy is dense (n x n arrays); bigger pieces are split first.
DENSE_LAYOUT_MAX = 400
_PX_PER_UNIT = 55.0
_VIS = ("vis-9.1.2", "vis-network.min.js", "vis-network.css")


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
        }


def _check_options(types: Iterable[str] | None, min_confidence: float, top: int | None) -> set[str]:
    wanted = set(types) if types is not None else set(ENTITY_TYPES)
    unknown = sorted(wanted - set(ENTITY_TYPES))
    if unknown:
        raise RenderError(f"unknown entity type(s) {', '.join(unknown)}; use {', '.join(ENTITY_TYPES)}")
    if not 0.0 <= min_confidence <= 1.0:
        raise RenderError(f"minimum confidence {min_confidence} is outside 0..1; pass a value like 0.5")
    if top is not None and top < 1:
        raise RenderError(f"top {top} keeps no node; pass a positive number of nodes")
    return wanted


def _shade(colour: str, amount: float) -> str:
    """``colour`` lighter (amount > 0) or darker (amount < 0), keeping its hue."""
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    lightness = min(0.9, max(0.12, lightness + amount))
    return "#" + "".join(f"{round(c * 255):02x}" for c in colorsys.hls_to_rgb(h, lightness, s))


def subtype_colours(entities: Iterable[Entity]) -> dict[tuple[str, str | None], str]:
    """A shade of its type's colour for every (type, subtype) present, darkest to lightest by name."""
    subtypes: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        if e.subtype:
            subtypes[e.type].add(e.subtype)
    colours: dict[tuple[str, str | None], str] = {(t, None): c for t, c in COLOURS.items()}
    for etype, names in subtypes.items():
        ordered = sorted(names)
        for i, name in enumerate(ordered):
            step = (i / (len(ordered) - 1) - 0.5) if len(ordered) > 1 else 0.0
            colours[(etype, name)] = _shade(COLOURS[etype], 0.36 * step)
    return colours


def _group(etype: str, subtype: str | None) -> str:
    """The vis-network group (shape and colour) of a type and subtype."""
    return f"{etype}/{subtype}" if subtype else etype


def _edge_label(lemma: str, negated: bool, modality: str | None) -> str:
    return " ".join(part for part in ("not" if negated else "", modality or "", lemma) if part)


def _top_nodes(degree: Counter[int], entities: Sequence[Entity], top: int) -> set[int]:
    """Indices of the ``top`` nodes by degree; ties go to more mentions, then label order."""
    ranked = sorted(
        range(len(entities)), key=lambda i: (-degree[i], -entities[i].mentions, entities[i].label)
    )
    return set(ranked[:top])


def communities(g: nx.Graph, *, seed: int = 0) -> dict[Any, int]:
    """Louvain community of every node, numbered by size (0 = largest); deterministic for ``seed``."""
    parts = nx.community.louvain_communities(g, seed=seed) if g.number_of_edges() else [{n} for n in g]
    ordered = sorted(parts, key=lambda p: (-len(p), min(map(str, p))))
    return {n: i for i, part in enumerate(ordered) for n in part}


def layout_positions(
    g: nx.Graph, *, seed: int = 0, partition: dict[Any, int] | None = None
) -> dict[Any, tuple[int, int]]:
    """Pixel positions for every node of ``g``, computed with networkx (no scipy needed).

    Connected components are laid out one by one and packed in rows, biggest first. A component
    too big for the dense spring layout is split into Louvain communities: each community is laid
    out on its own and placed where a spring layout of the community graph puts it. A known
    ``partition`` (node -> community, as from ``communities``) saves running Louvain again.
    """
    pos = _layout(g, seed, partition)
    return {n: (round(float(x) * _PX_PER_UNIT), round(float(y) * _PX_PER_UNIT)) for n, (x, y) in pos.items()}


def _layout(
    g: nx.Graph, seed: int, partition: dict[Any, int] | None = None
) -> dict[Any, tuple[float, float]]:
    """Positions in units of about one node spacing, centred on 0."""
    n = len(g)
    if n == 0:
        return {}
    if n == 1:
        return {next(iter(g)): (0.0, 0.0)}
    if not nx.is_connected(g):
        parts = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(map(str, c))))
        return _pack([_layout(g.subgraph(c), seed, partition) for c in parts])
    if n <= DENSE_LAYOUT_MAX:
        raw = nx.spring_layout(g, seed=seed, iterations=50, weight="weight")
        radius = 0.75 * math.sqrt(n)
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


def _pyvis_network() -> Any:
    """A pyvis ``Network`` with O(1) node lookups (pyvis scans a list for every edge added)."""
    from pyvis.network import Network

    class _Network(Network):
        def get_nodes(self) -> Any:
            return self.node_map.keys()

    return _Network(directed=True)


def network_data(
    graph: KnowledgeGraph,
    *,
    types: Iterable[str] | None = None,
    min_confidence: float = 0.0,
    top: int | None = None,
    size_by: str = "mentions",
    layout_threshold: int = LAYOUT_THRESHOLD,
) -> NetworkData:
    """Nodes, edges and evidence for the page.

    Every entity of the chosen ``types`` is a node (the ``top`` ones by degree if given). Triples
    between two distinct nodes with at least ``min_confidence`` are grouped into one edge per
    (subject, object, relation, negation, modality). Triples with one side unresolved still show
    as evidence on the node they touch.
    """
    wanted = _check_options(types, min_confidence, top)
    if size_by not in ("mentions", "degree"):
        raise RenderError(f"cannot size nodes by {size_by!r}; use mentions or degree")
    entities = [e for e in graph.entities if e.type in wanted]
    index = {e.id: i for i, e in enumerate(entities)}
    triples = [t for t in graph.triples if t.confidence >= min_confidence]

    grouped: dict[tuple[int, int, str, bool, str | None], list[Triple]] = defaultdict(list)
    for t in triples:
        s, o = index.get(t.subject.entity_id or ""), index.get(t.object.entity_id or "")
        if s is not None and o is not None and s != o:
            grouped[(s, o, t.relation.lemma, t.negated, t.modality)].append(t)
    degree: Counter[int] = Counter()
    for s, o, *_ in grouped:
        degree[s] += 1
        degree[o] += 1
    keep = _top_nodes(degree, entities, top) if top is not None else set(range(len(entities)))
    grouped = {k: v for k, v in grouped.items() if k[0] in keep and k[1] in keep}
    degree = Counter()
    for s, o, *_ in grouped:
        degree[s] += 1
        degree[o] += 1

    doc_index = {d.id: i for i, d in enumerate(graph.documents)}
    documents = [{"id": d.id, "date": d.date, "title": d.title} for d in graph.documents]

    def doc_of(doc_id: str) -> int:
        if doc_id not in doc_index:
            doc_index[doc_id] = len(documents)
            documents.append({"id": doc_id, "date": None, "title": None})
        return doc_index[doc_id]

    sentences: list[list[Any]] = []
    sentence_index: dict[tuple[str, int], int] = {}
    claims: list[dict[str, Any]] = []
    claim_index: dict[int, int] = {}  # id(triple) -> claim number
    node_claims: dict[int, list[int]] = defaultdict(list)

    def claim_of(t: Triple) -> int:
        if id(t) in claim_index:
            return claim_index[id(t)]
        p = t.provenance
        key = (p.doc_id, p.sentence_index)
        if key not in sentence_index:
            sentence_index[key] = len(sentences)
            sentences.append([doc_of(p.doc_id), p.sentence_index, p.sentence])
        claim: dict[str, Any] = {
            "s": sentence_index[key],
            "d": doc_of(p.doc_id),
            "sub": t.subject.text,
            "rel": t.relation.text,
            "obj": t.object.text,
            "conf": round(t.confidence, 3),
        }
        if t.negated:
            claim["neg"] = True
        if t.modality:
            claim["mod"] = t.modality
        if t.attributed_to:
            claim["att"] = t.attributed_to
        claim_index[id(t)] = len(claims)
        claims.append(claim)
        for m in (t.subject, t.object):
            i = index.get(m.entity_id or "")
            if i is not None and i in keep and claim_index[id(t)] not in node_claims[i]:
                node_claims[i].append(claim_index[id(t)])
        return claim_index[id(t)]

    # the modality of a key may be None: it sorts first
    ordered = sorted(grouped.items(), key=lambda item: (*item[0][:4], item[0][4] or ""))
    edge_claims = {key: [claim_of(t) for t in ts] for key, ts in ordered}
    for t in triples:  # half-resolved triples: evidence for the one node they touch
        if any(index.get(m.entity_id or "") in keep for m in (t.subject, t.object)):
            claim_of(t)

    kept = sorted(keep)
    simple = nx.Graph()
    simple.add_nodes_from(kept)
    simple.add_edges_from((s, o) for s, o, *_ in grouped)
    community = communities(simple)
    precomputed = len(kept) > layout_threshold
    positions = layout_positions(simple, partition=community) if precomputed else {}
    colours = subtype_colours(entities[i] for i in kept)

    net = _pyvis_network()
    for i in kept:
        e = entities[i]
        weight = e.mentions if size_by == "mentions" else degree[i]
        options: dict[str, Any] = {
            "group": _group(e.type, e.subtype),
            "size": round(9 + 4 * math.sqrt(min(weight, 100)), 1),
            "gbIri": e.id,
            "gbType": e.type,
            "gbMentions": e.mentions,
            "gbDegree": degree[i],
            "gbDocs": sorted({doc_of(d) for d in e.docs}),
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
        if precomputed:
            options["x"], options["y"] = positions[i]
        net.add_node(i, label=e.label, shape=SHAPES[e.type], **options)
    for n, ((s, o, lemma, negated, modality), numbers) in enumerate(edge_claims.items()):
        confidence = max(claims[c]["conf"] for c in numbers)
        options = {"label": _edge_label(lemma, negated, modality)}
        if options["label"] != lemma:
            options["gbRelation"] = lemma
        if negated or modality is not None:
            options["dashes"] = True
        net.add_edge(
            s,
            o,
            id=f"e{n}",
            width=round(0.5 + 2.5 * confidence + min(len(numbers) - 1, 4), 2),
            gbConfidence=confidence,
            gbClaims=numbers,
            **options,
        )
    for edge in net.edges:
        del edge["arrows"]  # pyvis adds arrows="to" to each edge; the page sets it once for all

    groups = {
        _group(t, sub): {
            "shape": SHAPES[t],
            "color": {"background": colour, "border": _shade(colour, -0.15)},
        }
        for (t, sub), colour in colours.items()
    }
    legend = []
    type_counts = Counter(entities[i].type for i in kept)
    subtype_counts = Counter((entities[i].type, entities[i].subtype) for i in kept if entities[i].subtype)
    for etype in ENTITY_TYPES:
        if etype not in wanted:
            continue
        legend.append(
            {
                "type": etype,
                "colour": COLOURS[etype],
                "shape": SHAPES[etype],
                "count": type_counts.get(etype, 0),
                "subtypes": [
                    {"name": sub, "colour": colours[(t, sub)], "count": c}
                    for (t, sub), c in sorted(subtype_counts.items())
                    if t == etype
                ],
            }
        )
    relations = Counter(lemma for (_, _, lemma, _, _) in edge_claims)
    return NetworkData(
        nodes=net.nodes,
        edges=net.edges,
        claims=claims,
        sentences=sentences,
        documents=documents,
        legend=legend,
        groups=groups,
        relations=sorted(relations.items(), key=lambda kv: (-kv[1], kv[0])),
        precomputed_layout=precomputed,
    )


def _asset(name: str) -> str:
    return resources.files("pyvis").joinpath("templates", "lib", _VIS[0], name).read_text(encoding="utf-8")


def _json_for_script(value: object) -> str:
    """JSON safe to embed in a <script> element: no ``</script>`` or ``<!--`` can close it."""
    return (
        json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _script_hash(script: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"
    )


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def render_html(
    graph: KnowledgeGraph,
    *,
    title: str = "graphbuild network",
    types: Iterable[str] | None = None,
    min_confidence: float = 0.0,
    top: int | None = None,
    size_by: str = "mentions",
    layout_threshold: int = LAYOUT_THRESHOLD,
) -> str:
    """The page for ``graph``: vis-network inlined, data as JSON, no external resources."""
    data = network_data(
        graph,
        types=types,
        min_confidence=min_confidence,
        top=top,
        size_by=size_by,
        layout_threshold=layout_threshold,
    )
    return page_html(data, title=title)


def page_html(data: NetworkData, *, title: str = "graphbuild network") -> str:
    """The HTML text for ``data``; every script is pinned by hash in the page's CSP."""
    template = (Path(__file__).parent / "templates" / "network.html").read_text(encoding="utf-8")
    head, _, rest = template.partition("<script>/*VIS_JS*/</script>")
    app_open = rest.index("<script>") + len("<script>")
    app_close = rest.index("</script>", app_open)
    vis_js = _asset(_VIS[1])
    app_js = "const GB_DATA = " + _json_for_script(data.page_data(title)) + ";\n" + rest[app_open:app_close]
    csp = (
        "default-src 'none'; "
        f"script-src {_script_hash(vis_js)} {_script_hash(app_js)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    # The title goes in last, so nothing in it can be taken for a placeholder.
    head = head.replace("/*VIS_CSS*/", _asset(_VIS[2]), 1).replace("{{CSP}}", csp, 1)
    head = head.replace("{{TITLE}}", _escape_text(title), 1)
    return "".join((head, "<script>", vis_js, "</script>", rest[:app_open], app_js, rest[app_close:]))


@dataclass(frozen=True)
class Page:
    """A written network page and what it shows."""

    path: Path
    nodes: int
    edges: int
    precomputed_layout: bool

    def summary(self) -> str:
        layout = ", layout precomputed" if self.precomputed_layout else ""
        return f"{self.nodes} nodes, {self.edges} edges{layout} -> {self.path}"


def render(
    graph: KnowledgeGraph,
    out: str | Path,
    *,
    title: str | None = None,
    types: Iterable[str] | None = None,
    min_confidence: float = 0.0,
    top: int | None = None,
    size_by: str = "mentions",
) -> Page:
    """Write the page for ``graph`` to ``out`` atomically."""
    from graphbuild.graph import write_atomically

    target = Path(out)
    if target.suffix.lower() not in (".html", ".htm"):
        raise RenderError(f"{target}: the page must be an .html file; pass --out FILE.html")
    data = network_data(graph, types=types, min_confidence=min_confidence, top=top, size_by=size_by)
    page = page_html(data, title=title or "graphbuild network")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create folder {target.parent}: {e.strerror}; choose another --out") from e
    written = write_atomically(target.parent, {target.name: page})[target.name]
    return Page(written, len(data.nodes), len(data.edges), data.precomputed_layout)
