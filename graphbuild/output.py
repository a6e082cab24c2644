"""The export contract of a build folder: what ``KnowledgeGraph.write`` saves, and reading it back.

A build writes five files (``OUTPUT_FILES``, the graph under the suffix of its RDF format). The
JSONL lines are the stable records other tools read (``entity_record``, ``triple_record``);
``read_output`` is their inverse, so a saved graph can be rendered or re-exported without parsing
the articles again.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from graphbuild.errors import StoreError
from graphbuild.files import write_atomically
from graphbuild.model import Document, Entity, Mention, Sentence, TimeExpression, Triple
from graphbuild.vocab import GB

if TYPE_CHECKING:
    from graphbuild.graph import KnowledgeGraph

OUTPUT_FILES = ("graph.ttl", "graph.html", "entities.jsonl", "triples.jsonl", "report.json")
# The graph files a build folder may hold, one per RDF format.
GRAPH_FILES = ("graph.trig", "graph.ttl", "graph.nt", "graph.jsonld")
# The longest `sentence` a triples.jsonl line repeats; the full text is in the graph file, once.
SENTENCE_CHARS = 1000


def write_output(
    graph: KnowledgeGraph, out_dir: str | Path, *, rdf_format: str = "turtle"
) -> dict[str, Path]:
    """Write the five output files of ``graph``; all appear together or none changes.

    The graph goes to ``graph.<suffix>`` for ``rdf_format`` (``ttl``, ``nt``, ``trig``, ``jsonld``);
    a graph file of another format left by an earlier build is removed with the same step, so
    a folder never holds two graphs that disagree.

    Each file is rendered to a temporary file in ``out_dir`` first and moved into place only
    when every one of them is ready, so a failure leaves the previous output intact.
    """
    from graphbuild.rdf import SUFFIX
    from graphbuild.rdf import rdf_format as format_name
    from graphbuild.viz import render_html

    graph_name = f"graph.{SUFFIX[format_name(rdf_format)]}"
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create output folder {out}: {e.strerror}; choose another --out") from e
    with _collector_paused():
        contents: dict[str, str] = {
            "graph.html": render_html(graph),
            "entities.jsonl": _jsonl([entity_record(e) for e in (*graph.entities, *graph.typed_mentions)]),
            "triples.jsonl": _jsonl([triple_record(t) for t in graph.triples]),
            "report.json": json.dumps(graph.report(), indent=2, ensure_ascii=False) + "\n",
        }
        # last: a worker may be writing it meanwhile (``KnowledgeGraph.serialize_ahead``)
        contents[graph_name] = graph.serialize(rdf_format)
    stale = [f"graph.{suffix}" for suffix in sorted(set(SUFFIX.values()))]
    return write_atomically(out, contents, remove=[name for name in stale if name != graph_name])


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the outputs are made.

    Making them allocates hundreds of thousands of small objects that live until the files are
    written, and each time enough of them survive Python's full collection scans every record of
    the graph again: a third of the page's time at 600 articles. They hold no cycles; reference
    counting frees them.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


# one encoder for every line: ``json.dumps`` with options makes a new one per call
_json_line = json.JSONEncoder(ensure_ascii=False).encode


def _jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(_json_line(r) + "\n" for r in records)


def entity_record(entity: Entity) -> dict[str, Any]:
    """One line of ``entities.jsonl``."""
    return {
        "id": entity.id,
        "label": entity.label,
        "type": entity.type,
        "subtype": entity.subtype,
        "aliases": entity.aliases,
        "mentions": entity.mentions,
        "codes": entity.codes,
        "docs": entity.docs,
        "merges": entity.merges,
        **({} if entity.node else {"node": False}),
    }


def _mention_record(m: Mention) -> dict[str, Any]:
    return {
        "id": m.entity_id,
        "label": m.entity_label or m.text,
        "text": m.text,
        "start": m.start,
        "end": m.end,
    }


def triple_record(t: Triple) -> dict[str, Any]:
    """One line of ``triples.jsonl`` (``derived`` only on an edge derived from another triple)."""
    record = {
        "subject": _mention_record(t.subject),
        "relation": {"text": t.relation.text, "lemma": t.relation.lemma},
        "object": _mention_record(t.object),
        "arguments": [{"role": a.role, **_mention_record(a.mention)} for a in t.arguments],
        "negated": t.negated,
        "modality": t.modality,
        "attributed_to": t.attributed_to,
        "confidence": t.confidence,
        "doc": t.provenance.doc_id,
        "sentence_index": t.provenance.sentence_index,
        "sentence": capped(t.provenance.sentence),
        "char_start": t.provenance.char_start,
        "char_end": t.provenance.char_end,
        "time": time_record(t.time),
    }
    if t.derived is not None:
        record["derived"] = t.derived
    return record


def time_record(t: TimeExpression | None) -> dict[str, Any] | None:
    """A fact's time in ``triples.jsonl``: text, source offsets, TIMEX3 value, granularity, type."""
    if t is None:
        return None
    return {"text": t.text, "start": t.start, "end": t.end, "value": t.value,
            "granularity": t.granularity, "type": t.type}  # fmt: skip


