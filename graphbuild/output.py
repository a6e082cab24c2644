"""The export contract of a build folder: what ``KnowledgeGraph.write`` saves, and reading it back.

A build writes five files (``OUTPUT_FILES``, the graph under the suffix of its RDF format). The
JSONL lines are the stable records other tools read (``entity_record``, ``triple_record``);
``read_output`` is their inverse, so a saved graph can be rendered or re-exported without parsing
the articles again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from graphbuild.errors import StoreError
from graphbuild.files import write_atomically
from graphbuild.model import Document, Entity, Mention, Sentence, Triple

if TYPE_CHECKING:
    from graphbuild.graph import KnowledgeGraph

OUTPUT_FILES = ("graph.ttl", "graph.html", "entities.jsonl", "triples.jsonl", "report.json")
# The graph files a build folder may hold, one per RDF format.
GRAPH_FILES = ("graph.trig", "graph.ttl", "graph.nt", "graph.jsonld")


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
    from graphbuild.rdf import SUFFIX, serialize
    from graphbuild.rdf import rdf_format as format_name
    from graphbuild.viz import render_html

    graph_name = f"graph.{SUFFIX[format_name(rdf_format)]}"
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create output folder {out}: {e.strerror}; choose another --out") from e
    contents: dict[str, str] = {
        graph_name: serialize(graph.rdf, rdf_format),
        "graph.html": render_html(graph),
        "entities.jsonl": _jsonl([entity_record(e) for e in graph.entities]),
        "triples.jsonl": _jsonl([triple_record(t) for t in graph.triples]),
        "report.json": json.dumps(graph.report(), indent=2, ensure_ascii=False) + "\n",
    }
    stale = [f"graph.{suffix}" for suffix in sorted(set(SUFFIX.values()))]
    return write_atomically(out, contents, remove=[name for name in stale if name != graph_name])


def _jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


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
    """One line of ``triples.jsonl``."""
    return {
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
        "sentence": t.provenance.sentence,
        "char_start": t.provenance.char_start,
        "char_end": t.provenance.char_end,
    }


class SavedGraph(NamedTuple):
    """What a build folder holds, read back: the fields of a ``KnowledgeGraph``, in its order."""

    documents: list[Document]
    sentences: list[Sentence]
    entities: list[Entity]
    triples: list[Triple]


def read_output(out_dir: str | Path) -> SavedGraph:
    """A build output folder read back from its ``entities.jsonl`` and ``triples.jsonl``.

    The inverse of ``entity_record``/``triple_record``, so a saved graph can be rendered or
    re-exported without parsing the articles again. Documents and sentences are rebuilt from the
    triples' provenance (their full text is not in the export); document dates and titles come from
    the folder's RDF file when there is one.
    """
    folder = Path(out_dir)
    if folder.is_file():  # a file of the folder, e.g. out/triples.jsonl or out/graph.ttl
        folder = folder.parent
    if not folder.is_dir():
        raise StoreError(f"{folder}: no such build output folder; run graphbuild build first")
    entities = [_entity_from_record(r) for r in _read_jsonl(folder / "entities.jsonl")]
    triples = [_triple_from_record(r) for r in _read_jsonl(folder / "triples.jsonl")]
    sentences: dict[tuple[str, int], Sentence] = {}
    for t in triples:
        p = t.provenance
        sentences.setdefault(
            (p.doc_id, p.sentence_index),
            Sentence(p.doc_id, p.sentence_index, p.sentence, p.char_start, p.char_end),
        )
    doc_ids = dict.fromkeys([d for e in entities for d in e.docs] + [t.provenance.doc_id for t in triples])
    meta = _document_metadata(folder)
    documents = [
        Document(
            id=d, text="", source="", title=meta.get(d, {}).get("title"), date=meta.get(d, {}).get("date")
        )
        for d in doc_ids
    ]
    return SavedGraph(
        documents, sorted(sentences.values(), key=lambda s: (s.doc_id, s.index)), entities, triples
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
        records.append(record)
    return records


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
        )
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise StoreError(f"entities.jsonl: bad entity record {str(r)[:80]!r} ({e}); rebuild the graph") from e


def _mention_from_record(r: dict[str, Any]) -> Mention:
    return Mention(
        text=r.get("text") or r.get("label") or "",
        start=int(r.get("start") or 0),
        end=int(r.get("end") or 0),
        entity_id=r.get("id"),
        entity_label=r.get("label") if r.get("id") else None,
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
        )
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise StoreError(f"triples.jsonl: bad triple record {str(r)[:80]!r} ({e}); rebuild the graph") from e


_DCTERMS = "http://purl.org/dc/terms/"


def _document_metadata(folder: Path) -> dict[str, dict[str, str]]:
    """Document id -> date/title, read from the folder's RDF file (empty when there is none)."""
    import pyoxigraph

    path = newest_graph_file(folder)
    if path is None:
        return {}
    by_node: dict[str, dict[str, str]] = {}
    wanted = {_DCTERMS + "identifier": "id", _DCTERMS + "date": "date", _DCTERMS + "title": "title"}
    try:
        for quad in pyoxigraph.parse(path=path):
            key = wanted.get(quad.predicate.value)
            if key and isinstance(quad.object, pyoxigraph.Literal):
                by_node.setdefault(quad.subject.value, {})[key] = quad.object.value
    except (SyntaxError, ValueError, OSError) as e:
        raise StoreError(f"{path}: cannot read document dates ({e}); rebuild the graph") from e
    return {v["id"]: v for v in by_node.values() if "id" in v}
