"""The build: articles in, a ``KnowledgeGraph`` out.

Each document goes through parse -> extract -> resolve on its own (``process_document``), which
yields plain records; only the cross-document merge needs all of them. Documents stream through:
they are read lazily, parsed in batches and dropped once their small ``DocumentResult`` exists, so
the same code runs in one process, in a pool of processes or on a Dask cluster
(``graphbuild.parallel``), and can skip the articles a persistent store already holds
(``graphbuild.incremental``).
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from spacy.language import Language
from spacy.tokens import Doc

from graphbuild.errors import GraphbuildError
from graphbuild.extract import extract_triples
from graphbuild.graph import KnowledgeGraph
from graphbuild.ingest import (
    DEFAULT_MAX_BYTES,
    JSONL_SUFFIXES,
    SUFFIXES,
    ErrorHandler,
    ReadOptions,
    read_documents,
)
from graphbuild.iri import DEFAULT_BASE, check_base
from graphbuild.lexicons import Lexicons, load_lexicons
from graphbuild.model import Document, Entity, Mention, Sentence, Triple
from graphbuild.nlp import load_pipeline, model_name, parse
from graphbuild.resolve import LocalEntity, link_places, merge_entities, resolve_document
from graphbuild.resolve.actors import attach_actor_codes, load_dictionaries

if TYPE_CHECKING:
    from graphbuild.incremental import StoreReport

BACKENDS = ("local", "dask")


@dataclass
class DocumentResult:
    """Everything one document contributes, in source offsets, before cross-document merging."""

    document: Document
    sentences: list[Sentence]
    entities: list[LocalEntity]
    triples: list[Triple]
    tokens: int = 0
    ntriples: str | None = None  # the article's RDF, when a worker rendered it for a store


@dataclass
class BuildOptions:
    """Settings of a build; the CLI passes its options straight through."""

    model: str | None = None
    base_iri: str = DEFAULT_BASE
    ontology: str | None = None
    batch_size: int = 16
    jobs: int = 1
    backend: str = "local"
    scheduler: str | None = None
    render_rdf: bool = False  # workers also render each article's RDF (for a store)
    actors: tuple[str, ...] = ()  # PETRARCH dictionaries giving actors CAMEO codes
    encoding: str | None = None  # reading: encoding of files without a BOM
    max_bytes: int = DEFAULT_MAX_BYTES  # reading: largest article
    check_language: bool = True  # reading: skip articles that do not look English
    timings: dict[str, float] = field(default_factory=dict)


class BuildProgress(Protocol):
    """What a build reports as it goes; the CLI shows it as a progress bar (``graphbuild.progress``)."""

    def start(self, total: int | None) -> None: ...

    def advance(self, *, tokens: int = 0, skipped: bool = False) -> None: ...

    def stop(self) -> None: ...


def process_document(doc: Doc, document: Document, *, nlp: Language, lexicons: Lexicons) -> DocumentResult:
    """Extract and resolve one parsed document; offsets are mapped back to the source text."""
    sentences = []
    for index, sent in enumerate(doc.sents):
        text = sent.text.strip()
        if not text:
            continue
        lead = len(sent.text) - len(sent.text.lstrip())
        start, end = document.to_source(sent.start_char + lead, sent.start_char + lead + len(text))
        sentences.append(Sentence(document.id, index, text, start, end))
    triples = list(extract_triples(doc, doc_id=document.id, lexicons=lexicons))
    resolved = resolve_document(doc, triples, nlp=nlp, lexicons=lexicons)
    by_index = {s.index: s for s in sentences}
    mapped = [_to_source(t, document, by_index) for t in resolved.triples]
    return DocumentResult(document, sentences, resolved.entities, mapped, tokens=len(doc))


def _to_source(triple: Triple, document: Document, sentences: dict[int, Sentence]) -> Triple:
    sentence = sentences.get(triple.provenance.sentence_index)
    if sentence is None:
        start, end = document.to_source(triple.provenance.char_start, triple.provenance.char_end)
    else:
        start, end = sentence.start, sentence.end
    provenance = replace(
        triple.provenance,
        doc_id=document.id,
        char_start=start,
        char_end=end,
        sentence=sentence.text if sentence else triple.provenance.sentence,
    )

    def move(m: Mention) -> Mention:
        s, e = document.to_source(m.start, m.end)
        return replace(m, start=s, end=e)

    return replace(
        triple,
        subject=move(triple.subject),
        object=move(triple.object),
        provenance=provenance,
        arguments=tuple(replace(a, mention=move(a.mention)) for a in triple.arguments),
    )


def process_documents(documents: Iterable[Document], options: BuildOptions) -> Iterator[DocumentResult]:
    """Parse and process documents in batches with one pipeline, in this process, in input order."""
    nlp = load_pipeline(options.model)
    lexicons = load_lexicons(options.ontology)
    for doc, document in parse(nlp, documents, batch_size=options.batch_size):
        yield process_document(doc, document, nlp=nlp, lexicons=lexicons)


def run_documents(documents: Iterable[Document], options: BuildOptions) -> Iterator[DocumentResult]:
    """Results of ``documents`` in input order, from the backend and number of jobs in ``options``.

    With several local jobs, a corpus too small to fill two chunks is processed in this process:
    starting workers (each loads the model) would cost more than it saves.
    """
    if options.backend not in BACKENDS:
        raise GraphbuildError(f"unknown --backend {options.backend!r}; use local or dask")
    if options.backend == "dask":
        from graphbuild.parallel import process_on_dask

        return process_on_dask(documents, options)
    if options.jobs <= 1:
        return process_documents(documents, options)
    from graphbuild.parallel import CHUNK_SIZE, process_in_pool

    stream = iter(documents)
    head = list(itertools.islice(stream, 2 * CHUNK_SIZE))
    if len(head) < 2 * CHUNK_SIZE:
        return process_documents(head, options)
    return process_in_pool(itertools.chain(head, stream), options)


def count_articles(inputs: Iterable[str | Path]) -> int | None:
    """How many articles ``inputs`` hold, found cheaply (lines and file names, no parsing), for an ETA.

    ``None`` when it can't be known in advance (stdin) or an input is missing: the build itself
    reports that.
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
            if file.suffix.lower() in JSONL_SUFFIXES:
                with file.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            else:
                total += 1
    return total


