"""Verb lemmas by English spelling: an undoubled "-ed"/"-ing" form comes from the silent-"e" verb."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphbuild.lemmas import known_noun, known_verb, silent_e_lemma
from graphbuild.nlp import load_parser

VERBS = frozenset({"hop", "hope", "plan", "plane", "rat", "rate", "visit", "show"})


def test_undoubled_ending_takes_the_silent_e_verb():
    assert silent_e_lemma("hoped", "hop", VERBS) == "hope"
    assert silent_e_lemma("hoping", "hop", VERBS) == "hope"
    assert silent_e_lemma("rated", "rat", VERBS) == "rate"


def test_an_es_ending_after_the_doubling_shape_takes_the_silent_e_verb():
    # "hop" takes "hops": "hopes" is "hope" + "s"
    assert silent_e_lemma("hopes", "hop", VERBS) == "hope"
    assert silent_e_lemma("rates", "rat", VERBS) == "rate"
    assert silent_e_lemma("hops", "hop", VERBS) is None


def test_doubled_consonant_keeps_the_short_verb():
    assert silent_e_lemma("hopped", "hop", VERBS) is None
    assert silent_e_lemma("planned", "plan", VERBS) is None


def test_no_silent_e_verb_or_no_doubling_shape_leaves_the_lemma():
    assert silent_e_lemma("visited", "visit", VERBS) is None  # no verb "visite"
    assert silent_e_lemma("showed", "show", VERBS) is None  # "w" never doubles


@pytest.mark.model
def test_the_pipeline_reads_hoped_as_hope_and_hopped_as_hop():
    doc = load_parser()(
        "She hoped the rain would stop, and the frog hopped away. The bank was rated well. "
        "The farmer hopes the rain will come."
    )
    lemmas = {t.lower_: t.lemma_ for t in doc if t.tag_.startswith("VB")}
    assert lemmas["hoped"] == "hope"
    assert lemmas["hopes"] == "hope"
    assert lemmas["hopped"] == "hop"
    assert lemmas["rated"] == "rate"


@pytest.mark.model
def test_a_token_glued_from_two_words_is_no_known_verb():
    doc = load_parser()(
        "The airlines urged passengers to wait, and the big airlinesincluding Delta continue to grow."
    )
    tokens = {t.lower_: t for t in doc}
    assert known_verb(tokens["urged"])
    assert not known_verb(tokens["airlinesincluding"])


def test_a_vocab_without_the_verb_index_knows_every_verb():
    doc = Doc(Vocab(), words=["airlinesincluding"], lemmas=["airlinesinclude"])
    assert known_verb(doc[0])


@pytest.mark.model
def test_the_pipeline_shares_its_noun_index_with_the_vocab():
    vocab = load_parser().vocab
    assert known_noun("tribute", vocab)
    assert not known_noun("velmorian", vocab)


def test_a_vocab_without_the_noun_index_knows_no_noun():
    assert not known_noun("tribute", Vocab())
