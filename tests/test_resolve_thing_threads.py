"""A subject "it" after a sentence about an unnamed thing is not given to a body named on the way."""

from __future__ import annotations

import pytest


def _subject_labels(nlp, text: str, word: str) -> list[str | None]:
    doc = nlp(text)
    return [t.subject.entity_label for t in doc._.gb_triples if t.subject.text == word]


@pytest.mark.model
def test_it_carries_on_the_thing_the_sentence_before_was_about(nlp):
    text = (
        "Her first novel was published in 1998. "
        "Featuring on Vexa Magazine's list of the best books, it has been translated into ten languages."
    )
    assert "Vexa Magazine" not in _subject_labels(nlp, text, "it")


@pytest.mark.model
def test_a_body_that_is_a_subject_keeps_it(nlp):
    text = "The bridge was closed in May. Orvo Mining said in a statement that it had paid the fine."
    assert _subject_labels(nlp, text, "it") in ([], ["Orvo Mining"])
