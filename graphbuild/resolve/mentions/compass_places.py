"""``40 km west of X``, ``north-east of X``: a direction is measured from a place, so a name NER
took for a person or a body right after "<compass word> of" is a place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

# The preposition that joins a direction to the place it is measured from.
_FROM = "of"


def measured_from(span: Span, tables: MentionTables) -> str | None:
    """``City`` for a name after a lower-case compass word and "of" ("the west of X", "km
    north-east of X"); None otherwise ("the East of England Agency" is a name's own word), and
    when a comma follows the name, whose apposition ("X, Taiwan") other rules read."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != _FROM:
        return None
    if span.end < len(doc) and doc[span.end].text == ",":
        return None  # "east of X, Taiwan": the apposition after the name places it (nodes.retype)
    word = doc[span.start - 2]
    return "City" if word.text.islower() and word.lower_ in tables.compass_words else None
