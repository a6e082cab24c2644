"""graphbuild: turn news articles into a knowledge graph you can trust, query and show.

>>> import graphbuild
>>> kg = graphbuild.build(["seeds/"])          # doctest: +SKIP
>>> kg.write("out/")                             # doctest: +SKIP
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

# Importing the package (spaCy, rdflib, pydantic and ours) makes about 100,000 tracked objects that live
# as long as the process and hold no garbage: with the collector on, its young passes and two full passes
# scanned them during the import (~0.1 s of CPU, a tenth of the start-up). Paused while importing, then
# kept out of later full passes (gc.freeze), as the command does anyway once its own modules are imported.
_collecting = gc.isenabled()
gc.disable()
try:
    from graphbuild.build import build, update_store
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
    from graphbuild.ingest import ReadOptions
    from graphbuild.iri import DEFAULT_BASE
    from graphbuild.model import Document, Entity, Mention, Provenance, Relation, Sentence, Triple
    from graphbuild.pipeline import BuildOptions
    from graphbuild.push import push
    from graphbuild.store import load_graph, load_into_store
    from graphbuild.validate import ValidationReport
    from graphbuild.version import __version__ as __version__
finally:
    if _collecting:
        gc.freeze()
        gc.enable()


def query(
    graph: str | Path | None,
    sparql: str,
    *,
    bindings: dict[str, str] | None = None,
    store: str | Path | None = None,
    timeout: float | None = None,
    allow_service: bool = False,
) -> list[dict[str, Any]]:
    """Run SPARQL over a saved graph (a file or build folder) or an Oxigraph ``store``; rows as dicts.

    Either way the query runs in Oxigraph (a file is loaded into memory first), so it stays fast.
    ``timeout`` (seconds) bounds the query; ``SERVICE`` calls are refused unless ``allow_service``.
    The rows are a ``sparql.QueryRows`` list: its ``columns`` are known even when it is empty.
    """
    from graphbuild.sparql import run_query
    from graphbuild.store import open_store, query_view

    if store is not None:
        view = open_store(store)
    elif graph is None:
        raise QueryError("no graph given; pass a graph file, a build folder or --store DIR")
    else:
        view = query_view(graph)
    return run_query(view, sparql, bindings=bindings, timeout=timeout, allow_service=allow_service)


def validate(graph: str | Path) -> ValidationReport:
    """Check a saved graph against the SHACL shapes in ``ontology/shapes.ttl``."""
    from graphbuild.validate import validate as validate_graph

    return validate_graph(load_graph(graph))


def render(
    graph: str | Path | KnowledgeGraph,
    out: str | Path,
    *,
    title: str | None = None,
    types: list[str] | None = None,
    min_confidence: float = 0.0,
    top: int | None = None,
    size_by: str = "mentions",
    view: str | None = None,
) -> Any:
    """Write the interactive network page of a graph (or a saved build folder) to ``out``.

    ``view`` is ``story`` (the best-linked entities, the rest on demand) or ``full`` (every
    entity); by default the graph's size chooses. Returns a ``viz.Page`` with the path and the
    numbers of nodes and edges drawn when the page opens.
    """
    from graphbuild.viz import render as render_page

    kg = graph if isinstance(graph, KnowledgeGraph) else load_output(graph)
    return render_page(
        kg, out, title=title, types=types, min_confidence=min_confidence, top=top, size_by=size_by, view=view
    )


def remove_document(store: str | Path, doc_id: str) -> int:
    """Retract an article from an incremental-build store; the number of articles left."""
    from graphbuild.incremental import remove_document as remove

    return remove(store, doc_id)


__all__ = [
    "DEFAULT_BASE",
    "BuildOptions",
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
    "ReadOptions",
    "Relation",
    "RenderError",
    "Sentence",
    "StoreError",
    "Triple",
    "build",
    "load_graph",
    "load_into_store",
    "load_output",
    "push",
    "query",
    "remove_document",
    "render",
    "update_store",
    "validate",
]
