"""What a made thing's, a work's or an event's name before a common noun stands for."""

from __future__ import annotations

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.compounds import compound_owner
from graphbuild.resolve.entities import LocalEntity

from .parsed import parsed


def _named_before(noun: str, subtype: str):
    """ "A Zorvex <noun> appeared.": the name "Zorvex" (an Other entity) modifies ``noun``."""
    doc = parsed(f"""
        A 2 det DET DT a
        Zorvex 2 compound PROPN NNP Zorvex B-PRODUCT
        {noun} 3 nsubj NOUN NN {noun}
        appeared 3 ROOT VERB VBD appear
        . 3 punct PUNCT . .
    """)
    thing = LocalEntity(f"Other:Zorvex:{subtype}", "Zorvex", "Other", subtype, token_spans=[(1, 2)])
    return doc, {1: thing}


def test_a_magazine_s_name_before_a_cover_is_not_the_cover():
    doc, owner = _named_before("cover", "Work")
    assert compound_owner(doc[2], owner, load_lexicons()) is None


def test_an_event_s_name_before_a_venue_is_not_the_venue():
    doc, owner = _named_before("venue", "Event")
    assert compound_owner(doc[2], owner, load_lexicons()) is None


def test_a_product_s_name_before_its_own_class_names_the_phrase():
    doc, owner = _named_before("spacecraft", "Product")
    assert compound_owner(doc[2], owner, load_lexicons()).name == "Zorvex"


def test_an_event_s_name_before_an_occasion_noun_names_the_phrase():
    doc, owner = _named_before("festival", "Event")
    assert compound_owner(doc[2], owner, load_lexicons()).name == "Zorvex"


def test_a_product_s_name_before_the_kind_of_thing_it_is_names_the_phrase():
    doc, owner = _named_before("capsule", "Product")
    assert compound_owner(doc[2], owner, load_lexicons()).name == "Zorvex"
