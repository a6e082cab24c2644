"""The build: articles in, a ``KnowledgeGraph`` out.

Each document goes through parse -> extract -> resolve on its own (``process_document``), which
yields plain records; only the cross-document merge needs all of them. That split is what lets a
build run in several processes later.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from graphbuild.extract import extract_triples
from graphbuild.graph import KnowledgeGraph
from graphbuild.ingest import DEFAULT_MAX_BYTES, ErrorHandler, read_documents
from graphbuild.iri import DEFAULT_BASE, check_base
from graphbuild.lexicons import Lexicons, load_lexicons
from graphbuild.model import Document, Mention, Sentence, Triple
from graphbuild.nlp import load_pipeline, model_name, parse
from graphbuild.resolve import LocalEntity, link_places, merge_entities, resolve_document
from graphbuild.resolve.actors import attach_actor_codes, load_dictionaries


@dataclass
class DocumentResult:
    """Everything one document contributes, in source offsets, before cross-document merging."""

    document: Document
    sentences: list[Sentence]
    entities: list[LocalEntity]
    triples: list[Triple]
    tokens: int = 0


@dataclass
class BuildOptions:
    """Settings of a build; the CLI passes its options straight through."""

    model: str | None = None
    base_iri: str = DEFAULT_BASE
    ontology: str | None = None
    batch_size: int = 16
    actors: tuple[str, ...] = ()
    timings: dict[str, float] = field(default_factory=dict)


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
    """Parse and process documents in batches with one pipeline."""
    nlp = load_pipeline(options.model)
    lexicons = load_lexicons(options.ontology)
    for doc, document in parse(nlp, documents, batch_size=options.batch_size):
        yield process_document(doc, document, nlp=nlp, lexicons=lexicons)


def assemble(results: Iterable[DocumentResult], options: BuildOptions) -> KnowledgeGraph:
    """Merge per-document results into one graph with global entity IRIs."""
    results = list(results)
    entities, mapping = merge_entities([(r.document.id, r.entities) for r in results], options.base_iri)
    link_places(entities)
    if options.actors:
        dates = {r.document.id: r.document.date for r in results}
        attach_actor_codes(entities, load_dictionaries(options.actors), dates)
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


def build(
    inputs: Iterable[str | Path],
    *,
    model: str | None = None,
    base_iri: str = DEFAULT_BASE,
    ontology: str | None = None,
    batch_size: int = 16,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    check_language: bool = True,
    on_error: ErrorHandler | None = None,
    actors: Iterable[str | Path] | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from articles (files, folders, ``.jsonl`` corpora or ``-``).

    Bad files inside folders and bad corpus lines are skipped and passed to ``on_error`` (see
    ``ingest.read_documents``); a bad file named in ``inputs`` raises ``InputError``.
    """
    options = BuildOptions(
        model=model,
        base_iri=check_base(base_iri),
        ontology=ontology,
        batch_size=batch_size,
        actors=tuple(str(a) for a in actors or ()),
    )
    if options.actors:
        load_dictionaries(options.actors)  # a missing or bad dictionary fails before any parsing
    started = time.perf_counter()
    nlp = load_pipeline(model)
    loaded = time.perf_counter()
    documents = list(
        read_documents(
            inputs,
            ontology=ontology,
            encoding=encoding,
            max_bytes=max_bytes,
            check_language=check_language,
            on_error=on_error,
        )
    )
    read = time.perf_counter()
    graph = assemble(process_documents(documents, options), options)
    done = time.perf_counter()
    graph.meta.update(
        model=model_name(nlp),
        timings={
            "load_model_s": round(loaded - started, 3),
            "read_s": round(read - loaded, 3),
            "process_s": round(done - read, 3),
        },
    )
    return graph