def with_progress(
    results: Iterable[DocumentResult], progress: BuildProgress | None
) -> Iterator[DocumentResult]:
    """Pass results through, advancing ``progress`` by one document (and its tokens) each."""
    for result in results:
        if progress is not None:
            progress.advance(tokens=result.tokens)
        yield result


def finish_entities(entities: list[Entity], options: BuildOptions, dates: dict[str, str | None]) -> None:
    """Cross-document touches on merged entities, in place: place identifiers, CAMEO actor codes."""
    link_places(entities)
    if options.actors:
        attach_actor_codes(entities, load_dictionaries(options.actors), dates)


def assemble(results: Iterable[DocumentResult], options: BuildOptions) -> KnowledgeGraph:
    """Merge per-document results into one graph with global entity IRIs."""
    results = list(results)
    entities, mapping = merge_entities([(r.document.id, r.entities) for r in results], options.base_iri)
    finish_entities(entities, options, {r.document.id: r.document.date for r in results})
    by_id = {e.id: e for e in entities}

    def globalise(doc_id: str, m: Mention) -> Mention:
        if m.entity_id is None:
            return m
        iri = mapping.get((doc_id, m.entity_id))
        return replace(m, entity_id=iri, entity_label=by_id[iri].label if iri else None)

    triples = [
        replace(t, subject=globalise(r.document.id, t.subject), object=globalise(r.document.id, t.object))
        for r in results
        for t in r.triples
    ]
    return KnowledgeGraph(
        documents=[r.document for r in results],
        sentences=[s for r in results for s in r.sentences],
        entities=entities,
        triples=triples,
        base_iri=options.base_iri,
        meta={"tokens": sum(r.tokens for r in results)},
    )


def read_inputs(
    inputs: list[str | Path], options: BuildOptions, on_error: ErrorHandler | None
) -> Iterator[Document]:
    """The articles of ``inputs``, read lazily with the reading settings of ``options``."""
    reading = ReadOptions(options.ontology, options.encoding, options.max_bytes, options.check_language)
    return read_documents(inputs, reading, on_error=on_error)


