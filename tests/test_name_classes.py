"""The class of a named body by its own words (``resolve.name_classes``)."""

from __future__ import annotations

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.mentions import EntityMention
from graphbuild.resolve.name_classes import other_class, own_class

from .parsed import parsed


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


def test_an_agency_or_bureau_is_a_public_body_like_a_ministry():
    classes = _classes()
    assert classes["agency"] == classes["bureau"] == classes["ministry"]
    assert own_class("Norrby Safety Bureau", classes) == classes["agency"]


def test_a_name_ending_in_industries_is_a_company_and_a_tribune_a_newspaper():
    classes = _classes()
    assert own_class("Valdora Industries", classes) == classes["company"]
    assert own_class("Lumora Tribune", classes) == classes["newspaper"]


def test_an_armed_group_is_of_the_group_class_not_an_agency():
    # fresh38: "Al-Shabaab said that the agency was ruining local farming" (the World Food Programme)
    doc = parsed(
        """
        The 1 det DET DT the
        agency 2 nsubj NOUN NN agency
        said 2 ROOT VERB VBD say
        """
    )
    mention = EntityMention(0, 2, "The agency", "agency", "Actor", "Organization", "noun", generic=True)
    armed = LocalEntity("Actor:red hand", "Red Hand", "Actor", "ArmedGroup")
    body = LocalEntity("Actor:norrby aid", "Norrby Aid", "Actor", "Organization")
    assert other_class(doc, mention, armed, _classes())
    assert not other_class(doc, mention, body, _classes())
