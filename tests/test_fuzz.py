"""Fuzz tests: random and hostile text through ingest, extraction, IRI minting and serialization.

Nothing may escape but ``InputError`` (a message for the user), offsets must stay inside the
source, IRIs must stay plain, and every output must parse back. The number of examples comes from
the hypothesis profile (tests/conftest.py): ``ci`` by default, ``HYPOTHESIS_PROFILE=fuzz`` for the
long run; the tests that run the spaCy pipeline take a fiftieth of it.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from graphbuild.errors import InputError
from graphbuild.graph import KnowledgeGraph
from graphbuild.ingest import (
    decode,
    detokenize_ptb,
    parse_html,
    parse_jsonl,
    parse_text,
    replace_controls,
)
from graphbuild.ingest.options import _ReadOptions
from graphbuild.ingest.read import _read_stream
from graphbuild.iri import DEFAULT_BASE, document_iri, entity_iri, sentence_iri, slug
from graphbuild.lexicons import load_lexicons
from graphbuild.model import (
    Argument,
    Document,
    Entity,
    Mention,
    Provenance,
    Relation,
    Sentence,
    Triple,
)
from graphbuild.rdf import serialize, to_rdf, union_graph
from graphbuild.viz import render_html

EXAMPLES = settings.default.max_examples
PIPELINE_EXAMPLES = max(5, EXAMPLES // 20)

# Pieces that have broken parsers before: PTB escapes, clitics, header patterns, markup, quotes,
# bidi and zero-width characters, controls, surrogates, and characters that end a Turtle literal.
HOSTILE = [
    "-LRB-", "-RRB-", "-LSB-", "``", "''", "n't", "'s", " , ", " . ", "...", "$", "#",
    "By John Smith ", "KABUL | ", "PARIS (Reuters) - ", "Mon Jan 3, 2011 ", "Advertisement",
    "<script>alert(1)</script>", "</script>", "<!--", "-->", "<p>", "&amp;", "&#x27;", "&nbsp;",
    '"', "'", "\\", '"""', "'''", "\\u0022", ">", "<", "{", "}", "@prefix", "_:b0", "^^",
    "\n", "\r", "\r\n", "\t", "\x00", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85",
    "\u2028", "\u2029", "\u202e", "\u2066", "\u200b", "\u200d", "\ufeff", "\u00ad",
    "\ud800", "\udfff", "\ufffe", "\uffff", "\U0001f600", "ﷺ", "ß", "İ", "ﬁ",
    "مرحبا", "שלום", "中文", "Ⅻ", "١٢٣",
]  # fmt: skip
WORDS = [
    "Rebels", "the army", "attacked", "the town", "of", "Tripoli", "said", "on Monday", "weapons",
    "seized", "didn't", "they", "government forces", "near", "the border", ".", ",", "and", "not",
]  # fmt: skip

any_char = st.characters(exclude_categories=())  # every code point, surrogates included
hostile_text = st.lists(
    st.one_of(st.text(any_char, max_size=12), st.sampled_from(HOSTILE), st.sampled_from(WORDS)),
    max_size=40,
).map("".join)
englishish_text = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(HOSTILE), st.text(any_char, max_size=4)),
    min_size=1,
    max_size=30,
).map(" ".join)


def _check_offsets(doc: Document) -> None:
    """Every character of ``doc.text`` maps to an ordered span inside ``doc.source``."""
    n = len(doc.source)
    last_start = 0
    for i in range(len(doc.text)):
        s, e = doc.to_source(i, i + 1)
        assert 0 <= s <= e <= n
        assert s >= last_start
        last_start = s
    s, e = doc.to_source(0, len(doc.text))
    assert 0 <= s <= e <= n


@given(hostile_text)
def test_parse_text_fuzz_offsets_stay_inside_source(source: str):
    doc = parse_text(source, "fuzz")
    assert len(doc.source) == len(source)
    assert replace_controls(doc.text) == doc.text
    doc.text.encode("utf-8")  # no lone surrogate survives
    _check_offsets(doc)


