"""The per-document core of a build: one article in, a ``DocumentResult`` out; results merged into a graph.

Each document goes through parse -> extract -> resolve on its own (``process_document``), which
yields plain records; only the cross-document merge (``assemble``) needs all of them. Documents
stream through: they are parsed in batches and dropped once their small ``DocumentResult`` exists,
so the same code runs in one process, in a pool of processes or on a Dask cluster
(``graphbuild.parallel``), and can skip the articles a persistent store already holds
(``graphbuild.incremental``). ``BuildOptions`` is the one settings object every layer passes on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from spacy.tokens import Doc

from graphbuild.article_rdf import LOCAL_IRI, ArticleRDF, pack
from graphbuild.errors import GraphbuildError
from graphbuild.graph import KnowledgeGraph
from graphbuild.ingest import ReadOptions
from graphbuild.iri import DEFAULT_BASE, check_base
from graphbuild.lexicons import load_lexicons
from graphbuild.model import Document, Entity, Mention, Sentence, Triple, evolve
from graphbuild.nlp import load_pipeline, span_text
from graphbuild.parse_ahead import parse_ahead
from graphbuild.resolve import LocalEntity, document_entities, link_places, merge_entities
from graphbuild.resolve.actors import attach_actor_codes, load_dictionaries
from graphbuild.resolve.edges import without_self_loop

BACKENDS = ("local", "dask")


@dataclass(frozen=True)
class BuildOptions:
    """Settings of a build, one object through every layer: the CLI fills it from its options.

    ``reading`` holds how articles are read; its ontology folder also gives extraction its lexicons.
    Call ``checked()`` before the slow model load, so a typo fails at once.
    """

    model: str | None = None
    base_iri: str = DEFAULT_BASE
    batch_size: int = 16
    jobs: int | None = 1  # None: one worker process per core
    backend: str = "local"
    scheduler: str | None = None
    actors: tuple[str | Path, ...] = ()  # PETRARCH dictionaries giving actors CAMEO codes
    reading: ReadOptions = field(default_factory=ReadOptions)
    render_rdf: bool = False  # workers also render each article's RDF (for a store)
    render_quads: bool = False  # workers render each article's RDF for the output graph (``document_nquads``)
    # the RDF format the caller will write (``KnowledgeGraph.serialize``): with worker processes, one
    # writes its text while this process makes the other outputs
    rdf_format: str | None = None

    @property
    def ontology(self) -> str | None:
        """The ontology folder, for reading and extraction alike."""
        return self.reading.ontology

    def checked(self) -> BuildOptions:
        """These options checked and completed (jobs, actor paths); a bad dictionary fails here."""
        actor_files = tuple(str(a) for a in self.actors)
        if actor_files:
            load_dictionaries(actor_files)  # a missing or bad dictionary fails before any parsing
        if self.backend not in BACKENDS:
            raise GraphbuildError(f"unknown --backend {self.backend!r}; use local or dask")
        if self.jobs is not None and self.jobs < 1:
            raise GraphbuildError(f"--jobs {self.jobs} must be at least 1")
        return replace(
            self,
            base_iri=check_base(self.base_iri),
            jobs=default_jobs() if self.jobs is None else self.jobs,
            actors=actor_files,
        )


def default_jobs() -> int:
    """One worker per core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass
class DocumentResult:
    """Everything one document contributes, in source offsets, before cross-document merging."""

    document: Document
    sentences: list[Sentence]
    entities: list[LocalEntity]
    triples: list[Triple]
    tokens: int = 0
    ntriples: str | None = None  # the article's RDF, when a worker rendered it for a store
    nquads: bytes | None = None  # the article's RDF, entities as stand-ins (``document_nquads``)


class BuildProgress(Protocol):
    """What a build reports as it goes; the CLI shows it as a progress bar (``graphbuild.progress``)."""

    def start(self, total: int | None) -> None: ...

    def advance(self, *, tokens: int = 0, skipped: bool = False) -> None: ...

    def stop(self) -> None: ...


