"""Wiki markup left in article text: links keep their shown text, the rest of the markup goes.

News corpora copied from wikis (Wikinews) keep remnants of link and template markup, often
half-broken (``{{w|Name]]``, ``[[w:Target]|Shown]]]``). Read as prose they become junk facts
(``image | source|[[United | States``). Only markup recognisable by its form is touched: a link
or link template is reduced to its shown text (the last ``|`` part), templates, file links'
options, category links and table delimiter lines are dropped. Every change is a deletion, made
through the offset segments, so the characters kept still point at the source.
"""

from __future__ import annotations

import re

from graphbuild.ingest.segments import delete_spans

# One part of a link: no brackets, braces, pipes or line breaks.
_PART = r"[^\[\]{}|\n]+"
# Between a link's target and its shown text: a pipe, sometimes after a stray closing bracket.
_PIPE = r"\]?\|"
# Openers of a link: ``[[``, ``[[w:`` (Wikipedia interwiki), and the link templates
# ``{{w|``, ``{{w:|``, ``{w|`` and the unnamed ``{{|``.
_LINK_OPEN = r"\[\[(?:w:)?|\{\{?w:?\||\{\{\|"
# Closers, often mismatched with the opener: ``]]`` (extra brackets too), ``}}`` or a lone ``}``.
_LINK_CLOSE = r"\]\]+|\}\}?"
# A link: opener, optional target parts, shown text, closer. The shown text is group ``shown``.
_LINK = re.compile(rf"(?P<open>{_LINK_OPEN})(?:{_PART}{_PIPE})*(?P<shown>{_PART})(?P<close>{_LINK_CLOSE})")
# Namespaces whose links are no prose: a file or image keeps only its caption (the last part).
_FILE_OPEN = re.compile(
    r"\[\[(?:File|Image):[^\[\]{}|\n]*\|(?:(?:thumb|thumbnail|frame|frameless|left|right|center|"
    r"centre|none|upright|border|\d+px|\d*x\d+px)\|)*",
    re.IGNORECASE,
)
# A category link (sorted lists, not prose), closed or cut off at the end of the text.
_CATEGORY = re.compile(r"\[\[Category:[^\[\]\n]*(?:\]\]|$)", re.IGNORECASE)
# A named template with no nested braces: ``{{image source|...}}``; its content is no prose.
# The link template ``{{w|...}}`` is a link (above), not one of these.
_TEMPLATE = re.compile(r"\{\{(?!w:?\|)[A-Za-z][^{}\n]*\}\}")
# A table, ``{|`` to ``|}`` at line starts (cells are no prose), or its delimiter lines when cut.
_TABLE = re.compile(r"(?ms)^[ \t]*\{\|.*?^[ \t]*\|\}[^\n]*\n?")
_TABLE_LINE = re.compile(r"(?m)^[ \t]*(?:\{\||\|-|\|\})[^\n]*\n?")
# A pipe glued to the start of a word after a space: a link's lost opener (``the |Boston``).
_STRAY_PIPE = re.compile(r"(?<= )\|(?=[A-Za-z])")
# A stray closer left after a file link's caption: ``]]`` at the end of a line.
_STRAY_CLOSE = re.compile(r"\]\](?=[ \t]*(?:\n|$))")
# Anything that may start markup: a cheap test before the passes below.
_ANY_MARKUP = re.compile(r"\[\[|\{\{|\{w\||\]\]|\||\}\}")


def markup_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of ``text`` that are wiki markup, to be deleted, in order."""
    spans: list[tuple[int, int]] = []
    spans += [m.span() for m in _CATEGORY.finditer(text)]
    spans += [m.span() for m in _TABLE.finditer(text)]
    spans += [m.span() for m in _TABLE_LINE.finditer(text)]
    for m in _FILE_OPEN.finditer(text):
        spans.append(m.span())
        close = _STRAY_CLOSE.search(text, m.end())
        if close:
            spans.append(close.span())
    for m in _LINK.finditer(text):
        spans += [(m.start(), m.start("shown")), (m.end("shown"), m.end())]
    spans += [m.span() for m in _TEMPLATE.finditer(text)]
    spans += [m.span() for m in _STRAY_PIPE.finditer(text)]
    return _union(spans)


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans covering the same characters."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def drop_wiki_markup(
    text: str, segments: list[tuple[int, int, int, int]]
) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Delete wiki markup from ``text``, rebuilding the offset segments for what is kept."""
    if not _ANY_MARKUP.search(text):
        return text, segments
    spans = markup_spans(text)
    if not spans:
        return text, segments
    return delete_spans(text, segments, spans)
