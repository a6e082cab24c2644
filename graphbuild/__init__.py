"""graphbuild: turn news articles into a knowledge graph you can trust, query and show.

>>> import graphbuild
>>> kg = graphbuild.build(["seeds/"])          # doctest: +SKIP
>>> kg.write("out/")                             # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graphbuild.build import build
from graphbuild.errors import (
    GraphbuildError,
    InputError,
    ModelNotFound,
    OntologyError,
    QueryError,
    RenderError,
    StoreError,
)
from graphbuild.graph import KnowledgeGraph, load_output
from graphbuild.iri import DEFAULT_BASE
from graphbuild.model import Document, Entity, Mention, Provenance, Relation, Sentence, Triple
from graphbuild.store import load_graph

__version__ = "0.1.0"


def query(graph: str | Path, sparql: str, *, bindings: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Run SPARQL over a saved graph (a file or build folder); rows as dicts."""
    from graphbuild.sparql import run_query

    return run_query(load_graph(graph), sparql, bindings=bindings)


def render(
    graph: str | Path | KnowledgeGraph,
    out: str | Path,
    *,
    title: str | None = None,
    types: list[str] | None = None,
    min_confidence: float = 0.0,
    top: int | None = None,
    size_by: str = "mentions",
) -> Any:
    """Write the interactive network page of a graph (or a saved build folder) to ``out``.

    Returns a ``viz.Page`` with the path and the numbers of nodes and edges drawn.
    """
    from graphbuild.viz import render as render_page

    kg = graph if isinstance(graph, KnowledgeGraph) else load_output(graph)
    return render_page(
        kg, out, title=title, types=types, min_confidence=min_confidence, top=top, size_by=size_by
    )


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
    "RenderError",
    "Sentence",
    "StoreError",
    "Triple",
    "build",
    "load_graph",
    "load_output",
    "query",
    "render",
]