def process_document(doc: Doc, document: Document) -> DocumentResult:
    """The records of one Doc that graphbuild's components processed, in source offsets.

    ``load_pipeline`` ends in ``graphbuild_triples``, ``graphbuild_entities`` and
    ``graphbuild_confidence``, so extraction, resolution and calibration ran inside ``nlp.pipe`` (or
    right after the model, in ``parse_ahead``): what a spaCy user gets is what the build gets.
    """
    sentences = []
    for index, sent in enumerate(doc.sents):
        raw = span_text(sent)
        text = raw.strip()
        if not text:
            continue
        lead = len(raw) - len(raw.lstrip())
        start, end = document.to_source(sent.start_char + lead, sent.start_char + lead + len(text))
        sentences.append(Sentence(document.id, index, text, start, end))
    resolved = document_entities(doc, document.id)
    by_index = {s.index: s for s in sentences}
    mapped = drop_duplicate_triples([_to_source(t, document, by_index) for t in resolved.triples])
    document, mapped = _with_times(doc, document, mapped)
    return DocumentResult(document, sentences, resolved.entities, mapped, tokens=len(doc))


def _with_times(doc: Doc, document: Document, triples: list[Triple]) -> tuple[Document, list[Triple]]:
    """The document with every temporal expression it holds, and each triple with its own time."""
    from graphbuild.temporal.anchor import document_anchor
    from graphbuild.temporal.document import clause_test, document_times, triple_time

    anchor = document_anchor(document)
    times = document_times(doc, document, anchor)
    same_clause = clause_test(doc, document)
    dated = [_with(t, time=triple_time(t, times, same_clause)) for t in triples]
    if anchor.date is not None and document.date_source is None:
        document = replace(document, date=document.date or anchor.date.isoformat(), date_source=anchor.source)
    return replace(document, times=times), dated


_with = evolve  # a build copies each triple a dozen times


def drop_duplicate_triples(triples: list[Triple]) -> list[Triple]:
    """Triples without exact repeats (all but confidence equal), each at its first place.

    Two extraction paths can find the same fact; kept twice it would be one RDF node but two lines
    of ``triples.jsonl``, and the counts would disagree. The most confident copy is kept.
    """
    kept: dict[Triple, Triple] = {}
    for triple in triples:
        key = _with(triple, confidence=0.0)
        best = kept.get(key)
        if best is None or triple.confidence > best.confidence:
            kept[key] = triple
    return list(kept.values())


def _to_source(triple: Triple, document: Document, sentences: dict[int, Sentence]) -> Triple:
    sentence = sentences.get(triple.provenance.sentence_index)
    if sentence is None:
        start, end = document.to_source(triple.provenance.char_start, triple.provenance.char_end)
    else:
        start, end = sentence.start, sentence.end
    provenance = _with(
        triple.provenance,
        doc_id=document.id,
        char_start=start,
        char_end=end,
        sentence=sentence.text if sentence else triple.provenance.sentence,
    )

    def move(m: Mention) -> Mention:
        s, e = document.to_source(m.start, m.end)
        return m if s == m.start and e == m.end else _with(m, start=s, end=e)

    # most articles' text is their source: their mentions stay as they are, not copied
    return _with(
        triple,
        subject=move(triple.subject),
        object=move(triple.object),
        provenance=provenance,
        arguments=tuple(
            a if (m := move(a.mention)) is a.mention else _with(a, mention=m) for a in triple.arguments
        ),
    )


