"""The first and last day a TIMEX3 value covers, for filtering facts by period (RDF and the page)."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})XX$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def period_days(value: str) -> tuple[date, date] | None:
    """First and last day of ``value``: a day (or a clock time on it), month, year, decade (``199X``
    -> 1990-01-01 .. 1999-12-31), century, ISO week (``2011-W18`` -> Monday .. Sunday), quarter, or
    an interval of these (``2007/2009``). None for durations, seasons and values with no calendar
    place."""
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = period_days(first), period_days(last)
        return (a[0], b[1]) if a and b and a[0] <= b[1] else None
    try:
        return _days(value)
    except ValueError:
        return None  # no such day: week 53 of a 52-week year, month 13, year 0


def _days(value: str) -> tuple[date, date] | None:
    if m := _DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if m := _YEAR.match(value):
        return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    if m := _DECADE.match(value):
        return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
    if m := _CENTURY.match(value):
        return date(int(m[1]) * 100, 1, 1), date(int(m[1]) * 100 + 99, 12, 31)
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday, monday + timedelta(days=6)
    if m := _QUARTER.match(value):
        year, q = int(m[1]), int(m[2])
        after = date(year + 1, 1, 1) if q == 4 else date(year, 3 * q + 1, 1)
        return date(year, 3 * q - 2, 1), after - timedelta(days=1)
    return None
