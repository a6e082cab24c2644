"""The network page: what becomes a node and an edge, styling, options, layout, safety, rendering."""

from __future__ import annotations

import itertools
import json
import random
import re

import networkx as nx
import pytest
from typer.testing import CliRunner

from graphbuild import viz
from graphbuild.cli import app
from graphbuild.errors import RenderError, StoreError
from graphbuild.graph import KnowledgeGraph, load_output
from graphbuild.model import Document, Entity, Mention, Provenance, Relation, Sentence, Triple

_SENTENCE_NUMBERS = itertools.count()
RELATIONS = ("attack", "supply", "receive", "meet", "fight", "enter", "sell", "loot from")


def entity(key: str, etype: str = "Actor", subtype: str | None = None, mentions: int = 1, **kw) -> Entity:
    return Entity(
        id=f"https://example.org/{key}", label=key, type=etype, subtype=subtype, mentions=mentions, **kw
    )


def claim(s: Entity | None, rel: str, o: Entity | None, sentence: str, doc: str = "d1", **kw) -> Triple:
    def mention(e: Entity | None, fallback: str) -> Mention:
        return Mention(e.label, 0, 1, e.id, e.label) if e else Mention(fallback, 0, 1)

    return Triple(
        subject=mention(s, "someone"),
        relation=Relation(rel, rel),
        object=mention(o, "something"),
        provenance=Provenance(doc, next(_SENTENCE_NUMBERS), sentence, 0, len(sentence)),
        **kw,
    )


def small_graph() -> KnowledgeGraph:
    """Two armed groups, a weapon, a country, a lonely facility and one half-resolved claim."""
    rebels = entity("Rebels", "Actor", "ArmedGroup", mentions=9, aliases=["the rebels", "Rebels"])
    army = entity("Army", "Actor", "Organization", mentions=4)
    rifles = entity("rifles", "Weapon", "SmallArm", mentions=2)
    country = entity("Freedonia", "Region", "Country", mentions=5, codes={"iso3166": "FD"})
    depot = entity("depot", "Other", "Facility", mentions=1)
    docs = [Document("d1", "", "", date="2011-05-11"), Document("d2", "", "", date="2011-06-01")]
    triples = [
        claim(rebels, "receive", rifles, "Rebels received rifles.", confidence=0.9),
        claim(rebels, "receive", rifles, "The rebels got rifles again.", doc="d2", confidence=0.6),
        claim(army, "attack", rebels, "The army did not attack rebels.", negated=True, confidence=0.7),
        claim(army, "enter", country, "The army may enter Freedonia.", modality="may", confidence=0.5),
        claim(rebels, "fight", None, "Rebels fought someone.", confidence=0.8),
        claim(rebels, "be", rebels, "Rebels are rebels.", confidence=0.4),
    ]
    sentences = [
        Sentence(t.provenance.doc_id, t.provenance.sentence_index, t.provenance.sentence, 0, 1)
        for t in triples
    ]
    return KnowledgeGraph(docs, sentences, [rebels, army, rifles, country, depot], triples)


def synthetic_graph(n_nodes: int, n_edges: int, *, seed: int = 7) -> KnowledgeGraph:
    """``n_nodes`` entities and ``n_edges`` triples, each on a distinct (subject, object, relation)."""
    rng = random.Random(seed)
    types = [("Actor", "Person"), ("Actor", "ArmedGroup"), ("Weapon", "SmallArm"), ("Region", "Country")]
    entities = []
    for i in range(n_nodes):
        etype, subtype = types[i % len(types)]
        entities.append(entity(f"{etype.lower()} {i}", etype, subtype, mentions=1 + rng.randrange(20)))
    docs = [Document(f"doc{d}", "", "", date=f"2011-{1 + d % 12:02d}-{1 + d % 28:02d}") for d in range(200)]
    seen: set[tuple[int, int, str]] = set()
    triples = []
    while len(triples) < n_edges:
        s, o, rel = rng.randrange(n_nodes), rng.randrange(n_nodes), rng.choice(RELATIONS)
        if s == o or (s, o, rel) in seen:
            continue
        seen.add((s, o, rel))
        doc = rng.choice(docs).id
        text = f"{entities[s].label} said to {rel} {entities[o].label} in report {len(triples)}."
        triples.append(
            claim(entities[s], rel, entities[o], text, doc=doc, confidence=rng.choice((0.5, 0.7, 0.9)))
        )
    return KnowledgeGraph(docs, [], entities, triples)


