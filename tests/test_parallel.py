"""Worker processes and Dask give the graph one process gives, in the same order."""

from __future__ import annotations

import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from typer.testing import CliRunner

import graphbuild
from graphbuild.build import count_articles
from graphbuild.cli import app
from graphbuild.errors import GraphbuildError
from graphbuild.model import Document
from graphbuild.parallel import BackendError, chunked, in_order, process_on_dask, run_documents
from graphbuild.pipeline import BuildOptions

from .conftest import SEED
from .test_incremental import short_articles, write_corpus


def _documents(n: int) -> list[Document]:
    return [Document(f"d{i}", f"text {i}", f"text {i}") for i in range(n)]


def _payloads(chunk: list[Document], delay: float) -> list:
    time.sleep(delay)
    return [([], [], [], len(d.text), None, None) for d in chunk]


def test_in_order_yields_input_order_whatever_finishes_first():
    with ThreadPoolExecutor(4) as pool:

        def submit(chunk):  # the first chunk finishes last
            return pool.submit(_payloads, chunk, 0.2 if chunk[0].id == "d0" else 0.0)

        results = list(in_order(submit, _documents(40), window=4))
    assert [r.document.id for r in results] == [f"d{i}" for i in range(40)]
    assert [r.tokens for r in results[:2]] == [6, 6]


def test_chunked_keeps_every_document_once():
    chunks = list(chunked(_documents(35), 16))
    assert [len(c) for c in chunks] == [16, 16, 3]


def test_count_articles_counts_corpus_lines_and_files(tmp_path: Path):
    write_corpus(tmp_path / "a.jsonl", [{"text": "One."}, {"text": "Two."}])
    (tmp_path / "b.txt").write_text("Three.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert count_articles([tmp_path]) == 3
    assert count_articles([tmp_path / "a.jsonl", SEED]) == 3
    assert count_articles(["-"]) is None


def test_run_documents_unknown_backend():
    with pytest.raises(GraphbuildError, match="unknown --backend 'spark'; use local or dask"):
        run_documents([], BuildOptions(backend="spark"))


def test_process_on_dask_without_dask_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(BackendError, match=r"pip install 'graphbuild\[dask\]'"):
        process_on_dask([], BuildOptions(backend="dask"))


def test_build_command_dask_without_dask_prints_one_line(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(SEED), "--backend", "dask", "-q", "--out", str(out)])
    assert result.exit_code == 1
    assert result.output == (
        "error: --backend dask needs Dask, which is not installed; pip install 'graphbuild[dask]'\n"
    )
    assert not out.exists()


@pytest.mark.model
def test_build_two_jobs_gives_the_same_graph_as_one(shared_dir, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", short_articles(shared_dir, 40, chars=300))
    one = graphbuild.build([corpus], BuildOptions(jobs=1))
    two = graphbuild.build([corpus], BuildOptions(jobs=2))
    assert len(one.documents) == 40
    assert two.triple_records() == one.triple_records()
    assert two.entity_records() == one.entity_records()
    assert set(two.rdf) == set(one.rdf)


@pytest.mark.model
def test_build_dask_local_cluster_gives_the_same_triples_as_local(shared_dir, tmp_path):
    pytest.importorskip("distributed")
    corpus = write_corpus(tmp_path / "c.jsonl", short_articles(shared_dir, 20, chars=300))
    local = graphbuild.build([corpus], BuildOptions(jobs=1))
    dask = graphbuild.build([corpus], BuildOptions(backend="dask", jobs=2))
    assert dask.triple_records() == local.triple_records()
    assert set(dask.rdf) == set(local.rdf)


@pytest.mark.model
def test_build_command_progress_goes_to_stderr(tmp_path, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")  # CliRunner's stderr is no terminal
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(SEED), "--out", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 documents")
    assert "docs/s" in result.stderr and "ETA" in result.stderr


@pytest.mark.model
def test_build_command_quiet_prints_only_the_summary(tmp_path, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    result = CliRunner().invoke(app, ["build", str(SEED), "--out", str(tmp_path / "o"), "-q"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


@pytest.mark.model
def test_build_two_jobs_writes_the_rdf_file_in_a_worker_as_one_job_does(shared_dir, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", short_articles(shared_dir, 40, chars=300))
    one = graphbuild.build([corpus], BuildOptions(jobs=1))
    two = graphbuild.build([corpus], BuildOptions(jobs=2, rdf_format="ttl"))
    assert "turtle" in two._articles.ahead
    assert two.serialize("ttl") == one.serialize("ttl")
    assert two._articles.ahead == {}


def test_chunked_cuts_the_last_documents_small():
    chunks = list(chunked(_documents(70), 16, ahead=32))
    assert [len(c) for c in chunks] == [16, 16, 4, 4, 4, 4, 4, 4, 4, 4, 4, 2]
    assert [d.id for c in chunks for d in c] == [f"d{i}" for i in range(70)]
    assert [len(c) for c in chunked(_documents(20), 16, ahead=32)] == [4, 4, 4, 4, 4]


@pytest.mark.model
def test_build_in_one_process_starts_no_rdf_text_ahead(tmp_path, monkeypatch):
    def nobody_to_write_it(*_: object) -> None:
        raise AssertionError("no worker process would write it; its entity N-Quads would be wasted")

    monkeypatch.setattr(graphbuild.KnowledgeGraph, "serialize_ahead", nobody_to_write_it)
    article = tmp_path / "a.txt"
    article.write_text("Rebels of the Tarvo Front attacked the town of Lindau on Monday.\n", encoding="utf-8")
    graph = graphbuild.build([article], BuildOptions(jobs=1, rdf_format="ttl"))
    assert "Tarvo Front" in graph.serialize("ttl")
