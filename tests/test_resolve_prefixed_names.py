"""A prefix glued to a name makes an adjective, no name (graphbuild.resolve.prefixed_names)."""

from __future__ import annotations

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.fragments import broken_name
from graphbuild.resolve.prefixed_names import prefixed_adjective

LEX = load_lexicons()


def test_prefix_and_name_make_an_adjective():
    # "The clerics said the songs are un-Islamic." / "Protesters waved pro-Velmor banners."
    assert prefixed_adjective("un-Islamic", LEX)
    assert prefixed_adjective("pro-Velmor", LEX)
    assert prefixed_adjective("Anti-Tarsa", LEX)
    assert broken_name("un-Islamic", LEX)


def test_plural_a_phrase_or_another_glued_word_stays_a_name():
    assert not prefixed_adjective("Neo-Velmorists", LEX)  # the people it describes
    assert not prefixed_adjective("anti-Velmor movement", LEX)  # a phrase with its own head
    assert not prefixed_adjective("Velmor-Tarsa", LEX)  # two names joined
    assert not prefixed_adjective("anti-war", LEX)  # no name after the hyphen