def _time_from_record(r: dict[str, Any] | None) -> TimeExpression | None:
    if not r:
        return None
    return TimeExpression(r["text"], int(r["start"]), int(r["end"]), r.get("value"), r.get("granularity"),
                          r.get("type") or "DATE")  # fmt: skip


def capped(sentence: str) -> str:
    """A sentence cut to ``SENTENCE_CHARS`` (ending in "…"): each triple repeats its sentence.

    Uncapped, a long one-sentence article's output grows with the square of its length. The
    record's ``char_start``/``char_end`` still point at the whole sentence in the source, and the
    graph file holds its full text once.
    """
    if len(sentence) <= SENTENCE_CHARS:
        return sentence
    return sentence[: SENTENCE_CHARS - 1] + "\u2026"


class SavedGraph(NamedTuple):
    """What a build folder holds, read back: the fields of a ``KnowledgeGraph``, in its order, then
    the typed mentions that are no nodes."""

    documents: list[Document]
    sentences: list[Sentence]
    entities: list[Entity]
    triples: list[Triple]
    typed_mentions: list[Entity]  # typed mentions that are no nodes


def read_output(out_dir: str | Path) -> SavedGraph:
    """A build output folder read back from its ``entities.jsonl`` and ``triples.jsonl``.

    The inverse of ``entity_record``/``triple_record``, so a saved graph can be rendered or
    re-exported without parsing the articles again. Documents (with dates and titles) and sentences
    (with their full text) come from the folder's graph file; without one, from the triples'
    provenance. The documents' full text is not in the export.
    """
    folder = Path(out_dir)
    if folder.is_file():  # a file of the folder, e.g. out/triples.jsonl or out/graph.ttl
        folder = folder.parent
    if not folder.is_dir():
        raise StoreError(f"{folder}: no such build output folder; run graphbuild build first")
    records = [_entity_from_record(r) for r in _read_jsonl(folder / "entities.jsonl")]
    entities = [e for e in records if e.node]
    triples = [_triple_from_record(r) for r in _read_jsonl(folder / "triples.jsonl")]
    meta, saved_sentences = _graph_file_records(folder)
    sentences: dict[tuple[str, int], Sentence] = {(s.doc_id, s.index): s for s in saved_sentences}
    for i, t in enumerate(triples):
        p = t.provenance
        full = sentences.get((p.doc_id, p.sentence_index))
        if full is None:
            sentences[(p.doc_id, p.sentence_index)] = Sentence(
                p.doc_id, p.sentence_index, p.sentence, p.char_start, p.char_end
            )
        elif full.text != p.sentence:  # capped in triples.jsonl
            triples[i] = replace(t, provenance=replace(p, sentence=full.text))
    doc_ids = dict.fromkeys(
        list(meta) + [d for e in entities for d in e.docs] + [t.provenance.doc_id for t in triples]
    )
    documents = [
        Document(
            id=d, text="", source="", title=meta.get(d, {}).get("title"), date=meta.get(d, {}).get("date")
        )
        for d in doc_ids
    ]
    order = {d: i for i, d in enumerate(doc_ids)}
    return SavedGraph(
        documents,
        sorted(sentences.values(), key=lambda s: (order[s.doc_id], s.index)),
        entities,
        triples,
        [e for e in records if not e.node],
    )


def newest_graph_file(folder: Path) -> Path | None:
    """The graph file a build last wrote into ``folder`` (the newest ``graph.*``), if any."""
    found = [folder / name for name in GRAPH_FILES if (folder / name).is_file()]
    return max(found, key=lambda f: f.stat().st_mtime_ns) if found else None


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise StoreError(
            f"{path.parent}: no {path.name}; is this a graphbuild build output folder?"
        ) from None
    except (OSError, UnicodeDecodeError) as e:
        raise StoreError(f"cannot read {path}: {e}; rebuild the graph") from e
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise StoreError(f"{path}:{number}: not valid JSON ({e.msg}); rebuild the graph") from e
        if not isinstance(record, dict):
            raise StoreError(f"{path}:{number}: expected a JSON object; rebuild the graph")
        if _SURROGATE_ESCAPE.search(line) and _has_surrogate(record):
            raise StoreError(
                f"{path}:{number}: a text holds a lone surrogate escape (such as \\ud800), which is not "
                "Unicode text; fix the line or rebuild the graph"
            )
        records.append(record)
    return records