def process_documents(documents: Iterable[Document], options: BuildOptions) -> Iterator[DocumentResult]:
    """Parse and process documents in batches with one pipeline, in this process, in input order.

    The model parses a batch ahead in a thread while this one extracts and resolves
    (``parse_ahead``).
    """
    nlp = load_pipeline(options.model, options.ontology)
    for doc, document in parse_ahead(nlp, documents, batch_size=options.batch_size):
        result = process_document(doc, document)
        if options.render_quads:
            result.nquads = document_nquads(result, options.base_iri)
        yield result


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
    lexicons = load_lexicons(options.ontology)
    link_places(entities, lexicons)
    if options.actors:
        attach_actor_codes(entities, load_dictionaries(options.actors), dates, lexicons)


def assemble(results: Iterable[DocumentResult], options: BuildOptions) -> KnowledgeGraph:
    """Merge per-document results into one graph with global entity IRIs.

    When every article's RDF was rendered by a worker (``DocumentResult.nquads``), the graph keeps
    it, with the merged IRI of each entity stand-in, to write its RDF file from (``ArticleRDF``).
    """
    kept: list[DocumentResult] = []
    articles = ArticleRDF()
    for r in results:
        if r.nquads is not None:
            articles.packed.append(r.nquads)
            r.nquads = None  # the graph holds it now
        kept.append(r)
    entities, mapping = merge_entities(
        [(r.document.id, r.entities) for r in kept], options.base_iri, load_lexicons(options.ontology)
    )
    finish_entities(entities, options, {r.document.id: r.document.date for r in kept})
    by_id = {e.id: e for e in entities}

    def globalise(doc_id: str, m: Mention) -> Mention:
        if m.entity_id is None:
            return m
        iri = mapping.get((doc_id, m.entity_id))
        return _with(m, entity_id=iri, entity_label=by_id[iri].label if iri else None)

    triples = [
        without_self_loop(
            _with(t, subject=globalise(r.document.id, t.subject), object=globalise(r.document.id, t.object))
        )
        for r in kept
        for t in r.triples
    ]
    graph = KnowledgeGraph(
        documents=[r.document for r in kept],
        sentences=[s for r in kept for s in r.sentences],
        entities=[e for e in entities if e.node],
        triples=triples,
        base_iri=options.base_iri,
        meta={"tokens": sum(r.tokens for r in kept)},
        typed_mentions=[e for e in entities if not e.node],
    )
    if kept and len(articles) == len(kept):
        iris = [[mapping.get((r.document.id, e.key)) for e in r.entities] for r in kept]
        if all(iri is not None for article in iris for iri in article):  # else rdflib renders the graph
            articles.iris = iris  # type: ignore[assignment]
            graph.use_articles_rdf(articles)
    return graph


def document_nquads(result: DocumentResult, base_iri: str) -> bytes:
    """An article's own statements (document, sentences, assertions, the ``rel:`` properties they use)
    as packed N-Quads (``article_rdf.pack``), its i-th entity (of ``result.entities``) as ``LOCAL_IRI<i>``.

    A worker renders this before the cross-document merge decides the entities' IRIs; ``assemble``
    records them and ``KnowledgeGraph.serialize`` puts them in. Entity descriptions are rendered after
    the merge.
    """
    from graphbuild.nquads import article_nquads

    index = {e.key: i for i, e in enumerate(result.entities)}

    def local(m: Mention) -> Mention:
        if m.entity_id is None:
            return m
        i = index.get(m.entity_id)  # a key without an entity gets none in the merge too
        return _with(m, entity_id=None if i is None else f"{LOCAL_IRI}{i}", entity_label=None)

    triples = [_with(t, subject=local(t.subject), object=local(t.object)) for t in result.triples]
    return pack(article_nquads([result.document], result.sentences, triples, base_iri))


def document_ntriples(result: DocumentResult, base_iri: str) -> str:
    """An article's own statements (document, sentences, assertions) as N-Triples.

    Entity descriptions are left out: they depend on every article, and live in a store's entities
    graph. A worker renders this for a store, so the parent needn't.
    """
    from graphbuild.rdf import serialize, to_rdf

    alone = assemble([result], BuildOptions(base_iri=base_iri))
    alone.entities = []
    return serialize(to_rdf(alone), "nt")
