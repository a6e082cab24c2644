"""Run the per-document stages in this process, in worker processes or on a Dask cluster.

``run_documents`` picks the backend that ``BuildOptions`` name. A spaCy ``Doc`` (with graphbuild's
extension data) can't cross a process boundary, so each worker parses, extracts and resolves whole
chunks of documents and sends back only the plain records of a ``DocumentResult``; the parent keeps
the ``Document`` it sent and re-attaches it. Chunks are submitted through a bounded window and their
results yielded in input order, so memory stays bounded and the merged graph is the same whatever
the backend or the number of jobs.
"""

from __future__ import annotations

import ctypes
import gc
import itertools
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

from graphbuild.errors import GraphbuildError
from graphbuild.model import Document
from graphbuild.nlp import load_pipeline, parse
from graphbuild.pipeline import (
    BACKENDS,
    BuildOptions,
    DocumentResult,
    document_nquads,
    document_ntriples,
    process_document,
    process_documents,
)

# Documents sent to a worker at once: enough to fill an nlp.pipe batch, few enough to keep the
# workers evenly loaded near the end of a build.
CHUNK_SIZE = 16
# Documents per chunk for the last documents of a build, as many as the chunks in flight hold
# (``chunked``): the batch size does not change spaCy's analyses, and small chunks let the workers
# end together.
LAST_CHUNK_SIZE = 4
# Chunks in flight per worker: one being processed, one queued so the worker never waits.
WINDOW_PER_JOB = 2

# How long connecting to a Dask scheduler may take, the handshake included.
CONNECT_TIMEOUT_S = 10.0
# How often a worker without PR_SET_PDEATHSIG checks that its parent is still alive.
WATCHDOG_INTERVAL_S = 1.0
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>

log = logging.getLogger(__name__)
_warned_jobs: set[int] = set()

# sentences, entities, triples, tokens, (for a store) N-Triples and (for a build) N-Quads of one document
Payload = tuple[list, list, list, int, str | None, bytes | None]


class BackendError(GraphbuildError):
    """A parallel backend cannot start: Dask missing, or its scheduler unreachable."""


@dataclass(frozen=True)
class WorkerSettings:
    """What a worker needs to process documents exactly as the parent would."""

    model: str | None
    ontology: str | None
    batch_size: int
    rdf_base: str | None = None  # render each article's RDF with this base, so the parent needn't
    quads_base: str | None = None  # the same for the output graph (``pipeline.document_nquads``)

    @classmethod
    def of(cls, options: BuildOptions) -> WorkerSettings:
        rdf_base = options.base_iri if options.render_rdf else None
        quads_base = options.base_iri if options.render_quads else None
        return cls(options.model, options.ontology, options.batch_size, rdf_base, quads_base)


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity), not all the machine has."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def usable_jobs(jobs: int) -> int:
    """``jobs`` capped at the usable cores: more workers than cores only cost memory (each loads the
    model) and switching. Warns once per asked number."""
    cores = usable_cores()
    if jobs <= cores:
        return jobs
    if jobs not in _warned_jobs:
        _warned_jobs.add(jobs)
        log.warning("--jobs %d is more than the %d cores available; using %d", jobs, cores, cores)
    return cores


class Workers:
    """The local worker processes of a build, kept past its last document when asked (``run_documents``),
    so work on the merged graph (the RDF file's text) runs in one while this process writes the rest.

    Used as a context: on leaving, work already submitted still finishes (the workers then exit) unless
    leaving by an exception, which cancels it.
    """

    def __init__(self) -> None:
        self.executor: ProcessPoolExecutor | None = None
        self.jobs = 0  # worker processes kept (0: none)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future | None:
        """``fn(*args)`` in a worker, or ``None`` when the build had no worker processes."""
        return None if self.executor is None else self.executor.submit(fn, *args)

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if self.executor is not None:
            failed = kind is not None
            self.executor.shutdown(wait=failed, cancel_futures=failed)
            self.executor, self.jobs = None, 0


