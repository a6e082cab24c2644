"""Penn Treebank tokenised text: recognising it, and undoing the tokens with offsets kept."""

from __future__ import annotations

import re

from graphbuild.ingest.segments import _merge_segments

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
