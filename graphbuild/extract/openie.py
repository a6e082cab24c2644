"""Open IE over one-sentence-a-line files, in CaRB's tabbed format.

Each input line is parsed as ONE sentence from its own whitespace tokens (CaRB sentences are
PTB-tokenised), so every token of an extraction is a token of the input line and matches the gold
tokens exactly; only PTB escapes (``-LRB-``, `````) are shown to the parser as the characters they
stand for.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from graphbuild.errors import InputError
from graphbuild.evaluate.carb import Extraction, write_system
from graphbuild.extract.facts import Fact, argument_words, relation_words
from graphbuild.extract.misparses import mend_misparses
from graphbuild.extract.triples import sentence_facts
from graphbuild.ingest import PTB_ESCAPES
from graphbuild.lexicons import Lexicons, load_lexicons
from graphbuild.nlp import load_parser

# PTB escapes and the characters the parser should see instead (a lone backquote is an apostrophe).
_PTB_WORDS = {**PTB_ESCAPES, "`": "'"}


def ptb_doc(nlp: Language, tokens: list[str]) -> Doc:
    """An unparsed Doc of ``tokens`` (escapes undone), fixed to be one sentence."""
    words = [_PTB_WORDS.get(t, t) for t in tokens]
    doc = Doc(nlp.vocab, words=words)
    for token in doc:
        token.is_sent_start = token.i == 0
    return doc


def parse_lines(nlp: Language, lines: Iterable[str], *, batch_size: int = 64) -> Iterator[tuple[str, Doc]]:
    """(line, parsed Doc) for every non-blank line, one sentence each."""
    kept = [line for line in lines if line.strip()]
    docs = (ptb_doc(nlp, line.split()) for line in kept)
    yield from zip(kept, nlp.pipe(docs, batch_size=batch_size), strict=True)


def carb_extraction(sentence: str, fact: Fact, tokens: list[str]) -> Extraction | None:
    """A Fact as a CaRB tuple, its words taken from the original ``tokens``."""
    if fact.object is None:
        return None
    arguments = [
        " ".join(tokens[fact.subject[0] : fact.subject[1]]),
        " ".join(tokens[fact.object[0] : fact.object[1]]),
        *(" ".join(argument_words(a, tokens)) for a in fact.arguments),
    ]
    relation = " ".join(relation_words(fact, tokens))
    return Extraction(sentence, relation, tuple(arguments), fact.confidence)


def openie_lines(
    lines: Iterable[str], *, nlp: Language | None = None, lexicons: Lexicons | None = None
) -> Iterator[Extraction]:
    """Open IE tuples of each line, the sentence copied exactly from the line."""
    nlp = nlp or load_parser()
    lexicons = lexicons or load_lexicons()
    for line, doc in parse_lines(nlp, (line.rstrip("\r\n") for line in lines)):
        mend_misparses(doc, lexicons)  # as the graph's extractor does
        tokens = line.split()
        for fact in sentence_facts(doc[:], lexicons):
            extraction = carb_extraction(line, fact, tokens)
            if extraction is not None:
                yield extraction


def openie_file(
    path: str | os.PathLike[str], *, out: str | os.PathLike[str] | None = None, model: str | None = None
) -> list[Extraction]:
    """Run Open IE over a one-sentence-a-line file; write CaRB's format to ``out`` if given (atomically)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; pass a file with one sentence a line") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read it as UTF-8 text ({e}); pass a plain text file") from e
    extractions = list(openie_lines(lines, nlp=load_parser(model)))
    if out is not None:
        write_atomically(extractions, Path(out))
    return extractions


def write_atomically(extractions: list[Extraction], out: Path) -> None:
    """Write CaRB's tabbed format to a temporary file beside ``out``, then move it into place."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{out}: folder {folder} does not exist; create it or choose another --out")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            write_system(extractions, handle)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