@given(hostile_text)
def test_detokenize_ptb_fuzz_segments_ordered_and_inside(source: str):
    text, segments = detokenize_ptb(source, 0, len(source))
    previous = (-1, -1)
    for ts, ss, tl, sl in segments:
        assert 0 <= ss <= ss + sl <= len(source)
        assert 0 <= ts <= ts + tl <= len(text)
        assert ts > previous[0] and ss >= previous[1]
        previous = (ts, ss)
        if tl == sl:  # copied segments are the source characters (or one space for a gap)
            for a, b in zip(text[ts : ts + tl], source[ss : ss + sl], strict=True):
                assert a == b or (a.isspace() and b.isspace())


@given(st.binary(max_size=300), st.sampled_from([".txt", ".html", ".jsonl"]))
def test_read_stream_fuzz_bytes_give_documents_or_input_error(data: bytes, suffix: str):
    options = _ReadOptions(load_lexicons(), warn=lambda e: None)
    try:
        docs = list(_read_stream(data, "fuzz", "fuzz.bin", options, suffix=suffix))
    except InputError as e:
        assert "\n" not in str(e)
        return
    for doc in docs:
        assert doc.text.strip()
        _check_offsets(doc)


@given(st.one_of(st.binary(max_size=200), hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_decode_fuzz_returns_text_or_input_error(data: bytes):
    try:
        text = decode(data, "fuzz")
    except InputError:
        return
    assert isinstance(text, str)


@given(hostile_text)
def test_parse_html_fuzz_never_raises_anything_but_input_error(body: str):
    page = f"<html><body><article><p>{body}</p><p>{body}</p></article></body></html>"
    try:
        doc = parse_html(page, "fuzz")
    except InputError:
        return
    assert "<script" not in doc.text
    _check_offsets(doc)


@given(
    st.lists(st.one_of(hostile_text, st.builds(lambda t: json.dumps({"text": t}), hostile_text)), max_size=6)
)
def test_parse_jsonl_fuzz_bad_lines_are_warnings(lines: list[str]):
    warnings: list[InputError] = []
    options = _ReadOptions(load_lexicons(), check_language=False, warn=warnings.append)
    try:
        docs = list(parse_jsonl(lines, "fuzz.jsonl", options.lexicons, options=options))
    except InputError as e:
        assert "no usable articles" in str(e)
        return
    assert docs
    for doc in docs:
        _check_offsets(doc)


SAFE_LOCAL = re.compile(r"^[a-z0-9_]+$")


@given(st.text(any_char, max_size=200), st.integers(min_value=1, max_value=120))
def test_slug_fuzz_only_safe_characters(text: str, max_length: int):
    name = slug(text, max_length=max_length)
    assert SAFE_LOCAL.match(name), name
    assert name == slug(text, max_length=max_length)
    assert len(name) <= max_length + 9


@given(st.text(any_char, max_size=80), st.text(any_char, max_size=80), st.integers(0, 10**6))
def test_minted_iris_fuzz_survive_ntriples_and_sparql(label: str, doc_id: str, index: int):
    iris = [
        entity_iri(DEFAULT_BASE, "Actor", label),
        entity_iri(DEFAULT_BASE, label, label),
        document_iri(DEFAULT_BASE, doc_id),
        sentence_iri(DEFAULT_BASE, doc_id, index),
    ]
    g = Graph()
    for iri in iris:
        assert re.fullmatch(r"https://w3id\.org/graphbuild/id/[a-z0-9_/]+", iri), iri
        g.add((URIRef(iri), URIRef(DEFAULT_BASE + "p"), URIRef(iri)))
    back = Graph().parse(data=g.serialize(format="nt"), format="nt")
    assert isomorphic(g, back)
    rows = list(back.query(f"SELECT ?o WHERE {{ <{iris[0]}> ?p ?o }}"))
    assert len(rows) == 1


def _mention(text: str, label: str | None, i: int) -> Mention:
    iri = entity_iri(DEFAULT_BASE, "Actor", label) if label is not None else None
    return Mention(text, i, i + len(text), entity_id=iri, entity_label=label)


small_text = st.text(any_char, max_size=30)


@st.composite
def knowledge_graphs(draw) -> KnowledgeGraph:
    """A small graph whose every string is hostile: labels, sentences, ids, metadata."""
    doc_id = draw(small_text)
    sentence = draw(hostile_text)
    labels = draw(st.lists(small_text, min_size=1, max_size=4))
    entities = [
        Entity(
            id=entity_iri(DEFAULT_BASE, "Actor", label),
            label=label,
            type="Actor",
            subtype=draw(st.one_of(st.none(), small_text)),
            aliases=draw(st.lists(small_text, max_size=2)),
            mentions=1,
            codes=draw(st.dictionaries(small_text, small_text, max_size=2)),
        )
        for label in dict.fromkeys(labels)
    ]
    triples = [
        Triple(
            subject=_mention(draw(small_text), labels[0], 0),
            relation=Relation(draw(small_text), draw(small_text)),
            object=_mention(draw(small_text), draw(st.one_of(st.none(), st.sampled_from(labels))), 5),
            provenance=Provenance(doc_id, 0, sentence, 0, len(sentence)),
            arguments=(Argument(_mention(draw(small_text), None, 9), draw(small_text)),),
            negated=draw(st.booleans()),
            modality=draw(st.one_of(st.none(), small_text)),
            attributed_to=draw(st.one_of(st.none(), small_text)),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    document = Document(
        id=doc_id, text=sentence, source=sentence, title=draw(small_text), author=draw(small_text)
    )
    return KnowledgeGraph(
        documents=[document],
        sentences=[Sentence(doc_id, 0, sentence, 0, len(sentence))],
        entities=entities,
        triples=triples,
    )


def _clean(graph: KnowledgeGraph) -> KnowledgeGraph:
    """What the build hands to the RDF stage: ingest has already replaced lone surrogates."""
    from dataclasses import fields, is_dataclass, replace

    def fix(value):
        if isinstance(value, str):
            return replace_controls(value)
        if isinstance(value, list):
            return [fix(v) for v in value]
        if isinstance(value, tuple):
            return tuple(fix(v) for v in value)
        if isinstance(value, dict):
            return {fix(k): fix(v) for k, v in value.items()}
        if is_dataclass(value):
            return replace(value, **{f.name: fix(getattr(value, f.name)) for f in fields(value)})
        return value

    return KnowledgeGraph(
        documents=fix(graph.documents),
        sentences=fix(graph.sentences),
        entities=fix(graph.entities),
        triples=fix(graph.triples),
    )


@pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")
@given(knowledge_graphs(), st.sampled_from(["turtle", "nt", "json-ld", "trig"]))
def test_serialize_fuzz_output_parses_back(graph: KnowledgeGraph, fmt: str):
    g = to_rdf(_clean(graph))
    text = serialize(g, fmt)
    if fmt in ("trig", "json-ld"):
        back = union_graph(Dataset().parse(data=text, format=fmt))
    else:
        back = Graph().parse(data=text, format=fmt)
    assert isomorphic(union_graph(g), back)


@given(knowledge_graphs())
def test_render_html_fuzz_page_data_cannot_close_the_script(graph: KnowledgeGraph):
    page = render_html(_clean(graph))
    start = page.index("const GB_DATA = ") + len("const GB_DATA = ")
    end = page.index(";\n", start) if ";\n" in page[start:] else page.index(";", start)
    data = page[start:end]
    assert "<" not in data and "\u2028" not in data
    json.loads(data)


@pytest.mark.model
@settings(max_examples=PIPELINE_EXAMPLES)
@given(englishish_text)
def test_pipeline_fuzz_extraction_through_rdf(nlp, text: str):
    from graphbuild.pipeline import BuildOptions, assemble, process_document

    document = parse_text(text, "fuzz")
    result = process_document(nlp(document.text), document)
    for t in result.triples:
        for m in (t.subject, t.object):
            assert 0 <= m.start <= m.end <= len(document.source)
        assert 0 <= t.provenance.char_start <= t.provenance.char_end <= len(document.source)
    graph = assemble([result], BuildOptions())
    turtle = serialize(graph.rdf, "turtle")
    assert isomorphic(union_graph(graph.rdf), Graph().parse(data=turtle, format="turtle"))