def test_network_data_draws_every_entity_and_groups_claims_into_edges():
    data = viz.network_data(small_graph())
    assert [n["label"] for n in data.nodes] == ["Rebels", "Army", "rifles", "Freedonia", "depot"]
    edges = {(data.nodes[e["from"]]["label"], e["label"], data.nodes[e["to"]]["label"]) for e in data.edges}
    assert edges == {
        ("Rebels", "receive", "rifles"),
        ("Army", "not attack", "Rebels"),
        ("Army", "may enter", "Freedonia"),
    }
    received = next(e for e in data.edges if e["label"] == "receive")
    assert len(received["gbClaims"]) == 2 and received["gbConfidence"] == 0.9
    assert {data.documents[data.claims[c]["d"]]["id"] for c in received["gbClaims"]} == {"d1", "d2"}


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
    assert by_label["not attack"]["dashes"] and by_label["may enter"]["dashes"]
    assert not by_label["receive"].get("dashes")
    assert by_label["receive"]["width"] > by_label["may enter"]["width"]


def test_network_data_keeps_plain_and_hedged_claims_of_one_pair_apart():
    army, town = entity("Army"), entity("Town", "Region", "City")
    triples = [
        claim(army, "enter", town, "The army entered the town.", confidence=0.8),
        claim(army, "enter", town, "The army may enter the town.", modality="may", confidence=0.6),
    ]
    data = viz.network_data(KnowledgeGraph([Document("d1", "", "")], [], [army, town], triples))
    assert sorted(e["label"] for e in data.edges) == ["enter", "may enter"]


def test_network_data_keeps_half_resolved_claims_as_node_evidence():
    data = viz.network_data(small_graph())
    rebels = data.nodes[0]
    sentences = {data.sentences[data.claims[c]["s"]][2] for c in rebels["gbClaims"]}
    assert "Rebels fought someone." in sentences
    assert "Rebels are rebels." in sentences  # a self-loop is evidence, not an edge
    assert rebels["gbAliases"] == ["the rebels"]


def test_network_data_filters_types_confidence_and_top():
    assert {n["gbType"] for n in viz.network_data(small_graph(), types=["Actor", "Weapon"]).nodes} == {
        "Actor",
        "Weapon",
    }
    strong = viz.network_data(small_graph(), min_confidence=0.75)
    assert [e["label"] for e in strong.edges] == ["receive"] and len(strong.edges[0]["gbClaims"]) == 1
    top = viz.network_data(small_graph(), top=2)
    assert {n["label"] for n in top.nodes} == {"Rebels", "Army"}
    assert [e["label"] for e in top.edges] == ["not attack"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"types": ["Actor", "Vehicle"]}, "unknown entity type(s) Vehicle; use Actor, Weapon, Region, Other"),
        ({"min_confidence": 1.5}, "minimum confidence 1.5 is outside 0..1; pass a value like 0.5"),
        ({"top": 0}, "top 0 keeps no node; pass a positive number of nodes"),
    ],
)
def test_network_data_rejects_bad_options(options, message):
    with pytest.raises(RenderError) as e:
        viz.network_data(small_graph(), **options)
    assert str(e.value) == message


def test_network_data_precomputes_layout_above_threshold():
    small = viz.network_data(small_graph())
    assert not small.precomputed_layout and "x" not in small.nodes[0]
    data = viz.network_data(synthetic_graph(120, 300), layout_threshold=100)
    assert data.precomputed_layout
    xs = [(n["x"], n["y"]) for n in data.nodes]
    assert len(set(xs)) == len(xs), "every node gets its own position"


def test_layout_positions_splits_graphs_too_big_for_the_dense_layout(monkeypatch):
    monkeypatch.setattr(viz, "DENSE_LAYOUT_MAX", 50)
    g = nx.connected_caveman_graph(8, 20)  # 160 nodes in 8 clear communities
    g.add_nodes_from(["lonely", "alone"])
    pos = viz.layout_positions(g)
    assert set(pos) == set(g)
    assert len(set(pos.values())) == len(g)
    # Members of one cave sit closer together than the graph is wide.
    cave = [pos[n] for n in range(20)]
    width = max(p[0] for p in pos.values()) - min(p[0] for p in pos.values())
    assert max(p[0] for p in cave) - min(p[0] for p in cave) < width / 2


def test_communities_number_nodes_by_community_size():
    g = nx.connected_caveman_graph(3, 5)
    g.add_node("alone")
    found = viz.communities(g)
    assert found["alone"] == 3
    assert sorted(set(found.values())) == [0, 1, 2, 3]
    assert found == viz.communities(g), "deterministic"


def _page_data(html: str) -> dict:
    return json.loads(html.split("const GB_DATA = ", 1)[1].split(";\n", 1)[0])


