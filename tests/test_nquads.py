"""The N-Quads a worker writes straight from the records are the very lines the rdflib path gives.

``nquads.article_nquads`` and ``nquads.entity_nquads`` must state what ``rdf.fill_rdf`` states, with
each term written as Oxigraph writes it, or the sorted output files would change."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from graphbuild.article_rdf import triple_keys
from graphbuild.graph import KnowledgeGraph
from graphbuild.iri import entity_iri
from graphbuild.model import (
    Argument,
    Document,
    Entity,
    Mention,
    Provenance,
    Relation,
    Sentence,
    TimeExpression,
    Triple,
)
from graphbuild.nquads import article_nquads, entity_nquads, literal
from graphbuild.rdf import _ox, to_rdf

BASE = "https://example.org/kg/"
# Every character Oxigraph escapes, and some it keeps as they are.
AWKWARD = 'Quote " back\\slash tab\t new\nline cr\r bell\x07 del\x7f nul\x00 \ufffe\uffff é 中 🙂 \u2028'


def rdflib_nquads(kg: KnowledgeGraph) -> str:
    """``kg`` as the rdflib path states it (``to_rdf``), each term converted for Oxigraph to write."""
    ds = to_rdf(kg)
    quads = [
        ox.Quad(_ox(s), _ox(p), _ox(o), ox.DefaultGraph() if c == DATASET_DEFAULT_GRAPH_ID else _ox(c))
        for s, p, o, c in ((s, p, o, getattr(c, "identifier", c)) for s, p, o, c in ds.quads())
    ]
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")


def lines(text: str) -> list[str]:
    # not splitlines: U+2028 stays unescaped inside a literal; "#" starts the comment between graphs
    return sorted({line for line in text.split("\n") if not line.startswith("#")})


def records() -> KnowledgeGraph:
    """Two invented articles with every optional field, odd text and each kind of time value."""
    ruler, town = entity_iri(BASE, "Actor", "ruler"), entity_iri(BASE, "Region", "Nordvik")
    times = (
        TimeExpression("Tuesday", 3, 10, "2019-03-12", "day", "DATE"),
        TimeExpression("the 1990s", 20, 29, "199X", "decade", "DATE"),
        TimeExpression("at noon", 30, 37, "2019-03-12T12:00", None, "TIME"),
        TimeExpression("recently", 40, 48, "PAST_REF", None, "DATE"),
    )
    docs = [
        Document(
            "a/1",
            AWKWARD,
            AWKWARD,
            path="in/a 1.txt",
            title=AWKWARD,
            date="2019-03-12T08:30:00Z",
            author='Ann "Ed" Writer',
            dateline="NORDVIK —",
            date_source="dateline",
            times=times,
        ),
        Document("b", "x", "x", date="not a date"),
        Document("c", "x", "x", date="2019-02-30"),
    ]
    sentences = [Sentence("a/1", 0, AWKWARD, 0, 9), Sentence("b", 3, "Plain.", 4, 10)]

    def fact(doc: str, index: int, lemma: str, **kw) -> Triple:
        return Triple(
            Mention("The ruler", 0, 9, ruler, "ruler"),
            Relation(f"{lemma}ed", lemma),
            Mention(AWKWARD, 20, 30, kw.pop("object_id", town), "Nordvik"),
            Provenance(doc, index, "s", 0, 9),
            **kw,
        )

    week = TimeExpression("that week", 1, 9, "2019-W11", "week", "DATE")
    span = TimeExpression("1990-2000", 1, 9, "1990/2000", None, "DURATION")
    triples = [
        fact("a/1", 0, "visit", confidence=0.8, time=times[0]),
        fact("a/1", 0, "visit", negated=True, confidence=0.333333, time=times[1]),
        fact("a/1", 0, "attack", modality="may", attributed_to=AWKWARD, confidence=1.0, time=week),
        fact("a/1", 0, "talk[ to", derived="appos", object_id=None, time=span),
        fact(
            "b",
            3,
            "loot from",
            arguments=(
                Argument(Mention("in Nordvik", 5, 15, town, "Nordvik"), "in"),
                Argument(Mention(AWKWARD, 1, 2), "manner"),
            ),
            confidence=0.0,
            time=times[2],
        ),
        fact("b", 3, "visit", object_id=ruler, time=times[3]),
    ]
    entities = [
        Entity(ruler, AWKWARD, "Actor", "Person", [AWKWARD, "", "Ruler"], 3, {"cameo": "GOV", "wiki": "Q1"}),
        Entity(town, "Nordvik", "Region", "City", [], 1, {"geonames": "42", "country": "no"}, docs=["a/1"]),
        Entity(
            entity_iri(BASE, "Region", "Norway"),
            "Norway",
            "Region",
            "Country",
            ["Norge"],
            2,
            {"iso3166": "NO", "iso3166_alpha3": "NOR"},
            docs=["a/1", "b"],
        ),
        Entity(entity_iri(BASE, "Other", "thing"), "thing", "Other", "Unknown", ["thing"], 0),
    ]
    return KnowledgeGraph(docs, sentences, entities, triples, base_iri=BASE)


def test_articles_as_the_rdflib_path_writes_them():
    kg = records()
    alone = KnowledgeGraph(kg.documents, kg.sentences, [], kg.triples, base_iri=BASE)
    expected = lines(rdflib_nquads(alone))
    assert lines(article_nquads(kg.documents, kg.sentences, kg.triples, BASE)) == expected
    assert len(expected) > 100


def test_entities_as_the_rdflib_path_writes_them():
    kg = records()
    expected = rdflib_nquads(KnowledgeGraph([], [], kg.entities, [], base_iri=BASE))
    assert lines(entity_nquads(kg.entities, BASE)) == lines(expected)


def test_text_parses_back_in_oxigraph():
    kg = records()
    text = article_nquads(kg.documents, kg.sentences, kg.triples, BASE) + entity_nquads(kg.entities, BASE)
    quads = list(ox.parse(input=text.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == sum(1 for line in text.split("\n") if line and not line.startswith("#"))


def test_triple_keys_of_an_article_are_its_triples():
    kg = records()
    text = article_nquads(kg.documents, kg.sentences, kg.triples, BASE)
    quads = ox.parse(input=text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    assert triple_keys(text) == [str(q.triple) for q in quads]


@pytest.mark.parametrize("code", [*range(0x00, 0x80), 0xE9, 0x2028, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F642])
def test_literal_escapes_as_oxigraph(code: int):
    text = f"a{chr(code)}b"
    assert literal(text) == str(ox.Literal(text))
