"""The only module that knows pyvis: the interactive network as one self-contained HTML file.

pyvis builds the node and edge lists; the page itself comes from our template, which inlines
vis-network's JavaScript and CSS from the pyvis package, so the file opens offline from
``file://`` and links to no CDN. Article text reaches the page only as JSON data rendered with
``textContent``, never as markup.
"""

from __future__ import annotations

import json
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    from graphbuild.graph import KnowledgeGraph

COLOURS = {"Actor": "#d95f02", "Weapon": "#7570b3", "Region": "#1b9e77", "Other": "#999999"}
SHAPES = {"Actor": "dot", "Weapon": "triangle", "Region": "square", "Other": "diamond"}


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


def network_data(graph: KnowledgeGraph) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Nodes and edges for vis-network, built with pyvis; only entities on some edge are drawn."""
    from pyvis.network import Network

    g = to_networkx(graph)
    dates = {d.id: d.date for d in graph.documents}
    grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for s, o, data in g.edges(data=True):
        grouped[(s, o, data["relation"])].append(data)
    connected = {n for s, o, _ in grouped for n in (s, o)}
    net = Network(directed=True)
    for node, data in g.nodes(data=True):
        if node not in connected:
            continue
        net.add_node(
            node,
            label=data["label"],
            color=COLOURS[data["type"]],
            shape=SHAPES[data["type"]],
            size=10 + min(data["mentions"], 30),
            gbType=data["type"],
            gbSubtype=data["subtype"] or "",
            gbAliases=data["aliases"],
            gbCodes=data["codes"],
            gbMentions=data["mentions"],
        )
    for (s, o, relation), claims in sorted(grouped.items()):
        hedged = all(c["negated"] or c["modality"] for c in claims)
        net.add_edge(
            s,
            o,
            label=relation,
            arrows="to",
            dashes=hedged,
            width=1 + min(len(claims), 5),
            gbConfidence=max(c["confidence"] for c in claims),
            gbEvidence=[
                {
                    "sentence": c["sentence"],
                    "doc": c["doc"],
                    "date": dates.get(c["doc"]),
                    "text": c["text"],
                    "negated": c["negated"],
                    "modality": c["modality"],
                    "attributed_to": c["attributed_to"],
                }
                for c in claims
            ],
        )
    return net.nodes, net.edges


def _asset(*parts: str) -> str:
    return resources.files("pyvis").joinpath("templates", "lib", *parts).read_text(encoding="utf-8")


def _json_for_script(value: object) -> str:
    """JSON safe to embed in a <script> element: no ``</script>`` or ``<!--`` can close it."""
    return (
        json.dumps(value, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def render_html(graph: KnowledgeGraph, *, title: str = "graphbuild network") -> str:
    """The page for ``graph``: vis-network inlined, data as JSON, no external resources."""
    nodes, edges = network_data(graph)
    template = (Path(__file__).parent / "templates" / "network.html").read_text(encoding="utf-8")
    return (
        template.replace("/*VIS_CSS*/", _asset("vis-9.1.2", "vis-network.css"))
        .replace("/*VIS_JS*/", _asset("vis-9.1.2", "vis-network.min.js"))
        .replace(
            "/*GB_DATA*/",
            "const GB_DATA = "
            + _json_for_script({"nodes": nodes, "edges": edges, "colours": COLOURS, "title": title})
            + ";",
        )
        .replace("{{TITLE}}", title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    )