def test_render_html_is_self_contained():
    html = viz.render_html(small_graph())
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html, flags=re.IGNORECASE)
    assert not re.search(r"url\(\s*(?!['\"]?data:)", html), "CSS may only use data: URLs"
    assert "@import" not in html
    assert html.count("</script>") == 2  # vis-network and our code, both inline
    data = _page_data(html)
    assert len(data["nodes"]) == 5 and len(data["edges"]) == 3


def test_render_html_escapes_article_text_inside_script():
    graph = small_graph()
    evil = "</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)>"
    graph.entities[0].label = evil
    html = viz.render_html(graph, title=evil)
    assert "</script><script>alert" not in html
    assert "<img src=x" not in html
    assert "<title>&lt;/script&gt;" in html
    assert _page_data(html)["nodes"][0]["label"] == evil


def test_render_html_pins_its_scripts_in_the_content_security_policy():
    html = viz.render_html(small_graph())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "'unsafe-inline'" not in csp.split("script-src", 1)[1].split(";", 1)[0]
    assert csp.count("'sha256-") == 2


def test_render_writes_the_page_atomically(tmp_path):
    target = tmp_path / "pages" / "net.html"
    assert viz.render(small_graph(), target, title="Test").path == target
    assert "<title>Test</title>" in target.read_text(encoding="utf-8")
    assert [p.name for p in target.parent.iterdir()] == ["net.html"]


def test_render_rejects_a_target_that_is_not_html(tmp_path):
    with pytest.raises(RenderError, match=r"must be an \.html file"):
        viz.render(small_graph(), tmp_path / "net.png")


def test_load_output_round_trips_the_export(tmp_path):
    graph = small_graph()
    graph.write(tmp_path)
    loaded = load_output(tmp_path)
    assert [e.id for e in loaded.entities] == [e.id for e in graph.entities]
    assert loaded.triples == graph.triples
    assert {d.id: d.date for d in loaded.documents} == {"d1": "2011-05-11", "d2": "2011-06-01"}
    assert viz.network_data(loaded).edges == viz.network_data(graph).edges


def test_load_output_names_the_missing_file(tmp_path):
    with pytest.raises(StoreError, match=r"no entities\.jsonl; is this a graphbuild build output folder"):
        load_output(tmp_path)


def test_render_command_renders_a_saved_graph(tmp_path):
    small_graph().write(tmp_path / "out")
    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "render",
            str(tmp_path / "out"),
            "--out",
            str(tmp_path / "p.html"),
            "--types",
            "Actor,Weapon",
            "--top",
            "2",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"2 nodes, 1 edges -> {tmp_path / 'p.html'}"
    data = _page_data((tmp_path / "p.html").read_text(encoding="utf-8"))
    assert {n["label"] for n in data["nodes"]} == {"Rebels", "Army"}


def test_render_command_sizes_nodes_by_degree(tmp_path):
    small_graph().write(tmp_path / "out")
    result = CliRunner().invoke(
        app, ["render", str(tmp_path / "out"), "-o", str(tmp_path / "p.html"), "--size-by", "degree"]
    )
    assert result.exit_code == 0, result.output
    sizes = {
        n["label"]: n["size"] for n in _page_data((tmp_path / "p.html").read_text(encoding="utf-8"))["nodes"]
    }
    assert sizes["Army"] == sizes["Rebels"] > sizes["depot"]  # two edges each against none


def test_render_command_reports_a_missing_graph_in_one_line(tmp_path):
    result = CliRunner().invoke(app, ["render", str(tmp_path / "nowhere"), "--out", str(tmp_path / "p.html")])
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"error: {tmp_path / 'nowhere'}: no such build output folder; run graphbuild build first"
    )


def test_render_command_rejects_an_unknown_type(tmp_path):
    small_graph().write(tmp_path / "out")
    result = CliRunner().invoke(
        app, ["render", str(tmp_path / "out"), "--out", str(tmp_path / "p.html"), "--types", "Ship"]
    )
    assert result.exit_code == 1
    assert result.output.strip() == "error: unknown entity type(s) Ship; use Actor, Weapon, Region, Other"


@pytest.mark.model
def test_render_html_on_the_seed_shows_actors_weapons_and_regions(seed_graph, seed_out):
    data = _page_data((seed_out / "graph.html").read_text(encoding="utf-8"))
    assert {n["gbType"] for n in data["nodes"]} >= {"Actor", "Weapon", "Region"}
    assert len(data["nodes"]) == len(seed_graph.entities)
    assert data["edges"], "the seed has edges between entities"
    assert all(d["date"] for d in data["documents"])
