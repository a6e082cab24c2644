"""Edges to an entity named through a share of it keep the share in their text (``with_share``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve.owned_heads import placement

from .lexicon_files import written_lexicons


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


def _subjects(nlp, text: str) -> set[str | None]:
    doc = nlp(text)
    return {t.subject.entity_label for t in doc._.gb_triples if t.derived}


@pytest.mark.model
def test_a_country_only_named_as_what_a_defeat_is_of_does_not_act(nlp):
    assert "Uruguay" not in _subjects(nlp, "The defeat of Uruguay sent Peru into the final.")


@pytest.mark.model
def test_a_group_only_named_as_what_a_meeting_is_of_is_not_held_anywhere(nlp):
    labels = _subjects(nlp, "A meeting of the Red Valley Front group was held in Lima.")
    assert not any(label and "Red Valley" in label for label in labels)


@pytest.mark.model
def test_the_army_of_a_convoy_of_its_trucks_enters_where_the_convoy_does(nlp):
    assert "Peruvian Army" in _subjects(nlp, "A convoy of Peruvian Army trucks entered Bolivia.")


@pytest.mark.model
def test_the_residents_of_a_city_stand_for_it(nlp):
    assert "Lima" in _subjects(nlp, "The residents of Lima protested against Chile.")


@pytest.mark.model
def test_the_state_of_a_named_state_is_that_state(nlp):
    labels = _subjects(nlp, "The state of Ohio sued General Motors on Monday.")
    assert "Ohio" in labels


@pytest.mark.model
def test_what_an_employee_is_of_is_where_the_employee_is(nlp):
    doc = nlp("An employee of the Hilton Hotel was in Lima on Monday.")
    ends = {(t.subject.entity_label, t.object.entity_label) for t in doc._.gb_triples if t.derived}
    assert any(s and "Hilton" in s and o == "Lima" for s, o in ends)


@pytest.mark.model
def test_what_the_corners_of_a_country_are_the_country_shares(nlp):
    text = "The remote corners of countries such as Norvia are vulnerable to the effects of Libya's war."
    labels = _subjects(nlp, text)
    assert "Norvia" in labels


def test_a_copula_places_by_the_place_prepositions_of_the_given_lexicons(tmp_path: Path):
    bundled = load_lexicons()
    assert placement("in", bundled) and placement("within", bundled)
    assert not placement("outside", bundled)  # "is outside Z" says only where it is not
    custom = written_lexicons(tmp_path, place_prepositions="beside\noutside\n")
    assert placement("beside", custom) and placement("within", custom)
    assert not placement("in", custom) and not placement("outside", custom)
