"""JSON Lines corpora: one article a line, bad lines skipped with a warning, memory bounded."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from graphbuild.errors import InputError
from graphbuild.ingest.characters import replace_controls
from graphbuild.ingest.dates import impossible_date
from graphbuild.ingest.decode import decode
from graphbuild.ingest.language import _check_document
from graphbuild.ingest.options import _ReadOptions
from graphbuild.ingest.size import _check_size
from graphbuild.ingest.text import parse_text
from graphbuild.lexicons import Lexicons
from graphbuild.model import Document

_MAX_LINE_WARNINGS = 20  # bad corpus lines reported one by one; the summary counts them all


def parse_jsonl(
    lines: Iterable[str | bytes],
    where: str,
    lexicons: Lexicons,
    *,
    options: _ReadOptions | None = None,
    path: str | None = None,
) -> Iterator[Document]:
    """Articles of a JSON Lines corpus: ``text`` required; ``id``, ``title``, ``date`` optional.

    ``where`` names the corpus in messages; ``path`` (default: ``where``) is what each Document
    records as its path, ``PATH:LINE``.

    A bad line (invalid JSON, no text, too long, not English) is skipped with a warning naming
    its line number, and a summary follows; a corpus with no good line at all is an error.
    """
    options = options or _ReadOptions(lexicons)
    seen = 0
    bad: list[int] = []
    for number, raw in enumerate(lines, start=1):
        try:
            doc = _jsonl_document(raw, number, where, options, path or where)
        except InputError as e:
            bad.append(number)
            if len(bad) <= _MAX_LINE_WARNINGS:
                options.warn(e)
            continue
        if doc is not None:
            seen += 1
            yield doc
    if not seen:
        detail = f" ({len(bad)} bad lines)" if bad else ""
        raise InputError(f"{where}: the corpus has no usable articles{detail}; give one JSON object per line")
    if bad:
        shown = ", ".join(map(str, bad[:10])) + (", ..." if len(bad) > 10 else "")
        options.warn(InputError(f"{where}: skipped {len(bad)} of {seen + len(bad)} articles (lines {shown})"))


def _jsonl_document(
    raw: str | bytes, number: int, where: str, options: _ReadOptions, path: str
) -> Document | None:
    """The article on one corpus line, None for a blank line, InputError for a bad one."""
    here = f"{where}:{number}"
    if isinstance(raw, bytes):
        _check_size(len(raw), options.max_bytes, here)
        raw = decode(raw, here, encoding=options.encoding)
    elif len(raw) > options.max_bytes:
        _check_size(len(raw.encode("utf-8", "surrogatepass")), options.max_bytes, here)
    if not raw.strip():
        return None
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as e:
        msg = e.msg if isinstance(e, json.JSONDecodeError) else "nested too deeply"
        raise InputError(f"{here}: not valid JSON ({msg}); fix or remove the line") from e
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f'{here}: each line must be an object with a "text" string')
    if not record["text"].strip():
        raise InputError(f'{here}: the "text" is empty')
    doc_id = _clean_field(record.get("id")) or f"{Path(path).stem}:{number}"
    doc = parse_text(record["text"], doc_id, path=f"{path}:{number}", lexicons=options.lexicons)
    _check_document(doc, here, options)
    date = _clean_field(record.get("date"))
    if date is not None and impossible_date(date):
        options.warn(
            InputError(f"{here}: the date {date!r} is not a real date; dropped it, kept the article")
        )
        date = None
    return _with_metadata(
        doc,
        title=_clean_field(record.get("title")),
        date=date,
        author=_clean_field(record.get("author")),
    )


def _clean_field(value: object) -> str | None:
    """A metadata value as one line of text: controls blanked, surrogates replaced, no nesting."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(replace_controls(str(value)).split())
    return text or None


def _with_metadata(doc: Document, **fields: object) -> Document:
    from dataclasses import replace

    updates = {k: str(v) for k, v in fields.items() if v not in (None, "") and getattr(doc, k) is None}
    return replace(doc, **updates) if updates else doc


def _corpus_lines(fh: BinaryIO, max_bytes: int) -> Iterator[bytes]:
    """The lines of a corpus file; an over-long line is cut at ``max_bytes + 1`` and its rest skipped,
    so memory stays bounded and the line is still reported (and counted) as too long."""
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
        yield line
