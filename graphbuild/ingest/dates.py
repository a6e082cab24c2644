"""Dates an article claims: one written the ISO way must be a real calendar date or time."""

from __future__ import annotations

import re
from datetime import date, datetime

_ISO_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")


def impossible_date(value: str) -> bool:
    """True for a value written as an ISO date (``YYYY-MM-DD...``) that is no real date or time.

    The RDF stage types such values ``xsd:date`` / ``xsd:dateTime``; ``2011-02-30`` would make an
    invalid literal that ``validate`` refuses, so it is caught when the article is read. Other
    wordings ("May 11, 2011") are not ISO dates and pass: they stay plain text.
    """
    if not _ISO_SHAPE.match(value):
        return False
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            parse(value)
        except ValueError:
            continue
        return False
    return True
