"""``according to X``: the name a report is attributed to is a speaker or a body (a broadcaster,
a newspaper, an agency), never a place, whatever NER took it for."""

from __future__ import annotations

from spacy.tokens import Span

# Words that introduce the source of a report.
SOURCE_OPENERS = (("according", "to"),)
# NER labels of places an unknown source's name is taken for ("according to Newsline": GPE).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def cited_source(span: Span) -> bool:
    """``according to the Ledger``: the name right after "according to" (and "the")."""
    doc = span.doc
    start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
    before = tuple(t.lower_ for t in doc[max(0, start - 2) : start])
    return before in SOURCE_OPENERS


def source_taken_for_place(span: Span, label: str) -> bool:
    """A name NER tagged a place, that no gazetteer knows, cited as a report's source: a body."""
    return label in PLACE_LABELS and cited_source(span)
