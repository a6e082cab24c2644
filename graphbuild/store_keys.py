"""What decides whether a stored article's result still holds: the pipeline's version (model,
graphbuild, base IRI and the ontology's contents) and the hash of the article with it. A
``DocumentStore`` re-parses an article whose key changed (``graphbuild.incremental``)."""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from graphbuild.calibrate import WEIGHTS_FILE
from graphbuild.lexicons import ontology_dir
from graphbuild.model import Document
from graphbuild.nlp import model_name
from graphbuild.version import __version__

if TYPE_CHECKING:
    from spacy.language import Language

    from graphbuild.pipeline import BuildOptions


def pipeline_version(nlp: Language, options: BuildOptions) -> str:
    """Everything besides an article's text that decides its result: change it and all re-parse.

    The ontology counts by its contents, not its path: editing a gazetteer or the confidence weights
    re-parses the articles.
    """
    digest = ontology_digest(str(ontology_dir(options.ontology).resolve()))
    return f"{model_name(nlp)}|graphbuild-{__version__}|{options.base_iri}|{digest}"


@functools.lru_cache(maxsize=8)
def ontology_digest(folder: str) -> str:
    """A hash of an ontology folder's lexicons, gazetteer and confidence weights (read once per process)."""
    h = hashlib.sha256()
    root = Path(folder)
    paths = [p for part in ("lexicons", "gazetteer") for p in sorted((root / part).rglob("*"))]
    for path in [*paths, root / WEIGHTS_FILE]:
        if path.is_file():
            h.update(f"{path.relative_to(root).as_posix()}\0".encode())
            h.update(path.read_bytes())
            h.update(b"\0")
    return h.hexdigest()[:16]


def document_key(document: Document, pipeline: str) -> str:
    """A hash of an article's content and metadata (all of which reach the graph) and the pipeline."""
    fields = [
        pipeline,
        document.id,
        document.source,
        document.text,
        document.title,
        document.date,
        document.author,
        document.dateline,
        document.path,
        document.offsets.segments,
    ]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


__all__ = ["document_key", "ontology_digest", "pipeline_version"]
