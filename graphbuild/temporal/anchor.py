"""The document date every relative expression is read against, and where that date came from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from graphbuild.ingest.header import parse_header
from graphbuild.model import Document


@dataclass(frozen=True)
class Anchor:
    """The article's date and its source: ``metadata`` (JSON Lines ``date`` or HTML metadata),
    ``dateline`` (a wire story's byline or dateline), ``option`` (``--date``) or ``none``."""

    date: date | None
    source: str = "none"


def parse_iso_day(value: str | None) -> date | None:
    """The calendar day of an ISO date or date-time (``2011-05-11``, ``2011-05-11T07:57``), else None."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def document_anchor(document: Document, default: str | None = None) -> Anchor:
    """The anchor of ``document``: its own date first, then ``default`` (a ``--date`` given by the user).

    A date the article's head also carries ("Wed May 11, 2011 7:57am EDT", "CITY, March 3, 2013
    (Reuters) -") is reported as from the dateline, so a reader knows it was read from the text.
    """
    day = parse_iso_day(document.date)
    if day is not None:
        header = parse_header(document.source[:400])
        source = "dateline" if header.date == day.isoformat() else "metadata"
        return Anchor(day, source)
    header = parse_header(document.source[:400])
    day = parse_iso_day(header.date)
    if day is not None:
        return Anchor(day, "dateline")
    day = parse_iso_day(default)
    return Anchor(day, "option") if day is not None else Anchor(None)
