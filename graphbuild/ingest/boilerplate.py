"""What is not the article: everything after its end, and advertising lines inside it."""

from __future__ import annotations

from graphbuild.ingest.segments import delete_spans
from graphbuild.lexicons import Lexicons


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
    dropped: list[tuple[int, int]] = []
    pos = 0
    for line in lines:
        if any(p.search(line.strip()) for p in patterns):
            dropped.append((pos, pos + len(line)))
        pos += len(line)
    return delete_spans(text, segments, dropped)
