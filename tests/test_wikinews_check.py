"""Five real Wikinews articles, built once: properties every build must have, on text no rule was
written for (three origins of the corpus, five topics).

The articles are picked by id from ``../shared/corpora/wikinews-en.jsonl`` and written to a
temporary corpus; nothing of the shared data is copied into the project.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from rdflib import URIRef

from graphbuild.model import ENTITY_TYPES
from graphbuild.rdf import union_graph

pytestmark = pytest.mark.model

# (id, topic): origin 1 has page names and dates, origin 2 page ids, origin 3 (cd2022) bare text.
ARTICLES = [
    ("wikinews:Mokha,_Yemen_bomb_kills_photojournalist,_at_least_five_others", "armed conflict"),
    ("wikinews:Earthquake_injures_25_people_in_southern_Philippines", "natural disaster"),
    ("wikinews:pageid:9449", "arrest and extradition"),
    ("wikinews:cd2022:0006", "diplomacy"),
    ("wikinews:cd2022:0009", "economy"),
]


def _write_subset(corpus: Path, out: Path) -> Path:
    wanted = {article_id for article_id, _ in ARTICLES}
    lines = [
        line for line in corpus.read_text(encoding="utf-8").splitlines() if json.loads(line)["id"] in wanted
    ]
    assert len(lines) == len(wanted), "an article of the check is missing from the corpus"
    out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return out


@pytest.fixture(scope="session")
def wikinews_subset(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = shared_dir / "corpora" / "wikinews-en.jsonl"
    if not corpus.is_file():
        pytest.skip(f"the Wikinews corpus is not at {corpus}")
    return _write_subset(corpus, tmp_path_factory.mktemp("wikinews") / "five.jsonl")


@pytest.fixture(scope="session")
def wikinews_graph(nlp, wikinews_subset: Path):
    import graphbuild

    return graphbuild.build([wikinews_subset])


def test_wikinews_check_builds_every_article(wikinews_graph):
    assert sorted(d.id for d in wikinews_graph.documents) == sorted(a for a, _ in ARTICLES)
    docs_with_triples = {t.provenance.doc_id for t in wikinews_graph.triples}
    assert docs_with_triples == {a for a, _ in ARTICLES}, "every article yields some fact"


def test_wikinews_check_offsets_slice_the_source(wikinews_graph):
    sources = {d.id: d.source for d in wikinews_graph.documents}
    for sentence in wikinews_graph.sentences:
        assert sources[sentence.doc_id][sentence.start : sentence.end] == sentence.text
    for t in wikinews_graph.triples:
        p = t.provenance
        source = sources[p.doc_id]
        assert source[p.char_start : p.char_end] == p.sentence, p.sentence
        for mention in (t.subject, t.object, *(a.mention for a in t.arguments)):
            assert source[mention.start : mention.end] == mention.text, (mention, p.sentence)
            assert p.char_start <= mention.start <= mention.end <= p.char_end


def test_wikinews_check_every_triple_has_provenance(wikinews_graph):
    sentences = {(s.doc_id, s.index): s for s in wikinews_graph.sentences}
    for t in wikinews_graph.triples:
        p = t.provenance
        assert p.doc_id and p.sentence
        sentence = sentences[p.doc_id, p.sentence_index]
        assert (sentence.start, sentence.end, sentence.text) == (p.char_start, p.char_end, p.sentence)


def test_wikinews_check_rdf_conforms_to_the_shapes(wikinews_graph):
    from graphbuild.validate import validate

    report = validate(wikinews_graph.rdf)
    assert report.conforms, "\n".join(v.line() for v in report.violations[:20])


def test_wikinews_check_entity_types_are_the_four(wikinews_graph):
    assert wikinews_graph.entities
    assert {e.type for e in wikinews_graph.entities} <= set(ENTITY_TYPES)


def test_wikinews_check_network_view_has_no_self_loop(wikinews_graph):
    assert not list(nx.selfloop_edges(wikinews_graph.to_networkx()))


def test_wikinews_check_no_fact_links_an_entity_to_itself(wikinews_graph):
    loops = [
        f"{t.subject.text} | {t.relation.text} | {t.object.text}"
        for t in wikinews_graph.triples
        if t.subject.entity_id is not None and t.subject.entity_id == t.object.entity_id
    ]
    assert not loops, loops
    entities = {URIRef(e.id) for e in wikinews_graph.entities}
    rdf_loops = [(s, p) for s, p, o in union_graph(wikinews_graph.rdf) if s == o and s in entities]
    assert not rdf_loops, rdf_loops


def test_wikinews_check_build_is_deterministic(wikinews_graph, wikinews_subset: Path):
    import graphbuild

    again = graphbuild.build([wikinews_subset])
    assert again.serialize("turtle") == wikinews_graph.serialize("turtle")
