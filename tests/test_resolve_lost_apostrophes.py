"""A person's possessive whose apostrophe the source lost (graphbuild.resolve.lost_apostrophes), on
invented text with the NER labels set."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from graphbuild.lexicons import given_names, load_lexicons
from graphbuild.resolve.lost_apostrophes import lost_person_possessive


def _span(nlp, text: str, people: list[str], word: str) -> Span:
    """The PERSON span of ``word`` in ``text`` with ``people`` (first occurrence each) labelled."""
    doc = nlp(text)
    ents = [doc.char_span(text.index(p), text.index(p) + len(p), label="PERSON") for p in people]
    doc.ents = ents
    return next(e for e in doc.ents if e.text == word)


@pytest.mark.model
def test_a_surname_with_a_glued_s_before_a_noun_is_a_lost_possessive(nlp):
    text = "Tomas Vrenik died in custody. The inquiry examined Mr. Vreniks death in detail."
    span = _span(nlp, text, ["Tomas Vrenik", "Mr. Vreniks"], "Mr. Vreniks")
    assert lost_person_possessive(span, given_names(load_lexicons()))


@pytest.mark.model
def test_a_surname_made_from_a_given_name_stays(nlp):
    text = "Peter Lund spoke first. Then Dana Peters family members agreed."
    span = _span(nlp, text, ["Peter Lund", "Dana Peters"], "Dana Peters")
    assert not lost_person_possessive(span, given_names(load_lexicons()))


@pytest.mark.model
def test_a_name_the_text_never_writes_without_s_stays(nlp):
    text = "Karl Dobbins opened the new clinic on Monday."
    span = _span(nlp, text, ["Karl Dobbins"], "Karl Dobbins")
    assert not lost_person_possessive(span, given_names(load_lexicons()))


@pytest.mark.model
def test_a_counted_plural_is_no_possessive(nlp):
    text = "Ada Vex designed the machine. The firm sold 13 million Vexes last year."
    span = _span(nlp, text, ["Ada Vex", "Vexes"], "Vexes")
    assert not lost_person_possessive(span, given_names(load_lexicons()))
