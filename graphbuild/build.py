"""The front door of a build: articles in, a ``KnowledgeGraph`` (or an updated store) out.

``build`` and ``update_store`` read the inputs lazily, hand them to the per-document core
(``graphbuild.pipeline``) on the backend the options name (``graphbuild.parallel``) or through a
persistent store (``graphbuild.incremental``), and time the stages. Settings come as one
``BuildOptions``, checked before the slow model load.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from graphbuild.graph import KnowledgeGraph
from graphbuild.incremental import DocumentStore, StoreReport
from graphbuild.ingest import JSONL_SUFFIXES, SUFFIXES, ErrorHandler, read_documents
from graphbuild.model import Document
from graphbuild.nlp import load_pipeline, model_name
from graphbuild.parallel import Workers, run_documents
from graphbuild.pipeline import BuildOptions, BuildProgress, assemble, with_progress


def count_articles(inputs: Iterable[str | Path]) -> int | None:
    """How many articles ``inputs`` hold, found cheaply (lines and file names, no parsing), for an ETA.

    ``None`` when it can't be known in advance: stdin, a missing input (the build itself reports
    that), or a corpus that is not a regular file (a FIFO would block, a device never end).
    """
    total = 0
    for item in inputs:
        path = Path(item)
        if str(item) == "-" or not path.exists():
            return None
        files = (
            (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if path.is_dir()
            else (path,)
        )
        for file in files:
            if file.suffix.lower() not in JSONL_SUFFIXES:
                total += 1
            elif not file.is_file():
                return None
            else:
                total += count_lines(file)
    return total


def count_lines(path: Path, block_size: int = 1 << 20) -> int:
    """Lines in ``path`` (a last line without a newline counts), read in blocks: a corpus that is one
    huge line must not be held in memory to be counted."""
    lines = 0
    last = b"\n"
    with path.open("rb") as fh:
        while block := fh.read(block_size):
            lines += block.count(b"\n")
            last = block[-1:]
    return lines + (last != b"\n")


def _total(inputs: list[str | Path], progress: BuildProgress | None) -> int | None:
    """The article count for ``progress``, counted only when a bar will show it (counting reads every
    corpus once more)."""
    if progress is None or not getattr(progress, "drawn", True):
        return None
    return count_articles(inputs)


def read_inputs(
    inputs: list[str | Path], options: BuildOptions, on_error: ErrorHandler | None
) -> Iterator[Document]:
    """The articles of ``inputs``, read lazily with the reading settings of ``options``."""
    return read_documents(inputs, options.reading, on_error=on_error)


def build(
    inputs: Iterable[str | Path],
    options: BuildOptions | None = None,
    *,
    store: str | Path | None = None,
    progress: BuildProgress | None = None,
    on_error: ErrorHandler | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from articles (files, folders, ``.jsonl`` corpora or ``-``).

    Documents are streamed; ``options.jobs`` worker processes (``None``: one per core) or a Dask
    cluster (``backend="dask"``, at ``scheduler`` or a local one) do the parsing. With ``store``, the
    build is incremental: articles already in the store with the same text and pipeline are not
    parsed again, and the graph returned is the whole store's.

    Bad files inside folders and bad corpus lines are skipped and passed to ``on_error`` (see
    ``ingest.read_documents``); a bad file named in ``inputs`` raises ``InputError``.
    ``options.actors`` are PETRARCH dictionaries whose CAMEO codes are attached to matching actors.
    """
    inputs = list(inputs)
    options = (options or BuildOptions()).checked()
    started = time.perf_counter()
    nlp = load_pipeline(options.model, options.ontology)
    # the model's objects live as long as the process: kept out of the collector's full passes, which
    # would otherwise scan them again each time the build's records grow by a quarter
    gc.freeze()
    loaded = time.perf_counter()
    if store is not None:
        with DocumentStore.open(store, nlp=nlp, options=options) as st:
            report = _update(st, inputs, options, progress, on_error)
            processed = time.perf_counter()
            graph = st.graph(options)
        graph.meta["store"] = report.as_dict()
    else:
        if progress is not None:
            progress.start(_total(inputs, progress))
        try:
            # workers render each article's RDF, so the RDF file needs no rdflib graph
            rendering = replace(options, render_quads=True)
            with Workers() as workers:
                results = run_documents(read_inputs(inputs, rendering, on_error), rendering, workers)
                graph = assemble(with_progress(results, progress), options)
                # with no worker process nothing can write it ahead: its entity N-Quads would be made
                # for nothing
                if options.rdf_format is not None and workers.jobs:
                    graph.serialize_ahead(workers.submit, options.rdf_format, workers.jobs)
        finally:
            if progress is not None:
                progress.stop()
        processed = time.perf_counter()
    done = time.perf_counter()
    graph.meta.update(
        model=model_name(nlp),
        timings={
            "load_model_s": round(loaded - started, 3),
            "process_s": round(processed - loaded, 3),
            "assemble_s": round(done - processed, 3),
        },
    )
    return graph


def update_store(
    inputs: Iterable[str | Path],
    store: str | Path,
    options: BuildOptions | None = None,
    *,
    progress: BuildProgress | None = None,
    on_error: ErrorHandler | None = None,
) -> StoreReport:
    """Bring ``store`` up to date with ``inputs`` without assembling the graph in memory.

    This is what ``graphbuild build --store DIR`` runs when no ``--out`` is asked for: memory
    stays bounded by a few batches of documents whatever the corpus size.
    """
    inputs = list(inputs)
    options = (options or BuildOptions()).checked()
    nlp = load_pipeline(options.model, options.ontology)
    with DocumentStore.open(store, nlp=nlp, options=options) as st:
        return _update(st, inputs, options, progress, on_error)


def _update(
    st: DocumentStore,
    inputs: list[str | Path],
    options: BuildOptions,
    progress: BuildProgress | None,
    on_error: ErrorHandler | None,
) -> StoreReport:
    total = _total(inputs, progress)
    return st.update(read_inputs(inputs, options, on_error), options, progress=progress, total=total)
