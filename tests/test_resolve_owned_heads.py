"""Edges to an entity named through a share of it keep the share in their text (``with_share``)."""

from __future__ import annotations

import pytest


def _ends(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(text)
    return {(t.subject.text, t.relation.text, t.object.text) for t in doc._.gb_triples if t.derived}


def _objects(nlp, text: str, label: str) -> set[str]:
    doc = nlp(text)
    return {t.object.text for t in doc._.gb_triples if t.derived and t.object.entity_label == label}


@pytest.mark.model
def test_an_edge_to_a_place_named_through_most_of_keeps_most_of(nlp):
    texts = _objects(nlp, "The Red Valley Front controls most of southern Zembla.", "Zembla")
    assert texts and all(text.startswith("most of") for text in texts)


@pytest.mark.model
def test_an_edge_to_a_place_named_through_parts_of_keeps_the_parts(nlp):
    texts = _objects(nlp, "Governor Ana Ruiz often travels to different parts of Zembla.", "Zembla")
    assert texts and all("parts of Zembla" in text for text in texts)


@pytest.mark.model
def test_an_edge_to_a_place_named_whole_keeps_its_own_text(nlp):
    ends = _ends(nlp, "The Red Valley Front attacked the capital of Zembla.")
    assert all(not o.startswith("most") for _, _, o in ends)
