"""Unnamed people as the doer of a passive or the one a clause acts on: rivals that leave "he" open."""

from __future__ import annotations

import pytest

from graphbuild.resolve.unnamed_rivals import passive_agent, unnamed_object

from .parsed_edges import subject_nodes


def _said_of(nlp, text: str, pronoun: str) -> dict[str, str | None]:
    """The entities the subject ``pronoun`` (any case) of each fact of ``text`` was linked to."""
    facts = subject_nodes(nlp, text).items()
    return {k: v for k, v in facts if k.split(" | ")[0].lower() == pronoun.lower()}


@pytest.mark.model
def test_the_doer_of_a_passive_with_an_unnamed_subject_is_a_rival(nlp):
    doc = nlp("The second blast was caused by a bomber dressed as a guard.")
    assert passive_agent(next(t for t in doc if t.text == "bomber"))


@pytest.mark.model
def test_the_doer_of_a_passive_whose_subject_is_a_name_is_no_rival(nlp):
    # "Hale was shot by a sniper. He was taken to hospital": Hale, not the sniper
    doc = nlp("Tom Hale was shot by a sniper near the bridge.")
    assert not passive_agent(next(t for t in doc if t.text == "sniper"))


@pytest.mark.model
def test_a_person_the_clause_acts_on_is_a_rival_unless_named_or_a_relative(nlp):
    doc = nlp("Ana Ruiz described the man as tall.")
    assert unnamed_object(next(t for t in doc if t.text == "man"))
    doc = nlp("Ana Ruiz told her husband about the plan.")
    assert not unnamed_object(next(t for t in doc if t.text == "husband"))
    doc = nlp("Police questioned a porter of the Grand Hotel, Tom Hale.")
    assert not unnamed_object(next(t for t in doc if t.text == "porter"))


@pytest.mark.model
def test_he_after_a_passive_done_by_an_unnamed_bomber_is_left_open(nlp):
    text = (
        "Interior minister Tom Hale said the first bomb went off near a school. "
        "The second blast was caused by a bomber dressed as a guard. "
        "He had walked up to the crowd before he set off the charge."
    )
    assert "Tom Hale" not in _said_of(nlp, text, "he").values()  # the fact, of nobody named, is left out


@pytest.mark.model
def test_he_after_a_witness_describes_an_unnamed_man_is_left_open(nlp):
    text = (
        "A passenger, Tom Hale, saw a man with a small bag near the front of the train. "
        "Hale described the man as very tall. "
        "He knocked on the driver's door."
    )
    assert "Tom Hale" not in _said_of(nlp, text, "he").values()  # the fact, of nobody named, is left out


@pytest.mark.model
def test_he_after_a_name_shot_by_a_sniper_is_still_that_name(nlp):
    text = "Colonel Tom Hale was shot in the head by a sniper. He was taken to a hospital in the city."
    assert "Tom Hale" in _said_of(nlp, text, "He").values()
