"""SPARQL: predeclared prefixes, typed bindings, saved queries that answer what they promise."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from rdflib import XSD, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.errors import QueryError
from graphbuild.graph import KnowledgeGraph
from graphbuild.rdf import serialize
from graphbuild.sparql import bind_term, run_query, saved_queries, saved_query
from graphbuild.vocab import PREFIXES

from .conftest import ROOT
from .test_rdf import hand_built_graph

runner = CliRunner()
SAVED = (
    "actors_by_region",
    "actors_weapons",
    "evidence",
    "facts_in_period",
    "negated_or_attributed",
    "who_warns_whom",
)
_WARNING = re.compile(r"^(warn|threaten|caution)( |$)")


@pytest.fixture
def kg() -> KnowledgeGraph:
    return hand_built_graph()


@pytest.fixture
def graph_file(kg: KnowledgeGraph, tmp_path: Path) -> Path:
    path = tmp_path / "graph.trig"
    path.write_text(serialize(kg.rdf, "trig"), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("value", "term"),
    [
        ("warn", Literal("warn")),
        ("<https://example.org/x>", URIRef("https://example.org/x")),
        ("https://example.org/x", URIRef("https://example.org/x")),
        ("gb:Actor", URIRef(PREFIXES["gb"] + "Actor")),
        ("nope:Actor", Literal("nope:Actor")),
        ("42", Literal("42", datatype=XSD.integer)),
        ("0.8", Literal("0.8", datatype=XSD.decimal)),
        ("true", Literal(True)),
    ],
)
def test_bind_term_table(value: str, term: object):
    assert bind_term(value) == term


def test_run_query_prefixes_are_predeclared(kg: KnowledgeGraph):
    rows = run_query(kg.rdf, "SELECT ?l WHERE { ?e a gb:Weapon ; skos:prefLabel ?l }")
    assert rows == [{"l": "rifle"}]


def test_run_query_bindings_are_typed(kg: KnowledgeGraph):
    q = "SELECT ?text WHERE { ?a gb:confidence ?c ; gb:relationText ?text }"
    assert run_query(kg.rdf, q, bindings={"c": "0.8"}) == [{"text": "warned"}]
    q = "SELECT ?label WHERE { ?e a ?type ; rdfs:label ?label }"
    assert run_query(kg.rdf, q, bindings={"type": "gb:Country"}) == [{"label": "Chad"}]


def test_run_query_ask_and_construct(kg: KnowledgeGraph):
    assert run_query(kg.rdf, "ASK { ?a rel:warn ?b }") == [{"result": True}]
    rows = run_query(kg.rdf, "CONSTRUCT { ?a rel:warn ?b } WHERE { ?a rel:warn ?b }")
    assert rows == [
        {"subject": kg.entities[0].id, "predicate": PREFIXES["rel"] + "warn", "object": kg.entities[2].id}
    ]


def test_run_query_invalid_sparql(kg: KnowledgeGraph):
    with pytest.raises(QueryError, match=r"^invalid SPARQL query: .*; check the syntax and prefixes$"):
        run_query(kg.rdf, "SELECT ?x WHERE { ?x ")


def test_saved_queries_parse_and_have_a_comment_header():
    queries = saved_queries()
    assert tuple(queries) == SAVED
    for saved in queries.values():
        assert saved.text.startswith("# ") and saved.title and saved.description
        prepareQuery(saved.text, initNs=PREFIXES)


def test_saved_query_unknown_name():
    with pytest.raises(QueryError) as e:
        saved_query("nope")
    assert str(e.value) == f"no saved query 'nope'; saved queries are: {', '.join(SAVED)}"


def test_who_warns_whom_on_hand_built_graph(kg: KnowledgeGraph):
    rows = run_query(kg.rdf, saved_query("who_warns_whom").text)
    assert [(r["subject"], r["relation"], r["object"]) for r in rows] == [("Chad", "warned", "rebels")]


def test_actors_weapons_skips_negated_claims(kg: KnowledgeGraph):
    rows = run_query(kg.rdf, saved_query("actors_weapons").text)
    assert [(r["actor"], r["weapon"], r["relation"], r["assertions"]) for r in rows] == [
        ("rebels", "rifle", "seize", 1)
    ]


def test_actors_by_region_through_arguments(kg: KnowledgeGraph):
    rows = run_query(kg.rdf, saved_query("actors_by_region").text)
    assert {(r["regionLabel"], r["actorLabel"], r["link"]) for r in rows} == {
        ("Abeche", "rebels", "seize"),
        ("Chad", "rebels", "warn"),
    }


def test_negated_or_attributed_on_hand_built_graph(kg: KnowledgeGraph):
    rows = run_query(kg.rdf, saved_query("negated_or_attributed").text)
    assert [(r["relation"], r["negated"], r["attributedTo"]) for r in rows] == [
        ("could seize", False, "The president of Chad"),
        ("did not seize", True, None),
    ]


def test_evidence_bound_to_one_relation(kg: KnowledgeGraph):
    rows = run_query(kg.rdf, saved_query("evidence").text, bindings={"lemma": "seize"})
    assert [(r["document"], r["relation"], r["charStart"]) for r in rows] == [
        ("d1", "could seize", 0),
        ("d2", "did not seize", 0),
    ]


# --- the command line ---------------------------------------------------------------------------


def test_query_command_saved_query_as_csv(graph_file: Path):
    result = runner.invoke(app, ["query", str(graph_file), "--saved", "who_warns_whom", "--format", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "subject,relation,object,negated,confidence,sentence,document,lemma"
    assert lines[1].startswith("Chad,warned,rebels,False,0.8,")


def test_query_command_file_and_bind(graph_file: Path, tmp_path: Path):
    q = tmp_path / "q.rq"
    q.write_text("SELECT ?label ?type WHERE { ?e a ?type ; rdfs:label ?label }", encoding="utf-8")
    result = runner.invoke(
        app, ["query", str(graph_file), "--file", str(q), "--bind", "type=gb:City", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"label": "Abeche", "type": PREFIXES["gb"] + "City"}]


def test_query_command_binds_a_variable_it_does_not_select(graph_file: Path):
    q = "SELECT ?label WHERE { ?e a ?type ; rdfs:label ?label }"
    result = runner.invoke(app, ["query", str(graph_file), q, "--bind", "type=gb:City", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output == "label\nAbeche\n"


def test_query_command_table(graph_file: Path):
    result = runner.invoke(
        app, ["query", str(graph_file), "SELECT ?l WHERE { ?e a gb:Weapon ; rdfs:label ?l }"]
    )
    assert result.exit_code == 0
    assert "rifle" in result.output and "┃ l" in result.output


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["SELEKT nothing"],
            "error: invalid SPARQL query: Expected "
            "{SelectQuery | ConstructQuery | DescribeQuery | AskQuery}, "
            "found 'SELEKT' (at char 0), (line:1, col:1); check the syntax and prefixes",
        ),
        (["--saved", "nope"], f"error: no saved query 'nope'; saved queries are: {', '.join(SAVED)}"),
        (["--bind", "oops", "ASK {}"], "error: --bind 'oops' must look like name=value"),
        (
            ["ASK {}", "--saved", "evidence"],
            "error: give the query once: as text, --file Q.rq or --saved NAME",
        ),
        (["--format", "xml", "ASK {}"], "error: unknown --format 'xml'; use table, csv or json"),
        (
            ["--file", "/nonexistent/q.rq"],
            "error: cannot read query file /nonexistent/q.rq: No such file or directory; check the path",
        ),
    ],
)
def test_query_command_bad_input_prints_one_line(graph_file: Path, args: list[str], line: str):
    result = runner.invoke(app, ["query", str(graph_file), *args])
    assert result.exit_code == 1
    assert result.output.strip() == line


def test_queries_command_lists_saved_queries():
    result = runner.invoke(app, ["queries"])
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == "who_warns_whom: Who warns or threatens whom."


def test_saved_queries_are_shipped_in_the_ontology_folder():
    assert sorted(p.stem for p in (ROOT / "ontology" / "queries").glob("*.rq")) == list(SAVED)


# --- the saved queries on a built article: compared with the build's own records ------------


def _entities(article_graph) -> dict[str, object]:
    return {e.id: e for e in article_graph.entities}


def _typed(entities: dict, iri: str | None, type_: str) -> bool:
    return iri in entities and entities[iri].type == type_


@pytest.mark.model
def test_built_who_warns_whom_finds_the_warnings(article_graph):
    rows = run_query(article_graph.rdf, saved_query("who_warns_whom").text)
    expected = [t for t in article_graph.triples if _WARNING.match(t.relation.lemma)]
    assert len(rows) == len(expected) >= 1
    assert {r["sentence"] for r in rows} == {t.provenance.sentence for t in expected}
    # the Ugandan minister's warning, with its evidence sentence
    assert any(r["lemma"] == "warn" and "warned" in r["sentence"] and "Uganda" in r["sentence"] for r in rows)


@pytest.mark.model
def test_built_evidence_behind_a_warning(article_graph):
    rows = run_query(article_graph.rdf, saved_query("evidence").text, bindings={"lemma": "warn"})
    assert rows and all(r["lemma"] == "warn" for r in rows)
    minister = [r for r in rows if "Uganda" in r["sentence"]]
    assert minister and "warned that" in minister[0]["sentence"]
    assert minister[0]["charEnd"] > minister[0]["charStart"] and minister[0]["document"] == "border_raid"
    all_rows = run_query(article_graph.rdf, saved_query("evidence").text)
    assert len(all_rows) == len(article_graph.triples)


@pytest.mark.model
def test_built_actors_weapons_match_the_triples(article_graph):
    entities = _entities(article_graph)
    expected: Counter = Counter()
    for t in article_graph.triples:
        if t.negated:
            continue
        ends = [t.object.entity_id, *(a.mention.entity_id for a in t.arguments)]
        pairs = [(t.subject.entity_id, e) for e in ends] + [(e, t.subject.entity_id) for e in ends]
        seen = set()
        for a, w in pairs:
            if _typed(entities, a, "Actor") and _typed(entities, w, "Weapon"):
                seen.add((entities[a].label, entities[w].label, t.relation.lemma))
        expected.update(seen)
    rows = run_query(article_graph.rdf, saved_query("actors_weapons").text)
    assert {(r["actor"], r["weapon"], r["relation"]): r["assertions"] for r in rows} == dict(expected)
    assert rows, "the article links some actor to some weapon"


@pytest.mark.model
def test_built_actors_by_region_match_the_triples(article_graph):
    entities = _entities(article_graph)
    expected = set()
    for t in article_graph.triples:
        if t.negated:
            continue
        ends = [t.object.entity_id, *(a.mention.entity_id for a in t.arguments)]
        for a, r in [(t.subject.entity_id, e) for e in ends] + [(e, t.subject.entity_id) for e in ends]:
            if _typed(entities, a, "Actor") and _typed(entities, r, "Region"):
                expected.add((entities[r].label, entities[a].label, t.relation.lemma))
    countries = {
        e.codes["iso3166"]: e.label
        for e in article_graph.entities
        if e.subtype == "Country" and "iso3166" in e.codes
    }
    for e in article_graph.entities:
        if e.type == "Actor":
            for key in ("iso3166", "country"):
                if e.codes.get(key) in countries:
                    expected.add((countries[e.codes[key]], e.label, "country"))
    rows = run_query(article_graph.rdf, saved_query("actors_by_region").text)
    assert {(r["regionLabel"], r["actorLabel"], r["link"]) for r in rows} == expected


@pytest.mark.model
def test_built_negated_or_attributed_match_the_triples(article_graph):
    rows = run_query(article_graph.rdf, saved_query("negated_or_attributed").text)
    expected = [t for t in article_graph.triples if t.negated or t.attributed_to]
    assert len(rows) == len(expected) >= 1
    assert all(r["negated"] or r["attributedTo"] for r in rows)


def test_run_query_unknown_prefix_is_named(kg: KnowledgeGraph, graph_file: Path):
    line = (
        "error: invalid SPARQL query: unknown prefix nope:; declare it with PREFIX nope: <...> "
        "(gb, rel, rdf, rdfs, xsd, owl, skos, prov, dcterms, dc are predeclared); "
        "check the syntax and prefixes"
    )
    result = runner.invoke(app, ["query", str(graph_file), 'SELECT ?x WHERE { ?x nope:y "a:b" }'])
    assert result.exit_code == 1 and result.output.strip() == line
    with pytest.raises(QueryError) as e:
        run_query(kg.rdf, "SELECT ?x WHERE { ?x nope:y ?z }")  # rdflib's engine, same message
    assert f"error: {e.value}" == line
