"""Bytes to text: byte-order marks, the user's encoding, UTF-8, and refusing binary files."""

from __future__ import annotations

import codecs

from graphbuild.errors import InputError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")  # C0 bytes that occur in real text files


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
