"""The read policy: which files are read, in what order, and what a bad one does (error or warning)."""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from graphbuild.errors import InputError
from graphbuild.ingest.dates import impossible_date
from graphbuild.ingest.decode import _check_encoding, _refuse_binary, decode
from graphbuild.ingest.html import _looks_like_html, parse_html
from graphbuild.ingest.jsonl import _corpus_lines, parse_jsonl
from graphbuild.ingest.language import _check_document
from graphbuild.ingest.options import ErrorHandler, ReadOptions, _log_warning, _ReadOptions
from graphbuild.ingest.size import DEFAULT_MAX_BYTES, _check_size
from graphbuild.ingest.text import parse_text
from graphbuild.iri import document_name
from graphbuild.lexicons import Lexicons, load_lexicons
from graphbuild.model import Document

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def read_documents(
    inputs: Iterable[str | Path],
    options: ReadOptions | None = None,
    *,
    on_error: ErrorHandler | None = None,
) -> Iterator[Document]:
    """Yield a Document for every article under ``inputs``, in a stable order.

    What the user names must be readable: a bad file (or ``-``) given explicitly raises
    ``InputError``. What graphbuild finds by itself is skipped instead, with the error passed to
    ``on_error`` (default: a logged warning): files inside folders, and lines of a JSONL corpus.
    If nothing at all can be read, that is an error too. Inside folders only known suffixes are
    read, sorted by path so that two runs see the same order.
    """
    settings = options or ReadOptions()
    encoding, max_bytes = settings.encoding, settings.max_bytes
    lexicons = load_lexicons(settings.ontology)
    if encoding is not None:
        _check_encoding(encoding)
    if max_bytes < 1:
        raise InputError(f"--max-bytes must be a positive number of bytes, not {max_bytes}")
    warn = on_error or _log_warning
    _check_date(settings.date)
    names: set[str] = set()  # IRI local names of the documents read so far
    for doc in _read_inputs(
        inputs, _ReadOptions(lexicons, encoding, max_bytes, settings.check_language, warn)
    ):
        yield _dated(_distinct_id(doc, names, warn), settings.date)


def _check_date(value: str | None) -> None:
    if value is not None and (not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) or impossible_date(value)):
        raise InputError(f"--date {value!r} is not a calendar date; write it as YYYY-MM-DD")


def _dated(doc: Document, default: str | None) -> Document:
    """The article with the user's ``--date`` when it carries no date of its own, its source noted."""
    if default is None or doc.date is not None:
        return doc
    return replace(doc, date=default, date_source="option")


def _read_inputs(inputs: Iterable[str | Path], options: _ReadOptions) -> Iterator[Document]:
    warn = options.warn
    found = skipped = 0
    for item in inputs:
        if str(item) == "-":
            data = sys.stdin.buffer.read(options.max_bytes + 1)
            _check_size(len(data), options.max_bytes, "stdin")
            suffix = ".jsonl" if _looks_like_jsonl(data) else ".txt"
            for doc in _read_stream(data, "stdin", "stdin", options, suffix=suffix):
                found += 1
                yield doc
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                raise InputError(
                    f"{where_of(path)}: no articles found (expected {', '.join(sorted(SUFFIXES))} files)"
                )
            for file in files:
                try:
                    for doc in _read_path(file, root=path, options=options):
                        found += 1
                        yield doc
                except InputError as e:
                    skipped += 1
                    warn(InputError(f"skipped {e}"))
        elif path.is_file():
            for doc in _read_path(path, options=options):
                found += 1
                yield doc
        elif kind := _special_kind(path):
            raise InputError(
                f"{where_of(path)}: not a regular file ({kind}); give a file or folder of articles"
            )
        else:
            raise InputError(f"{where_of(path)}: no such file or folder; check the path")
    if not found and skipped:
        raise InputError(
            f"no article could be read ({skipped} files skipped, see the warnings); fix or remove them"
        )


