"""The head of a wire story: byline, dateline and date."""

from __future__ import annotations

import calendar

import pytest

from graphbuild.ingest.header import parse_header


def test_parse_header_finds_byline_dateline_and_date():
    header = parse_header("By Jane Q. Roe KABUL | Tue Mar 1 , 2011 7:57 am EDT Fighting resumed .")
    assert (header.author, header.dateline, header.date) == ("Jane Q. Roe", "Kabul", "2011-03-01")
    assert (
        "Jane"
        not in "By Jane Q. Roe KABUL | Tue Mar 1 , 2011 7:57 am EDT Fighting resumed ."[header.body_start :]
    )


def test_parse_header_reads_agency_dateline():
    header = parse_header("BAGHDAD (Reuters) - A car bomb exploded on Monday.")
    assert header.dateline == "Baghdad"
    assert "BAGHDAD (Reuters) - A car bomb"[header.body_start :].startswith("A car bomb")


@pytest.mark.parametrize(
    ("written", "number"),
    [(name, i) for i, name in enumerate(calendar.month_abbr[1:], start=1)]
    + [(name, i) for i, name in enumerate(calendar.month_name[1:], start=1)]
    + [("Sept.", 9)],
)
def test_parse_header_reads_every_month_from_the_lexicon(written: str, number: int):
    header = parse_header(f"By Jane Roe KABUL | {written} 3, 2011 Fighting resumed.")
    assert header.date == f"2011-{number:02d}-03"
