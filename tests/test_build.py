"""Building the seed: every output file, every field, a valid graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib

from graphbuild.output import OUTPUT_FILES

pytestmark = pytest.mark.model

TRIPLE_FIELDS = {
    "subject",
    "relation",
    "object",
    "negated",
    "modality",
    "attributed_to",
    "confidence",
    "doc",
    "sentence_index",
    "sentence",
    "char_start",
    "char_end",
}
ENTITY_FIELDS = {"id", "label", "type", "subtype", "aliases", "mentions"}


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_build_writes_every_output_file(seed_out: Path):
    assert sorted(p.name for p in seed_out.iterdir()) == sorted(OUTPUT_FILES)


def test_build_triples_jsonl_has_every_field(seed_out: Path):
    triples = _lines(seed_out / "triples.jsonl")
    assert len(triples) > 30
    for t in triples:
        assert t.keys() >= TRIPLE_FIELDS
        for role in ("subject", "object"):
            assert {"id", "label", "text", "start", "end"} <= t[role].keys()
        assert {"text", "lemma"} <= t["relation"].keys()
        assert 0.0 <= t["confidence"] <= 1.0


def test_build_entities_jsonl_has_one_type_each(seed_out: Path):
    entities = _lines(seed_out / "entities.jsonl")
    assert entities
    for e in entities:
        assert e.keys() >= ENTITY_FIELDS
        assert e["type"] in ("Actor", "Weapon", "Region", "Other")


def test_build_turtle_parses_in_rdflib(seed_out: Path):
    g = rdflib.Graph().parse(seed_out / "graph.ttl", format="turtle")
    assert len(g) > 100


def test_build_html_needs_no_network(seed_out: Path):
    html = (seed_out / "graph.html").read_text(encoding="utf-8")
    assert "vis.Network" in html
    assert "<script src=" not in html and "<link" not in html
    assert "cdn" not in html.lower().replace("cdnjs", "") or "cdnjs" not in html


def test_build_report_counts_types(seed_out: Path):
    report = json.loads((seed_out / "report.json").read_text(encoding="utf-8"))
    assert report["documents"] == 1
    assert set(report["entities_by_type"]) == {"Actor", "Weapon", "Region", "Other"}
    assert report["triples"] > 0 and "timings" in report


def test_knowledge_graph_api_mirrors_the_cli(seed_graph):
    assert isinstance(seed_graph.rdf, rdflib.Graph)
    g = seed_graph.to_networkx()
    assert g.number_of_nodes() == len(seed_graph.entities)
    rows = seed_graph.query("SELECT (COUNT(*) AS ?n) WHERE { ?a a gb:Assertion }")
    assert rows[0]["n"] == len(seed_graph.triples)
