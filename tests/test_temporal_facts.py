"""Times on facts: the scorer, typed literals, triples.jsonl and the facts_in_period query (issue 17)."""

from __future__ import annotations

import json

from rdflib import DCTERMS, PROV, RDF, XSD, Graph, Literal, URIRef

from graphbuild.evaluate.time import built_only, score
from graphbuild.model import Argument, Mention, Provenance, Relation, TimeExpression, Triple
from graphbuild.output import _triple_from_record, triple_record
from graphbuild.sparql import run_query, saved_query, with_bindings
from graphbuild.temporal.rdf import add_triple_time, period_bounds, time_literal
from graphbuild.vocab import GB


def test_score_counts_exact_overlap_and_value() -> None:
    gold = {"d": [{"text": "last week", "begin": 10, "end": 19, "type": "DATE", "value": "2011-W18"},
                  {"text": "2007", "begin": 30, "end": 34, "type": "DATE", "value": "2007"}]}  # fmt: skip
    system = {"d": [{"begin": 5, "end": 19, "type": "DATE", "value": "2011-W18"},
                    {"begin": 30, "end": 34, "type": "DATE", "value": "2008"}]}  # fmt: skip
    result = score(gold, system)["all"]
    assert result["exact_f1"] == 0.5
    assert result["overlap_f1"] == 1.0
    assert result["value_accuracy"] == 0.5


def test_only_built_articles_are_scored() -> None:
    gold = {"seed:a": [], "b": [], "c": []}
    assert built_only(gold, {"a": [], "b": []}) == {"seed:a": [], "b": []}


def test_time_literals_carry_their_precision() -> None:
    assert time_literal("2011-05-11").datatype == XSD.date
    assert time_literal("2011-05").datatype == XSD.gYearMonth
    assert time_literal("2011").datatype == XSD.gYear
    assert time_literal("2011-05-11T07:57").datatype == XSD.date
    assert time_literal("199X") is None
    assert time_literal("P3Y") is None


def test_triples_jsonl_round_trips_a_time() -> None:
    when = TimeExpression("in 2009", 40, 47, "2009", "year", "DATE")
    triple = Triple(
        Mention("The army", 0, 8),
        Relation("retook", "retake"),
        Mention("the town", 16, 24),
        Provenance("d", 0, "The army retook the town in 2009.", 0, 48),
        arguments=(Argument(Mention("2009", 43, 47), "in"),),
        time=when,
    )
    record = json.loads(json.dumps(triple_record(triple)))
    assert record["time"]["value"] == "2009"
    assert _triple_from_record(record).time == when


def test_parameters_are_filled_not_filtered() -> None:
    query = (
        "SELECT ?x WHERE { VALUES ?from { UNDEF } ?x ?p ?d FILTER(!BOUND(?from) || STR(?d) >= STR(?from)) }"
    )
    text = with_bindings(query, {"from": "2011-01-01"})
    assert 'VALUES ?from { "2011-01-01" }' in text
    assert "sameTerm(?from" not in text


def _dated_fact(g: Graph, name: str, text: str, value: str, granularity: str) -> None:
    """One assertion of ``facts_in_period``'s shape whose event time is ``value``."""
    sentence = f"Rebels {text}."
    when = TimeExpression(text, 7, 7 + len(text), value, granularity, "DATE")
    triple = Triple(
        Mention("Rebels", 0, 6), Relation("fought", "fight"), Mention(name, 7, 8),
        Provenance(name, 0, sentence, 0, len(sentence)), time=when,
    )  # fmt: skip
    node, evidence = URIRef(f"https://example.org/a/{name}"), URIRef(f"https://example.org/s/{name}")
    g.add((node, RDF.type, GB.Assertion))
    for prop, text_ in ((GB.subjectText, "Rebels"), (GB.relationText, "fought"), (GB.objectText, name)):
        g.add((node, prop, Literal(text_)))
    g.add((node, PROV.wasDerivedFrom, evidence))
    g.add((evidence, GB.text, Literal(sentence)))
    g.add((evidence, DCTERMS.isPartOf, URIRef(f"https://example.org/d/{name}")))
    add_triple_time(g, node, triple, "https://example.org/", "2011-05-11")


def test_decades_weeks_and_quarters_get_their_first_and_last_day() -> None:
    assert [str(x) for x in period_bounds("199X")] == ["1990-01-01", "1999-12-31"]
    assert [str(x) for x in period_bounds("2011-W18")] == ["2011-05-02", "2011-05-08"]
    assert [str(x) for x in period_bounds("2011-Q4")] == ["2011-10-01", "2011-12-31"]
    assert [str(x) for x in period_bounds("19XX")] == ["1900-01-01", "1999-12-31"]
    assert period_bounds("2011-W53") is None  # 2011 has 52 ISO weeks
    assert period_bounds("2011-SU") is None
    assert period_bounds("199X")[0].datatype == XSD.date


def test_a_period_query_finds_facts_dated_by_a_decade_or_a_week() -> None:
    g = Graph()
    _dated_fact(g, "decade", "in the 1990s", "199X", "decade")
    _dated_fact(g, "week", "last week", "2011-W18", "week")
    _dated_fact(g, "since", "between the 1980s and 2003", "198X/2003", "interval")
    query = saved_query("facts_in_period").text

    def found(start: str, end: str) -> list[str]:
        rows = run_query(g, query, bindings={"from": start, "to": end})
        return sorted(str(r["object"]) for r in rows)

    assert found("1995-06-01", "1995-06-30") == ["decade", "since"]
    assert found("2011-05-04", "2011-05-04") == ["week"]
    assert found("1980-01-01", "1980-01-31") == ["since"]
    assert found("2011-05-09", "2011-12-31") == []
