"""Temporal expressions found in invented sentences, trimmed and split as TimeML marks them (issue 17)."""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.model import Document
from graphbuild.temporal.anchor import document_anchor
from graphbuild.temporal.document import document_times
from graphbuild.temporal.expressions import find_expressions


@pytest.fixture(scope="module")
def parse(nlp):
    return lambda text: nlp(text)


def texts(doc) -> list[str]:
    return [e.text for e in find_expressions(doc)]


def test_leading_prepositions_and_between_are_trimmed(parse) -> None:
    found = texts(parse("The rebels fought between 2007 and 2009 and signed a truce on Monday."))
    assert "2007 and 2009" in found
    assert "Monday" in found


def test_a_date_and_a_clock_time_are_two_expressions(parse) -> None:
    found = texts(parse("The ministry spoke on Saturday morning at 2:49 a.m. in the capital."))
    assert "2:49 a.m." in found
    assert any(t.startswith("Saturday") for t in found)


def test_rules_add_what_the_model_misses(parse) -> None:
    found = texts(parse("Officials met last week. Two days ago the talks broke down in the 1990s style."))
    assert "last week" in found
    assert any("ago" in t for t in found)


def test_future_clause_sends_a_weekday_forward(parse) -> None:
    doc = parse("The council will vote on Friday.")
    (friday,) = [e for e in find_expressions(doc) if e.text == "Friday"]
    assert friday.future


def test_document_times_are_in_source_offsets_with_values(parse) -> None:
    text = "The army said yesterday that it had retaken the town in 2009."
    document = Document(id="d", text=text, source=text, date="2011-05-11")
    times = document_times(parse(text), document)
    assert {(t.text, t.value) for t in times} == {("yesterday", "2011-05-10"), ("2009", "2009")}
    assert all(document.source[t.start : t.end] == t.text for t in times)


def test_anchor_from_metadata_or_the_dateline() -> None:
    with_date = Document(id="a", text="x", source="x", date="2011-05-11")
    assert document_anchor(with_date).date == date(2011, 5, 11)
    assert document_anchor(with_date).source == "metadata"
    wire = "By Ann Lee DAKAR | Wed May 11, 2011 7:57am EDT Troops moved."
    anchor = document_anchor(Document(id="b", text=wire, source=wire))
    assert (anchor.date, anchor.source) == (date(2011, 5, 11), "dateline")
    assert document_anchor(Document(id="c", text="x", source="x"), default="2020-01-02").source == "option"


def test_date_option_dates_only_articles_without_one(tmp_path) -> None:
    from graphbuild.errors import InputError
    from graphbuild.ingest import ReadOptions
    from graphbuild.ingest.read import read_documents

    (tmp_path / "a.txt").write_text("Troops moved yesterday.", encoding="utf-8")
    (doc,) = read_documents([tmp_path / "a.txt"], ReadOptions(date="2020-02-10"))
    assert (doc.date, doc.date_source) == ("2020-02-10", "option")
    with pytest.raises(InputError):
        list(read_documents([tmp_path / "a.txt"], ReadOptions(date="2020-02-30")))
