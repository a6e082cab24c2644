"""Offset segments, the map from a cleaned text back to its source (see ``model.OffsetMap``)."""

from __future__ import annotations


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
