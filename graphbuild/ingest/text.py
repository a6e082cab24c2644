"""A plain or PTB-tokenised article into a ``Document``."""

from __future__ import annotations

from graphbuild.ingest.boilerplate import drop_lines, find_body_end
from graphbuild.ingest.characters import drop_invisible, replace_controls
from graphbuild.ingest.header import parse_header
from graphbuild.ingest.ptb import detokenize_ptb, is_ptb
from graphbuild.ingest.wikitext import drop_wiki_markup
from graphbuild.lexicons import Lexicons, load_lexicons
from graphbuild.model import Document, OffsetMap


def parse_text(
    source: str, doc_id: str, *, path: str | None = None, lexicons: Lexicons | None = None
) -> Document:
    """A plain or PTB-tokenised article: header metadata, boilerplate cut, tokens and wiki markup undone."""
    lexicons = lexicons or load_lexicons()
    source = replace_controls(source)
    header = parse_header(source, lexicons=lexicons)
    body_end = find_body_end(source, header.body_start, lexicons)
    segments: list[tuple[int, int, int, int]] = []
    if is_ptb(source[header.body_start : body_end]):
        text, segments = detokenize_ptb(source, header.body_start, body_end)
    else:
        text = source[header.body_start : body_end]
        if header.body_start:
            segments = [(0, header.body_start, len(text), len(text))]
    text, segments = drop_wiki_markup(text, segments)
    text, segments = drop_lines(text, segments, lexicons)
    text, segments = drop_invisible(text, segments)
    return Document(
        id=doc_id,
        text=text,
        source=source,
        offsets=OffsetMap(tuple(segments)),
        path=path,
        author=header.author,
        dateline=header.dateline,
        date=header.date,
    )
