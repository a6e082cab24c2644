"""Incremental builds: unchanged articles are skipped, changed ones replaced, interruptions resumed."""

from __future__ import annotations

import importlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest
from typer.testing import CliRunner

import graphbuild
from graphbuild import incremental
from graphbuild.cli import app
from graphbuild.errors import StoreError
from graphbuild.incremental import DocumentStore
from graphbuild.vocab import GB

from .conftest import ROOT, SEED

pytestmark = pytest.mark.model

CORPUS = "corpora/wikinews-en-conflict-200.jsonl"


def short_articles(shared_dir: Path, count: int, *, chars: int = 500) -> list[dict]:
    """The first paragraphs of real corpus articles, ids made unique, so builds stay quick."""
    records = []
    with (shared_dir / CORPUS).open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            text = record["text"][:chars].rsplit(". ", 1)[0] + "."
            records.append({"id": record["id"], "title": record["title"], "text": text})
            if len(records) == 6:
                break
    return [{**r, "id": f"{r['id']}#{i // len(records)}"} for i, r in enumerate(records * count)][:count]


def write_corpus(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def quads(store: Path) -> set[str]:
    with DocumentStore.open_folder(store) as st:
        return {str(q) for q in st.rdf}


def rdf_set(graph: graphbuild.KnowledgeGraph) -> set:
    return set(graph.rdf)


def test_update_store_unchanged_corpus_parses_nothing(shared_dir, tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "c.jsonl", short_articles(shared_dir, 4))
    first = graphbuild.update_store([corpus], tmp_path / "kg")
    assert (first.parsed, first.skipped, first.documents) == (4, 0, 4)

    module = importlib.import_module("graphbuild.pipeline")
    original, parsed = module.parse_ahead, []

    def recording_parse(nlp, documents, **kwargs):
        def tap():
            for document in documents:
                parsed.append(document.id)
                yield document

        return original(nlp, tap(), **kwargs)

    monkeypatch.setattr(module, "parse_ahead", recording_parse)
    again = graphbuild.update_store([corpus], tmp_path / "kg")
    assert (again.seen, again.parsed, again.skipped, again.documents) == (4, 0, 4, 4)
    assert parsed == []


def test_build_with_store_gives_the_same_graph_as_a_plain_build(shared_dir, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", short_articles(shared_dir, 4))
    plain = graphbuild.build([corpus])
    stored = graphbuild.build([corpus], store=tmp_path / "kg")
    assert plain.triple_records() == stored.triple_records()
    assert plain.entity_records() == stored.entity_records()
    assert stored.meta["store"]["parsed"] == 4


def test_update_store_changed_article_replaces_its_facts(shared_dir, tmp_path):
    records = short_articles(shared_dir, 3)
    corpus = write_corpus(tmp_path / "c.jsonl", records)
    graphbuild.update_store([corpus], tmp_path / "kg")
    changed = records[1]["id"]
    old_sentences = {
        t.provenance.sentence for t in _store_graph(tmp_path / "kg").triples if t.provenance.doc_id == changed
    }
    assert old_sentences

    records[1] = {
        **records[1],
        "text": "Rebels seized the port on Monday. The navy sent two ships to the coast.",
    }
    write_corpus(corpus, records)
    report = graphbuild.update_store([corpus], tmp_path / "kg")
    assert (report.parsed, report.skipped) == (1, 2)

    graph = _store_graph(tmp_path / "kg")
    new_sentences = {t.provenance.sentence for t in graph.triples if t.provenance.doc_id == changed}
    assert new_sentences and not (new_sentences & old_sentences)
    with DocumentStore.open_folder(tmp_path / "kg") as st:
        graph = pyoxigraph.NamedNode(st.graph_iri(changed))
        text = pyoxigraph.NamedNode(str(GB.text))
        stored = {q.object.value for q in st.rdf.quads_for_pattern(None, text, None, graph)}
    assert any("navy" in s for s in stored)
    assert not any(old in stored for old in old_sentences)


def _store_graph(store: Path) -> graphbuild.KnowledgeGraph:
    from graphbuild.pipeline import BuildOptions

    with DocumentStore.open_folder(store) as st:
        return st.graph(BuildOptions(base_iri=st.base_iri))


def test_update_store_interrupted_build_resumes_to_the_same_graph(shared_dir, tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "c.jsonl", short_articles(shared_dir, 6))
    whole = graphbuild.build([corpus], store=tmp_path / "whole")

    monkeypatch.setattr(incremental, "COMMIT_EVERY", 2)
    commit = DocumentStore.commit
    calls = []

    def crash_on_third_commit(self, run, touched):
        calls.append(len(self._pending))
        if len(calls) == 3:
            raise KeyboardInterrupt
        commit(self, run, touched)

    monkeypatch.setattr(DocumentStore, "commit", crash_on_third_commit)
    with pytest.raises(KeyboardInterrupt):
        graphbuild.update_store([corpus], tmp_path / "resumed")
    monkeypatch.setattr(DocumentStore, "commit", commit)
    with DocumentStore.open_folder(tmp_path / "resumed") as st:
        assert len(st) == 4  # two batches of two were committed before the crash

    resumed = graphbuild.build([corpus], store=tmp_path / "resumed")
    assert (resumed.meta["store"]["parsed"], resumed.meta["store"]["skipped"]) == (2, 4)
    assert rdf_set(resumed) == rdf_set(whole)
    assert quads(tmp_path / "resumed") == quads(tmp_path / "whole")


def test_build_killed_process_resumes_to_the_same_graph(shared_dir, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", short_articles(shared_dir, 40, chars=300))
    store = tmp_path / "killed"
    command = [
        sys.executable,
        "-m",
        "graphbuild",
        "build",
        str(corpus),
        "--store",
        str(store),
        "-j",
        "1",
        "-q",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(command, env=env, cwd=ROOT)
    try:
        committed = _wait_for_commits(store, proc)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert 0 < committed < 40, "the build was not interrupted mid-way; use a longer corpus"

    resumed = graphbuild.build([corpus], store=store)
    whole = graphbuild.build([corpus], store=tmp_path / "whole")
    assert resumed.meta["store"]["skipped"] >= committed
    assert rdf_set(resumed) == rdf_set(whole)
    assert quads(store) == quads(tmp_path / "whole")


def _wait_for_commits(store: Path, proc: subprocess.Popen, deadline: float = 120.0) -> int:
    """Poll the store's records until a first batch is committed (read-only, like any reader)."""
    started = time.monotonic()
    while time.monotonic() - started < deadline and proc.poll() is None:
        try:
            with sqlite3.connect(f"file:{store / incremental.RECORDS}?mode=ro", uri=True) as db:
                count = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            count = 0
        if count:
            return count
        time.sleep(0.05)
    return 0


def test_remove_document_retracts_its_graph_and_entities(shared_dir, tmp_path):
    records = short_articles(shared_dir, 3)
    corpus = write_corpus(tmp_path / "c.jsonl", records)
    graphbuild.update_store([corpus], tmp_path / "kg")
    gone = records[0]["id"]
    before = _store_graph(tmp_path / "kg")
    only_there = {e.id for e in before.entities if e.docs == [gone]}
    assert only_there

    assert graphbuild.remove_document(tmp_path / "kg", gone) == 2
    with DocumentStore.open_folder(tmp_path / "kg") as st:
        assert gone not in st.doc_ids()
        assert not st.rdf.contains_named_graph(pyoxigraph.NamedNode(st.graph_iri(gone)))
        entities = pyoxigraph.NamedNode(st.entities_graph_iri())
        subjects = {q.subject.value for q in st.rdf.quads_for_pattern(None, None, None, entities)}
    assert subjects and not (subjects & only_there)


def test_remove_command_unknown_article_prints_one_line(shared_dir, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", short_articles(shared_dir, 1))
    graphbuild.update_store([corpus], tmp_path / "kg")
    result = CliRunner().invoke(app, ["remove", "no-such-article", "--store", str(tmp_path / "kg")])
    assert result.exit_code == 1
    assert result.output.startswith("error: no article 'no-such-article' in the store")
    assert result.output.count("\n") == 1


def test_remove_document_not_a_store(tmp_path):
    with pytest.raises(StoreError, match="is not a graphbuild store"):
        graphbuild.remove_document(tmp_path, "x")


def test_build_command_with_store_reports_what_it_skipped(shared_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = write_corpus(tmp_path / "c.jsonl", short_articles(shared_dir, 2))
    store = tmp_path / "kg"
    runner = CliRunner()
    first = runner.invoke(app, ["build", str(corpus), "--store", str(store), "-q", "-j", "1"])
    second = runner.invoke(app, ["build", str(corpus), "--store", str(store), "-q", "-j", "1"])
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    assert first.output == f"2 articles: 2 parsed, 0 unchanged; 2 in the store -> {store}/\n"
    assert second.output == f"2 articles: 0 parsed, 2 unchanged; 2 in the store -> {store}/\n"
    assert not (tmp_path / "out").exists()  # --store alone updates the store, writes no out/

    third = runner.invoke(app, ["build", str(corpus), "--store", str(store), "--out", "o", "-q", "-j", "1"])
    assert third.exit_code == 0, third.output
    lines = third.output.splitlines()
    assert lines[0] == f"2 articles: 0 parsed, 2 unchanged; 2 in the store -> {store}/"
    assert lines[1].startswith("2 documents, ") and lines[1].endswith(" -> o/")
    assert (tmp_path / "o" / "graph.ttl").is_file()


def test_update_store_drops_a_named_graph_left_without_its_record(shared_dir, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", short_articles(shared_dir, 2))
    graphbuild.update_store([corpus], tmp_path / "kg")
    with DocumentStore.open_folder(tmp_path / "kg") as st:  # as if a build died between the two writes
        orphan = pyoxigraph.NamedNode(st.graph_iri("half-written"))
        st.rdf.add(pyoxigraph.Quad(orphan, orphan, pyoxigraph.Literal("x"), orphan))
    graphbuild.update_store([corpus], tmp_path / "kg")
    with DocumentStore.open_folder(tmp_path / "kg") as st:
        assert not st.rdf.contains_named_graph(orphan)
        assert len(list(st.rdf.named_graphs())) == 3  # two articles and the entities


def test_update_store_same_id_twice_keeps_both_under_distinct_ids(shared_dir, tmp_path):
    first, second = short_articles(shared_dir, 2)
    corpus = write_corpus(tmp_path / "c.jsonl", [first, {**second, "id": first["id"]}])
    warnings: list[str] = []
    report = graphbuild.update_store([corpus], tmp_path / "kg", on_error=lambda e: warnings.append(str(e)))
    assert (report.seen, report.parsed, report.documents) == (2, 2, 2)
    titles = {d.id: d.title for d in _store_graph(tmp_path / "kg").documents}
    assert titles == {first["id"]: first["title"], f"{first['id']}~2": second["title"]}
    assert any("renamed to" in w for w in warnings)


def test_query_and_load_know_a_build_store(seed_out, tmp_path):
    store = tmp_path / "kg"
    graphbuild.update_store([SEED], store)
    rows = graphbuild.query(None, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", store=store)
    assert int(rows[0]["n"]) > 1000
    with pytest.raises(graphbuild.StoreError, match="build store"):
        graphbuild.load_into_store(seed_out / "graph.ttl", store)


def test_query_store_that_is_not_there_creates_nothing(tmp_path):
    empty = tmp_path / "nothing"
    empty.mkdir()
    with pytest.raises(graphbuild.StoreError, match="no store here"):
        graphbuild.query(None, "SELECT * WHERE { ?s ?p ?o }", store=empty)
    assert list(empty.iterdir()) == []
