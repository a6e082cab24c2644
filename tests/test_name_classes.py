"""The class of a named body by its own words (``resolve.name_classes``)."""

from __future__ import annotations

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.name_classes import own_class


def _classes() -> dict[str, str]:
    return load_lexicons().synonyms("class_heads")


def test_the_last_class_noun_before_a_place_is_the_class():
    classes = _classes()
    assert own_class("University Hospital Norrby", classes) == classes["hospital"]


def test_words_after_of_or_for_say_which_one_not_the_class():
    classes = _classes()
    assert own_class("Department for Roads and Harbours", classes) == classes["department"]
    assert own_class("Centre for Media Freedom", classes) is None


def test_a_lowercase_word_is_no_class_noun_of_the_name():
    assert own_class("the press office Norrby", _classes()) is None
