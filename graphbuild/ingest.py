"""Read articles from disk into ``Document`` records.

Supported inputs: ``.txt`` (plain or Penn-Treebank tokenised), ``.html``/``.htm`` (main text via
trafilatura), ``.jsonl`` corpora (one article a line), folders (recursively) and ``-`` for stdin.

The text handed to the parser is cleaned (PTB tokens undone, header and boilerplate cut away), but
every ``Document`` keeps its ``source`` and an ``OffsetMap`` so later stages can point back at the
exact characters read from disk.

Dirty input, and what happens to it:

- Encoding: a byte-order mark decides (UTF-8/16/32), else ``encoding`` if given, else UTF-8 (or
  UTF-16 without a mark, recognised by its NUL bytes). Anything else is refused, naming the byte
  and suggesting ``--encoding cp1252``; NUL or control bytes mean a binary file, refused.
- Size: an article (file, stdin, or corpus line) over ``max_bytes`` (1 MB unless raised) is refused
  before it is read; corpora are read line by line, so their total size does not matter.
- Language: an article that does not look English (``not_english``) is refused unless
  ``check_language=False`` (``--any-language``).
- Characters: controls and separators are blanked one for one in the source (``replace_controls``)
  so offsets never move; invisible format characters (bidi overrides, zero-width) are dropped
  from the text through the offset map (``drop_invisible``).
- Policy: what the user names must be readable (else ``InputError``); files found in folders and
  lines of a JSONL corpus are skipped with one warning each, through ``on_error``.
"""

from __future__ import annotations

import bisect
import codecs
import functools
import html as html_lib
import json
import logging
import os
import re
import sys
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from graphbuild.errors import InputError
from graphbuild.lexicons import Lexicons, load_lexicons
from graphbuild.model import Document, OffsetMap

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

# Largest article read (a file, stdin, or one corpus line). News articles are 2-50 kB; parsing
# 1 MB of text takes about 45 s and 3 GB of memory with en_core_web_sm, so more must be asked for.
DEFAULT_MAX_BYTES = 1_000_000
ErrorHandler = Callable[[InputError], None]
logger = logging.getLogger(__name__)

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")  # C0 bytes that occur in real text files
# Language check: how much text to look at, and the thresholds (see ``not_english``).
_LANGUAGE_SAMPLE = 20_000
_MAX_LINE_WARNINGS = 20  # bad corpus lines reported one by one; the summary counts them all
_MIN_SCRIPT_LETTERS = 20
_MIN_LANGUAGE_WORDS = 20
_MIN_FUNCTION_WORDS = 0.2
_WORD = re.compile(r"[^\W\d_]+")
# Line breaks other than \n (vertical tab, form feed, file/group/record separators, NEL, LS, PS).
_LINE_BREAKS = frozenset("\v\f\x1c\x1d\x1e\x85\u2028\u2029")
# What ``replace_controls`` changes: C0 and C1 controls but tab and newline, DEL, separators,
# surrogates, non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")

# Penn Treebank escapes and the characters they stand for.
PTB_ESCAPES = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
    "``": '"',
    "''": '"',
}
# Tokens written without a space before them (closing punctuation and clitics).
_PTB_NO_SPACE_BEFORE = frozenset(
    {
        ",",
        ".",
        ";",
        ":",
        "!",
        "?",
        "%",
        ")",
        "]",
        "}",
        "-RRB-",
        "-RSB-",
        "-RCB-",
        "''",
        "'",
        "...",
        "n't",
        "N'T",
        "'s",
        "'S",
        "'re",
        "'ve",
        "'ll",
        "'d",
        "'m",
        "'RE",
        "'VE",
        "'LL",
        "'D",
        "'M",
    }
)
# Tokens written without a space after them (opening punctuation).
_PTB_NO_SPACE_AFTER = frozenset({"(", "[", "{", "-LRB-", "-LSB-", "-LCB-", "``", "$", "#"})
_PTB_MARKERS = re.compile(r"-[LR][RSC]B-|``|(?<= )n't(?= )|(?<= )'(?:s|re|ve|ll|d|m)(?= )")

