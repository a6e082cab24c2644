"""A person's name is not grown by "of PLACE" (graphbuild.resolve.person_origins)."""

from __future__ import annotations

import pytest

from graphbuild.lexicons import given_names, load_lexicons
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.person_origins import person_name

LEX = load_lexicons()


def _entity(name: str) -> LocalEntity:
    return LocalEntity(f"Actor:{name.lower()}", name, "Actor", "Organization")


def test_a_given_name_and_a_surname_write_a_person_whatever_ner_said():
    assert person_name(_entity("Gregor Vandersloot"), given_names(LEX), LEX.terms("organization_heads"))


def test_a_body_named_after_a_person_or_a_longer_name_is_no_person():
    heads, given = LEX.terms("organization_heads"), given_names(LEX)
    assert not person_name(_entity("Gregor Center"), given, heads)
    assert not person_name(_entity("Velmora Port Authority"), given, heads)


@pytest.mark.model
def test_where_a_person_is_from_stays_out_of_the_name(nlp):
    text = "Rescuers saved one sailor but could not reach Gregor Vandersloot of Florida before dark."
    with nlp.select_pipes(disable=["graphbuild_entities"]):
        doc = nlp(text)
    start = text.index("Gregor Vandersloot")
    florida = text.index("Florida")
    doc.ents = [
        doc.char_span(start, start + len("Gregor Vandersloot"), "ORG"),
        doc.char_span(florida, florida + len("Florida"), "GPE"),
    ]
    names = {e.name for e in nlp.get_pipe("graphbuild_entities")(doc)._.gb_entities}
    assert "Gregor Vandersloot" in names
    assert "Gregor Vandersloot of Florida" not in names
