"""TIMEX3 values of temporal expressions, read against the article's date (the anchor).

Values are ISO 8601 as TimeML writes them, with a granularity: ``2011-05-11`` (day), ``2011-05``
(month), ``2011`` (year), ``199X`` (decade), ``19XX`` (century), ``2011-W18`` (week), ``2011-SU``
(season), ``2011-Q1`` (quarter), ``2007/2009`` (interval), ``P3Y`` / ``PT48H`` (duration) and
``2011-05-11T07:57`` / ``2011-05-11TMO`` (time). Relative forms ("yesterday", "last week", "two days
ago", a bare weekday) need the anchor; without one they get no value. Absolute forms the rules miss
go to ``dateparser``, which reads many wordings of a calendar date; the anchoring stays ours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_WEEKDAYS = {
    d: i
    for i, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for d in names
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "dozen": 12, "several": None,
    "few": None, "couple": 2,
}  # fmt: skip
_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
_UNITS = {
    "year": ("Y", False), "month": ("M", False), "week": ("W", False), "day": ("D", False),
    "hour": ("H", True), "minute": ("M", True), "second": ("S", True), "decade": ("DE", False),
    "century": ("CE", False),
}  # fmt: skip
_MONTH_RE = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY_RE = r"(?P<weekday>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?"
_NUM_RE = r"(?P<num>\d+|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
_UNIT_RE = r"(?P<unit>year|month|week|day|hour|minute|second|decade|centur(?:y|ie))s?"
_TIME_RE = re.compile(
    r"(?P<h>\d{1,2})(?::(?P<m>\d\d)|\s*o'?\s*clock)?\s*(?P<ap>[ap]\.?\s?m\.?)?"
    r"(?:\s*(?:[A-Z]{2,4}|utc|gmt))?$|(?P<hh>[0-2]\d)(?P<mm>[0-5]\d)\s*(?:utc|gmt|z|hrs|hours|h)$"
)
_LEAD = re.compile(r"^(?:the|early|late|mid|earlier|later|around|about|some|nearly|almost|over)[\s-]+")


@dataclass(frozen=True)
class TimeValue:
    """A TIMEX3 value with its type (DATE, TIME, DURATION, SET) and granularity."""

    value: str
    granularity: str
    type: str = "DATE"


def _num(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _weekday(anchor: date, weekday: int, future: bool) -> date:
    """The named weekday nearest the anchor: on or before it for past tense, after it for future."""
    if future:
        return anchor + timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def _relative(unit: str, offset: int, anchor: date) -> TimeValue | None:
    """``this``/``last``/``next`` (offset 0/-1/+1) ``unit`` against the anchor."""
    if unit == "day":
        return TimeValue((anchor + timedelta(days=offset)).isoformat(), "day")
    if unit == "week":
        return TimeValue(_week(anchor + timedelta(weeks=offset)), "week")
    if unit == "month":
        y, m = _shift_months(anchor, offset)
        return TimeValue(f"{y}-{m:02d}", "month")
    if unit == "year":
        return TimeValue(str(anchor.year + offset), "year")
    if unit == "decade":
        return TimeValue(f"{(anchor.year // 10 + offset)}X", "decade")
    if unit == "century":
        return TimeValue(f"{(anchor.year // 100 + offset)}XX", "century")
    return None


def _day_value(text: str, anchor: date | None, future: bool) -> tuple[date | None, str]:
    """A day named by a deictic word or weekday, and what is left of ``text`` after it."""
    m = re.match(r"(?P<w>today|tonight|yesterday|tomorrow|the day before|the day after)\b\s*", text)
    if m and anchor:
        shift = {"yesterday": -1, "tomorrow": 1, "the day before": -1, "the day after": 1}.get(m["w"], 0)
        rest = "night" + text[m.end() :] if m["w"] == "tonight" else text[m.end() :]
        return anchor + timedelta(days=shift), rest
    m = re.match(r"(?:(?P<mod>last|next|this|on)\s+)?" + _WEEKDAY_RE + r"(?:'s)?\b[\s,]*", text)
    if m and anchor:
        is_future = future or m["mod"] == "next"
        if m["mod"] == "last":
            is_future = False
        return _weekday(anchor, _WEEKDAYS[m["weekday"]], is_future), text[m.end() :]
    return None, text


def _clock(text: str, day: date | None) -> TimeValue | None:
    m = _TIME_RE.match(text)
    if not m:
        return None
    if m["hh"]:
        hour, minute = int(m["hh"]), int(m["mm"])
    else:
        if m["m"] is None and m["ap"] is None and "clock" not in text:
            return None  # a bare number is no time
        hour, minute = int(m["h"]), int(m["m"] or 0)
        ap = (m["ap"] or "").replace(".", "").replace(" ", "")
        if ap == "pm" and hour < 12:
            hour += 12
        elif ap == "am" and hour == 12:
            hour = 0
    if hour > 24 or minute > 59:
        return None
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return TimeValue(f"{prefix}T{hour:02d}:{minute:02d}", "time", "TIME")


def _duration(text: str) -> TimeValue | None:
    m = re.fullmatch(
        r"(?:(?:the|a|an)\s+)?(?:(?:last|past|next|first|coming|previous|further|additional|more than|"
        r"over|almost|nearly|about|around|some|up to)\s+)*"
        + _NUM_RE
        + r"(?:\s+|-)(?:and a half\s+)?"
        + _UNIT_RE
        + r"(?:[\s-]+(?:old|long))?",
        text,
    )
    if not m:
        return None
    n = _num(m["num"])
    unit = m["unit"].rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    letter, timed = _UNITS[unit]
    count = "X" if n is None else str(n)
    if letter in ("DE", "CE"):
        letter, count = "Y", "X" if n is None else str(n * (10 if letter == "DE" else 100))
    return TimeValue(f"P{'T' if timed else ''}{count}{letter}", "duration", "DURATION")


def _absolute(text: str, anchor: date | None, future: bool = False) -> TimeValue | None:
    """Calendar dates written out: years, months, days, decades, centuries, seasons and quarters."""
    year_now = anchor.year if anchor else None
    if m := re.fullmatch(r"(?:(?:fiscal|calendar)\s+)?(?:the\s+)?(?:year\s+)?((?:1[5-9]|20)\d\d)", text):
        return TimeValue(m[1], "year")
    if m := re.fullmatch(r"(?:the\s+)?(?:early\s+|late\s+|mid-?)?((?:1[5-9]|20)\d)0'?s", text):
        return TimeValue(m[1] + "X", "decade")
    if m := re.fullmatch(r"(?:the\s+)?(?:early\s+|late\s+|mid-?)?'?([0-9])0'?s", text):
        return TimeValue(("19" if m[1] != "0" and m[1] != "1" else "20") + m[1] + "X", "decade")
    if m := re.fullmatch(r"(?:the\s+)?(?:early\s+|late\s+|mid-?)?(\w+)", text):  # noqa: SIM102
        if m[1] in _DECADE_WORDS:
            return TimeValue(f"19{_DECADE_WORDS[m[1]]}X", "decade")
    if m := re.fullmatch(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century", text):
        return TimeValue(f"{int(m[1]) - 1:02d}XX", "century")
    q = r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|q[1-4])"
    if m := re.fullmatch(rf"(?:the\s+)?{q}(?:\s+quarter)?(?:\s+of)?\s*(?P<y>\d{{4}})?", text):
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m["q"]) or int(
            m["q"][-1] if m["q"][0] == "q" else m["q"][0]
        )
        year = m["y"] or year_now
        if year and ("quarter" in text or m["q"].startswith("q")):
            return TimeValue(f"{year}-Q{n}", "quarter")
    season = r"(?P<s>spring|summer|autumn|fall|winter)"
    if m := re.fullmatch(
        rf"(?:(?P<mod>this|last|next|the|early|late)\s+)?{season}(?:\s+of)?\s*(?P<y>\d{{4}})?", text
    ):
        shift = {"last": -1, "next": 1}.get(m["mod"] or "", 0)
        year = int(m["y"]) if m["y"] else (year_now + shift if year_now else None)
        if year:
            return TimeValue(f"{year}-{_SEASONS[m['s']]}", "season")
    day_re = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    year_re = r"(?P<year>\d{4})"
    wd = r"(?:" + _WEEKDAY_RE + r"[\s,]+)?"
    for pattern in (
        rf"{wd}{_MONTH_RE}\s+{day_re}(?:\s*,?\s*{year_re})?",
        rf"{wd}(?:the\s+)?{day_re}(?:\s+of)?\s+{_MONTH_RE}(?:\s*,?\s*{year_re})?",
    ):
        if m := re.fullmatch(pattern, text):
            year = int(m["year"]) if m["year"] else year_now
            try:
                day = date(year, _MONTHS[m["month"]], int(m["day"])) if year else None
            except ValueError:
                return None
            return TimeValue(day.isoformat(), "day") if day else None
    if m := re.fullmatch(
        rf"(?:(?P<mod>early|late|mid-?|this|last|next)\s*)?{_MONTH_RE}(?:\s*,?\s*(?:of\s+)?{year_re})?", text
    ):
        if m["year"]:
            return TimeValue(f"{m['year']}-{_MONTHS[m['month']]:02d}", "month")
        if year_now:
            shift = {"last": -1, "next": 1}.get(m["mod"] or "", 0)
            if not m["mod"] and anchor and _MONTHS[m["month"]] > anchor.month and not future:
                shift = -1  # a past month later in the calendar than the article: last year's
            return TimeValue(f"{year_now + shift}-{_MONTHS[m['month']]:02d}", "month")
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", text):
        return TimeValue(text, "day")
    return None


def _interval(text: str, anchor: date | None, future: bool) -> TimeValue | None:
    m = re.fullmatch(
        r"(?:between\s+|from\s+)?(?P<a>.+?)\s*(?:\band\b|\bto\b|\buntil\b|\bthrough(?: to)?\b|–|-)\s*(?P<b>.+)",  # noqa: E501 (a regex reads best whole)
        text,
    )
    if not m:
        return None
    a = normalise(m["a"], anchor, future=future)
    b_text = m["b"]
    if re.fullmatch(r"\d{2}", b_text) and re.fullmatch(r"\d{4}", m["a"]):
        b_text = m["a"][:2] + b_text  # 1990-95
    b = normalise(b_text, anchor, future=future)
    if a is None or b is None or a.type == "DURATION" or b.type == "DURATION":
        return None
    kind = "TIME" if "TIME" in (a.type, b.type) else "DATE"
    return TimeValue(f"{a.value}/{b.value}", "interval", kind)


def normalise(text: str, anchor: date | None, *, future: bool = False) -> TimeValue | None:
    """The TIMEX3 value of ``text`` against ``anchor``, or None when no rule (nor dateparser) reads it.

    ``future`` says the expression's clause speaks of the future ("will", "is to"), which sends a
    bare weekday forward from the anchor rather than back.
    """
    t = " ".join(text.lower().replace("’", "'").split()).strip(" ,.;:")
    t = re.sub(r"^(?:on|in|since|during|by|until|at|from|of|for|before|after)\s+", "", t)
    if not t:
        return None
    if value := _duration(t):
        return value
    if m := re.fullmatch(_NUM_RE + r"\s+" + _UNIT_RE + r"\s+(?:ago|earlier|before)", t):
        n = _num(m["num"])
        unit = m["unit"].rstrip("s")
        if anchor is None or n is None or unit not in ("day", "week", "month", "year"):
            return None
        if unit == "day":
            return TimeValue((anchor - timedelta(days=n)).isoformat(), "day")
        if unit == "week":
            return TimeValue(_week(anchor - timedelta(weeks=n)), "week")
        return _relative(unit, -n, anchor)
    if m := re.fullmatch(
        r"(?:(?:the|early|late|earlier|later|mid|end of|the end of|the start of|the beginning of)\s+)*"
        r"(?:(?:(?P<mod>this|last|next|past|previous|coming|that|the)\s+)?)"
        r"(?P<unit>day|week|weekend|month|year|decade|century)",
        t,
    ):
        if anchor is None:
            return None
        if m["mod"] == "that":
            return None  # "that year": refers back to another date, not the anchor
        offset = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(m["mod"] or "", 0)
        unit = "week" if m["unit"] == "weekend" else m["unit"]
        return _relative(unit, offset, anchor)
    if t in ("now", "currently", "present", "the present"):
        return TimeValue("PRESENT_REF", "day") if anchor is None else TimeValue(anchor.isoformat(), "day")
    day, rest = _day_value(t, anchor, future)
    if day is not None:
        rest = re.sub(r"^(?:at|around|about|,)\s*", "", rest.strip())
        if not rest:
            return TimeValue(day.isoformat(), "day")
        if rest in _PARTS:
            return TimeValue(f"{day.isoformat()}T{_PARTS[rest]}", "time", "TIME")
        if value := _clock(rest, day):
            return value
    if m := re.fullmatch(r"(?:this|that|the)\s+(morning|afternoon|evening|night)", t):
        return TimeValue(f"{anchor.isoformat()}T{_PARTS[m[1]]}", "time", "TIME") if anchor else None
    if value := _clock(t, anchor):
        return value
    if value := _absolute(t, anchor, future):
        return value
    if m := re.fullmatch(r"(.+?)[\s,]+(?:at\s+)?(\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?(?:\s+[a-z]{2,4})?)", t):
        head = _absolute(m[1], anchor)
        if head and head.granularity == "day":
            return _clock(m[2], date.fromisoformat(head.value))
    if value := _interval(t, anchor, future):
        return value
    return _dateparser(t, anchor)


# A calendar date names a month or writes day, month and year as three numbers ("11.05.2011").
_MONTH_WORD = re.compile(r"\b" + _MONTH_RE)
_NUMBER_GROUPS = 3
# A unit of time makes a measure or a relative time, which dateparser would read as the anchor's
# own date ("47.42 seconds", "0.004 days"): those are the rules' above, never a calendar date.
_UNIT_WORD = re.compile(r"\b" + _UNIT_RE + r"\b")


def _dateparser(text: str, anchor: date | None) -> TimeValue | None:
    """An absolute calendar date in a wording the rules above do not know ("11.05.2011", "2011/05/11").

    Only text that can be one reaches dateparser (strict: a day, a month and a year), which also
    spares most processes its import and first call (~0.15 s)."""
    if not re.search(r"\d", text) or not re.search(r"\d{4}|[/.]", text) or _UNIT_WORD.search(text):
        return None
    if not _MONTH_WORD.search(text) and len(re.findall(r"\d+", text)) < _NUMBER_GROUPS:
        return None
    import dateparser  # slow to import; most expressions never get here

    settings = {"PREFER_DATES_FROM": "past", "STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor is not None:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return TimeValue(parsed.date().isoformat(), "day") if parsed else None
