"""A sentence's only time dates the facts of its own clause, not every fact of the sentence (issue 17)."""

from __future__ import annotations

import pytest

from graphbuild.model import Document
from graphbuild.pipeline import process_document


@pytest.fixture(scope="module")
def times(nlp):
    def facts(text: str) -> dict[str, str | None]:
        document = Document(id="invented", text=text, source=text, date="2011-05-11")
        result = process_document(nlp(text), document)
        return {t.relation.text: (t.time.text if t.time else None) for t in result.triples}

    return facts


def test_a_time_in_one_clause_does_not_date_the_next(times) -> None:
    found = times("The group attacked the village in 2007, and the militia has become increasingly active.")
    assert found["attacked"] == "2007"
    assert found["has become"] is None


def test_a_time_of_the_reporting_verb_does_not_date_the_report(times) -> None:
    found = times("The minister said on Monday that the militia has grown stronger.")
    assert found["has grown"] is None


def test_a_time_in_a_relative_clause_dates_only_that_clause(times) -> None:
    found = times("Malian rebels retook the town, which they had lost in 2009.")
    assert found["had lost"] == "2009"
    assert found["retook"] is None


def test_coordinated_verbs_with_one_subject_share_the_time(times) -> None:
    found = times("In 2007 the rebels attacked the town and seized the airport.")
    assert found["attacked"] == "2007"
    assert found["seized"] == "2007"


def test_a_control_verb_and_its_infinitive_share_the_time(times) -> None:
    assert times("The army planned to retake the city in March.")["planned to retake"] == "March"


def test_a_time_inside_the_first_verb_phrase_does_not_date_the_coordinated_one(times) -> None:
    found = times(
        "The group emerged from the old movement in 2007 and has become increasingly active in the desert."
    )
    assert found["emerged from"] == "2007"
    assert found["has become increasingly active in"] is None


def test_a_time_modifying_another_noun_dates_that_event_not_the_fact(times) -> None:
    found = times("Bombings this year in two capitals have shown the militia's reach.")
    assert found["have shown"] == "this year"  # the subject holds the time
    # "the militia has reach", if read as a fact at all, is no event of this year
    assert found.get("has") is None


def test_a_time_inside_a_longer_argument_dates_that_argument_not_the_fact(times) -> None:
    found = times(
        "The governments are still struggling to heal wounds after the uprisings between 2001 and 2003."
    )
    assert found["are still struggling to heal"] is None
    found = times("Similar flows of fighters were factors in rebellions during the 1980s.")
    assert found["were"] == "the 1980s"


def test_a_relation_read_off_a_noun_phrase_takes_no_sentence_time(times) -> None:
    found = times("Ruritania President John Smith last week sought support among village elders.")
    assert found["sought"] == "last week"
    assert all(when is None for relation, when in found.items() if relation != "sought")


def test_an_argument_of_a_clock_time_with_its_zone_and_part_of_day_is_its_time(times) -> None:
    found = times("Police officers shot a man at the station just after 10 a.m. BST this morning.")
    assert found["shot"] is not None