def build(
    inputs: Iterable[str | Path],
    *,
    model: str | None = None,
    base_iri: str = DEFAULT_BASE,
    ontology: str | None = None,
    batch_size: int = 16,
    jobs: int | None = 1,
    backend: str = "local",
    scheduler: str | None = None,
    store: str | Path | None = None,
    progress: BuildProgress | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    check_language: bool = True,
    on_error: ErrorHandler | None = None,
    actors: Iterable[str | Path] | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from articles (files, folders, ``.jsonl`` corpora or ``-``).

    Documents are streamed; ``jobs`` worker processes (``None``: one per core) or a Dask cluster
    (``backend="dask"``, at ``scheduler`` or a local one) do the parsing. With ``store``, the build
    is incremental: articles already in the store with the same text and pipeline are not parsed
    again, and the graph returned is the whole store's.

    Bad files inside folders and bad corpus lines are skipped and passed to ``on_error`` (see
    ``ingest.read_documents``); a bad file named in ``inputs`` raises ``InputError``. ``actors``
    are PETRARCH dictionaries whose CAMEO codes are attached to matching actors.
    """
    inputs = list(inputs)
    options = build_options(
        model,
        base_iri,
        ontology,
        batch_size,
        jobs,
        backend,
        scheduler,
        encoding=encoding,
        max_bytes=max_bytes,
        check_language=check_language,
        actors=actors,
    )
    started = time.perf_counter()
    nlp = load_pipeline(model)
    loaded = time.perf_counter()
    if store is not None:
        from graphbuild.incremental import DocumentStore

        with DocumentStore.open(store, nlp=nlp, options=options) as st:
            report = st.update(
                read_inputs(inputs, options, on_error), options, progress=progress, inputs=inputs
            )
            processed = time.perf_counter()
            graph = st.graph(options)
        graph.meta["store"] = report.as_dict()
    else:
        if progress is not None:
            progress.start(count_articles(inputs))
        try:
            results = run_documents(read_inputs(inputs, options, on_error), options)
            graph = assemble(with_progress(results, progress), options)
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
    *,
    model: str | None = None,
    base_iri: str = DEFAULT_BASE,
    ontology: str | None = None,
    batch_size: int = 16,
    jobs: int | None = 1,
    backend: str = "local",
    scheduler: str | None = None,
    progress: BuildProgress | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    check_language: bool = True,
    on_error: ErrorHandler | None = None,
    actors: Iterable[str | Path] | None = None,
) -> StoreReport:
    """Bring ``store`` up to date with ``inputs`` without assembling the graph in memory.

    This is what ``graphbuild build --store DIR`` runs when no ``--out`` is asked for: memory
    stays bounded by a few batches of documents whatever the corpus size.
    """
    from graphbuild.incremental import DocumentStore

    inputs = list(inputs)
    options = build_options(
        model,
        base_iri,
        ontology,
        batch_size,
        jobs,
        backend,
        scheduler,
        encoding=encoding,
        max_bytes=max_bytes,
        check_language=check_language,
        actors=actors,
    )
    nlp = load_pipeline(model)
    with DocumentStore.open(store, nlp=nlp, options=options) as st:
        return st.update(read_inputs(inputs, options, on_error), options, progress=progress, inputs=inputs)


def build_options(
    model: str | None,
    base_iri: str,
    ontology: str | None,
    batch_size: int,
    jobs: int | None,
    backend: str,
    scheduler: str | None,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    check_language: bool = True,
    actors: Iterable[str | Path] | None = None,
) -> BuildOptions:
    """Checked options, before the slow model load: a typo or a bad dictionary fails at once."""
    actor_files = tuple(str(a) for a in actors or ())
    if actor_files:
        load_dictionaries(actor_files)  # a missing or bad dictionary fails before any parsing
    if backend not in BACKENDS:
        raise GraphbuildError(f"unknown --backend {backend!r}; use local or dask")
    if jobs is not None and jobs < 1:
        raise GraphbuildError(f"--jobs {jobs} must be at least 1")
    return BuildOptions(
        model=model,
        base_iri=check_base(base_iri),
        ontology=ontology,
        batch_size=batch_size,
        jobs=default_jobs() if jobs is None else jobs,
        backend=backend,
        scheduler=scheduler,
        actors=actor_files,
        encoding=encoding,
        max_bytes=max_bytes,
        check_language=check_language,
    )


def default_jobs() -> int:
    """One worker per core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
