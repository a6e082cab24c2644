"""Words that pick a referent out (graphbuild.extract.defining), on invented sentences parsed by the
model: the graph keeps the fact the sentence states, not the phrase that says which thing is meant."""

from __future__ import annotations

import pytest

from .parsed import triple_strings

pytestmark = pytest.mark.model


def test_a_ranked_nouns_participle_states_no_fact(nlp):
    # fresh40: "the deadliest crash involving a Pakistani passenger jet since 1992"
    triples = triple_strings(nlp("The fire was the worst blaze involving a cargo ship since 1987."))
    assert not any(t.startswith("the worst blaze | involving") for t in triples)
    assert any(t.startswith("The fire | was | the worst blaze") for t in triples)
    # the reading stays for Open IE
    doc = nlp("The fire was the worst blaze involving a cargo ship since 1987.")
    variants = triple_strings(doc, variants=True)
    assert any(t.startswith("the worst blaze | involving") for t in variants)


def test_a_ranked_nouns_infinitive_states_no_fact_when_the_noun_stays_the_subject(nlp):
    # fresh40: "it would have been the first Naro-1 launch to reach orbit"
    triples = triple_strings(nlp("Had it worked, it would have been the first Mira-2 rocket to land at sea."))
    assert not any(t.startswith("the first Mira-2 rocket | to land") for t in triples)


def test_another_of_a_kind_ranks_nothing(nlp):
    # "a second plan presented by the US": another plan, whose maker is a fact
    triples = triple_strings(nlp("A second proposal drafted by the council was rejected by the mayor."))
    assert any("the council" in t and "draft" in t for t in triples)


def test_a_topic_participle_on_a_described_noun_states_no_fact(nlp):
    # fresh31/fresh38: "laws surrounding forcible conscription are murky"
    triples = triple_strings(nlp("Details surrounding the new tax are unclear."))
    assert not any(t.startswith("Details | surrounding") for t in triples)
    assert any(t.startswith("Details surrounding the new tax | are | unclear") for t in triples)
    # fresh25: "The vessel involved in the incident was the Pompei"
    triples = triple_strings(nlp("The truck involved in the collision was a Volvo lorry."))
    assert not any(t.startswith("The truck | was involved in") for t in triples)


def test_an_event_participle_on_a_described_noun_is_kept(nlp):
    # "the weapon was a pistol loaded with live rounds": what the pistol was
    triples = triple_strings(nlp("The boat was a trawler loaded with frozen fish."))
    assert any(t.startswith("a trawler | was loaded with | frozen fish") for t in triples)


def test_a_free_relative_names_no_one(nlp):
    # fresh40: "Whoever wins the bidding process will have to meet forty conditions"
    triples = triple_strings(nlp("Whoever buys the stadium will have to repair the roof."))
    assert not any(t.startswith("Whoever | buys") for t in triples)


def test_anyone_cut_from_its_relative_names_no_one(nlp):
    # fresh42: "appealing for anyone who has information in relation to this incident"
    triples = triple_strings(nlp("The council asked anyone who saw the flood to send photographs."))
    assert not any(t.startswith("anyone | saw") for t in triples)


def test_anyone_cut_from_its_participle_states_no_rule(nlp):
    # "anyone earning over $100,000 will pay 1 percent" -> "anyone | will pay | 1 percent"
    triples = triple_strings(nlp("Anyone driving without a licence will pay a fine of 500 euros."))
    assert not any(t.startswith("Anyone | will pay") for t in triples)
    assert not any(t.startswith("Anyone | driving") for t in triples)


def test_anyone_with_its_restriction_is_the_sentences_rule(nlp):
    # fresh: "Anyone found to be a member of the group could face up to a decade in prison" (right)
    triples = triple_strings(nlp("Anyone with a ticket will be allowed into the stadium."))
    assert any(t.startswith("Anyone with a ticket | will be allowed into") for t in triples)
