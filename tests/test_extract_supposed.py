"""Clauses that are supposed, not stated, carry the "conditional" modality: kept, never stated plainly."""

from __future__ import annotations

import pytest

from .parsed import qualified


@pytest.mark.model
def test_a_relative_clause_on_anyone_is_a_condition(nlp):
    doc = nlp("Police are appealing for anyone who has seen the white van to contact them.")
    assert qualified(doc, variants=True)["anyone | has seen | the white van"][1] == "conditional"
    # and no fact of the graph: "anyone" cut from its relative names no one (defining.free_choice_subject)
    assert "anyone | has seen | the white van" not in qualified(doc)


@pytest.mark.model
def test_a_generic_rule_on_anyone_is_a_condition(nlp):
    found = qualified(nlp("The mayor said anyone who damages the bridge will be fined."), variants=True)
    assert found["anyone | damages | the bridge"][1] == "conditional"


@pytest.mark.model
def test_a_relative_clause_on_someone_is_still_a_fact(nlp):
    found = qualified(nlp("Someone who was at the scene told reporters the car was red."))
    assert found["Someone | was at | the scene"][1] is None


@pytest.mark.model
def test_what_a_condition_holds_is_supposed_too(nlp):
    text = "The law requires a firm to warn buyers if it has found that a defect exists in one of its cars."
    assert qualified(nlp(text))["a defect | exists in | one of its cars"][1] == "conditional"


@pytest.mark.model
def test_a_past_when_clause_is_a_fact(nlp):
    found = qualified(nlp("The guards fled when the rebels reached the gate."))
    assert found["the rebels | reached | the gate"][1] is None


@pytest.mark.model
def test_an_infinitive_on_anything_is_no_supposed_clause(nlp):
    found = qualified(nlp("The crash did not have anything to do with the storm, said he."))
    assert all(m != "conditional" for _, m, _ in found.values())


@pytest.mark.model
def test_a_reason_set_off_after_a_condition_is_no_part_of_it(nlp):
    text = (
        "The council considers the loan essential if the bridge is to be built, "
        "as some members believe that it is unsafe."
    )
    found = qualified(nlp(text))
    assert all(m != "conditional" for key, (_, m, _) in found.items() if key.startswith("some members"))


@pytest.mark.model
def test_the_condition_around_a_clause_is_found_through_the_links_given(nlp):
    from graphbuild.extract.supposed import condition_around

    doc = nlp("The council will act if the mayor says that the bridge is unsafe.")
    is_, says = (next(t for t in doc if t.lower_ == w) for w in ("is", "says"))
    marked = lambda t: any(c.lower_ == "if" for c in t.children)  # noqa: E731
    assert condition_around(is_, frozenset({"ccomp"}), marked) == says
    assert condition_around(is_, frozenset(), marked) is None
