"""Issue 20 hardening of the build's records and its store: IRIs, duplicates, counts, sizes, staleness."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Literal

from graphbuild.graph import KnowledgeGraph, load_output
from graphbuild.model import Document, Mention, Provenance, Relation, Sentence, Triple
from graphbuild.output import SENTENCE_CHARS
from graphbuild.pipeline import drop_duplicate_triples
from graphbuild.rdf import assertion_iri

BASE = "https://example.org/kg/"


def _triple(**changes: object) -> Triple:
    sentence = "Rebels did not seize rifles."
    t = Triple(
        subject=Mention("Rebels", 0, 6),
        relation=Relation("seize", "seize"),
        object=Mention("rifles", 21, 27),
        provenance=Provenance("d1", 0, sentence, 0, len(sentence)),
    )
    return replace(t, **changes)


def test_assertions_differing_in_negation_modality_or_attribution_get_their_own_iris() -> None:
    plain = _triple()
    iris = {
        assertion_iri(BASE, t)
        for t in (plain, _triple(negated=True), _triple(modality="could"), _triple(attributed_to="police"))
    }
    assert len(iris) == 4


def test_an_ordinary_assertion_keeps_its_iri() -> None:
    key = "d1|0|0|6|seize|21|27"
    expected = f"{BASE}assertion/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"
    assert str(assertion_iri(BASE, _triple())) == expected


def test_exact_duplicate_triples_of_a_document_are_dropped_keeping_the_highest_confidence() -> None:
    low, high, negated = _triple(confidence=0.5), _triple(confidence=0.9), _triple(negated=True)
    assert drop_duplicate_triples([low, negated, high]) == [high, negated]


def _two_sentence_graph(first: str = "Rebels did not seize rifles.") -> KnowledgeGraph:
    second = "Nothing else happened."
    text = f"{first} {second}"
    sentences = [
        Sentence("d1", 0, first, 0, len(first)),
        Sentence("d1", 1, second, len(first) + 1, len(text)),
    ]
    provenance = Provenance("d1", 0, first, 0, len(first))
    lonely = Document("d2", "Quiet.", "Quiet.")
    return KnowledgeGraph(
        documents=[Document("d1", text, text, title="Two"), lonely],
        sentences=[*sentences, Sentence("d2", 0, "Quiet.", 0, 6)],
        entities=[],
        triples=[_triple(provenance=provenance)],
        base_iri=BASE,
    )


def test_load_output_counts_the_sentences_and_documents_without_triples(tmp_path: Path) -> None:
    graph = _two_sentence_graph()
    graph.write(tmp_path / "out")
    again = load_output(tmp_path / "out")
    assert again.summary() == graph.summary()
    assert [s.text for s in again.sentences] == [s.text for s in graph.sentences]


def test_a_long_sentence_is_stored_once_in_full_and_capped_in_triples_jsonl(tmp_path: Path) -> None:
    long = "Rebels did not seize rifles " + "and more " * 2000 + "."
    graph = _two_sentence_graph(long)
    graph.write(tmp_path / "out")
    record = json.loads((tmp_path / "out" / "triples.jsonl").read_text(encoding="utf-8"))
    assert len(record["sentence"]) == SENTENCE_CHARS and record["sentence"].endswith("\u2026")
    assert (record["char_start"], record["char_end"]) == (0, len(long))
    again = load_output(tmp_path / "out")
    assert again.sentences[0].text == long
    assert again.triples[0].provenance.sentence == long


def test_a_gazetteer_edit_changes_the_pipeline_version(tmp_path: Path) -> None:
    import shutil

    import spacy

    from graphbuild import store_keys
    from graphbuild.ingest import ReadOptions
    from graphbuild.pipeline import BuildOptions

    from .conftest import ROOT

    folder = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", folder)
    nlp = spacy.blank("en")
    options = BuildOptions(reading=ReadOptions(ontology=str(folder)))
    before = store_keys.pipeline_version(nlp, options)
    with (folder / "gazetteer" / "Actor.Group.txt").open("a", encoding="utf-8") as f:
        f.write("Zorblax Collective\n")
    store_keys.ontology_digest.cache_clear()
    assert store_keys.pipeline_version(nlp, options) != before


def test_a_confidence_weights_edit_changes_the_pipeline_version(tmp_path: Path) -> None:
    import json
    import shutil

    import spacy

    from graphbuild import store_keys
    from graphbuild.ingest import ReadOptions
    from graphbuild.pipeline import BuildOptions

    from .conftest import ROOT

    folder = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", folder)
    nlp = spacy.blank("en")
    options = BuildOptions(reading=ReadOptions(ontology=str(folder)))
    store_keys.ontology_digest.cache_clear()
    before = store_keys.pipeline_version(nlp, options)
    weights = json.loads((folder / "confidence.json").read_text(encoding="utf-8"))
    weights["intercept"] += 0.5
    (folder / "confidence.json").write_text(json.dumps(weights), encoding="utf-8")
    store_keys.ontology_digest.cache_clear()
    assert store_keys.pipeline_version(nlp, options) != before


# -- a store whose RDF no longer matches its records ---------------------------------------------


def _small_store(shared_dir: Path, tmp_path: Path, count: int = 2) -> tuple[Path, Path]:
    import graphbuild

    from .test_incremental import short_articles, write_corpus

    corpus = write_corpus(tmp_path / "c.jsonl", short_articles(shared_dir, count))
    graphbuild.update_store([corpus], tmp_path / "kg")
    return corpus, tmp_path / "kg"


@pytest.mark.model
def test_a_deleted_oxigraph_folder_is_rebuilt_from_the_records_with_a_warning(shared_dir, tmp_path):
    import shutil

    from typer.testing import CliRunner

    from graphbuild.cli import app
    from graphbuild.incremental import OXIGRAPH

    from .test_incremental import quads

    corpus, store = _small_store(shared_dir, tmp_path)
    before = quads(store)
    shutil.rmtree(store / OXIGRAPH)
    result = CliRunner().invoke(app, ["build", str(corpus), "--store", str(store), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "warning: 2 articles had no RDF in" in result.output
    assert result.output.endswith(f"2 articles: 0 parsed, 2 unchanged; 2 in the store -> {store}/\n")
    assert quads(store) == before


@pytest.mark.model
def test_a_corrupt_oxigraph_folder_is_one_line_naming_the_fix(shared_dir, tmp_path):
    import graphbuild
    from graphbuild.errors import StoreError
    from graphbuild.incremental import OXIGRAPH

    corpus, store = _small_store(shared_dir, tmp_path)
    for path in (store / OXIGRAPH).glob("MANIFEST-*"):
        path.write_bytes(b"garbage" * 100)
    with pytest.raises(StoreError, match=r"damaged.*delete the folder .*oxigraph"):
        graphbuild.update_store([corpus], store)


def _fail_on_second_commit(shared_dir: Path, tmp_path: Path, monkeypatch, error: BaseException) -> Path:
    """A 4-article corpus whose store build commits 2 articles, then raises ``error`` at its next commit."""
    from graphbuild import incremental
    from graphbuild.incremental import DocumentStore

    from .test_incremental import short_articles, write_corpus

    corpus = write_corpus(tmp_path / "c.jsonl", short_articles(shared_dir, 4))
    monkeypatch.setattr(incremental, "COMMIT_EVERY", 2)
    commit, calls = DocumentStore.commit, []

    def fail_on_second_commit(self, run, touched):
        calls.append(1)
        if len(calls) == 2:
            raise error
        commit(self, run, touched)

    monkeypatch.setattr(DocumentStore, "commit", fail_on_second_commit)
    return corpus


@pytest.mark.model
def test_an_interrupted_store_build_says_what_was_committed(shared_dir, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from graphbuild.cli import app

    corpus = _fail_on_second_commit(shared_dir, tmp_path, monkeypatch, KeyboardInterrupt())
    store = tmp_path / "kg"
    result = CliRunner().invoke(app, ["build", str(corpus), "--store", str(store), "-q", "-j", "1"])
    assert result.exit_code == 130
    assert result.output == (
        f"error: interrupted; 2 articles committed to {store}/; run the same command again to resume\n"
    )


@pytest.mark.model
def test_a_full_disk_in_a_store_build_says_what_was_committed(shared_dir, tmp_path, monkeypatch):
    import sqlite3

    from typer.testing import CliRunner

    from graphbuild.cli import app

    # SQLite's own words for a full disk
    error = sqlite3.OperationalError("database or disk is full")
    corpus = _fail_on_second_commit(shared_dir, tmp_path, monkeypatch, error)
    store = tmp_path / "kg"
    result = CliRunner().invoke(app, ["build", str(corpus), "--store", str(store), "-q", "-j", "1"])
    assert result.exit_code == 1
    assert result.output == (
        f"error: the disk is full while writing {store}/ (2 articles committed); "
        "free some space, then run the same command again to resume\n"
    )


@pytest.mark.model
def test_a_full_disk_when_writing_outputs_is_one_line(tmp_path, monkeypatch):
    import errno

    from typer.testing import CliRunner

    from graphbuild.cli import app

    article = tmp_path / "a.txt"
    article.write_text("The militia seized the town of Kidal on Monday.\n", encoding="utf-8")

    def full(*args: object, **kwargs: object) -> None:  # the graph is sorted in temporary files first
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(KnowledgeGraph, "serialize", full)
    result = CliRunner().invoke(app, ["build", str(article), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1
    assert result.output.startswith("error: the disk is full (no space left to write);")
    assert "internal error" not in result.output and "Traceback" not in result.output


def test_disk_full_is_recognised_through_wrapped_errors() -> None:
    import errno
    import sqlite3

    from graphbuild.errors import is_disk_full

    wrapped = RuntimeError("could not write the store")
    wrapped.__cause__ = OSError(errno.ENOSPC, "No space left on device")
    assert is_disk_full(wrapped)
    assert is_disk_full(sqlite3.OperationalError("database or disk is full"))
    assert is_disk_full(OSError("IO error: No space left on device (os error 28)"))  # a Rust store's text
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))
    assert not is_disk_full(ValueError("no space left on device"))  # not an I/O error


def test_every_command_prints_the_interrupt_line(tmp_path, monkeypatch, capsys):
    import sys

    import graphbuild.progress
    from graphbuild.cli.base import main

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(graphbuild.progress, "RichProgress", interrupted)  # outside the error handling
    monkeypatch.setattr(sys, "argv", ["graphbuild", "build", str(tmp_path / "a.txt")])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 130
    assert capsys.readouterr().err == "error: interrupted; outputs were left as they were\n"


def test_lemmas_sharing_a_relation_property_give_it_one_label() -> None:
    from rdflib import RDFS, Graph

    from graphbuild.model import Entity
    from graphbuild.rdf import relation_label, relation_property
    from graphbuild.validate import validate

    assert relation_property("talk to") == relation_property("talk[ to")  # one local name: talk_to
    assert relation_label("talk to") == relation_label("talk[ to") == "talk to"
    assert relation_label("’s") == relation_label("s") == "s"
    assert relation_label("loot from") == "loot from"
    assert relation_label("攻撃") == "攻撃"  # a hashed local name is the lemma's own: it keeps its text
    rebels = Entity(id=f"{BASE}actor/rebels", label="Rebels", type="Actor", docs=["d1", "d2"])
    army = Entity(id=f"{BASE}actor/army", label="Army", type="Actor", docs=["d1", "d2"])
    triples, documents, sentences = [], [], []
    for doc_id, lemma in (("d1", "talk to"), ("d2", "talk[ to")):  # two articles, rendered apart
        text = "Rebels talked to the army."
        documents.append(Document(doc_id, text, text))
        sentences.append(Sentence(doc_id, 0, text, 0, len(text)))
        triples.append(
            Triple(
                subject=Mention("Rebels", 0, 6, rebels.id, rebels.label),
                relation=Relation("talked to", lemma),
                object=Mention("the army", 17, 25, army.id, army.label),
                provenance=Provenance(doc_id, 0, text, 0, len(text)),
            )
        )
    graph = KnowledgeGraph(documents, sentences, [rebels, army], triples, base_iri=BASE)
    rdf = Graph().parse(data=graph.serialize("turtle"), format="turtle")
    assert list(rdf.objects(relation_property("talk to"), RDFS.label)) == [Literal("talk to")]
    assert validate(rdf).conforms
