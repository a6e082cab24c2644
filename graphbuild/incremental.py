"""Incremental builds into a persistent store: unchanged articles are never parsed twice.

A store is a folder with two parts:

- ``records.sqlite``: one row per article, keyed by its id, holding the hash of its content and of
  the pipeline that processed it, and its ``DocumentResult`` (pickled, compressed). This is the
  source of truth: the merged graph is re-assembled from these rows without parsing anything.
- ``oxigraph/``: an Oxigraph database with one named graph per article (named by the article's
  IRI: its document, sentences and assertions) and one named graph of the merged entities.

A row is the commit marker. It is written only after the article's named graph, a batch of rows
at a time in one SQLite transaction, and deleted before the graph is; a named graph with no row
(left by an interruption) is dropped when the store is next opened for a build. So an interrupted
build resumes where it stopped: an article is either fully committed, or it is processed again
and its named graph replaced. What makes a row stale (the pipeline's version, the article's key)
is ``graphbuild.store_keys``.
"""

from __future__ import annotations

import pickle
import sqlite3
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language

from graphbuild.errors import StoreError
from graphbuild.iri import document_iri
from graphbuild.lexicons import load_lexicons
from graphbuild.model import Document
from graphbuild.parallel import run_documents
from graphbuild.pipeline import (
    BuildOptions,
    BuildProgress,
    DocumentResult,
    assemble,
    document_ntriples,
    finish_entities,
)
from graphbuild.resolve import merge_entities
from graphbuild.store_keys import document_key, pipeline_version

if TYPE_CHECKING:
    from graphbuild.graph import KnowledgeGraph

# The layout of a ``graphbuild build --store DIR`` folder: records next to an Oxigraph folder.
RECORDS = "records.sqlite"
OXIGRAPH = "oxigraph"
# Articles committed per transaction: an interruption loses at most this many parses.
COMMIT_EVERY = 16

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    run INTEGER NOT NULL,
    position INTEGER NOT NULL,
    entities BLOB NOT NULL,
    result BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_order ON documents (run, position);
