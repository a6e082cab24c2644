"""Pieces of a sentence that assert nothing by their grammar (graphbuild.extract.empty_pieces), on
invented sentences parsed by the model: an indirect question, a span that repeats its own clause,
a verb of saying cut from what was said. Each stays for Open IE, out of the graph."""

from __future__ import annotations

import pytest

from .parsed import triple_strings

pytestmark = pytest.mark.model


def test_an_indirect_question_states_no_fact(nlp):
    # "concerned about how strong the recovery will be": no strength was stated
    doc = nlp("Analysts are worried about how deep the slump will be.")
    assert not any(t.startswith("the slump | will be") for t in triple_strings(doc))
    assert any(t.startswith("the slump | will be") for t in triple_strings(doc, variants=True))


def test_a_question_words_subject_states_no_fact(nlp):
    doc = nlp("Nobody knows what caused the blaze.")
    assert not any(t.startswith("what | caused") for t in triple_strings(doc))


def test_a_free_relative_with_its_own_clause_stays(nlp):
    # "what the mayor said" is a thing the sentence judges, not a question
    triples = triple_strings(nlp("What the mayor said was wrong."))
    assert any(t.startswith("What the mayor said | was | wrong") for t in triples)


def test_a_relative_which_clause_repeating_its_verb_states_no_fact(nlp):
    triples = triple_strings(nlp("The strike closed the port, which the union says is costing millions."))
    assert not any(t.startswith("the union | says | which") for t in triples)
    assert "The strike | closed | the port" in triples


def test_a_verb_of_saying_cut_from_its_clause_states_no_fact(nlp):
    # the parse hangs "that" on "the money" and makes it the object of "stated"
    doc = nlp(
        "The ministry has stated that the money that will be saved by the state after the reforms "
        "will amount to 200 million."
    )
    assert not any(t.startswith("The ministry | has stated | the money") for t in triple_strings(doc))


def test_the_hearer_of_a_verb_of_saying_stays(nlp):
    triples = triple_strings(nlp("The mayor told reporters the bridge would reopen."))
    assert "The mayor | told | reporters" in triples


def test_on_air_is_one_predicate(nlp):
    # lexicons/verb_idioms.txt: "air" is no place the show was in
    triples = triple_strings(nlp("The radio show was on air when the storm hit."))
    assert not any(t.startswith("The radio show | was on | air") for t in triples)


def test_the_agent_of_a_passive_verb_of_saying_did_not_say_the_thing(nlp):
    # "the gift, said by the agency to be the largest": the agency said what the gift is
    doc = nlp(
        "The gift, which is said by the agency to be the largest made by any nation, will go to the fund."
    )
    triples = triple_strings(doc)
    assert not any(t.startswith("the agency | say") for t in triples)
    assert any(t.startswith("The gift | is said to be | the largest") for t in triples)


def test_as_reported_by_names_no_report_of_the_speaker(nlp):
    triples = triple_strings(
        nlp('"Nobody was hurt," said Tom Hale, a police spokesman, as reported by the BBC.')
    )
    assert not any(t.startswith("the BBC | report") for t in triples)
    assert "Tom Hale | said | Nobody was hurt" in triples


def test_a_plain_passive_of_saying_keeps_its_agent(nlp):
    assert any(
        t.startswith("the mayor | announce | The plan")
        for t in triple_strings(nlp("The plan was announced by the mayor."))
    )