def run_documents(
    documents: Iterable[Document], options: BuildOptions, keep: Workers | None = None
) -> Iterator[DocumentResult]:
    """Results of ``documents`` in input order, from the backend and number of jobs in ``options``.

    With several local jobs, a corpus too small to fill two chunks is processed in this process:
    starting workers (each loads the model) would cost more than it saves. With ``keep``, local
    worker processes outlive the last result, handed to ``keep`` (see ``Workers``).
    """
    if options.backend not in BACKENDS:
        raise GraphbuildError(f"unknown --backend {options.backend!r}; use local or dask")
    if options.backend == "dask":
        return process_on_dask(documents, options)
    if options.jobs > 1:
        options = replace(options, jobs=usable_jobs(options.jobs))
    if options.jobs <= 1:
        return process_documents(documents, options)
    stream = iter(documents)
    head = list(itertools.islice(stream, 2 * CHUNK_SIZE))
    if len(head) < 2 * CHUNK_SIZE:
        return process_documents(head, options)
    return process_in_pool(itertools.chain(head, stream), options, keep)


def process_chunk(documents: list[Document], settings: WorkerSettings) -> list[Payload]:
    """Parse, extract and resolve a chunk of documents in a worker; plain, picklable records out.

    The pipeline and lexicons are cached per process, so only a worker's first chunk loads them.
    """
    nlp = load_pipeline(settings.model, settings.ontology)
    out = []
    for doc, document in parse(nlp, documents, batch_size=settings.batch_size):
        r = process_document(doc, document)
        ntriples = document_ntriples(r, settings.rdf_base) if settings.rdf_base is not None else None
        nquads = document_nquads(r, settings.quads_base) if settings.quads_base is not None else None
        out.append((r.sentences, r.entities, r.triples, r.tokens, ntriples, nquads))
    return out


# Allocations between two young-generation collections in a build process (Python's default: 700). An
# article's records and token tables live until it is done, so at 700 most passes find nothing to free
# and promote them towards full collections: 60 articles ran 938 passes, 0.35 s; at 10,000, 0.17 s,
# with the same peak RSS.
GC_GEN0_THRESHOLD = 10_000


def collect_less() -> None:
    """Set this process's young-generation threshold to ``GC_GEN0_THRESHOLD`` (a build's own process)."""
    gc.set_threshold(GC_GEN0_THRESHOLD)


def _init_worker(settings: WorkerSettings) -> None:
    """Tie the worker's life to its parent's, then load the pipeline once, not inside its first chunk."""
    die_with_parent()
    load_pipeline(settings.model, settings.ontology)
    gc.freeze()  # the model lives as long as the worker: no full collection need scan it
    collect_less()


def die_with_parent() -> None:
    """End this process when its parent dies, even by ``kill -9`` (which no cleanup code survives).

    Linux delivers SIGKILL on the parent's death (``PR_SET_PDEATHSIG``); elsewhere, or if prctl
    fails, a daemon thread polls the parent's pid and exits when the process is re-parented.
    """
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # the parent died before prctl took effect
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    threading.Thread(
        target=_watch_parent, args=(parent,), name="graphbuild-parent-watch", daemon=True
    ).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCHDOG_INTERVAL_S)
    os._exit(1)


def chunked(
    documents: Iterable[Document], size: int = CHUNK_SIZE, ahead: int = 0
) -> Iterator[list[Document]]:
    """Chunks of ``size`` documents, and the last ``ahead`` documents (read ahead of the chunks to
    know which are last) in chunks of ``LAST_CHUNK_SIZE``: the workers then end within a few
    documents of each other, where a whole chunk left to one would keep the other waiting."""
    pending: deque[Document] = deque()
    for document in documents:
        pending.append(document)
        if len(pending) == size + ahead:
            yield [pending.popleft() for _ in range(size)]
    step = min(size, LAST_CHUNK_SIZE) if ahead else size
    while pending:
        yield [pending.popleft() for _ in range(min(step, len(pending)))]