# Byline, dateline and date at the head of a wire story: "By NAME CITY | DATE" / "CITY (Reuters) -".
_BYLINE = re.compile(
    r"\A\s*By\s+(?P<author>(?:(?:[A-Z]\.|[A-Z][\w.'-]*[a-z][\w.'-]*)\s+){1,5}?)(?=[A-Z]{2,}\b)"
)
_DATELINE_BAR = re.compile(r"(?P<city>[A-Z][A-Z .'-]{1,40}?)\s*\|\s*")
_DATELINE_AGENCY = re.compile(
    r"\A\s*(?P<city>[A-Z][A-Z .'-]{1,40}?)\s*\((?:Reuters|AP|AFP|UPI)\)\s*[-–—]+\s*"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )
}
_DATE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*,?\s+)?"
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})\s*,?\s+"
    r"(?P<year>(?:19|20)\d\d)"
    r"(?:\s+\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?)?\s*"
)


@dataclass(frozen=True)
class Header:
    """Metadata found at the head of an article, and where its body starts in the source."""

    body_start: int = 0
    author: str | None = None
    dateline: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class ReadOptions:
    """How articles are read: the user's reading settings, one object through every layer."""

    ontology: str | None = None  # ontology folder whose lexicons find bylines and boilerplate
    encoding: str | None = None  # encoding of files without a BOM
    max_bytes: int = DEFAULT_MAX_BYTES  # largest article (file or corpus line)
    check_language: bool = True  # skip articles that do not look English


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
    options = _ReadOptions(lexicons, encoding, max_bytes, settings.check_language, warn)
    found = skipped = 0
    for item in inputs:
        if str(item) == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            _check_size(len(data), max_bytes, "stdin")
            for doc in _read_stream(data, "stdin", "stdin", options):
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
        else:
            raise InputError(f"{where_of(path)}: no such file or folder; check the path")
    if not found and skipped:
        raise InputError(
            f"no article could be read ({skipped} files skipped, see the warnings); fix or remove them"
        )


def _log_warning(error: InputError) -> None:
    logger.warning("%s", error)


@dataclass(frozen=True)
class _ReadOptions:
    """The reading settings of one ``read_documents`` call, passed down together."""

    lexicons: Lexicons
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    check_language: bool = True
    warn: ErrorHandler = _log_warning


def where_of(path: str | Path) -> str:
    """A path fit for messages and RDF literals: undecodable file-name bytes become U+FFFD."""
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
                yield from parse_jsonl(lines, where, options.lexicons, options=options)
            return
        _check_size(path.stat().st_size, options.max_bytes, where)
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{where}: cannot read ({e.strerror}); check the permissions") from e
    yield from _read_stream(data, doc_id, where, options, suffix=suffix)


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


def _check_size(size: int, max_bytes: int, where: str) -> None:
    """Refuse more than ``max_bytes``; a size of exactly ``max_bytes + 1`` means reading stopped there."""
    if size > max_bytes:
        what = "it is longer than" if size == max_bytes + 1 else f"{_megabytes(size)} is over"
        raise InputError(
            f"{where}: {what} the limit of {_megabytes(max_bytes)} per article; "
            "split it, or raise the limit with --max-bytes"
        )


def _megabytes(size: int) -> str:
    return f"{size} bytes" if size < 100_000 else f"{size / 1_000_000:.1f} MB"


def _doc_id(path: Path, root: Path | None) -> str:
    if root is not None:
        rel = path.relative_to(root).with_suffix("")
        return where_of(rel.as_posix())
    return where_of(path.stem)


def _read_stream(
    data: bytes, doc_id: str, where: str, options: _ReadOptions, *, suffix: str = ".txt"
) -> Iterator[Document]:
    text = decode(data, where, encoding=options.encoding)
    if suffix in JSONL_SUFFIXES:
        yield from parse_jsonl(text.splitlines(), where, options.lexicons, options=options)
        return
    if not text.strip():
        raise InputError(f"{where}: the file is empty; give a file with article text")
    if suffix in HTML_SUFFIXES or (suffix == ".txt" and where == "stdin" and _looks_like_html(text)):
        doc = parse_html(text, doc_id, path=where, lexicons=options.lexicons)
    else:
        doc = parse_text(text, doc_id, path=where, lexicons=options.lexicons)
    _check_document(doc, where, options)
    yield doc