"""


def is_build_store(folder: Path) -> bool:
    """Whether ``folder`` is an incremental-build store (records plus an Oxigraph folder)."""
    return (folder / RECORDS).is_file() and (folder / OXIGRAPH).is_dir()


@dataclass
class StoreReport:
    """What an incremental build did: how many articles it parsed, skipped and stored."""

    store: str
    seen: int = 0
    parsed: int = 0
    skipped: int = 0
    documents: int = 0
    seconds: float = 0.0
    restored: int = 0  # articles whose named graph was missing, rendered again from their records

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        return (
            f"{self.seen} articles: {self.parsed} parsed, {self.skipped} unchanged; "
            f"{self.documents} in the store"
        )

    def warning(self) -> str | None:
        """One line when the store had to be repaired, for the user to see (else None)."""
        if not self.restored:
            return None
        return (
            f"{self.restored} articles had no RDF in {self.store}/{OXIGRAPH} (deleted or lost); "
            "rendered it again from their records"
        )


def _pack(value: object) -> bytes:
    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _unpack(blob: bytes, doc_id: str) -> Any:
    try:
        return pickle.loads(zlib.decompress(blob))
    except Exception as e:  # a record written by an incompatible graphbuild
        raise StoreError(
            f"the stored record of {doc_id!r} can't be read by this graphbuild ({type(e).__name__}); "
            f"rebuild it, or retract it with: graphbuild remove {doc_id} --store DIR"
        ) from e


@dataclass
class DocumentStore:
    """An open store folder; use ``DocumentStore.open(path, ...)`` as a context manager."""

    path: Path
    db: sqlite3.Connection
    rdf: Any  # pyoxigraph.Store
    pipeline: str
    base_iri: str
    _pending: list[tuple[DocumentResult, str, int]] = field(default_factory=list)
    options: BuildOptions = field(default_factory=BuildOptions)  # for entity codes (actors)

    @classmethod
    def open(cls, path: str | Path, *, nlp: Language, options: BuildOptions) -> DocumentStore:
        """Open (creating if needed) the store at ``path`` for builds with this pipeline."""
        store = cls.open_folder(path, pipeline=pipeline_version(nlp, options), base_iri=options.base_iri)
        store.options = options
        return store

    @classmethod
    def open_folder(cls, path: str | Path, *, pipeline: str = "", base_iri: str = "") -> DocumentStore:
        import pyoxigraph

        folder = Path(path)
        if folder.exists() and not folder.is_dir():
            raise StoreError(f"{folder} is a file, not a store folder; choose another --store")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(folder / RECORDS, isolation_level=None)
            db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as e:
            raise StoreError(f"cannot open the store {folder}: {e}; check the path and permissions") from e
        try:
            rdf = pyoxigraph.Store(str(folder / OXIGRAPH))
        except OSError as e:
            db.close()
            raise StoreError(
                f"cannot open the RDF store in {folder} ({str(e).splitlines()[0]}); "
                "is another graphbuild building into it?"
            ) from e
        except RuntimeError as e:  # RocksDB's "Corruption: …"
            db.close()
            raise StoreError(
                f"the RDF store {folder / OXIGRAPH} is damaged ({str(e).splitlines()[0][:120]}); "
                f"delete the folder {folder / OXIGRAPH} and build again: it is rebuilt from the records"
            ) from e
        if not base_iri:
            row = db.execute("SELECT value FROM meta WHERE name = 'base_iri'").fetchone()
            base_iri = row[0] if row else ""
        return cls(folder, db, rdf, pipeline, base_iri)

    def __enter__(self) -> DocumentStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.rdf.flush()
        self.db.close()
        del self.rdf  # releases the database lock now, not whenever the object is collected

    # -- reading ---------------------------------------------------------------------------------

    def keys(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT doc_id, key FROM documents"))

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def doc_ids(self) -> list[str]:
        """Article ids in graph order: the order of the latest build that saw them."""
        return [r[0] for r in self.db.execute("SELECT doc_id FROM documents ORDER BY run, position")]

    def results(self) -> Iterator[DocumentResult]:
        """Every stored article's result, in graph order, without parsing anything."""
        rows = self.db.execute("SELECT doc_id, result FROM documents ORDER BY run, position")
        for doc_id, blob in rows:
            yield _unpack(blob, doc_id)

    def graph(self, options: BuildOptions) -> KnowledgeGraph:
        """The merged graph of everything in the store, as ``graphbuild.build`` would make it."""
        graph = assemble(self.results(), options)
        graph.meta["store"] = str(self.path)
        return graph

    def graph_iri(self, doc_id: str) -> str:
        return document_iri(self.base_iri, doc_id)

    def entities_graph_iri(self) -> str:
        return f"{self.base_iri}graph/entities"

    # -- writing ---------------------------------------------------------------------------------

    def update(
        self,
        documents: Iterable[Document],
        options: BuildOptions,
        *,
        progress: BuildProgress | None = None,
        total: int | None = None,
    ) -> StoreReport:
        """Parse the new and changed articles of ``documents`` and commit them; skip the rest.

        Results are committed every ``COMMIT_EVERY`` articles; the merged entities graph is
        refreshed at the end. ``total`` is the number of articles expected, for ``progress``.
        """
        started = time.perf_counter()
        report = StoreReport(str(self.path))
        run = self._next_run()
        self.drop_orphan_graphs()
        report.restored = self.restore_missing_graphs()
        options = replace(options, render_rdf=True)
        known = self.keys()
        todo: dict[str, list[tuple[str, int]]] = {}  # in flight: id -> (key, position), oldest first
        touched: list[tuple[int, int, str]] = []

        def changed() -> Iterator[Document]:
            for position, document in enumerate(documents):
                report.seen += 1
                key = document_key(document, self.pipeline)
                if known.get(document.id) == key:
                    report.skipped += 1
                    touched.append((run, position, document.id))
                    if progress is not None:
                        progress.advance(skipped=True)
                    continue
                todo.setdefault(document.id, []).append((key, position))
                yield document

        if progress is not None:
            progress.start(total)
        try:
            for result in run_documents(changed(), options):
                in_flight = todo[result.document.id]
                key, position = in_flight.pop(0)  # an id given twice: the later article wins
                if not in_flight:
                    del todo[result.document.id]
                self._pending.append((result, key, position))
                report.parsed += 1
                if progress is not None:
                    progress.advance(tokens=result.tokens)
                if len(self._pending) >= COMMIT_EVERY:
                    self.commit(run, touched)
            self.commit(run, touched)
        finally:
            self._pending.clear()
            if progress is not None:
                progress.stop()
        self.refresh_entities()
        report.documents = len(self)
        report.seconds = round(time.perf_counter() - started, 3)
        return report

    def _next_run(self) -> int:
        row = self.db.execute("SELECT value FROM meta WHERE name = 'runs'").fetchone()
        run = int(row[0]) + 1 if row else 1
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('runs', ?)", (str(run),))
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('base_iri', ?)", (self.base_iri,))
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('pipeline', ?)", (self.pipeline,))
        return run

    def commit(self, run: int, touched: list[tuple[int, int, str]]) -> None:
        """Write the pending results: named graphs first, then their rows in one transaction."""
        if not self._pending and not touched:
            return
        for result, _, _ in self._pending:
            text = (
                result.ntriples if result.ntriples is not None else document_ntriples(result, self.base_iri)
            )
            self._replace_graph(self.graph_iri(result.document.id), text)
        # On disk before the rows say so; and unflushed, Oxigraph's memory grows with the store.
        self.rdf.flush()
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany(
                "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (r.document.id, key, run, position, _pack(r.entities), _pack(replace(r, ntriples=None)))
                    for r, key, position in self._pending
                ],
            )
            self.db.executemany("UPDATE documents SET run = ?, position = ? WHERE doc_id = ?", touched)
        self._pending.clear()
        touched.clear()

    def _replace_graph(self, iri: str, ntriples: str) -> None:
        """Replace a named graph's content (N-Triples go through Oxigraph's own parser)."""
        import pyoxigraph

        graph = pyoxigraph.NamedNode(iri)
        try:
            self.rdf.remove_graph(graph)
            if ntriples:
                self.rdf.load(ntriples.encode("utf-8"), pyoxigraph.RdfFormat.N_TRIPLES, to_graph=graph)
        except (OSError, SyntaxError) as e:
            raise StoreError(f"cannot write to the RDF store in {self.path}: {e}") from e

    def drop_orphan_graphs(self) -> int:
        """Drop named graphs whose article has no row (an interrupted write or removal)."""
        import pyoxigraph

        expected = {self.graph_iri(doc_id) for doc_id in self.doc_ids()} | {self.entities_graph_iri()}
        orphans = [g for g in self.rdf.named_graphs() if isinstance(g, pyoxigraph.NamedNode)]
        orphans = [g for g in orphans if g.value not in expected]
        for graph in orphans:
            self.rdf.remove_graph(graph)
        return len(orphans)

    def restore_missing_graphs(self) -> int:
        """Render again, from its record, each article whose named graph is missing; how many.

        The records are the source of truth: an Oxigraph folder deleted or lost by hand would
        otherwise leave "unchanged" articles that no query finds.
        """
        import pyoxigraph

        present = {g.value for g in self.rdf.named_graphs() if isinstance(g, pyoxigraph.NamedNode)}
        missing = [d for d in self.doc_ids() if self.graph_iri(d) not in present]
        for doc_id in missing:
            (blob,) = self.db.execute("SELECT result FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
            result = _unpack(blob, doc_id)
            self._replace_graph(self.graph_iri(doc_id), document_ntriples(result, self.base_iri))
        if missing:
            self.rdf.flush()
        return len(missing)

    def refresh_entities(self) -> None:
        """Re-merge every stored article's entities into the entities graph (no parsing)."""
        from graphbuild.rdf import add_entity, new_graph, serialize

        rows = self.db.execute("SELECT doc_id, entities FROM documents ORDER BY run, position")
        per_document = [(doc_id, _unpack(blob, doc_id)) for doc_id, blob in rows]
        entities, _ = merge_entities(per_document, self.base_iri, load_lexicons(self.options.ontology))
        finish_entities(entities, self.options, {})
        g = new_graph()
        for entity in entities:
            if entity.node:  # a typed mention that is no node stays out of the graph
                add_entity(g, entity, self.base_iri)
        self._replace_graph(self.entities_graph_iri(), serialize(g, "nt"))

    def remove(self, doc_id: str) -> bool:
        """Retract an article: its row, its named graph, and its part of the merged entities."""
        if self.db.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone() is None:
            return False
        with self.db:  # the row first: a graph without a row is dropped later, never kept as current
            self.db.execute("BEGIN")
            self.db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
        if self.base_iri:
            self._replace_graph(self.graph_iri(doc_id), "")
        self.refresh_entities()
        return True

    def quad_count(self) -> int:
        return len(self.rdf)


def committed_articles(store: str | Path) -> int:
    """How many articles the store at ``store`` holds (0 when there is none yet), read-only."""
    path = Path(store) / RECORDS
    if not path.is_file():
        return 0
    try:
        with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as db:
            return db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def remove_document(store: str | Path, doc_id: str) -> int:
    """Retract ``doc_id`` from the store at ``store``; the number of articles left.

    Raises ``StoreError`` when there is no such store or article, naming what to check.
    """
    folder = Path(store)
    if not (folder / RECORDS).is_file():
        raise StoreError(f"{folder} is not a graphbuild store (no {RECORDS}); check --store")
    with DocumentStore.open_folder(folder) as st:
        if not st.remove(doc_id):
            known = st.doc_ids()
            hint = f" (it holds {len(known)}, e.g. {known[0]!r})" if known else " (it is empty)"
            raise StoreError(f"no article {doc_id!r} in the store {folder}{hint}; check the id")
        return len(st)