def in_order(
    submit: Callable[[list[Document]], Future[list[Payload]] | Any],
    documents: Iterable[Document],
    window: int,
) -> Iterator[DocumentResult]:
    """Submit chunks, at most ``window`` at a time, and yield their results in input order."""
    pending: deque[tuple[list[Document], Any]] = deque()

    def drain_one() -> Iterator[DocumentResult]:
        chunk, future = pending.popleft()
        for document, payload in zip(chunk, future.result(), strict=True):
            sentences, entities, triples, tokens, ntriples, nquads = payload
            yield DocumentResult(
                document, sentences, entities, triples, tokens=tokens, ntriples=ntriples, nquads=nquads
            )

    for chunk in chunked(documents, ahead=window * CHUNK_SIZE):
        pending.append((chunk, submit(chunk)))
        if len(pending) >= window:
            yield from drain_one()
    while pending:
        yield from drain_one()


def process_in_pool(
    documents: Iterable[Document], options: BuildOptions, keep: Workers | None = None
) -> Iterator[DocumentResult]:
    """Results of ``documents`` from ``options.jobs`` local worker processes, in input order; once
    every result is out, the workers go to ``keep`` if given, else end.

    Workers are forked from this process when it runs no other thread, so they start with the
    pipeline it has loaded; otherwise (forking could copy a lock another thread holds) they come
    from a fork server that has imported graphbuild and spaCy and load the pipeline themselves.
    """
    settings = WorkerSettings.of(options)
    executor = ProcessPoolExecutor(
        max_workers=options.jobs, mp_context=_context(), initializer=_init_worker, initargs=(settings,)
    )
    finished = False
    try:
        yield from in_order(
            lambda chunk: executor.submit(process_chunk, chunk, settings),
            documents,
            WINDOW_PER_JOB * options.jobs,
        )
        finished = True
    finally:
        if finished and keep is not None:
            keep.executor, keep.jobs = executor, options.jobs
        else:
            executor.shutdown(wait=True, cancel_futures=True)


def _context() -> multiprocessing.context.BaseContext:
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["graphbuild.parallel"])
    return context


def process_on_dask(documents: Iterable[Document], options: BuildOptions) -> Iterator[DocumentResult]:
    """Results of ``documents`` computed on a Dask cluster, in input order.

    Connects to ``options.scheduler``, or starts a LocalCluster of ``options.jobs`` single-threaded
    worker processes. Workers of a remote cluster need graphbuild and the model installed. Fails
    early (not at the first result) when Dask is missing or the scheduler can't be reached.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:
        raise BackendError(
            "--backend dask needs Dask, which is not installed; pip install 'graphbuild[dask]'"
        ) from e
    cluster = None
    if options.scheduler:
        try:
            client = _connect(Client, options.scheduler)
        except (OSError, TimeoutError, ValueError) as e:
            reason = " ".join(str(e).split()) or type(e).__name__
            raise BackendError(
                f"cannot reach the Dask scheduler at {options.scheduler} ({reason}); check the address, "
                "or omit --scheduler to start a local cluster"
            ) from e
    else:
        cluster = LocalCluster(
            n_workers=usable_jobs(max(1, options.jobs)),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
    return _dask_results(client, cluster, documents, options)


def _connect(client_class: Any, address: str) -> Any:
    """A Dask client of ``address``, or ``TimeoutError`` within ``CONNECT_TIMEOUT_S``.

    Dask's own ``timeout`` bounds the TCP connect but not always the handshake: a port that accepts
    and never answers can hang it. The client is made in a daemon thread and abandoned when late.
    """
    done: list[Any] = []
    failed: list[BaseException] = []

    def connect() -> None:
        try:
            done.append(client_class(address, timeout=f"{CONNECT_TIMEOUT_S}s"))
        except BaseException as e:  # handed to the caller's thread
            failed.append(e)

    thread = threading.Thread(target=connect, name="graphbuild-dask-connect", daemon=True)
    thread.start()
    thread.join(CONNECT_TIMEOUT_S + 1)
    if failed:
        raise failed[0]
    if not done:
        raise TimeoutError(f"no answer within {CONNECT_TIMEOUT_S:g} s")
    return done[0]


def _dask_results(client: Any, cluster: Any, documents: Iterable[Document], options: BuildOptions):
    settings = WorkerSettings.of(options)
    workers = max(1, len(client.scheduler_info().get("workers", {})) or options.jobs)
    try:
        yield from in_order(
            lambda chunk: client.submit(process_chunk, chunk, settings, pure=False),
            documents,
            WINDOW_PER_JOB * workers,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
