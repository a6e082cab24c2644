"""The full view's page: every entity placed, links per pair, scripts pinned, nothing from the network."""

from __future__ import annotations

import json
import math
import re

from graphbuild import viz
from graphbuild.viz import full
from graphbuild.viz.scripts import script_hash
from tests.viz_graphs import claim, entity, small_graph, synthetic_graph


def _page_data(html: str) -> dict:
    return json.loads(re.search(r"const GB_DATA = (.*?);\n", html).group(1))


def _scripts(html: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", html, flags=re.DOTALL)


def test_every_entity_is_a_node_with_a_position():
    graph = small_graph()
    data = _page_data(full.full_page_html(graph, title="t"))
    nodes = data["nodes"]
    assert nodes["label"] == [e.label for e in graph.entities]
    assert len(nodes["x"]) == len(nodes["y"]) == len(graph.entities)
    assert all(isinstance(v, int) for v in nodes["x"] + nodes["y"])
    assert len(set(zip(nodes["x"], nodes["y"], strict=True))) == len(graph.entities), "no two share a spot"
    assert data["isolated"] == 1  # the lonely depot


def test_links_are_aggregated_per_pair_with_their_main_relation():
    data = _page_data(full.full_page_html(small_graph(), title="t"))
    links, labels = data["links"], data["nodes"]["label"]
    named = {
        frozenset((labels[s], labels[t])): (n, data["relations"][r])
        for s, t, n, r in zip(*(links[k] for k in ("source", "target", "claims", "relation")), strict=True)
    }
    # Two claims Rebels -> rifles make one link; the self-loop and the half-resolved claim make none.
    assert named == {
        frozenset(("Rebels", "rifles")): (2, "receive"),
        frozenset(("Army", "Rebels")): (1, "attack"),
        frozenset(("Army", "Freedonia")): (1, "enter"),
    }


def test_the_most_frequent_relation_names_a_link_and_ties_go_alphabetically():
    a, b = entity("A"), entity("B")
    graph = synthetic_graph(2, 0)
    graph.entities[:] = [a, b]
    graph.triples[:] = [
        claim(a, "meet", b, "A met B."),
        claim(b, "attack", a, "B attacked A."),
        claim(a, "attack", b, "A attacked B."),
        claim(a, "sell", b, "A sold to B."),
    ]
    assert full.aggregate_links(graph, {a.id: 0, b.id: 1}) == {(0, 1): (4, "attack")}
    graph.triples[:] = graph.triples[:2]
    assert full.aggregate_links(graph, {a.id: 0, b.id: 1}) == {(0, 1): (2, "attack")}


def test_unlinked_entities_sit_in_a_compact_grid_below_the_linked_ones():
    graph = synthetic_graph(400, 150, seed=3)  # most of the 400 entities have no link
    data = _page_data(full.full_page_html(graph, title="t"))
    nodes, links = data["nodes"], data["links"]
    linked = set(links["source"]) | set(links["target"])
    lonely = [i for i in range(len(nodes["x"])) if i not in linked]
    assert data["isolated"] == len(lonely) > 100
    linked_bottom = max(nodes["y"][i] for i in linked)
    assert min(nodes["y"][i] for i in lonely) > linked_bottom
    xs = [nodes["x"][i] for i in lonely]
    ys = [nodes["y"][i] for i in lonely]
    # Packed at the grid step: the block's area is about what its dots need, not a spread-out carpet.
    area = (max(xs) - min(xs) + full.GRID_STEP) * (max(ys) - min(ys) + full.GRID_STEP)
    assert area <= 1.5 * len(lonely) * full.GRID_STEP**2


def test_grid_below_centres_under_the_layout_and_handles_no_layout():
    placed = {0: (-100, -50), 1: (100, 50)}
    grid = full.grid_below([2, 3, 4, 5], placed)
    assert all(y >= 50 + full.GRID_GAP for _, y in grid.values())
    assert sum(x for x, _ in grid.values()) / 4 == 0
    step = full.GRID_STEP
    square = {(-step // 2, 0), (step // 2, 0), (-step // 2, step), (step // 2, step)}
    assert set(full.grid_below([7, 8, 9, 10], {}).values()) == square
    assert full.grid_below([], placed) == {}


def test_communities_are_placed_apart_and_near_what_they_link_to():
    import networkx as nx

    g = nx.Graph()
    for base in (0, 100, 200):  # three cliques of five, the first linked to the second only
        g.add_edges_from((base + i, base + j) for i in range(5) for j in range(i + 1, 5))
    g.add_edge(0, 100)
    pos = full.place_communities(g, [list(range(b, b + 5)) for b in (0, 100, 200)])
    assert set(pos) == set(g)

    def centre(base):
        return tuple(sum(pos[base + i][k] for i in range(5)) / 5 for k in (0, 1))

    def spread(base):
        return max(math.dist(pos[base + i], centre(base)) for i in range(5))

    for a, b in ((0, 100), (0, 200), (100, 200)):
        assert math.dist(centre(a), centre(b)) > spread(a) + spread(b), "no two communities overlap"


def test_page_is_deterministic():
    graph = synthetic_graph(300, 400, seed=5)
    assert full.full_page_html(graph, title="t") == full.full_page_html(graph, title="t")


def test_scripts_are_pinned_by_hash_and_nothing_loads_from_the_network():
    html = full.full_page_html(small_graph(), title="t")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert csp.startswith("default-src 'none'; ")
    script_src = csp.split("script-src", 1)[1].split(";", 1)[0]
    assert "'unsafe-inline'" not in script_src and "http" not in csp
    scripts = _scripts(html)
    assert len(scripts) == 3  # graphology, sigma, the page's own
    assert set(re.findall(r"'sha256-[^']+'", script_src)) == {script_hash(s) for s in scripts}
    assert not re.search(r"<(script|link|img|iframe|object|embed)\b[^>]*\b(src|href)\s*=", html, re.I)
    assert "sourceMappingURL" not in html


def test_vendored_builds_are_the_documented_ones():
    import hashlib

    readme = (full.VENDOR[0].parent / "README.md").read_text(encoding="utf-8")
    for path in full.VENDOR:
        assert hashlib.sha256(path.read_bytes()).hexdigest() in readme, path.name
        assert (path.parent / (path.name.split(".")[0] + ".LICENSE.txt")).exists()


def test_hostile_text_stays_data():
    evil = "</script><script>alert(1)</script><img src=x onerror=alert(2)>"
    graph = small_graph()
    graph.entities[0].label = evil
    graph.entities[0].aliases = [evil + " alias"]
    html = full.full_page_html(graph, title=evil)
    assert "</script><script>alert" not in html and "<img src=x" not in html
    assert "<title>&lt;/script&gt;" in html
    data = _page_data(html)
    assert data["nodes"]["label"][0] == evil and data["title"] == evil
    assert data["nodes"]["aliases"][0] == [evil + " alias"]


def test_render_writes_the_full_view(tmp_path):
    page = viz.render(small_graph(), tmp_path / "full.html", view="full", title="Everything")
    assert page.view == "full" and page.nodes == 5
    assert page.summary() == f"full view, 5 nodes -> {page.path}"
    html = page.path.read_text(encoding="utf-8")
    assert "<title>Everything</title>" in html and "new Sigma(" in html


def test_node_size_grows_with_mentions_and_is_capped():
    sizes = [full.node_size(m) for m in (0, 1, 10, 100, 10_000)]
    assert sizes == sorted(sizes) and sizes[-1] == full.MAX_SIZE and sizes[0] == 1.5
