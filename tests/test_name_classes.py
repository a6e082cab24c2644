"""The class of a named body by its own words (``resolve.name_classes``)."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.mentions import EntityMention
from graphbuild.resolve.name_classes import other_class, other_institution, own_class

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


def _body(name: str) -> LocalEntity:
    return LocalEntity(key="b", name=name, type="Actor", subtype="Organization")


def test_a_commission_is_no_body_named_a_council():
    bodies = load_lexicons().synonyms("institution_heads")
    assert other_institution("commission", _body("Valdoran Constitutional Council"), bodies)
    assert other_institution("alliance", _body("Norrby Climate Foundation"), bodies)


def test_the_same_head_or_a_head_of_no_kind_is_no_clash():
    bodies = load_lexicons().synonyms("institution_heads")
    assert not other_institution("council", _body("Valdoran Constitutional Council"), bodies)
    assert not other_institution("councils", _body("Norrby Council"), bodies)
    assert not other_institution("group", _body("Valdoran Constitutional Council"), bodies)
    assert not other_institution("commission", _body("Orvo Mining"), bodies)


@pytest.mark.model
def test_the_electoral_commission_is_not_the_council_named_before(nlp):
    doc = nlp(
        "The Valdoran Constitutional Council met on Monday. "
        "The head of the council said the electoral commission had failed to publish the results."
    )
    said = "the electoral commission"
    labels = [t.subject.entity_label for t in doc._.gb_triples if t.subject.text == said]
    assert "Valdoran Constitutional Council" not in labels