def _check_document(doc: Document, where: str, options: _ReadOptions) -> None:
    """Refuse what the English pipeline would only turn into junk: no text, or another language."""
    if not doc.text.strip():
        raise InputError(f"{where}: no article text left after cleaning; give a file with article text")
    if options.check_language:
        reason = not_english(doc.text)
        if reason:
            raise InputError(
                f"{where}: does not look like English ({reason}); graphbuild parses English only, "
                "pass --any-language to process it anyway"
            )


def not_english(text: str) -> str | None:
    """Why ``text`` is probably not English, or None: a cheap offline check, no model needed.

    English prose is 30-50% function words (the, of, and, said, ...); other languages written in
    Latin letters score under 15%. Texts of fewer than 20 words are given the benefit of the
    doubt unless they are mostly in a non-Latin script.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    sample = text[:_LANGUAGE_SAMPLE]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) >= _MIN_SCRIPT_LETTERS:
        latin = sum(ch < "\u0250" for ch in letters) / len(letters)
        if latin < 0.5:
            return f"{1 - latin:.0%} of its letters are not Latin"
    words = _WORD.findall(sample.lower())
    if len(words) < _MIN_LANGUAGE_WORDS:
        return None
    ratio = sum(w in STOP_WORDS for w in words) / len(words)
    if ratio < _MIN_FUNCTION_WORDS:
        return f"only {ratio:.0%} of its words are English function words"
    return None


def _check_encoding(encoding: str) -> None:
    try:
        codecs.lookup(encoding)
    except LookupError as e:
        raise InputError(
            f"unknown encoding {encoding!r}; use a Python codec name such as cp1252 or latin-1"
        ) from e


def decode(data: bytes, where: str, *, encoding: str | None = None) -> str:
    """Bytes to text, refusing binaries and guessing nothing that could be wrong.

    A byte-order mark decides first (UTF-8, UTF-16, UTF-32); then ``encoding`` if the user gave
    one; then UTF-8, or UTF-16 without a mark when every other byte of mostly-ASCII text is NUL.
    Anything else is refused with the ``--encoding`` to try.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as e:
                raise InputError(
                    f"{where}: starts with a {codec} byte-order mark but is not {codec} (byte {e.start})"
                ) from e
    if encoding is None:
        codec = _utf16_without_bom(data)
        if codec:
            return data.decode(codec, "replace")
    if encoding is None:  # a user's encoding may be UTF-16 or -32, whose bytes include NULs
        _refuse_binary(data[:8192], where)
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as e:
        if encoding:
            raise InputError(
                f"{where}: not valid {encoding} (byte {e.start}); check the --encoding option"
            ) from e
        raise InputError(
            f"{where}: not valid UTF-8 (byte {e.start}); if it is Windows or Latin-1 text pass "
            "--encoding cp1252, or convert it: iconv -f latin1 -t utf-8"
        ) from e
    if "\x00" in text[:8192]:
        raise InputError(
            f"{where}: looks like a binary file, not {encoding} text; check the --encoding option"
        )
    return text


def _refuse_binary(head: bytes, where: str) -> None:
    """NUL bytes, or many other control bytes, at the start mean an image, archive or program."""
    if b"\x00" in head or sum(b < 32 and b not in _TEXT_CONTROLS for b in head) > len(head) // 10:
        raise InputError(f"{where}: looks like a binary file, not text; give .txt, .html or .jsonl articles")


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 8 or len(head) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


def parse_jsonl(
    lines: Iterable[str | bytes],
    where: str,
    lexicons: Lexicons,
    *,
    options: _ReadOptions | None = None,
) -> Iterator[Document]:
    """Articles of a JSON Lines corpus: ``text`` required; ``id``, ``title``, ``date`` optional.

    A bad line (invalid JSON, no text, too long, not English) is skipped with a warning naming
    its line number, and a summary follows; a corpus with no good line at all is an error.
    """
    options = options or _ReadOptions(lexicons)
    seen = 0
    bad: list[int] = []
    for number, raw in enumerate(lines, start=1):
        try:
            doc = _jsonl_document(raw, number, where, options)
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