# a JSON escape of a surrogate code point; only lines holding one need the slower check below
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _has_surrogate(value: object) -> bool:
    """True if a string in a decoded JSON value holds a lone surrogate (a ``\\ud800`` escape with no pair).

    Such a string cannot be written as UTF-8: it would fail later, in the page or the RDF.
    """
    if isinstance(value, str):
        return any("\ud800" <= c <= "\udfff" for c in value)
    if isinstance(value, dict):
        return any(_has_surrogate(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_surrogate(v) for v in value)
    return False


def _entity_from_record(r: dict[str, Any]) -> Entity:
    try:
        return Entity(
            id=r["id"],
            label=r["label"],
            type=r.get("type") or "Other",
            subtype=r.get("subtype"),
            aliases=list(r.get("aliases") or []),
            mentions=int(r.get("mentions") or 0),
            codes={str(k): str(v) for k, v in (r.get("codes") or {}).items()},
            docs=list(r.get("docs") or []),
            merges=list(r.get("merges") or []),
            node=r.get("node", True) is not False,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise StoreError(f"entities.jsonl: bad entity record {str(r)[:80]!r} ({e}); rebuild the graph") from e


def _mention_from_record(r: dict[str, Any]) -> Mention:
    return Mention(
        text=r.get("text") or r.get("label") or "",
        start=int(r.get("start") or 0),
        end=int(r.get("end") or 0),
        entity_id=r.get("id"),
        entity_label=r.get("label") if r.get("id") or r.get("label") != r.get("text") else None,
    )


def _triple_from_record(r: dict[str, Any]) -> Triple:
    from graphbuild.model import Argument, Provenance, Relation

    try:
        return Triple(
            subject=_mention_from_record(r["subject"]),
            relation=Relation(text=r["relation"]["text"], lemma=r["relation"]["lemma"]),
            object=_mention_from_record(r["object"]),
            provenance=Provenance(
                doc_id=r["doc"],
                sentence_index=int(r.get("sentence_index") or 0),
                sentence=r.get("sentence") or "",
                char_start=int(r.get("char_start") or 0),
                char_end=int(r.get("char_end") or 0),
            ),
            arguments=tuple(
                Argument(mention=_mention_from_record(a), role=a.get("role") or "")
                for a in r.get("arguments") or []
            ),
            negated=bool(r.get("negated")),
            modality=r.get("modality"),
            attributed_to=r.get("attributed_to"),
            confidence=float(r.get("confidence", 1.0)),
            time=_time_from_record(r.get("time")),
            derived=r.get("derived"),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise StoreError(f"triples.jsonl: bad triple record {str(r)[:80]!r} ({e}); rebuild the graph") from e


_DCTERMS = "http://purl.org/dc/terms/"
_GB = str(GB)


def _graph_file_records(folder: Path) -> tuple[dict[str, dict[str, str]], list[Sentence]]:
    """Documents (id -> date/title) and sentences, read from the folder's RDF file (none without one).

    The graph file is where every document and sentence is saved, those without triples too, and
    each sentence's full text once.
    """
    import pyoxigraph

    path = newest_graph_file(folder)
    if path is None:
        return {}, []
    by_node: dict[str, dict[str, str]] = {}
    wanted = {
        _DCTERMS + "identifier": "id",
        _DCTERMS + "date": "date",
        _DCTERMS + "title": "title",
        _DCTERMS + "isPartOf": "document",
        _GB + "text": "text",
        _GB + "sentenceIndex": "index",
        _GB + "charStart": "start",
        _GB + "charEnd": "end",
    }
    try:
        for quad in pyoxigraph.parse(path=path):
            key = wanted.get(quad.predicate.value)
            if key and isinstance(quad.object, (pyoxigraph.Literal, pyoxigraph.NamedNode)):
                by_node.setdefault(quad.subject.value, {})[key] = quad.object.value
    except (SyntaxError, ValueError, OSError) as e:
        raise StoreError(f"{path}: cannot read documents and sentences ({e}); rebuild the graph") from e
    documents = {node: v for node, v in by_node.items() if "id" in v}
    sentences = []
    for v in by_node.values():
        document = documents.get(v.get("document", ""))
        if document is None or not {"text", "index", "start", "end"} <= v.keys():
            continue
        try:
            sentences.append(
                Sentence(document["id"], int(v["index"]), v["text"], int(v["start"]), int(v["end"]))
            )
        except ValueError as e:
            raise StoreError(f"{path}: bad sentence {v['text'][:60]!r} ({e}); rebuild the graph") from e
    return {v["id"]: v for v in documents.values()}, sentences
