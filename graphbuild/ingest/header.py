"""The head of a wire story: byline, dateline and date ("By NAME CITY | DATE", "CITY (Reuters) -")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphbuild.errors import OntologyError
from graphbuild.ingest.dates import impossible_date
from graphbuild.lexicons import Lexicons, load_lexicons

_BYLINE = re.compile(
    r"\A\s*By\s+(?P<author>(?:(?:[A-Z]\.|[A-Z][\w.'-]*[a-z][\w.'-]*)\s+){1,5}?)(?=[A-Z]{2,}\b)"
)
_DATELINE_BAR = re.compile(r"(?P<city>[A-Z][A-Z .'-]{1,40}?)\s*\|\s*")
_MONTH = r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_AGENCY = (
    re.compile(  # "GOMA (Reuters) -", "GOMA, March 2 (Reuters) -", "GOMA, March 2, 2013 (AP) -"
        r"\A\s*(?P<city>[A-Z][A-Z .'-]{1,40}?)\s*"
        rf"(?:,\s*{_MONTH}\s+(?P<day>\d{{1,2}})(?:\s*,\s*(?P<year>(?:19|20)\d\d))?\s*)?"
        r"\((?:Reuters|AP|AFP|UPI)\)\s*[-–—]+\s*"
    )
)
_DATE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*,?\s+)?"
    rf"{_MONTH}\s+(?P<day>\d{{1,2}})\s*,?\s+"
    r"(?P<year>(?:19|20)\d\d)"
    r"(?:\s+\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?)?\s*"
)


@dataclass(frozen=True)
class Header:
    """Metadata found at the head of an article, and where its body starts in the source."""

    body_start: int = 0
    author: str | None = None
    dateline: str | None = None
    date: str | None = None


def parse_header(source: str, *, lexicons: Lexicons | None = None) -> Header:
    """Find a byline (``By NAME``), a dateline (``CITY |`` or ``CITY (Reuters) -``) and a date.

    ``lexicons`` (the bundled ones by default) give the month names, read only when a date is found.
    """
    author = dateline = date = None
    pos = 0
    m = _BYLINE.match(source)
    if m:
        author = " ".join(m.group("author").split())
        pos = m.end()
    m = _DATELINE_AGENCY.match(source, pos) if not author else None
    if m:
        dateline, pos = m.group("city").strip().title(), m.end()
        if m.group("year"):  # a dateline without a year gives no date
            date = _iso_date(m, lexicons)
    else:
        m = _DATELINE_BAR.match(source, pos)
        if m and (author or pos == 0) and m.group("city").isupper():
            dateline, pos = m.group("city").strip().title(), m.end()
    if dateline or author:
        m = _DATE.match(source, pos)
        if m:
            date, pos = _iso_date(m, lexicons), m.end()
    if not (author or dateline):
        return Header()
    return Header(body_start=pos, author=author, dateline=dateline, date=date)


def _iso_date(m: re.Match[str], lexicons: Lexicons | None) -> str | None:
    """The ISO date of a matched month, day and year; None for one the calendar lacks ("Feb 30")."""
    month = _month_number(m.group("month")[:3], lexicons or load_lexicons())
    date = f"{m.group('year')}-{month:02d}-{int(m.group('day')):02d}"
    return None if impossible_date(date) else date


def _month_number(name: str, lexicons: Lexicons) -> int:
    """The number of a month named by ``name``: its line in ``lexicons/months.txt``, counted from 1."""
    for number, names in enumerate(lexicons.synonym_sets("months"), start=1):
        if name.lower() in (n.lower() for n in names):
            return number
    raise OntologyError(f"month {name!r} is missing from lexicons/months.txt; add it to its month's line")
