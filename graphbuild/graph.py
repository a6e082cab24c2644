"""``KnowledgeGraph``: the result of a build, a record of plain dataclasses.

The RDF graph, the networkx graph, SPARQL answers and the output files are derived on demand by the
modules that know those libraries and formats (``rdf``, ``viz``, ``sparql``, ``output``); the
methods here are conveniences that delegate to them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphbuild.article_rdf import ArticleRDF
from graphbuild.iri import DEFAULT_BASE
from graphbuild.model import Document, Entity, Sentence, Triple
from graphbuild.network import network_figures
from graphbuild.output import entity_record, read_output, triple_record, write_output

if TYPE_CHECKING:
    import networkx as nx
    import rdflib


@dataclass
class KnowledgeGraph:
    """Documents, sentences, entities and triples of a build, with derived views."""

    documents: list[Document]
    sentences: list[Sentence]
    entities: list[Entity]
    triples: list[Triple]
    base_iri: str = DEFAULT_BASE
    meta: dict[str, Any] = field(default_factory=dict)
    # Typed mentions that are no nodes (``Entity.node`` false): in entities.jsonl, nowhere else.
    typed_mentions: list[Entity] = field(default_factory=list)
    _rdf: rdflib.Dataset | None = field(default=None, repr=False)
    # The articles' RDF as the workers rendered it, and the sizes of the records it was made from.
    _articles: ArticleRDF | None = field(default=None, repr=False)
    _rendered_from: tuple[int, ...] = field(default=(), repr=False)

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
        return [entity_record(e) for e in (*self.entities, *self.typed_mentions)]

    def triple_records(self) -> list[dict[str, Any]]:
        return [triple_record(t) for t in self.triples]

    def report(self) -> dict[str, Any]:
        """Counts by type and the timings of the build."""
        return {
            **self._counts(),
            "triples": len(self.triples),
            "triples_linked": sum(1 for t in self.triples if t.subject.entity_id and t.object.entity_id),
            "negated": sum(t.negated for t in self.triples),
            "modal": sum(t.modality is not None for t in self.triples),
            "attributed": sum(t.attributed_to is not None for t in self.triples),
            "network": network_figures(self.entities, self.triples),
            **{k: v for k, v in self.meta.items() if k in ("model", "timings", "tokens")},
        }

    def _counts(self) -> dict[str, Any]:
        types = Counter(e.type for e in self.entities)
        return {
            "documents": len(self.documents),
            "sentences": len(self.sentences),
            "entities": len(self.entities),
            "entities_by_type": {t: types.get(t, 0) for t in ("Actor", "Weapon", "Region", "Other")},
        }

    def summary(self) -> str:
        """The counts ``report`` opens with, in a line: without the report's passes over the triples
        and the entity network, which the build just wrote to ``report.json``."""
        r = self._counts()
        types = ", ".join(f"{n} {t}" for t, n in r["entities_by_type"].items() if n)
        return (
            f"{r['documents']} documents, {r['sentences']} sentences, {len(self.triples)} triples, "
            f"{r['entities']} entities ({types or 'none'})"
        )

    def serialize(self, rdf_format: str = "turtle") -> str:
        """The graph as text (``ttl``, ``nt``, ``trig`` or ``jsonld``), as ``write`` saves it.

        After a build, Turtle, N-Triples and TriG are written by Oxigraph from the articles' RDF the
        workers rendered plus the entity descriptions, with no rdflib graph: the statements ``rdf``
        holds, in the same order. Once ``rdf`` was built, or the records changed, from ``rdf``.
        """
        from graphbuild.nquads import entity_nquads
        from graphbuild.rdf import rdf_format as format_name
        from graphbuild.rdf import serialize

        name = format_name(rdf_format)
        articles = self._articles_for(name)
        if articles is None:
            return serialize(self.rdf, rdf_format)
        extra = entity_nquads(self.entities, self.base_iri)
        ahead = articles.text_ahead(extra, name)
        return ahead if ahead is not None else articles.text(extra, name)

    def serialize_ahead(self, submit: Callable[..., Future | None], rdf_format: str, parts: int = 1) -> None:
        """Start ``serialize(rdf_format)`` in worker processes (``parallel.Workers.submit``), cut into
        ``parts`` jobs, to be picked up by ``serialize`` if the records are unchanged by then; nothing
        when this graph's RDF text is not made from the workers' articles (JSON-LD, or edited records)."""
        from graphbuild.nquads import entity_nquads
        from graphbuild.rdf import rdf_format as format_name

        name = format_name(rdf_format)
        articles = self._articles_for(name)
        if articles is not None:
            articles.start_text(submit, entity_nquads(self.entities, self.base_iri), name, parts)

    def _articles_for(self, name: str) -> ArticleRDF | None:
        """The workers' articles to write format ``name`` from; ``None`` for JSON-LD, once ``rdf`` was
        built, or when the records changed since (then for good)."""
        if self._rdf is not None or name == "json-ld" or self._articles is None:
            return None
        if self._rendered_from != self._sizes():
            self._articles = None  # stale: the records were edited
        return self._articles

    def use_articles_rdf(self, articles: ArticleRDF) -> None:
        """Write the RDF file from ``articles`` and this graph's entities (see ``pipeline.assemble``)."""
        self._articles = articles
        self._rendered_from = self._sizes()

    def _sizes(self) -> tuple[int, ...]:
        records = (self.documents, self.sentences, self.triples)
        return tuple(n for r in records for n in (id(r), len(r)))

    def write(self, out_dir: str | Path, *, rdf_format: str = "turtle") -> dict[str, Path]:
        """Write the five output files; all appear together or none changes (see ``output.write_output``)."""
        return write_output(self, out_dir, rdf_format=rdf_format)


def load_output(out_dir: str | Path) -> KnowledgeGraph:
    """A build output folder read back from its ``entities.jsonl`` and ``triples.jsonl``.

    Documents and sentences are rebuilt from the triples' provenance (see ``output.read_output``).
    """
    saved = read_output(out_dir)
    return KnowledgeGraph(*saved[:4], typed_mentions=saved.typed_mentions)


# ``viz`` still imports it from here; its home is ``graphbuild.files``.
__all__ = ["KnowledgeGraph", "load_output"]
