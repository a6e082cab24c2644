"""What is not the article: everything after its end, and advertising lines inside it."""

from __future__ import annotations

from graphbuild.ingest.segments import _merge_segments
from graphbuild.lexicons import Lexicons
from graphbuild.model import OffsetMap


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
