"""Read articles from disk into ``Document`` records.

Supported inputs: ``.txt`` (plain or Penn-Treebank tokenised), ``.html``/``.htm`` (main text via
trafilatura), ``.jsonl`` corpora (one article a line), folders (recursively) and ``-`` for stdin.

The text handed to the parser is cleaned (PTB tokens undone, header and boilerplate cut away), but
every ``Document`` keeps its ``source`` and an ``OffsetMap`` so later stages can point back at the
exact characters read from disk.
"""

from __future__ import annotations

import html as html_lib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from graphbuild.errors import InputError
from graphbuild.lexicons import Lexicons, load_lexicons
from graphbuild.model import Document, OffsetMap

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

# Penn Treebank escapes and the characters they stand for.
_PTB_ESCAPES = {
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


def read_documents(inputs: Iterable[str | Path], *, ontology: str | None = None) -> Iterator[Document]:
    """Yield a Document for every article under ``inputs``, in a stable order.

    Files named explicitly must exist and be readable; inside folders only known suffixes are read,
    sorted by path so that two runs see the same order.
    """
    lexicons = load_lexicons(ontology)
    for item in inputs:
        if str(item) == "-":
            yield from _read_stream(sys.stdin.buffer.read(), "stdin", "stdin", lexicons)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                raise InputError(f"{path}: no articles found (expected {', '.join(sorted(SUFFIXES))} files)")
            for file in files:
                yield from read_file(file, root=path, lexicons=lexicons)
        elif path.is_file():
            yield from read_file(path, lexicons=lexicons)
        else:
            raise InputError(f"{path}: no such file or folder; check the path")


def read_file(
    path: Path, *, root: Path | None = None, lexicons: Lexicons | None = None
) -> Iterator[Document]:
    """Yield the Documents of one file (several for a JSON Lines corpus)."""
    lexicons = lexicons or load_lexicons()
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            f"{path}: unknown file type {suffix or '(none)'!r}; "
            "use .txt, .html or .jsonl (or rename the file)"
        )
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror}); check the permissions") from e
    doc_id = _doc_id(path, root)
    yield from _read_stream(data, doc_id, str(path), lexicons, suffix=suffix)


def _doc_id(path: Path, root: Path | None) -> str:
    if root is not None:
        rel = path.relative_to(root).with_suffix("")
        return rel.as_posix()
    return path.stem


def _read_stream(
    data: bytes, doc_id: str, where: str, lexicons: Lexicons, *, suffix: str = ".txt"
) -> Iterator[Document]:
    text = decode(data, where)
    if suffix in JSONL_SUFFIXES:
        yield from parse_jsonl(text, where, lexicons)
        return
    if not text.strip():
        raise InputError(f"{where}: the file is empty; give a file with article text")
    if suffix in HTML_SUFFIXES or (suffix == ".txt" and where == "stdin" and _looks_like_html(text)):
        yield parse_html(text, doc_id, path=where, lexicons=lexicons)
    else:
        yield parse_text(text, doc_id, path=where, lexicons=lexicons)


def decode(data: bytes, where: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else a clear refusal. Binary files are refused."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{where}: looks like a binary file, not text; give .txt, .html or .jsonl articles")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(
            f"{where}: not valid UTF-8 (byte {e.start}); convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from e


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


def parse_jsonl(text: str, where: str, lexicons: Lexicons) -> Iterator[Document]:
    """Articles of a JSON Lines corpus: ``text`` required; ``id``, ``title``, ``date`` optional."""
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{where}:{number}: not valid JSON ({e.msg}); fix or remove the line") from e
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f'{where}:{number}: each line must be an object with a "text" string')
        doc_id = str(record.get("id") or f"{Path(where).stem}:{number}")
        doc = parse_text(record["text"], doc_id, path=f"{where}:{number}", lexicons=lexicons)
        seen += 1
        yield _with_metadata(
            doc, title=record.get("title"), date=record.get("date"), author=record.get("author")
        )
    if not seen:
        raise InputError(f"{where}: the corpus has no articles; give one JSON object per line")


def _with_metadata(doc: Document, **fields: object) -> Document:
    from dataclasses import replace

    updates = {k: str(v) for k, v in fields.items() if v not in (None, "") and getattr(doc, k) is None}
    return replace(doc, **updates) if updates else doc


def parse_text(
    source: str, doc_id: str, *, path: str | None = None, lexicons: Lexicons | None = None
) -> Document:
    """A plain or PTB-tokenised article: header metadata, boilerplate cut, tokens undone."""
    lexicons = lexicons or load_lexicons()
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
        rendered = _PTB_ESCAPES.get(tok, tok)
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
    for m in re.finditer(r"\S+|\s+", text):
        piece = m.group()
        if piece.isspace():
            sep = "\n" if "\n" in piece else " "
            if out and not out[-1].isspace():
                out.append(sep)
                out_len += 1
            continue
        found = _find_word(piece, source, cursor)
        if found is None:
            continue
        s, e = found
        segments.append((out_len, s, len(piece), e - s))
        out.append(piece)
        out_len += len(piece)
        cursor = e
    return "".join(out).rstrip(), _merge_segments(segments)


def _find_word(word: str, source: str, cursor: int) -> tuple[int, int] | None:
    for form in (word, html_lib.escape(word, quote=False), html_lib.escape(word)):
        i = source.find(form, cursor)
        if i >= 0:
            return i, i + len(form)
    # Characters written as numeric or named entities: match a regex allowing any entity per char.
    pattern = "".join(re.escape(ch) if ch.isalnum() else f"(?:{re.escape(ch)}|&#?\\w+;)" for ch in word)
    m = re.compile(pattern).search(source, cursor)
    return (m.start(), m.end()) if m else None
