"""A surname written with a title names the person the title fits (graphbuild.resolve.titled_surnames)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _aliases(nlp, text: str) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in nlp(text)._.gb_entities if e.subtype == "Person"}


def test_a_courtesy_title_goes_to_the_person_of_that_gender(nlp):
    # fresh37: "Mrs Shawcross" (the widow) was merged into her murdered husband
    people = _aliases(
        nlp,
        "Doctor Peter Lindqvist was killed at his home in Leeds. Lindqvist had worked there for years. "
        "His widow, Helen Lindqvist, spoke after the trial. Lindqvist taught at a school. "
        "The police thanked Mrs Lindqvist and her sons for their help.",
    )
    assert "Mrs Lindqvist" not in people.get("Peter Lindqvist", set())
    assert "Mrs Lindqvist" in people.get("Helen Lindqvist", set())


def test_a_post_title_goes_to_the_person_named_after_that_post(nlp):
    # fresh48: "Senator Cullerton" (the Senate President) was merged into his son
    people = _aliases(
        nlp,
        "The son of Valdora Senate President Tom Brekke was arrested on Sunday. "
        "Police said 26-year-old Oskar Brekke was stopped in Chicago. Oskar Brekke was charged with "
        "speeding. Senator Brekke's office confirmed that his son was driving.",
    )
    assert "Senator Brekke" not in people.get("Oskar Brekke", set())
    assert "Senator Brekke" in people.get("Tom Brekke", set())


def test_a_title_fitting_the_salient_person_keeps_the_merge(nlp):
    people = _aliases(
        nlp,
        "Singer Anna Lindqvist won the prize on Sunday. Lindqvist thanked her band. "
        "Her father, Peter Lindqvist, was in the hall. Ms Lindqvist will tour in May.",
    )
    assert "Ms Lindqvist" in people.get("Anna Lindqvist", set())
