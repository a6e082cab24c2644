"""RDF export: each fact twice, a named graph per document, reproducible bytes, shapes that hold."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DC, DCTERMS, PROV

from graphbuild.errors import StoreError
from graphbuild.graph import KnowledgeGraph
from graphbuild.iri import DEFAULT_BASE, document_iri, entity_iri, sentence_iri
from graphbuild.model import Argument, Document, Entity, Mention, Provenance, Relation, Sentence, Triple
from graphbuild.rdf import assertion_iri, serialize, union_graph
from graphbuild.validate import load_shapes, validate
from graphbuild.vocab import GB, GEONAMES, ISO3166, REL, SUBTYPES

from .conftest import ROOT

BASE = "https://example.org/kg/"
SENTENCE = "The president of Chad warned that rebels in Abeche could seize rifles."


def hand_built_graph(base: str = BASE) -> KnowledgeGraph:
    """Two documents, four entities and three facts, built without spaCy."""

    def ent(type_: str, label: str) -> str:
        return entity_iri(base, type_, label)

    chad, abeche = ent("Region", "Chad"), ent("Region", "Abeche")
    rebels, rifle = ent("Actor", "rebels"), ent("Weapon", "rifle")
    docs = [
        Document("d1", SENTENCE, SENTENCE, path="news/d1.txt", title="Warning", date="2011-05-11"),
        Document("d2", "Rebels did not seize rifles.", "Rebels did not seize rifles.", author="A. Writer"),
    ]
    sentences = [
        Sentence("d1", 0, SENTENCE, 0, len(SENTENCE)),
        Sentence("d2", 0, "Rebels did not seize rifles.", 0, 28),
    ]
    entities = [
        Entity(
            chad,
            "Chad",
            "Region",
            "Country",
            ["Chad", "Tchad"],
            1,
            {"iso3166": "TD", "iso3166_alpha3": "TCD"},
        ),
        Entity(abeche, "Abeche", "Region", "City", ["Abeche"], 1, {"geonames": "245338", "country": "TD"}),
        Entity(rebels, "rebels", "Actor", "Insurgents", ["rebels"], 2, {"wikidata": "Q1"}, docs=["d1", "d2"]),
        Entity(rifle, "rifle", "Weapon", "Arms", ["rifles"], 2, docs=["d1", "d2"]),
    ]
    p1 = Provenance("d1", 0, SENTENCE, 0, len(SENTENCE))
    p2 = Provenance("d2", 0, "Rebels did not seize rifles.", 0, 28)
    triples = [
        Triple(
            Mention("The president of Chad", 0, 21, chad, "Chad"),
            Relation("warned", "warn"),
            Mention("rebels", 32, 38, rebels, "rebels"),
            p1,
            confidence=0.8,
        ),
        Triple(
            Mention("rebels", 32, 38, rebels, "rebels"),
            Relation("could seize", "seize"),
            Mention("rifles", 58, 64, rifle, "rifle"),
            p1,
            arguments=(Argument(Mention("Abeche", 42, 48, abeche, "Abeche"), "in"),),
            modality="could",
            attributed_to="The president of Chad",
            confidence=0.55,
        ),
        Triple(
            Mention("Rebels", 0, 6, rebels, "rebels"),
            Relation("did not seize", "seize"),
            Mention("rifles", 21, 27, rifle, "rifle"),
            p2,
            negated=True,
            confidence=0.7,
        ),
    ]
    return KnowledgeGraph(docs, sentences, entities, triples, base_iri=base)


@pytest.fixture
def kg() -> KnowledgeGraph:
    return hand_built_graph()


def test_to_rdf_states_each_fact_twice(kg: KnowledgeGraph):
    g = kg.rdf
    chad, rebels = URIRef(kg.entities[0].id), URIRef(kg.entities[2].id)
    assert (chad, REL.warn, rebels) in g
    node = assertion_iri(BASE, kg.triples[0])
    assert (node, RDF.type, GB.Assertion) in g
    assert (node, GB.subject, chad) in g and (node, GB.object, rebels) in g
    assert g.value(node, GB.relationText) == Literal("warned")
    assert g.value(node, GB.relationLemma) == Literal("warn")
    assert g.value(node, GB.predicate) == REL.warn
    assert g.value(node, GB.negated) == Literal(False)
    assert float(g.value(node, GB.confidence)) == pytest.approx(0.8)
    evidence = g.value(node, PROV.wasDerivedFrom)
    assert evidence == URIRef(sentence_iri(BASE, "d1", 0))
    assert g.value(evidence, GB.text) == Literal(SENTENCE)
    assert g.value(evidence, GB.charEnd) == Literal(len(SENTENCE))
    assert g.value(evidence, DCTERMS.isPartOf) == URIRef(document_iri(BASE, "d1"))


def test_to_rdf_negated_claim_has_no_direct_edge(kg: KnowledgeGraph):
    g = kg.rdf
    negated = assertion_iri(BASE, kg.triples[2])
    assert g.value(negated, GB.negated) == Literal(True)
    # the only seize edge comes from the asserted (modal, so hedged) fact of d1, in d1's graph
    assert not list(g.quads((None, REL.seize, None, None)))
    edges = [(s, o, c) for s, _, o, c in g.quads((None, REL["seize--hedged"], None, None))]
    assert edges == [(URIRef(kg.entities[2].id), URIRef(kg.entities[3].id), URIRef(document_iri(BASE, "d1")))]


def test_to_rdf_a_direct_edge_says_whether_the_fact_is_stated_or_hedged(kg: KnowledgeGraph):
    g = kg.rdf
    assert g.value(REL.warn, GB.edgeStatus) == Literal("stated")
    assert g.value(REL["seize--hedged"], GB.edgeStatus) == Literal("hedged")
    stated = {str(p) for p in g.subjects(GB.edgeStatus, Literal("stated"))}
    assert str(REL.warn) in stated and str(REL["seize--hedged"]) not in stated


def test_to_rdf_qualifiers_and_arguments(kg: KnowledgeGraph):
    g = kg.rdf
    node = assertion_iri(BASE, kg.triples[1])
    assert g.value(node, GB.modality) == Literal("could")
    assert g.value(node, GB.attributedTo) == Literal("The president of Chad")
    argument = g.value(node, GB.argument)
    assert (argument, RDF.type, GB.Argument) in g
    assert g.value(argument, GB.role) == Literal("in")
    assert g.value(argument, GB.entity) == URIRef(kg.entities[1].id)


def test_to_rdf_named_graph_per_document(kg: KnowledgeGraph):
    ds = kg.rdf
    names = sorted(str(c.identifier) for c in ds.graphs() if len(c))
    assert names == [document_iri(BASE, "d1"), document_iri(BASE, "d2"), "urn:x-rdflib:default"]
    d2 = ds.graph(URIRef(document_iri(BASE, "d2")))
    assert (URIRef(document_iri(BASE, "d2")), DC.creator, Literal("A. Writer")) in d2
    assert (None, RDF.type, GB.Assertion) in d2 and (None, RDF.type, GB.Actor) not in d2
    assert (URIRef(kg.entities[2].id), RDF.type, GB.Actor) in ds.default_graph


def test_to_rdf_documents_carry_metadata(kg: KnowledgeGraph):
    g = kg.rdf
    d1 = URIRef(document_iri(BASE, "d1"))
    assert g.value(d1, DCTERMS.title) == Literal("Warning")
    assert g.value(d1, DCTERMS.date) == Literal("2011-05-11", datatype=rdflib.XSD.date)
    assert g.value(d1, GB.sourcePath) == Literal("news/d1.txt")
    assert g.value(d1, DCTERMS.identifier) == Literal("d1")


def test_to_rdf_entity_labels_codes_and_links(kg: KnowledgeGraph):
    g = kg.rdf
    chad, abeche, rebels = (URIRef(e.id) for e in kg.entities[:3])
    assert set(g.objects(chad, RDF.type)) == {GB.Region, GB.Country}
    assert g.value(chad, SKOS.prefLabel) == Literal("Chad")
    assert set(g.objects(chad, SKOS.altLabel)) == {Literal("Tchad")}
    assert g.value(chad, GB.iso3166Alpha2) == Literal("TD")
    assert g.value(chad, SKOS.exactMatch) == ISO3166.TD
    assert g.value(ISO3166.TD, SKOS.notation) == Literal("TD")
    assert g.value(abeche, OWL.sameAs) == URIRef(f"{GEONAMES}245338/")
    assert g.value(abeche, GB.country) == ISO3166.TD
    # a subtype the ontology does not know keeps only its top-level class; an unknown code is an identifier
    assert set(g.objects(rebels, RDF.type)) == {GB.Actor}
    assert g.value(rebels, DCTERMS.identifier) == Literal("wikidata:Q1")
    assert set(g.objects(rebels, GB.mentionedIn)) == {URIRef(document_iri(BASE, d)) for d in ("d1", "d2")}


def test_to_rdf_mints_every_iri_under_the_base(kg: KnowledgeGraph):
    ours = {str(ns) for ns in (GB._NS, REL, ISO3166)} | {GEONAMES}
    standard = ("http://www.w3.org/", "http://purl.org/dc/")
    for term in {t for triple in union_graph(kg.rdf) for t in triple if isinstance(t, URIRef)}:
        assert str(term).startswith((BASE, *ours, *standard)), term  # URIRef.startswith takes no tuple


def test_vocab_misspelt_term_is_an_error():
    with pytest.raises(AttributeError):
        _ = GB.Asertion


@pytest.mark.parametrize("fmt", ["ttl", "nt", "trig", "jsonld"])
def test_serialize_round_trips(kg: KnowledgeGraph, fmt: str):
    text = serialize(kg.rdf, fmt)
    parsed = Dataset()
    parsed.parse(data=text, format={"ttl": "turtle", "jsonld": "json-ld"}.get(fmt, fmt))
    assert isomorphic(union_graph(parsed), union_graph(kg.rdf))
    if fmt in ("trig", "jsonld"):  # the named graphs survive too
        named = {str(c.identifier) for c in parsed.graphs() if len(c) and "d1" in str(c.identifier)}
        assert named == {document_iri(BASE, "d1")}


def test_serialize_unknown_format(kg: KnowledgeGraph):
    with pytest.raises(StoreError, match="unknown RDF format 'xml'; use one of ttl, nt, trig, jsonld"):
        serialize(kg.rdf, "xml")


_DUMP = """
import json, sys
sys.path.insert(0, {root!r})
from tests.test_rdf import hand_built_graph
from graphbuild.rdf import serialize
ds = hand_built_graph().rdf
print(json.dumps({{fmt: serialize(ds, fmt) for fmt in ("ttl", "nt", "trig", "jsonld")}}))
"""


def test_serialize_is_byte_identical_across_processes():
    """Set and dict order change with PYTHONHASHSEED; the bytes of no format may."""
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _DUMP.format(root=str(ROOT))],
            env=env,
            capture_output=True,
            check=True,
            timeout=120,
        )
        runs.append(json.loads(done.stdout))
    assert runs[0] == runs[1]
    assert all(len(text) > 1000 for text in runs[0].values())


@pytest.mark.model
def test_build_twice_gives_byte_identical_turtle(article_path: Path, article_out: Path, tmp_path: Path):
    """A second build, in another process with another hash seed, writes the same bytes."""
    env = {**os.environ, "PYTHONHASHSEED": "7"}
    subprocess.run(
        [sys.executable, "-m", "graphbuild", "build", str(article_path), "--out", str(tmp_path)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        check=True,
        timeout=300,
    )
    assert (tmp_path / "graph.ttl").read_bytes() == (article_out / "graph.ttl").read_bytes()


def test_validate_hand_built_graph_conforms(kg: KnowledgeGraph):
    report = validate(kg.rdf)
    assert report.conforms, [v.line() for v in report.violations]


def test_validate_reports_each_broken_constraint(kg: KnowledgeGraph):
    g = kg.rdf
    node = assertion_iri(BASE, kg.triples[0])
    d1 = g.graph(URIRef(document_iri(BASE, "d1")))
    d1.remove((node, PROV.wasDerivedFrom, None))
    d1.set((node, GB.confidence, Literal(1.5)))
    g.default_graph.add((URIRef(kg.entities[3].id), RDF.type, GB.Region))  # a weapon that is a place
    report = validate(g)
    assert not report.conforms
    lines = "\n".join(v.line() for v in report.violations)
    assert "prov:wasDerivedFrom" in lines and "gb:confidence" in lines
    assert any(v.focus.endswith("weapon/rifle>") and v.path is None for v in report.violations)


def test_ontology_declares_every_vocabulary_term():
    onto = Graph().parse(ROOT / "ontology" / "graphbuild.ttl")
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.ConceptScheme}
    for name in GB.__annotations__:
        term = GB[name]
        assert set(onto.objects(term, RDF.type)) & kinds, f"{term} is not declared"
        assert onto.value(term, RDFS.label) is not None, f"{term} has no label"


def test_ontology_subtypes_match_the_vocabulary():
    onto = Graph().parse(ROOT / "ontology" / "graphbuild.ttl")
    for subtype, parent in SUBTYPES.items():
        assert (GB[subtype], RDFS.subClassOf, GB[parent]) in onto


def test_ontology_knows_every_subtype_resolution_can_give():
    from graphbuild.resolve.mentions import NER_TYPES

    gazetteer = [p.stem.split(".") for p in (ROOT / "ontology" / "gazetteer").glob("*.txt")]
    places = {("Region", "Country"), ("Region", "City")}
    pairs = {tuple(pair) for pair in gazetteer} | set(NER_TYPES.values()) | places
    missing = {f"{t}.{s}" for t, s in pairs if SUBTYPES.get(s) != t}
    assert not missing, f"add these subtypes to vocab.SUBTYPES and ontology/graphbuild.ttl: {missing}"


def test_shapes_parse_and_cover_our_classes():
    shapes = load_shapes()
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    targets = set(shapes.objects(None, sh.targetClass))
    assert {GB.Document, GB.Sentence, GB.Assertion, GB.Argument, GB.Actor, GB.Weapon, GB.Region} <= targets


@pytest.mark.model
def test_built_turtle_parses_in_rdflib_and_pyoxigraph(article_out: Path):
    import pyoxigraph

    file = article_out / "graph.ttl"
    g = Graph().parse(file, format="turtle")
    store = pyoxigraph.Store()
    store.bulk_load(path=str(file), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(g) == len(store) > 300


@pytest.mark.model
def test_built_graph_conforms_to_the_shapes(article_graph):
    report = validate(article_graph.rdf)
    assert report.conforms, [v.line() for v in report.violations][:10]
    assert report.triples == len(union_graph(article_graph.rdf))


@pytest.mark.model
def test_built_graph_facts_are_linked_to_sentences(article_graph):
    g = article_graph.rdf
    assert len(article_graph.triples) >= 10
    for triple in article_graph.triples:
        node = assertion_iri(DEFAULT_BASE, triple)
        sentence = g.value(node, PROV.wasDerivedFrom)
        assert g.value(sentence, GB.text) == Literal(triple.provenance.sentence)


def test_validate_direct_edge_must_join_two_entities(kg: KnowledgeGraph):
    g = kg.rdf
    stray = URIRef(f"{BASE}not-an-entity")
    g.graph(URIRef(document_iri(BASE, "d1"))).add((URIRef(kg.entities[2].id), REL.warn, stray))
    report = validate(g)
    assert not report.conforms
    assert [v.message for v in report.violations] == [
        f"direct edge {REL.warn} from {kg.entities[2].id} to {stray}: both ends must be entities"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("fmt", "name"), [("trig", "graph.trig"), ("nt", "graph.nt"), ("jsonld", "graph.jsonld")]
)
def test_build_command_format_names_the_graph_file(nlp, tmp_path: Path, fmt: str, name: str):
    from typer.testing import CliRunner

    from graphbuild.cli import app
    from graphbuild.store import load_graph

    article = tmp_path / "a.txt"
    article.write_text("Rebels seized rifles in Mali. The army warned the rebels.", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(article), "--out", str(out), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert (out / name).is_file() and not (out / "graph.ttl").exists()
    assert validate(load_graph(out)).conforms


def test_write_in_another_format_replaces_the_old_graph_file(article_graph, tmp_path: Path):
    article_graph.write(tmp_path, rdf_format="ttl")
    article_graph.write(tmp_path, rdf_format="trig")
    assert sorted(p.name for p in tmp_path.glob("graph.*")) == ["graph.html", "graph.trig"]
    assert not list(tmp_path.glob(".*")), "no backups or staged files are left behind"
