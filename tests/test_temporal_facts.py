"""Times on facts: the scorer, typed literals, triples.jsonl and the facts_in_period query (issue 17)."""

from __future__ import annotations

import json

from rdflib import XSD

from graphbuild.evaluate.time import built_only, score
from graphbuild.model import Argument, Mention, Provenance, Relation, TimeExpression, Triple
from graphbuild.output import _triple_from_record, triple_record
from graphbuild.sparql import with_bindings
from graphbuild.temporal.rdf import time_literal


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
