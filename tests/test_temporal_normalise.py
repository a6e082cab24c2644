"""TIMEX3 values of invented expressions against fixed anchors (issue 17)."""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.temporal.normalise import normalise

WED = date(2011, 5, 11)  # a Wednesday in ISO week 19


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("May 11, 2011", "2011-05-11", "day"),
        ("Wed May 11 , 2011", "2011-05-11", "day"),
        ("11 May 2011", "2011-05-11", "day"),
        ("November 2018", "2018-11", "month"),
        ("2007", "2007", "year"),
        ("in 2007", "2007", "year"),
        ("the 1990s", "199X", "decade"),
        ("the seventies", "197X", "decade"),
        ("the 20th century", "19XX", "century"),
        ("last week", "2011-W18", "week"),
        ("this week", "2011-W19", "week"),
        ("next month", "2011-06", "month"),
        ("last year", "2010", "year"),
        ("this summer", "2011-SU", "season"),
        ("the first quarter of 2011", "2011-Q1", "quarter"),
        ("2007 and 2009", "2007/2009", "interval"),
        ("between 2007 and 2009", "2007/2009", "interval"),
        ("1967 to 1995", "1967/1995", "interval"),
        ("three years", "P3Y", "duration"),
        ("48 hours", "PT48H", "duration"),
        ("two-year", "P2Y", "duration"),
        ("82 years old", "P82Y", "duration"),
        ("today", "2011-05-11", "day"),
        ("yesterday", "2011-05-10", "day"),
        ("the day before", "2011-05-10", "day"),
        ("two days ago", "2011-05-09", "day"),
        ("two months ago", "2011-03", "month"),
        ("yesterday morning", "2011-05-10TMO", "time"),
        ("7:57 am", "2011-05-11T07:57", "time"),
        ("2:49 p.m.", "2011-05-11T14:49", "time"),
        ("1130 UTC", "2011-05-11T11:30", "time"),
    ],
)
def test_normalise_against_anchor(text: str, value: str, granularity: str) -> None:
    result = normalise(text, WED)
    assert result is not None, text
    assert (result.value, result.granularity) == (value, granularity)


def test_weekday_goes_back_in_past_clauses_and_forward_in_future_ones() -> None:
    assert normalise("Monday", WED).value == "2011-05-09"
    assert normalise("Monday", WED, future=True).value == "2011-05-16"
    assert normalise("on Friday", WED).value == "2011-05-06"
    assert normalise("next Friday", WED).value == "2011-05-13"


def test_month_later_than_the_anchor_is_last_years_in_the_past() -> None:
    assert normalise("December", date(2020, 2, 10)).value == "2019-12"
    assert normalise("December", date(2020, 2, 10), future=True).value == "2020-12"


def test_relative_forms_need_an_anchor_and_types_follow_the_value() -> None:
    assert normalise("yesterday", None) is None
    assert normalise("2007", None).value == "2007"
    assert normalise("three days", WED).type == "DURATION"
    assert normalise("7:57 am", WED).type == "TIME"
    assert normalise("annual", WED) is None


def test_dateparser_reads_absolute_forms_the_rules_do_not() -> None:
    assert normalise("2011/05/11", WED).value == "2011-05-11"


@pytest.mark.parametrize(
    "text",
    ["47.42 seconds", "0.004 days", "1 hour 59 minutes 40.2 seconds", "flight 1476", "1430/2019", "280-2880"],
)
def test_a_measure_or_a_bare_number_is_no_calendar_date(text: str) -> None:
    # a race time once became the article's own date: dateparser reads "47.42 seconds" as now
    assert normalise(text, WED) is None
