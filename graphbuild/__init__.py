"""graphbuild: turn news articles into a knowledge graph you can trust, query and show.

>>> import graphbuild
>>> kg = graphbuild.build(["seeds/"])          # doctest: +SKIP
>>> kg.write("out/")                             # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graphbuild.build import build, update_store
from graphbuild.errors import (
    GraphbuildError,
    InputError,
    ModelNotFound,
    OntologyError,
    QueryError,
    StoreError,
)
from graphbuild.graph import KnowledgeGraph
from graphbuild.iri import DEFAULT_BASE
from graphbuild.model import Document, Entity, Mention, Provenance, Relation, Sentence, Triple
from graphbuild.store import load_graph

__version__ = "0.1.0"


def query(graph: str | Path, sparql: str, *, bindings: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Run SPARQL over a saved graph (a file or build folder); rows as dicts."""
    from graphbuild.sparql import run_query

    return run_query(load_graph(graph), sparql, bindings=bindings)


def remove_document(store: str | Path, doc_id: str) -> int:
    """Retract an article from an incremental-build store; the number of articles left."""
    from graphbuild.incremental import remove_document as remove

    return remove(store, doc_id)


__all__ = [
    "DEFAULT_BASE",
    "Document",
    "Entity",
    "GraphbuildError",
    "InputError",
    "KnowledgeGraph",
    "Mention",
    "ModelNotFound",
    "OntologyError",
    "Provenance",
    "QueryError",
    "Relation",
    "Sentence",
    "StoreError",
    "Triple",
    "build",
    "load_graph",
    "query",
    "remove_document",
    "update_store",
]
