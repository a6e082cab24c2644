"""Confidence knows the shapes that are often wrong in news: ranking by it puts sound facts first."""

from __future__ import annotations

from graphbuild.extract import extract_triples
from graphbuild.extract.confidence import score
from graphbuild.extract.facts import Fact


def _confidence(nlp, sentence: str, relation: str) -> float:
    found = [t.confidence for t in extract_triples(nlp(sentence)) if t.relation.text == relation]
    assert found, f"no {relation!r} triple in {sentence!r}"
    return found[0]


def test_an_act_asked_of_someone_ranks_below_an_act_done(nlp):
    asked = _confidence(nlp, "The council asked the agency to inspect the dam.", "to inspect")
    done = _confidence(nlp, "The agency inspected the dam.", "inspected")
    assert asked < done - 0.3


def test_a_planned_act_ranks_below_the_act(nlp):
    planned = _confidence(nlp, "The ministry plans to build a bridge over the river.", "plans to build")
    built = _confidence(nlp, "The ministry built a bridge over the river.", "built")
    assert planned < built - 0.15


def test_a_negated_fact_ranks_below_the_same_fact_stated(nlp):
    negated = _confidence(nlp, "The mayor did not approve the budget.", "did not approve")
    stated = _confidence(nlp, "The mayor approved the budget.", "approved")
    assert negated < stated - 0.05


def test_a_bare_noun_object_ranks_below_a_determined_one(nlp):
    idiom = _confidence(nlp, "The villagers returned fire.", "returned")
    plain = _confidence(nlp, "The villagers returned the borrowed tractor.", "returned")
    assert idiom < plain - 0.05


def test_a_subject_cut_through_a_quotation_ranks_below_a_clean_one(nlp):
    doc = nlp('Officials said that"[w]e will reopen the harbour.')
    assert doc[2].text == 'that"[w]e' and doc[4].text == "reopen"

    def confidence(subject: tuple[int, int]) -> float:
        return score(Fact(subject, (3, 4), (5, 7), kind="active:object"), doc)

    assert confidence((2, 3)) < confidence((0, 1)) - 0.2
