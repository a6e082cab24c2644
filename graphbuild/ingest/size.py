"""The size limit on one article (a file, stdin, or one corpus line), checked before it is read."""

from __future__ import annotations

from graphbuild.errors import InputError

# Largest article read (a file, stdin, or one corpus line). News articles are 2-50 kB; parsing
# 1 MB of text takes about 45 s and 3 GB of memory with en_core_web_sm, so more must be asked for.
DEFAULT_MAX_BYTES = 1_000_000


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
