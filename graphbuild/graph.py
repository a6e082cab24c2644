"""``KnowledgeGraph``: the result of a build, and the export contract of its files.

It holds plain records; the RDF graph, the networkx graph and the HTML page are derived on demand
by the modules that know those libraries (``rdf``, ``viz``).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphbuild.errors import StoreError
from graphbuild.iri import DEFAULT_BASE
from graphbuild.model import Document, Entity, Mention, Sentence, Triple

if TYPE_CHECKING:
    import networkx as nx
    import rdflib

OUTPUT_FILES = ("graph.ttl", "graph.html", "entities.jsonl", "triples.jsonl", "report.json")


@dataclass
class KnowledgeGraph:
    """Documents, sentences, entities and triples of a build, with derived views."""

    documents: list[Document]
    sentences: list[Sentence]
    entities: list[Entity]
    triples: list[Triple]
    base_iri: str = DEFAULT_BASE
    meta: dict[str, Any] = field(default_factory=dict)
    _rdf: rdflib.Dataset | None = field(default=None, repr=False)

    @property
    def rdf(self) -> rdflib.Dataset:
        """The graph as RDF, a named graph per document (built on first access, then cached)."""
        if self._rdf is None:
            from graphbuild.rdf import to_rdf

            self._rdf = to_rdf(self)
        return self._rdf

    def to_networkx(self) -> nx.MultiDiGraph:
        """Entities as nodes, triples between two entities as edges (see ``viz.to_networkx``)."""
        from graphbuild.viz import to_networkx

        return to_networkx(self)

    def query(
        self,
        sparql: str,
        bindings: dict[str, str] | None = None,
        *,
        timeout: float | None = None,
        allow_service: bool = False,
    ) -> list[dict[str, Any]]:
        """Run a SPARQL query over ``rdf``; rows as dicts of Python values (see ``sparql.run_query``)."""
        from graphbuild.sparql import run_query

        return run_query(self.rdf, sparql, bindings=bindings, timeout=timeout, allow_service=allow_service)

    def entity_records(self) -> list[dict[str, Any]]:
        return [entity_record(e) for e in self.entities]

    def triple_records(self) -> list[dict[str, Any]]:
        return [triple_record(t) for t in self.triples]

    def report(self) -> dict[str, Any]:
        """Counts by type and the timings of the build."""
        types = Counter(e.type for e in self.entities)
        return {
            "documents": len(self.documents),
            "sentences": len(self.sentences),
            "entities": len(self.entities),
            "entities_by_type": {t: types.get(t, 0) for t in ("Actor", "Weapon", "Region", "Other")},
            "triples": len(self.triples),
            "triples_linked": sum(1 for t in self.triples if t.subject.entity_id and t.object.entity_id),
            "negated": sum(t.negated for t in self.triples),
            "modal": sum(t.modality is not None for t in self.triples),
            "attributed": sum(t.attributed_to is not None for t in self.triples),
            **{k: v for k, v in self.meta.items() if k in ("model", "timings", "tokens")},
        }

    def summary(self) -> str:
        r = self.report()
        types = ", ".join(f"{n} {t}" for t, n in r["entities_by_type"].items() if n)
        return (
            f"{r['documents']} documents, {r['sentences']} sentences, {r['triples']} triples, "
            f"{r['entities']} entities ({types or 'none'})"
        )

    def serialize(self, rdf_format: str = "turtle") -> str:
        """The graph as text (``ttl``, ``nt``, ``trig`` or ``jsonld``), as ``write`` saves it."""
        from graphbuild.rdf import serialize

        return serialize(self.rdf, rdf_format)

    def write(self, out_dir: str | Path, *, rdf_format: str = "turtle") -> dict[str, Path]:
        """Write the five output files; all appear together or none changes.

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
            graph_name: serialize(self.rdf, rdf_format),
            "graph.html": render_html(self),
            "entities.jsonl": _jsonl(self.entity_records()),
            "triples.jsonl": _jsonl(self.triple_records()),
            "report.json": json.dumps(self.report(), indent=2, ensure_ascii=False) + "\n",
        }
        stale = [f"graph.{suffix}" for suffix in sorted(set(SUFFIX.values()))]
        return write_atomically(out, contents, remove=[name for name in stale if name != graph_name])


def _file_mode() -> int:
    """The mode a newly created file would get (mkstemp's files are private by default)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomically(out: Path, contents: dict[str, str], *, remove: Iterable[str] = ()) -> dict[str, Path]:
    """Write several files into ``out`` (and delete the ``remove`` ones) so all change or none does.

    Every file is staged as a temporary file first; the old files are kept as hidden backups
    while the new ones are moved into place, and put back if any move fails or is interrupted.
    """
    staged: list[tuple[str, Path]] = []
    backups: list[Path] = []
    mode = _file_mode()
    try:
        for name, text in contents.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
            staged.append((name, Path(tmp)))
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            os.chmod(tmp, mode)
        moved: list[tuple[Path, Path | None]] = []
        try:
            for name, tmp in staged:
                target = out / name
                backup = _backup(target) if target.exists() else None
                if backup is not None:
                    backups.append(backup)
                moved.append((target, backup))
                os.replace(tmp, target)
            for name in remove:
                target = out / name
                if target.exists():
                    backup = _backup(target)
                    backups.append(backup)
                    moved.append((target, backup))
                    target.unlink()
        except BaseException:
            for target, backup in reversed(moved):
                if backup is not None:
                    os.replace(backup, target)
                else:
                    target.unlink(missing_ok=True)
            raise
        return {name: out / name for name, _ in staged}
    except OSError as e:
        raise StoreError(
            f"cannot write to {out}: {e.strerror}; check the folder's permissions or space"
        ) from e
    finally:
        for path in [tmp for _, tmp in staged] + backups:
            path.unlink(missing_ok=True)


def _backup(target: Path) -> Path:
    """A hidden copy of ``target`` next to it (a hard link when the file system allows)."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".bak", dir=target.parent)
    os.close(fd)
    backup = Path(name)
    backup.unlink()
    try:
        os.link(target, backup)
    except OSError:
        shutil.copy2(target, backup)
    return backup


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


def load_output(out_dir: str | Path) -> KnowledgeGraph:
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
    return KnowledgeGraph(
        documents, sorted(sentences.values(), key=lambda s: (s.doc_id, s.index)), entities, triples
    )


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

    from graphbuild.store import graph_file

    try:
        path = graph_file(folder)
    except StoreError:
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