def _special_kind(path: Path) -> str | None:
    """What a path that exists but is no file or folder is: "a FIFO", "a device", "a socket".

    Only ``stat``-ed, never opened: reading a FIFO blocks and ``/dev/zero`` never ends.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return None


def _looks_like_jsonl(data: bytes) -> bool:
    """Stdin holds a JSON Lines corpus if its first non-blank line is an object with a "text" string."""
    for line in data.splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line.removeprefix(b"\xef\xbb\xbf"))
        except (ValueError, RecursionError):  # not JSON, or not UTF-8 text
            return False
        return isinstance(record, dict) and isinstance(record.get("text"), str)
    return False


def _distinct_id(doc: Document, names: set[str], warn: ErrorHandler) -> Document:
    """``doc``, renamed ``ID~2``, ``ID~3`` ... if its IRI would be that of an article read before.

    Ids are file stems, folder-relative paths or corpus ids: ``day1/index.txt`` and ``day2/index.txt``
    are both ``index``, and ``Reuters/2011-05`` and ``reuters_2011_05`` share one IRI; without a new
    name the second article's triples would be merged into the first's.
    """
    name = document_name(doc.id)
    if name not in names:
        names.add(name)
        return doc
    number = 2
    while document_name(f"{doc.id}~{number}") in names:
        number += 1
    new_id = f"{doc.id}~{number}"
    names.add(document_name(new_id))
    old, new = where_of(doc.id), where_of(new_id)
    warn(
        InputError(
            f"{where_of(doc.path or doc.id)}: id {old} is already used by another article; renamed to {new}"
        )
    )
    return replace(doc, id=new_id)


def where_of(path: str | Path) -> str:
    """A path fit for messages: undecodable file-name bytes become U+FFFD and control characters
    (C0, DEL, C1) ``\\xNN``, so a file name cannot send escape codes to the terminal."""
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", recorded_path(path))


def recorded_path(path: str | Path) -> str:
    """A path as documents record it (ids, ``gb:sourcePath``): faithful but for undecodable bytes (U+FFFD)."""
    return os.fsencode(path).decode("utf-8", "replace")


def read_file(
    path: Path,
    *,
    root: Path | None = None,
    lexicons: Lexicons | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    check_language: bool = True,
    on_error: ErrorHandler | None = None,
) -> Iterator[Document]:
    """Yield the Documents of one file (several for a JSON Lines corpus)."""
    options = _ReadOptions(
        lexicons or load_lexicons(), encoding, max_bytes, check_language, on_error or _log_warning
    )
    yield from _read_path(path, root=root, options=options)


def _read_path(path: Path, *, root: Path | None = None, options: _ReadOptions) -> Iterator[Document]:
    where = where_of(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            f"{where}: unknown file type {suffix or '(none)'!r}; "
            "use .txt, .html or .jsonl (or rename the file)"
        )
    doc_id = _doc_id(path, root)
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                head = fh.read(8192)
                fh.seek(0)
                if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
                    _check_size(path.stat().st_size, options.max_bytes, where)
                    lines: Iterable[str | bytes] = decode(fh.read(), where).splitlines()
                else:
                    _refuse_binary(head.removeprefix(b"\xef\xbb\xbf"), where)
                    lines = _corpus_lines(fh, options.max_bytes)  # a corpus may not fit in memory
                yield from parse_jsonl(
                    lines, where, options.lexicons, options=options, path=recorded_path(path)
                )
            return
        _check_size(path.stat().st_size, options.max_bytes, where)
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{where}: cannot read ({e.strerror}); check the permissions") from e
    yield from _read_stream(data, doc_id, where, options, suffix=suffix, path=recorded_path(path))


def _doc_id(path: Path, root: Path | None) -> str:
    if root is not None:
        rel = path.relative_to(root).with_suffix("")
        return recorded_path(rel.as_posix())
    return recorded_path(path.stem)


def _read_stream(
    data: bytes,
    doc_id: str,
    where: str,
    options: _ReadOptions,
    *,
    suffix: str = ".txt",
    path: str | None = None,
) -> Iterator[Document]:
    text = decode(data, where, encoding=options.encoding)
    if suffix in JSONL_SUFFIXES:
        yield from parse_jsonl(text.splitlines(), where, options.lexicons, options=options, path=path)
        return
    if not text.strip():
        raise InputError(f"{where}: the file is empty; give a file with article text")
    if suffix in HTML_SUFFIXES or (suffix == ".txt" and where == "stdin" and _looks_like_html(text)):
        doc = parse_html(text, doc_id, path=where, lexicons=options.lexicons)
    else:
        doc = parse_text(text, doc_id, path=where, lexicons=options.lexicons)
    _check_document(doc, where, options)
    yield doc if path is None or path == where else replace(doc, path=path)
