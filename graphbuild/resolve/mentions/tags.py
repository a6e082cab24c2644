"""Words NER takes for names that name no one: an interview's speaker tag ("WN:"), a social
media hashtag ("#DemDebate"), the cited parties or authors of "X et al.", a unit of measure ("84 MW")."""

from __future__ import annotations

import itertools

from spacy.tokens import Span


def cited_authors(span: Span) -> bool:
    """``Perry et al. v. Schwarzenegger et al.``, ``Smith et al. (2019)``: a name followed by "et
    al." cites the parties of a case or the authors of a paper, no one the text is about."""
    doc = span.doc
    words = [t.lower_.rstrip(".") for t in doc[span.start : min(len(doc), span.end + 2)]]
    return any(a == "et" and b == "al" for a, b in itertools.pairwise(words))


def hashtag(span: Span) -> bool:
    """``#DemDebate``: a name glued to a hash sign is a topic's tag on social media, no entity."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.text == "#" and not before.whitespace_


def speaker_tag(span: Span) -> bool:
    """``WN: How many …``: a short upper-case tag opening a line of an interview names a speaker."""
    doc = span.doc
    line_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    return (
        line_start
        and len(span) == 1
        and span.text.isupper()
        and len(span.text) <= 3
        and span.end < len(doc)
        and doc[span.end].text == ":"
    )


def measure_unit(span: Span, units: frozenset[str]) -> bool:
    """``an 84 MW power station``: a unit of measure (``measure_units``) after a number measures
    the thing it modifies; NER took it for a body's initials."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return len(span) == 1 and span.text.lower() in units and before is not None and before.like_num
