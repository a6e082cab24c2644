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

One module per job: ``read`` (the read policy above), ``options`` (the settings), ``size``,
``decode`` (bytes to text), ``language``, ``characters`` (controls and invisibles), ``text``
(plain articles) with ``header`` (byline, dateline, date), ``boilerplate`` (article end,
advertising lines) and ``ptb`` (Penn Treebank tokens), ``html`` (pages, aligned to the markup),
``jsonl`` (corpora) and ``segments`` (the offset map's pieces).
"""

from __future__ import annotations

from graphbuild.ingest.boilerplate import drop_lines, find_body_end
from graphbuild.ingest.characters import drop_invisible, replace_controls
from graphbuild.ingest.decode import decode
from graphbuild.ingest.header import Header, parse_header
from graphbuild.ingest.html import align_to_source, parse_html
from graphbuild.ingest.jsonl import parse_jsonl
from graphbuild.ingest.language import not_english
from graphbuild.ingest.options import ErrorHandler, ReadOptions
from graphbuild.ingest.ptb import PTB_ESCAPES, detokenize_ptb, is_ptb
from graphbuild.ingest.read import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    SUFFIXES,
    TEXT_SUFFIXES,
    read_documents,
    read_file,
    recorded_path,
    where_of,
)
from graphbuild.ingest.size import DEFAULT_MAX_BYTES
from graphbuild.ingest.text import parse_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "PTB_ESCAPES",
    "SUFFIXES",
    "TEXT_SUFFIXES",
    "ErrorHandler",
    "Header",
    "ReadOptions",
    "align_to_source",
    "decode",
    "detokenize_ptb",
    "drop_invisible",
    "drop_lines",
    "find_body_end",
    "is_ptb",
    "not_english",
    "parse_header",
    "parse_html",
    "parse_jsonl",
    "parse_text",
    "read_documents",
    "read_file",
    "recorded_path",
    "replace_controls",
    "where_of",
]
