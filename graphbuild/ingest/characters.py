"""Control and invisible characters: blanked one for one in the source, or dropped through the offsets."""

from __future__ import annotations

import functools
import re
import unicodedata

from graphbuild.ingest.segments import delete_spans

# Line breaks other than \n (vertical tab, form feed, file/group/record separators, NEL, LS, PS).
_LINE_BREAKS = frozenset("\v\f\x1c\x1d\x1e\x85\u2028\u2029")
# What ``replace_controls`` changes: C0 and C1 controls but tab and newline, DEL, separators,
# surrogates, non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


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
    return delete_spans(text, segments, [m.span() for m in invisible.finditer(text)])