def _jsonl_document(raw: str | bytes, number: int, where: str, options: _ReadOptions) -> Document | None:
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
    doc_id = _clean_field(record.get("id")) or f"{Path(where).stem}:{number}"
    doc = parse_text(record["text"], doc_id, path=here, lexicons=options.lexicons)
    _check_document(doc, here, options)
    return _with_metadata(
        doc,
        title=_clean_field(record.get("title")),
        date=_clean_field(record.get("date")),
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


def replace_controls(text: str) -> str:
    """Blank out characters that break parsers, one for one, so every offset stays valid.

    Control characters become spaces (tab and line breaks stay; a lone carriage return and the
    other line separators become ``\\n``); lone surrogates and non-characters become U+FFFD, which
    keeps the text encodable as UTF-8 for every output.
    """
    if not _CONTROL.search(text):
        return text
    out = []
    for i, ch in enumerate(text):
        code = ord(ch)
        if ch in "\t\n" or (code >= 32 and code != 127 and not 0x80 <= code < 0xA0 and ch.isprintable()):
            out.append(ch)
        elif ch == "\r":
            out.append("\r" if text[i + 1 : i + 2] == "\n" else "\n")
        elif ch in _LINE_BREAKS:
            out.append("\n")
        elif 0xD800 <= code < 0xE000 or code in (0xFFFE, 0xFFFF):
            out.append("\ufffd")
        elif code < 32 or code == 127 or 0x80 <= code < 0xA0:
            out.append(" ")
        else:
            out.append(ch)  # printable-unsafe but harmless: spaces and format characters
    return "".join(out)


@functools.cache
def _format_characters() -> re.Pattern[str]:
    """A character class of every Unicode format character (category Cf), built on first use.

    They all sit in planes 0-1 and the tag block of plane 14, so only those are scanned.
    """
    codes = [*range(0xD800), *range(0xE000, 0x20000), *range(0xE0000, 0xE0080)]
    chars = map(chr, codes)
    return re.compile("[" + "".join(re.escape(ch) for ch in chars if unicodedata.category(ch) == "Cf") + "]")


def drop_invisible(
    text: str, segments: list[tuple[int, int, int, int]]
) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Remove format characters (bidi overrides, zero-width spaces, soft hyphens) from ``text``.

    They are invisible, split words for the parser and can reorder what a reader sees; the
    offset segments are rebuilt so the remaining characters still map to the source.
    """
    if text.isascii():
        return text, segments
    invisible = _format_characters()
    if not invisible.search(text):
        return text, segments
    mapper = OffsetMap(tuple(segments))
    out: list[str] = []
    new_segments: list[tuple[int, int, int, int]] = []
    for i, ch in enumerate(text):
        if invisible.match(ch):
            continue
        s, e = mapper.start(i), mapper.end(i + 1)
        new_segments.append((len(out), s, 1, e - s))
        out.append(ch)
    return "".join(out), _merge_segments(new_segments)


def parse_text(
    source: str, doc_id: str, *, path: str | None = None, lexicons: Lexicons | None = None
) -> Document:
    """A plain or PTB-tokenised article: header metadata, boilerplate cut, tokens undone."""
    lexicons = lexicons or load_lexicons()
    source = replace_controls(source)
    header = parse_header(source)
    body_end = find_body_end(source, header.body_start, lexicons)
    segments: list[tuple[int, int, int, int]] = []
    if is_ptb(source[header.body_start : body_end]):
        text, segments = detokenize_ptb(source, header.body_start, body_end)
    else:
        text = source[header.body_start : body_end]
        if header.body_start:
            segments = [(0, header.body_start, len(text), len(text))]
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


def parse_header(source: str) -> Header:
    """Find a byline (``By NAME``), a dateline (``CITY |`` or ``CITY (Reuters) -``) and a date."""
    author = dateline = date = None
    pos = 0
    m = _BYLINE.match(source)
    if m:
        author = " ".join(m.group("author").split())
        pos = m.end()
    m = _DATELINE_AGENCY.match(source, pos) if not author else None
    if m:
        dateline, pos = m.group("city").strip().title(), m.end()
    else:
        m = _DATELINE_BAR.match(source, pos)
        if m and (author or pos == 0) and m.group("city").isupper():
            dateline, pos = m.group("city").strip().title(), m.end()
    if dateline or author:
        m = _DATE.match(source, pos)
        if m:
            month = _MONTHS[m.group("month")[:3].lower()]
            date = f"{m.group('year')}-{month:02d}-{int(m.group('day')):02d}"
            pos = m.end()
    if not (author or dateline):
        return Header()
    return Header(body_start=pos, author=author, dateline=dateline, date=date)


def find_body_end(source: str, start: int, lexicons: Lexicons) -> int:
    """Where the article ends: the first line matching an ``article_end`` pattern, else the end."""
    patterns = lexicons.patterns("article_end")
    pos = start
    for line in source[start:].splitlines(keepends=True):
        stripped = line.strip()
        if stripped and any(p.search(stripped) for p in patterns):
            return pos
        pos += len(line)
    return len(source)


def drop_lines(
    text: str, segments: list[tuple[int, int, int, int]], lexicons: Lexicons
) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Remove advertising lines from ``text``, keeping the offset segments consistent."""
    patterns = lexicons.patterns("boilerplate_lines")
    lines = text.splitlines(keepends=True)
    if not any(any(p.search(line.strip()) for p in patterns) for line in lines):
        return text, segments
    mapper = OffsetMap(tuple(segments))
    out: list[str] = []
    new_segments: list[tuple[int, int, int, int]] = []
    pos = 0
    out_len = 0
    for line in lines:
        if not any(p.search(line.strip()) for p in patterns):
            for i in range(len(line)):
                s = mapper.start(pos + i)
                e = mapper.end(pos + i + 1)
                new_segments.append((out_len + i, s, 1, e - s))
            out.append(line)
            out_len += len(line)
        pos += len(line)
    return "".join(out), _merge_segments(new_segments)


def _merge_segments(segments: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Join adjacent copied segments that continue each other, to keep the map small."""
    merged: list[tuple[int, int, int, int]] = []
    for seg in segments:
        if merged:
            ts, ss, tl, sl = merged[-1]
            if tl == sl and seg[2] == seg[3] and seg[0] == ts + tl and seg[1] == ss + sl:
                merged[-1] = (ts, ss, tl + seg[2], sl + seg[3])
                continue
        merged.append(seg)
    return merged


def is_ptb(text: str) -> bool:
    """Guess whether text is Penn-Treebank tokenised (``-LRB-``, ``` `` ```, `` n't``, `` , ``)."""
    if _PTB_MARKERS.search(text):
        return True
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and sum(bool(re.search(r"\s[.?!]\s*$", line)) for line in lines) >= 0.8 * len(lines):
        return True  # one sentence a line, final punctuation split off
    commas = text.count(",")
    return commas >= 3 and text.count(" , ") / commas > 0.9 and text.count(" .") >= text.count(".") * 0.5


def detokenize_ptb(source: str, start: int, end: int) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Undo PTB tokenisation of ``source[start:end]``, returning text and offset segments.

    Line breaks are kept (one per line): PTB files hold one sentence a line, and the parser is
    told that a line break ends a sentence.
    """
    out: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    out_len = 0
    prev: str | None = None
    prev_end = start
    open_double = False
    for m in re.finditer(r"\S+", source[start:end]):
        tok = m.group()
        s, e = start + m.start(), start + m.end()
        gap = source[prev_end:s]
        if prev is not None:
            if "\n" in gap:
                nl = prev_end + gap.index("\n")
                segments.append((out_len, nl, 1, 1))
                out.append("\n")
                out_len += 1
            elif _space_between(prev, tok, open_double):
                segments.append((out_len, prev_end, 1, 1))
                out.append(" ")
                out_len += 1
        if tok in ("``", "''"):
            open_double = tok == "``"
        elif tok == '"':
            open_double = not open_double
        rendered = PTB_ESCAPES.get(tok, tok)
        segments.append((out_len, s, len(rendered), e - s))
        out.append(rendered)
        out_len += len(rendered)
        prev, prev_end = tok, e
    return "".join(out), _merge_segments(segments)


def _space_between(prev: str, tok: str, open_double: bool) -> bool:
    if tok in _PTB_NO_SPACE_BEFORE or prev in _PTB_NO_SPACE_AFTER:
        return False
    if tok == '"':
        return not open_double  # a closing straight quote attaches to the word before
    return not (prev == '"' and open_double)


def parse_html(
    source: str, doc_id: str, *, path: str | None = None, lexicons: Lexicons | None = None
) -> Document:
    """The main text of an HTML page (trafilatura), aligned word by word back to the markup."""
    import trafilatura

    lexicons = lexicons or load_lexicons()
    source = replace_controls(source)
    try:
        result = trafilatura.bare_extraction(
            source, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as e:  # trafilatura raises assorted lxml errors on broken pages
        raise InputError(f"{path or doc_id}: cannot parse the HTML ({e}); check the file") from e
    extracted = (getattr(result, "text", None) or "") if result is not None else ""
    if not extracted.strip():
        raise InputError(f"{path or doc_id}: no article text found in the HTML page")
    header = parse_header(extracted)
    body_end = find_body_end(extracted, header.body_start, lexicons)
    body = extracted[header.body_start : body_end]
    text, segments = align_to_source(body, source)
    text, segments = drop_lines(text, segments, lexicons)
    text, segments = drop_invisible(text, segments)
    return Document(
        id=doc_id,
        text=text,
        source=source,
        offsets=OffsetMap(tuple(segments)),
        path=path,
        title=getattr(result, "title", None),
        date=getattr(result, "date", None) or header.date,
        author=getattr(result, "author", None) or header.author,
        dateline=header.dateline,
    )


def align_to_source(text: str, source: str) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Map each word of ``text`` to its next occurrence in ``source`` (raw or HTML-escaped).

    Words that cannot be found (rare: text generated by the extractor) are dropped from the text,
    so every character that reaches the parser can be traced back to the page.
    """
    out: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    cursor = 0
    out_len = 0
    decoded = _Decoded(source) if "&" in source else None  # entities decoded: one find per word
    for m in re.finditer(r"\S+|\s+", text):
        piece = m.group()
        if piece.isspace():
            sep = "\n" if "\n" in piece else " "
            if out and not out[-1].isspace():
                out.append(sep)
                out_len += 1
            continue
        found = decoded.find(piece, cursor) if decoded else _find_word(piece, source, cursor)
        if found is None:
            continue
        s, e = found
        segments.append((out_len, s, len(piece), e - s))
        out.append(piece)
        out_len += len(piece)
        cursor = e
    return "".join(out).rstrip(), _merge_segments(segments)


def _find_word(word: str, source: str, cursor: int) -> tuple[int, int] | None:
    i = source.find(word, cursor)
    return None if i < 0 else (i, i + len(word))


_CHAR_REF = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});")


class _Decoded:
    """``source`` with character references (``&#97;``, ``&#x61;``, ``&nbsp;``) decoded, and the
    source span of every decoded character, so a word written with entities is found by one
    ``str.find`` instead of a regex per word."""

    def __init__(self, source: str) -> None:
        pieces: list[str] = []
        self.starts = array("q")
        self.ends = array("q")
        pos = 0
        for m in _CHAR_REF.finditer(source):
            self._copy(pieces, source, pos, m.start())
            decoded = html_lib.unescape(m.group())
            pieces.append(decoded)
            self.starts.extend([m.start()] * len(decoded))
            self.ends.extend([m.end()] * len(decoded))
            pos = m.end()
        self._copy(pieces, source, pos, len(source))
        self.text = "".join(pieces)

    def _copy(self, pieces: list[str], source: str, start: int, end: int) -> None:
        pieces.append(source[start:end])
        self.starts.extend(range(start, end))
        self.ends.extend(range(start + 1, end + 1))

    def find(self, word: str, cursor: int) -> tuple[int, int] | None:
        """The source span of the next ``word`` starting at or after source offset ``cursor``."""
        i = self.text.find(word, bisect.bisect_left(self.starts, cursor))
        return None if i < 0 else (self.starts[i], self.ends[i + len(word) - 1])
