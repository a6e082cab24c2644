"""Whom a speaker's "we" stands for, on invented sentences parsed by the model."""

from __future__ import annotations

import pytest

from .parsed_edges import has_edge, linked_edges


@pytest.mark.model
def test_we_in_reported_words_is_the_body_the_speaker_speaks_for(nlp):

    edges = linked_edges(
        nlp,
        '"We attacked the Harbor Brigade near Port Halden," said Colonel Ana Ruiz, a spokesperson for NATO.',
    )
    assert has_edge(edges, "North Atlantic Treaty Organization", "attack", "Harbor Brigade")
    edges = linked_edges(nlp, 'The Kenyan army said: "We attacked the Harbor Brigade in Port Halden."')
    assert has_edge(edges, "Kenya", "attack", "Harbor Brigade")


@pytest.mark.model
def test_we_of_a_speaker_with_no_body_named_or_of_the_author_stays_open(nlp):

    for text in (
        '"We attacked the Harbor Brigade," said Ana Ruiz.',
        "We will not allow the Harbor Brigade to keep its weapons.",
    ):
        assert not [e for e in linked_edges(nlp, text) if e[1] in ("attack", "allow") and "Harbor" in e[2]]


@pytest.mark.model
def test_we_of_coordinated_speakers_is_them_not_one_speakers_employer(nlp):
    # fresh5 (issue 18): the authors' "we" resolved to the university of one of them
    text = (
        'The book was written by Carla Moss and Harvard economist Dan Webb, who said that "We will '
        'not support the Harbor Brigade."'
    )
    assert not [e for e in linked_edges(nlp, text) if e[1] == "support" and "Harvard" in e[0]]
