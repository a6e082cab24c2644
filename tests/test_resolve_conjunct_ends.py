"""Triple ends that coordinate names: one fact per name, or no single node (``resolve.conjunct_ends``)."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.model import Mention, Provenance, Relation, Triple
from graphbuild.resolve.conjunct_ends import split_conjunct_ends
from graphbuild.resolve.entities import LocalEntity

from .parsed import parsed


def _ends(nlp, text: str) -> list[tuple[str, str | None, str, str, str | None]]:
    """Each extracted triple as (subject text, its node label, relation, object text, its node label)."""
    doc = nlp(text)
    return [
        (t.subject.text, t.subject.entity_label, t.relation.text, t.object.text, t.object.entity_label)
        for t in doc._.gb_triples
        if not t.derived
    ]


@pytest.mark.model
def test_a_coordinated_object_gives_one_fact_per_named_place(nlp):
    ends = _ends(nlp, "Tremors from the quake were felt in Manila and Jakarta on Tuesday.")
    objects = {(o, label) for _, _, r, o, label in ends if r == "were felt in"}
    assert objects == {("Manila", "Manila"), ("Jakarta", "Jakarta")}


@pytest.mark.model
def test_between_two_names_is_not_split(nlp):
    ends = _ends(nlp, "The road was closed between Oslo and Bergen.")
    assert [o for _, _, r, o, _ in ends if r == "was closed between"] == ["Oslo and Bergen"]


@pytest.mark.model
def test_alternatives_are_not_split(nlp):
    ends = _ends(nlp, "Customers can switch to Orion Mobile or Vexa Wireless.")
    assert [o for _, _, r, o, _ in ends if r == "can switch to"] == ["Orion Mobile or Vexa Wireless"]


@pytest.mark.model
def test_a_hyphened_name_keeps_all_its_words(nlp):
    ends = _ends(nlp, "The minister talked to Ruiz and Karl Brandt-Olsen on Friday.")
    objects = {o for _, _, r, o, _ in ends if r == "talked to"}
    assert objects == {"Ruiz", "Karl Brandt-Olsen"}


@pytest.mark.model
def test_a_name_that_is_no_node_keeps_its_own_fact_without_a_node(nlp):
    ends = _ends(nlp, "The band will be remembered with Ingrid and Zo.")
    objects = {(o, label) for _, _, r, o, label in ends if r == "will be remembered with"}
    assert ("Ingrid", "Ingrid") in objects and ("Zo", None) in objects


# "Ayla and Bresk met ." (hand-built): a reciprocal verb's subjects act together
MET = """
Ayla 3 nsubj PROPN NNP Ayla B-ORG
and 0 cc CCONJ CC and
Bresk 0 conj PROPN NNP Bresk B-ORG
met 3 ROOT VERB VBD meet
. 3 punct PUNCT . .
"""
# "Rain fell on Ayla , Bresk ." (hand-built): a comma alone joins a name and its place
COMMA = """
Rain 1 nsubj NOUN NN rain
fell 1 ROOT VERB VBD fall
on 1 prep ADP IN on
Ayla 2 pobj PROPN NNP Ayla B-GPE
, 3 punct PUNCT , ,
Bresk 3 conj PROPN NNP Bresk B-GPE
. 1 punct PUNCT . .
"""


def _mention(doc, start: int, end: int, node: str | None = None) -> Mention:
    first, last = doc[start], doc[end - 1]
    return Mention(doc.text[first.idx : last.idx + len(last)], first.idx, last.idx + len(last), node, node)


def _triple(doc, subject: Mention, relation: str, object_: Mention) -> Triple:
    return Triple(
        subject, Relation(relation, relation), object_, Provenance("d", 0, doc.text, 0, len(doc.text))
    )


def _owner(doc, *names: int) -> dict[int, LocalEntity]:
    return {i: LocalEntity(doc[i].text, doc[i].text, "Region", "Place") for i in names}


def test_the_subject_of_a_reciprocal_verb_is_not_split():
    doc = parsed(MET)
    triple = _triple(doc, _mention(doc, 0, 3, "Ayla"), "met", _mention(doc, 3, 4))
    assert split_conjunct_ends(doc, triple, _owner(doc, 0, 2), load_lexicons()) == [triple]


def test_a_name_and_its_place_joined_by_a_comma_alone_stay_one_end():
    doc = parsed(COMMA)
    triple = _triple(doc, _mention(doc, 0, 1), "fell on", _mention(doc, 3, 6, "Ayla"))
    assert split_conjunct_ends(doc, triple, _owner(doc, 3, 5), load_lexicons()) == [triple]
