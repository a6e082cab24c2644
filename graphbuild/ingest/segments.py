"""Offset segments, the map from a cleaned text back to its source (see ``model.OffsetMap``)."""

from __future__ import annotations

from graphbuild.model import OffsetMap


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


def delete_spans(
    text: str, segments: list[tuple[int, int, int, int]], spans: list[tuple[int, int]]
) -> tuple[str, list[tuple[int, int, int, int]]]:
    """``text`` without the sorted, non-overlapping character ``spans``, with the offset segments
    rebuilt so that every kept character still maps to where it stands in the source."""
    mapper = OffsetMap(tuple(segments))
    out: list[str] = []
    new_segments: list[tuple[int, int, int, int]] = []
    kept_from = 0
    for start, end in [*spans, (len(text), len(text))]:
        for i in range(kept_from, start):
            s, e = mapper.start(i), mapper.end(i + 1)
            new_segments.append((len(out), s, 1, e - s))
            out.append(text[i])
        kept_from = end
    return "".join(out), _merge_segments(new_segments)
