"""A description that a passive "identified as" / "named as" ties to a person's name is that person."""

from __future__ import annotations

import pytest

from .parsed_edges import subject_nodes


def _subjects(nlp, text: str) -> set[str | None]:
    return set(subject_nodes(nlp, text).values())


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The man arrested on Monday has been identified as Tom Hale by the local paper.",
        "The victim was named as Tom Hale on Tuesday.",
        "The injured driver, who was taken to hospital, was later identified as Tom Hale.",
    ],
)
def test_a_description_identified_as_a_name_is_that_person(nlp, text):
    nodes = subject_nodes(nlp, text)
    assert "Tom Hale" in nodes.values(), nodes


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the name is another's: the description is his brother
        "The man arrested on Monday has been identified as Tom Hale's brother.",
        # no assertion: a modal or a negation says no identity
        "The man could not be identified as Tom Hale by the witnesses.",
        # a class, not a name
        "The man was identified as a suspect in the robbery of Tom Hale.",
    ],
)
def test_no_identity_leaves_the_description_open(nlp, text):
    nodes = subject_nodes(nlp, text)
    assert not any(k.lower().startswith("the man") and v == "Tom Hale" for k, v in nodes.items()), nodes
