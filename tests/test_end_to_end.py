"""The build's RDF file comes from what the workers rendered (``pipeline.document_nquads``) and is
written by Oxigraph; it must be the very graph the rdflib path (``rdf.to_rdf``) gives, and the
JSONL exports must not change."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import graphbuild
from graphbuild.build import read_inputs
from graphbuild.graph import KnowledgeGraph
from graphbuild.parallel import run_documents
from graphbuild.pipeline import BuildOptions, assemble
from graphbuild.rdf import serialize, to_rdf
from tests.conftest import SEED

pytestmark = pytest.mark.model


def rdflib_built(inputs: list[Path], options: BuildOptions) -> KnowledgeGraph:
    """The graph as builds made it before workers rendered RDF: no article RDF, so ``to_rdf``."""
    options = options.checked()
    graph = assemble(run_documents(read_inputs(inputs, options, None), options), options)
    assert graph._articles is None
    return graph


def assert_same_output(inputs: list[Path], options: BuildOptions, tmp_path: Path) -> None:
    new = graphbuild.build(inputs, options)
    old = rdflib_built(inputs, options)
    assert new._articles is not None, "the build path should write from the workers' RDF"
    old_rdf = to_rdf(old)
    for fmt in ("ttl", "trig", "nt"):
        assert new.serialize(fmt) == serialize(old_rdf, fmt), f"{fmt} differs"
    expected_ttl = serialize(old_rdf, "ttl")
    assert new._rdf is None, "no rdflib graph on the build path"
    parsed = [Graph().parse(data=text, format="turtle") for text in (new.serialize("ttl"), expected_ttl)]
    assert isomorphic(*parsed)
    new.write(tmp_path / "new")
    old.write(tmp_path / "old")
    for name in ("entities.jsonl", "triples.jsonl", "graph.ttl"):
        assert (tmp_path / "new" / name).read_bytes() == (tmp_path / "old" / name).read_bytes(), name


def test_seed_graph_same_as_rdflib_path(nlp, tmp_path: Path) -> None:
    assert_same_output([SEED], BuildOptions(), tmp_path)


def test_records_edited_after_the_build_fall_back_to_rdflib(nlp, article_path: Path) -> None:
    graph = graphbuild.build([article_path])
    graph.triples = graph.triples[:1]
    assert graph.serialize("nt") == serialize(to_rdf(graph), "nt")


def test_jsonld_still_comes_from_rdflib(nlp, article_path: Path) -> None:
    graph = graphbuild.build([article_path])
    assert graph.serialize("jsonld") == serialize(to_rdf(graph), "jsonld")


@pytest.mark.slow
def test_200_conflict_articles_same_as_rdflib_path(nlp, shared_dir: Path, tmp_path: Path) -> None:
    corpus = shared_dir / "corpora" / "wikinews-en-conflict-200.jsonl"
    assert_same_output([corpus], BuildOptions(jobs=2), tmp_path)
