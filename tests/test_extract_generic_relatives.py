"""Restrictive relative clauses on a head that names no one in particular
(graphbuild.extract.generic_relatives), on invented sentences parsed by the model: the clause says
whom a rule or a finding covers, it states no fact of its own."""

from __future__ import annotations

import pytest

from .parsed import triple_strings

pytestmark = pytest.mark.model


def test_a_relative_on_the_bare_plural_a_rule_covers_states_no_fact(nlp):
    doc = nlp("From May, readers who do not pay for the paper will be allowed ten free stories.")
    triples = triple_strings(doc)
    assert not any(t.startswith("readers | do not pay for") for t in triples)
    assert any(t.startswith("readers who do not pay for the paper | will be allowed") for t in triples)
    # the reading stays for Open IE
    assert any(t.startswith("readers | do not pay for") for t in triple_strings(doc, variants=True))


def test_a_whose_subject_on_a_bare_plural_states_no_fact(nlp):
    triples = triple_strings(nlp("Mothers whose babies slept on their backs had fewer problems."))
    assert not any(t.startswith("whose babies") for t in triples)
    assert any(t.startswith("Mothers whose babies slept on their backs | had") for t in triples)


def test_a_relative_on_a_counted_or_past_head_is_kept(nlp):
    # a counted group is someone in particular; a past relative tells of an event
    assert "two men | were carrying | knives" in triple_strings(
        nlp("Police arrested two men who were carrying knives.")
    )
    triples = triple_strings(nlp("Officials said protesters who blocked the bridge will be fined."))
    assert any(t.startswith("protesters | blocked | the bridge") for t in triples)


def test_a_relative_on_a_bare_plural_in_a_plain_clause_is_kept(nlp):
    # "protests that have killed 26 people": the protests of the story, no rule
    triples = triple_strings(nlp("The city was paralysed by strikes that have closed every school."))
    assert any(t.startswith("strikes | have closed | every school") for t in triples)
